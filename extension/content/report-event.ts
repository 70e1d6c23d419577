// What the Worker learns of a user's action on a finding: metadata only (category, rule, confidence,
// the field's label, the page's form path), never the text. The background queues it and answers
// whether it was delivered, is waiting, or was refused.
import type { Finding } from "../../shared/engine/index.ts";
import type { ReasonCode } from "../../shared/schema/events.ts";
import type { EventAnswer, EventDraft } from "../background/messages.ts";
import { describeField } from "./field-kind.ts";
import { send } from "./page-state.ts";

export function reportEvent(
  element: HTMLElement,
  page: { site: string; path: string },
  f: Pick<Finding, "category" | "rule" | "confidence">,
  type: EventDraft["type"],
  reason?: { code: ReasonCode; text: string },
): Promise<EventAnswer> {
  const d = describeField(element);
  const event: EventDraft = {
    type,
    category: f.category,
    rule: f.rule,
    confidence: f.confidence === "high" ? "high" : "medium",
    ...(reason ? { reason } : {}),
    field: (d.label ?? d.name ?? d.placeholder ?? "").slice(0, 200),
    site: page.site,
    path: page.path,
  };
  return send<EventAnswer>({ kind: "event", event }).catch((e: Error) => ({ ok: false as const, message: e.message }));
}
