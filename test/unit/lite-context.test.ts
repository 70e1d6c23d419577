import { describe, expect, it } from "vitest";
import { ContentScriptContext } from "../../extension/content/lite-context.ts";

// The stand-in for WXT's context: a newer copy of the content script in the same frame stops the older
// one (no two guards on one field), and only the same script's copies do.
describe("the content script's context", () => {
  it("invalidates an older copy when a newer one starts, and not the newer one", () => {
    const frame = new EventTarget();
    const older = new ContentScriptContext("content", {}, frame);
    let olderStopped = 0;
    older.onInvalidated(() => olderStopped++);
    const newer = new ContentScriptContext("content", {}, frame);
    let newerStopped = 0;
    newer.onInvalidated(() => newerStopped++);
    expect([olderStopped, older.signal.aborted]).toEqual([1, true]);
    expect([newerStopped, newer.signal.aborted]).toEqual([0, false]);
    new ContentScriptContext("other-script", {}, frame);
    expect(newer.signal.aborted).toBe(false);
  });
});
