// The word hashing shared by the sentence pre-scan (special/sentence-scan.ts) and the tables it
// probes: FNV-1a over the word's UTF-16 code units, hyphens left out, so a word can be hashed in
// place while it is scanned and never needs a string.

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** The hash the scan computes for a word's key (the folded word without hyphens). */
export function keyHash(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c !== 45) h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

/**
 * Same character class as the tokenizer's WORD pattern: 1 for letters, 2 for digits, 0 otherwise.
 * Indexing it past a string's end (NaN) gives undefined, so loops check the length themselves.
 */
export const WORD_CHAR = new Uint8Array(0x10000);
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = 1;
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = 2;
WORD_CHAR.fill(1, 0xc0, 0x2000);
WORD_CHAR.fill(1, 0x2070, 0x20a0);
WORD_CHAR.fill(1, 0x2100);
