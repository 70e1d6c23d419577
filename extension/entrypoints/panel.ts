// The explanation panel (Preact + popover.tsx), injected on first use by the background into the frame
// whose content script asks for it (content/panel-loader.ts). Why a separate script: an MV3 content
// script is one IIFE bundle, so a dynamic import() cannot split the panel out of it, and the content
// script's budget is 150 KB. This script runs in the same isolated world as the content script, so a
// global is how the two meet. No engine here: the panel gets the free-text check from the content script.
import { mountPopover } from "../content/popover.tsx";
import { fitPanel } from "../content/fit-panel.ts";
import { showSubmitDialog } from "../content/submit-dialog.ts";
import { findingActions } from "../content/finding-actions.ts";
import { PANEL_GLOBAL, type PanelApi } from "../content/panel-api.ts";

export default defineUnlistedScript(() => {
  const api: PanelApi = { mountPopover, fitPanel, showSubmitDialog, findingActions };
  (globalThis as Record<string, unknown>)[PANEL_GLOBAL] = api;
});
