import { WORD_CHAR } from "../text/word-chars.ts";
import { MAX_SENTENCE_WORDS, isSentenceBreak } from "../text/tokenize.ts";

// The model's input, shared by the trainer (scripts/train-model.ts) and the scorer (score.ts), so a
// sentence is featurised exactly the same way at build time and in the browser. Features are hashed
// into a fixed number of buckets (no vocabulary to ship): word unigrams and bigrams, and character
// 3-5-grams of the sentence with every run of non-word characters collapsed to one space and every
// digit to "0" (a number's value says nothing; its shape might).

/** Salts, so a word, a bigram and a character n-gram that hash alike still land in different buckets. */
const WORD_SALT = 0x2545f491;
const BIGRAM_SALT = 0x6b43a9b5;
const CHAR_SALT = 0x1b873593;
const PRIME = 0x01000193;

/** Scratch buffer for one normalised sentence; the engine is synchronous, so one sentence at a time. */
let buf = new Uint16Array(1024);

/** Fibonacci hashing: one multiply spreads every input bit into the product's top bits. */
const GOLDEN = 0x9e3779b1 | 0;

/**
 * Hashes the features of the folded sentence `folded[from, to)` into `out`, one int each: the
 * bucket (the product's top `bits` bits) shifted left by one, the low bit the feature's sign (the
 * next bit; signed hashing, so two features that share a bucket cancel out on average instead of
 * adding up). Returns how many were written; `out` must hold `4 * (to - from) + 16` entries.
 */
export function hashFeatures(folded: string, from: number, to: number, bits: number, out: Int32Array): number {
  // The bucket and the sign in one shift: the top bits+1 bits of the product, as bucket << 1 | sign.
  const shift = 31 - bits;
  if (buf.length < to - from + 2) buf = new Uint16Array(2 * (to - from + 2));
  // A local, not the module's `let`: V8 reloads a reassignable module binding on every access.
  const buf_ = buf;
  // Normalise: " word word 0000 word ", hyphens and apostrophes inside a word dropped ("burn-out" =
  // "burnout", the engine's lookup key does the same).
  let n = 0;
  buf_[n++] = 32;
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    const kind = WORD_CHAR[c]!;
    if (kind === 1) buf_[n++] = c;
    else if (kind === 2) buf_[n++] = 48;
    else if ((c === 45 || c === 39) && buf_[n - 1] !== 32 && i + 1 < to && WORD_CHAR[folded.charCodeAt(i + 1)] !== 0) continue;
    else if (buf_[n - 1] !== 32) buf_[n++] = 32;
  }
  if (buf_[n - 1] !== 32) buf_[n++] = 32;
  let k = 0;
  // Words and bigrams: hash each word as it is read, pair it with the one before.
  let previous = 0;
  let word = WORD_SALT;
  for (let i = 1; i < n; i++) {
    const c = buf_[i]!;
    if (c !== 32) {
      word = Math.imul(word ^ c, PRIME);
      continue;
    }
    out[k++] = Math.imul(word, GOLDEN) >>> shift;
    if (previous !== 0) out[k++] = Math.imul(Math.imul(previous ^ BIGRAM_SALT, PRIME) ^ word, GOLDEN) >>> shift;
    previous = word;
    word = WORD_SALT;
  }
  // Character 3-, 4- and 5-grams, each grown from the one before it.
  for (let i = 0; i + 3 <= n; i++) {
    let h = CHAR_SALT;
    h = Math.imul(h ^ buf_[i]!, PRIME);
    h = Math.imul(h ^ buf_[i + 1]!, PRIME);
    h = Math.imul(h ^ buf_[i + 2]!, PRIME);
    out[k++] = Math.imul(h, GOLDEN) >>> shift;
    if (i + 4 > n) continue;
    h = Math.imul(h ^ buf_[i + 3]!, PRIME);
    out[k++] = Math.imul(h, GOLDEN) >>> shift;
    if (i + 5 > n) continue;
    out[k++] = Math.imul(Math.imul(h ^ buf_[i + 4]!, PRIME), GOLDEN) >>> shift;
  }
  return k;
}

/**
 * Sentence ranges of folded text as a flat list `[from0, to0, from1, to1, …]`, cut where the
 * engine's tokenizer cuts them (same word characters, same break rule), each from its first word's
 * start to its last word's end.
 */
export function sentenceRanges(folded: string): number[] {
  const ranges: number[] = [];
  let sentenceStart = -1;
  let lastStart = 0;
  let lastEnd = 0;
  let words = 0;
  let i = 0;
  const to = folded.length;
  while (i < to) {
    if (WORD_CHAR[folded.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < to && WORD_CHAR[folded.charCodeAt(i)] !== 0) i++;
      const c = folded.charCodeAt(i);
      if ((c === 45 || c === 39) && i + 1 < to && WORD_CHAR[folded.charCodeAt(i + 1)] !== 0) {
        i++;
        continue;
      }
      break;
    }
    if (sentenceStart < 0) sentenceStart = start;
    // Most gaps are one space, which never ends a sentence: skip the call for them. An overlong run is
    // cut after MAX_SENTENCE_WORDS words, as the tokenizer cuts it.
    else if (words === MAX_SENTENCE_WORDS || ((start !== lastEnd + 1 || folded.charCodeAt(lastEnd) !== 32) && isSentenceBreak(folded, lastEnd, start, lastStart))) {
      ranges.push(sentenceStart, lastEnd);
      sentenceStart = start;
      words = 0;
    }
    words++;
    lastStart = start;
    lastEnd = i;
  }
  if (sentenceStart >= 0) ranges.push(sentenceStart, lastEnd);
  return ranges;
}
