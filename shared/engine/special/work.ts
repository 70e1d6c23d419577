// A count of the engine's steps, so a test can hold its worst inputs to a bound that does not depend on
// the machine: time on a shared VM says as much about the neighbours as about the code. Counted are the
// steps whose number depends on the input's shape rather than its length alone: the pattern matcher's
// (backtracking over gaps and optional words), the words the sentence readings read (a sentence is read
// whole for whom it is about), and the look-backs through runs of names (sources.ts). The caps that keep
// these linear are MAX_SENTENCE_WORDS (tokenize.ts), NAME_CHAIN_STEPS and SPEAKER_WINDOW (sources.ts).

/** Steps taken since the counter was last set to 0. Never read by the engine itself. */
export const WORK = { steps: 0 };
