// How hurried notes spell the articles: "lisa heeft n affaire", "t been is gebroken", "'n collega".
// A pattern's "een" or "het" accepts these too: the matcher reads them as the standard word
// (patterns.ts keysOf), and the pre-scan knows them as the same pattern words (sentence-filter.ts), so
// that both keep agreeing. Source: Dutch chat and SMS spelling (ANS, reduced forms 'n and 't). Only
// the articles: "m" (hem), "k" (ik) and "ie" (hij) are person words, which the reference reads by word.

const STANDARD: ReadonlyMap<string, string> = new Map([["n", "een"], ["'n", "een"], ["t", "het"], ["'t", "het"]]);
const SPELLINGS = new Map<string, string[]>();
for (const [spelling, word] of STANDARD) SPELLINGS.set(word, [...(SPELLINGS.get(word) ?? []), spelling]);

/** The standard word a note's spelling stands for, if it is one. */
export const standardOf = (key: string): string | undefined => STANDARD.get(key);

/** The note spellings of a standard word (none for most). */
export const noteSpellingsOf = (word: string): readonly string[] => SPELLINGS.get(word) ?? [];
