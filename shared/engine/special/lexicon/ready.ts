// Whether the lexicon's data is there. Here it always is: the readable modules beside this one are
// plain data, ready at import (the Worker, the tests, the scripts). The extension's build swaps this
// module for the packed lexicon's loader (scripts/vite/pack-lexicon.ts), whose data arrives a few
// milliseconds after the content script starts, so the content script awaits lexiconReady() before
// it guards any field.

export function lexiconReady(): Promise<void> {
  return Promise.resolve();
}

export function lexiconLoaded(): boolean {
  return true;
}

/**
 * Runs `fill` once the lexicon's data is there: here at once, in the extension once it is unpacked
 * (before lexiconReady() resolves). For what the engine derives from the word lists at start-up
 * (ROLE_PLURALS from ROLE_NOUNS): at import the packed lists are still empty.
 */
export function onLexiconLoaded(fill: () => void): void {
  fill();
}
