// The engine builds its index (the compiled lexicon, the spelling and pre-scan tables) once: a few
// hundred milliseconds of work, more on a slow machine. Built by the first keystroke's check, it made
// the user wait for the first underline; built in one go at load, it would freeze the page as long.
// So it is built in idle time, in steps of well under a millisecond, a slice per idle period; a check
// that comes first finishes what is left.
import { prepareEngine } from "../../shared/engine/index.ts";

export function prepareWhenIdle(signal: AbortSignal): void {
  let slices = 0;
  let busy = 0;
  let longest = 0;
  const slice = (deadline?: IdleDeadline) => {
    if (signal.aborted) return;
    try {
      const start = performance.now();
      // At least one step per slice: a callback run by its timeout on a busy page has no time left.
      // Without requestIdleCallback (Safari), 8 ms slices between timeouts.
      let steps = 0;
      const more = () => steps++ === 0 || (deadline ? deadline.timeRemaining() > 1 : performance.now() - start < 8);
      const done = prepareEngine(more);
      const took = performance.now() - start;
      slices++;
      busy += took;
      longest = Math.max(longest, took);
      if (!done) return schedule();
      // One measure per page, for npm run bench -- extension: the work, and its longest slice.
      performance.measure("dpa-guard:engine-prepare", { start: 0, duration: busy, detail: { slices, longest } });
    } catch (e) {
      // The host page must never break because of us; the first check builds the index instead.
      console.debug("dpa-guard:", e);
    }
  };
  const schedule = () => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(slice, { timeout: 1000 });
    else setTimeout(slice, 50);
  };
  schedule();
}
