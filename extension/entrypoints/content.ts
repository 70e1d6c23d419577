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
// The guard starts once the packed lexicon is fetched and unpacked (lexiconReady), shortly after idle.
// Nothing here throws into the page: every handler is wrapped, and tearing down is one abort().
import { startGuard } from "../content/guard.ts";
import { lexiconReady } from "../../shared/engine/special/lexicon/ready.ts";
import { prepareWhenIdle } from "../content/prepare-engine.ts";
import { reportGuardUnavailable } from "../content/guard-unavailable.ts";

export default defineContentScript({
  matches: ["https://*.deftiq.com/*"], // replaced from wxt.config.ts (default + policy + local origins)
  allFrames: true,
  runAt: "document_idle",
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    // The lexicon ships packed in a file of its own (lexicon.bin), fetched and unpacked natively,
    // asynchronously (scripts/vite/pack-lexicon.ts): the guard starts once it is there. If it cannot be
    // loaded, the guard does not start (the engine would find nothing) and says so: a red "!" on the
    // toolbar button and a line in the popup (content/guard-unavailable.ts); the page is untouched.
    lexiconReady().then(
      () => {
        if (controller.signal.aborted) return;
        startGuard(document, controller.signal);
        prepareWhenIdle(controller.signal);
      },
      (e: unknown) => {
        console.warn("dpa-guard: the lexicon (lexicon.bin) could not be loaded; the guard is NOT active, fields are not guarded", e);
        reportGuardUnavailable(controller.signal);
      },
    );
  },
});
