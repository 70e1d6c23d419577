// When the guard cannot start on a page (its lexicon, lexicon.bin, could not be fetched or unpacked),
// the fields are not guarded, and the people typing must be able to see that rather than trust a
// silent guard. Two signs, neither touching the page: the toolbar button gets a red "!" for this tab
// (background/unavailable-badge.ts), and the popup's "this tab" line says why. Nothing is drawn in
// the page itself: principle 4 (the host page never breaks) holds for a failed start too.

export interface UnavailableInfo { guarded: false; open: 0; fields: 0; unavailable: "lexicon" }

export const UNAVAILABLE: UnavailableInfo = { guarded: false, open: 0, fields: 0, unavailable: "lexicon" };

/** Answers the popup's "page-findings" with why this tab is not guarded, and asks for the badge. */
export function reportGuardUnavailable(signal: AbortSignal): void {
  if (signal.aborted) return;
  const onMessage = (message: { kind?: string } | undefined, _sender: unknown, reply: (answer: UnavailableInfo) => void) => {
    if (message?.kind !== "page-findings") return;
    reply(UNAVAILABLE);
  };
  try {
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener("abort", () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
    // Only the top frame asks for the badge: a failing iframe of the same tab says the same thing.
    if (window === window.top) void browser.runtime.sendMessage({ kind: "guard-unavailable" }).catch(() => undefined);
  } catch {
    // The extension was reloaded under the page (context invalidated): there is nobody left to tell.
  }
}
