// dpa-guard content script.
//
//   page ──input/keyup/compositionend──▶ field-registry ──▶ FieldSession (one per field)
//                                                             │ debounce, one scan in flight
//                                                             ▼
//                                 shared/engine detect() (local, never leaves the page)
//                                                             │ findings
//                                  ┌──────────────────────────┴──────────────────────┐
//                    contenteditable: CSS Custom Highlight API     input/textarea: mirror overlay
//                                                             + badge (count) beside the field
//
// Nothing here throws into the page: every handler is wrapped, and tearing down is one abort().
import { startGuard } from "../content/guard.ts";

export default defineContentScript({
  matches: ["https://*.deftiq.com/*"], // replaced from wxt.config.ts (default + policy + local origins)
  allFrames: true,
  runAt: "document_idle",
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    startGuard(document, controller.signal);
  },
});
