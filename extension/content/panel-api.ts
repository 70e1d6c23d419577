// What the panel script (entrypoints/panel.ts) hands the content script. Types and one name only:
// the content script imports this file, and anything more here would be bundled into both scripts.
import type { mountPopover } from "./popover.tsx";
import type { fitPanel } from "./fit-panel.ts";
import type { outcomeText } from "../ui/panel-texts.ts";
import type { showSubmitDialog } from "./submit-dialog.ts";
import type { removeSpan } from "./edit-field.ts";

/** The isolated-world global the injected panel script sets (content scripts of one frame share it). */
export const PANEL_GLOBAL = "__dpaGuardPanel";

export interface PanelApi {
  mountPopover: typeof mountPopover;
  /** Only ever called with the panel open, so it travels with the panel, not in the content script. */
  fitPanel: typeof fitPanel;
  /** The sentence announced after an action; actions start from the open panel, so it is loaded. */
  outcomeText: typeof outcomeText;
  /** The dialog before sending a form with open findings (submit-guard.ts). */
  showSubmitDialog: typeof showSubmitDialog;
  /** "Verwijderen" through the editor's own input path; only ever asked from the open panel. */
  removeSpan: typeof removeSpan;
}

export type ActionOutcome = "removed" | "refused" | "overridden" | "marked-false" | "queued" | "requested";
