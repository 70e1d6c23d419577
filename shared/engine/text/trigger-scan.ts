import { isSentenceBreak } from "./tokenize.ts";
import { isUpperAt } from "./fold.ts";

// Most sentences of a report hold no lexicon word at all. Building token objects for them was most
// of the engine's time, so one pass over the characters first finds the sentences worth tokenizing:
// it hashes each word's lookup key without making a string and hands it to the caller's filter.
// Sentences are cut exactly where the tokenizer cuts them (same word characters, same break rule),
// so tokenizing only the marked sentences yields the same findings as tokenizing everything.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The hash the scan computes for a word's key; use it to build the trigger set. */
export function keyHash(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/** What the scan knows of one word; strings are only made when the test asks for them. */
export interface ScannedWord {
  folded: string;
  start: number;
  end: number;
  /** keyHash of the word without hyphens. */
  hash: number;
  /** Length of the key (the word without hyphens). */
  keyLength: number;
  /** The word has a digit (lexicon words have none, so it can only be a number or a code). */
  hasDigit: boolean;
  /** In the original text the word starts with a capital; `acronym`: its second letter too. */
  capital: boolean;
  acronym: boolean;
  /** First word of its sentence. */
  first: boolean;
  /** keyHash of each hyphen-separated part, when the word has hyphens. */
  partHashes: number[] | undefined;
}

/** Told each sentence's words in turn; says at the sentence's end whether to tokenize it. */
export interface SentenceFilter {
  reset(): void;
  add(word: ScannedWord): void;
  accepts(): boolean;
}

/** Same character class as the tokenizer's WORD pattern: 1 for letters, 2 for digits. */
const WORD_CHAR = new Uint8Array(0x10000);
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = 1;
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = 2;
WORD_CHAR.fill(1, 0xc0, 0x2000);
WORD_CHAR.fill(1, 0x2070, 0x20a0);
WORD_CHAR.fill(1, 0x2100);
const isWordChar = (c: number) => WORD_CHAR[c]! !== 0;

/**
 * Ranges `[from, to)` of the sentences the filter accepts, as a flat list `[from0, to0, from1, to1, …]`,
 * in text order.
 */
export function acceptedSentences(original: string, folded: string, filter: SentenceFilter): number[] {
  const ranges: number[] = [];
  const n = folded.length;
  const word: ScannedWord = { folded, start: 0, end: 0, hash: 0, keyLength: 0, hasDigit: false, capital: false, acronym: false, first: false, partHashes: undefined };
  let sentenceFrom = -1;
  let previousStart = 0;
  let lastEnd = 0;
  let i = 0;
  while (i < n) {
    if (!isWordChar(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    let keyLength = 0;
    let hyphens = false;
    let kinds = 0;
    for (;;) {
      let c = folded.charCodeAt(i);
      let kind = 0;
      while (i < n && (kind = WORD_CHAR[c]!) !== 0) {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        kinds |= kind;
        keyLength++;
        c = folded.charCodeAt(++i);
      }
      // An inner hyphen or apostrophe joins two runs of word characters into one word.
      if ((c === 45 || c === 39) && i + 1 < n && isWordChar(folded.charCodeAt(i + 1))) {
        if (c === 45) hyphens = true;
        else {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          keyLength++;
        }
        i++;
        continue;
      }
      break;
    }
    // Hyphenated words are rare: hash their parts apart rather than slow down every word.
    const parts = hyphens ? folded.slice(start, i).split("-").map(keyHash) : undefined;

    let first = false;
    if (sentenceFrom < 0) {
      sentenceFrom = start;
      first = true;
      filter.reset();
    } else if (isSentenceBreak(folded, lastEnd, start, previousStart)) {
      if (filter.accepts()) ranges.push(sentenceFrom, lastEnd);
      sentenceFrom = start;
      first = true;
      filter.reset();
    }
    word.start = start;
    word.end = i;
    word.hash = hash;
    word.keyLength = keyLength;
    word.hasDigit = (kinds & 2) !== 0;
    word.capital = isUpperAt(original, start);
    word.acronym = word.capital && i - start > 1 && isUpperAt(original, start + 1);
    word.first = first;
    word.partHashes = parts;
    filter.add(word);
    previousStart = start;
    lastEnd = i;
  }
  if (sentenceFrom >= 0 && filter.accepts()) ranges.push(sentenceFrom, lastEnd);
  return ranges;
}
