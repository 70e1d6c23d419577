import type { EventType, ReasonCode } from "../../shared/schema/events.ts";
import type { Category } from "../../shared/engine/types.ts";
import type { CachedPolicy } from "./policy-cache.ts";
import type { QueueState } from "./event-queue.ts";
import type { EffectiveSettings, Settings } from "./settings.ts";

// Messages between the content script, popup, options page and the background service worker.
// Event drafts carry metadata only; the background adds the id, user, time and version.

export interface EventDraft {
  type: EventType;
  category: Category;
  rule: string;
  confidence: "high" | "medium";
  reason?: { code: ReasonCode; text: string };
  field: string;
  site: string;
  path: string;
}

export interface ExceptionDraft {
  category: Category;
  site: string;
  pathPattern: string;
  legalBasis: "consent" | "legal_obligation" | "vital_interest" | "employment_law" | "other";
  justification: string;
}

export interface RequestedException {
  requestId: string;
  id?: number;
  category: Category;
  site: string;
  pathPattern: string;
  requestedAt: number;
}

export interface Status {
  settings: EffectiveSettings;
  queue: QueueState;
  policy?: CachedPolicy;
  requested: RequestedException[];
}

export type Message =
  | { kind: "event"; event: EventDraft }
  | { kind: "exception"; request: ExceptionDraft }
  | { kind: "policy"; refresh?: boolean }
  /** The tab regained focus: re-check the policy if an exception request waits for a decision. */
  | { kind: "policy-if-pending" }
  | { kind: "status" }
  | { kind: "flush" }
  | { kind: "test-connection"; settings: Pick<Settings, "workerUrl" | "apiKey"> };

/** Whether an event reached the Worker, waits in the queue, or was refused (the panel stays open then). */
export type EventAnswer = { ok: true; queued: boolean } | { ok: false; message: string };
export type ExceptionAnswer = { ok: true; id?: number; queued?: boolean } | { ok: false; message: string };
export type ConnectionAnswer = { ok: boolean; message: string };

/** The content script asks for the panel's script (background/panel-injection.ts); answered by the entrypoint, which knows the sender's tab and frame. */
export type PanelMessage = { kind: "inject-panel" };
export type PanelAnswer = { ok: true } | { ok: false; message: string };

/** The content script could not start its guard on this page (content/guard-unavailable.ts); answered by the entrypoint, which knows the tab. */
export type UnavailableMessage = { kind: "guard-unavailable" };
