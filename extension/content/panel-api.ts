// What the panel script (entrypoints/panel.ts) hands the content script. Types and one name only:
// the content script imports this file, and anything more here would be bundled into both scripts.
import type { mountPopover } from "./popover.tsx";
import type { fitPanel } from "./fit-panel.ts";
import type { showSubmitDialog } from "./submit-dialog.ts";
import type { findingActions } from "./finding-actions.ts";
import type { EventAnswer, EventDraft } from "../background/messages.ts";
import type { ReasonCode } from "../../shared/schema/events.ts";
import type { Finding } from "../../shared/engine/index.ts";
import type { GuardedField } from "./field-kind.ts";
import type { FieldHost } from "./field-host.ts";
import type { PageState } from "./page-state.ts";
import type { ShownFinding } from "./shown-finding.ts";

/** The isolated-world global the injected panel script sets (content scripts of one frame share it). */
export const PANEL_GLOBAL = "__dpaGuardPanel";

export interface PanelApi {
  mountPopover: typeof mountPopover;
  /** Only ever called with the panel open, so it travels with the panel, not in the content script. */
  fitPanel: typeof fitPanel;
  /** The dialog before sending a form with open findings (submit-guard.ts). */
  showSubmitDialog: typeof showSubmitDialog;
  /**
   * The panel's buttons (remove, override, not personal data, exception): only ever pressed in the
   * open panel, so their code and the sentences said after them travel with it.
   */
  findingActions: typeof findingActions;
}

/** What the panel's actions (finding-actions.ts) may do with a field's session (field-session.ts). */
export interface ActingSession {
  readonly field: GuardedField;
  readonly page: PageState;
  readonly signal: AbortSignal;
  readonly host: FieldHost;
  readonly panel: { readonly isOpen: boolean };
  /** performance.now() of the last edit-ish event, for editors that merge undo steps by time. */
  readonly lastEditAt: number;
  /** Set while we edit the field ourselves (Verwijderen), so our own input event does not close the panel. */
  selfEdit: boolean;
  report(f: Pick<Finding, "category" | "rule" | "confidence">, type: EventDraft["type"], reason?: { code: ReasonCode; text: string }): Promise<EventAnswer>;
  /** Announces `message` and shows it in the panel. */
  say(message: string): void;
  /** After an action: says `message`, scans again and closes the panel if nothing is left. */
  after(message: string): void;
  /** The finding's text stops warning in this field (override, not personal data). */
  suppress(f: ShownFinding): void;
  /** Scans again even if the text is unchanged. */
  rescan(): void;
  openPopover(): void;
}

export type ActionOutcome = "removed" | "refused" | "overridden" | "marked-false" | "queued" | "requested";
