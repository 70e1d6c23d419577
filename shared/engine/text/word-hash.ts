// The word hashing shared by the sentence pre-scan (special/sentence-scan.ts) and the tables it
// probes: FNV-1a over the word's UTF-16 code units, hyphens left out, so a word can be hashed in
// place while it is scanned and never needs a string.

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** The hash the scan computes for a word's key (the folded word without hyphens), or for `key[from, to)`. */
export function keyHash(key: string, from = 0, to = key.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    const c = key.charCodeAt(i);
    if (c !== 45) h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}
