// dpa-guard content script.
//
//   page ──input/keyup/paste/compositionend──▶ guard ──▶ FieldSession (one per field)
//                                                          │ debounce; nothing while composing
//                                                          ▼
//                              shared/engine detect() (local: the text never leaves the page)
//                                                          │ findings ─▶ classify (policy: categories,
//                                                          │             exceptions, suppressions)
//                       ┌──────────────────────────────────┼──────────────────────────┐
//     contenteditable: CSS Custom Highlight API   input/textarea: mirror overlay   badge ─click/Alt+Shift+D─▶ popover
//                                                                                              │ remove / override /
//   form submit ──▶ submit-guard (warn or block per category)                                 │ false positive / exception
//                                                                                              ▼
//                                    background service worker (events: metadata only, queued) ──▶ Worker
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
