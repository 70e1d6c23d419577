// Which characters make up words, for the tokenizer and the sentence pre-scan alike (they must cut
// words in exactly the same places): letters, digits and anything outside Latin punctuation, in
// folded text, where accented Latin letters are already a-z. Inner hyphens and apostrophes join two
// runs of these into one word ("dna-test", "collega's").

/**
 * 1 for letters, 2 for digits, 0 otherwise.
 * Indexing it past a string's end (NaN) gives undefined, so loops check the length themselves.
 */
export const WORD_CHAR = new Uint8Array(0x10000);
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = 1;
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = 2;
WORD_CHAR.fill(1, 0xc0, 0x2000);
WORD_CHAR.fill(1, 0x2070, 0x20a0);
WORD_CHAR.fill(1, 0x2100);

/** An ASCII digit (full-width digits are folded to these). */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
