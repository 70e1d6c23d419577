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
// The guard starts once the packed lexicon is unpacked (lexiconReady), a few milliseconds after idle.
// Nothing here throws into the page: every handler is wrapped, and tearing down is one abort().
import { startGuard } from "../content/guard.ts";
import { lexiconReady } from "../../shared/engine/special/lexicon/ready.ts";
import { prepareWhenIdle } from "../content/prepare-engine.ts";

export default defineContentScript({
  matches: ["https://*.deftiq.com/*"], // replaced from wxt.config.ts (default + policy + local origins)
  allFrames: true,
  runAt: "document_idle",
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    // The lexicon ships packed and is unpacked natively, asynchronously (scripts/vite/pack-lexicon.ts):
    // the guard starts once it is there, a few milliseconds after the page is idle.
    lexiconReady().then(
      () => {
        if (controller.signal.aborted) return;
        startGuard(document, controller.signal);
        prepareWhenIdle(controller.signal);
      },
      (e: unknown) => console.warn("dpa-guard: the lexicon could not be unpacked; fields are not guarded", e),
    );
  },
});
