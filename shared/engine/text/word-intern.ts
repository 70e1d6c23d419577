import { FNV_OFFSET, FNV_PRIME } from "./word-hash.ts";

// One string per word across the tokens of a long text. The tokenizer made a new string for every
// token, and in a long text, whose tokens stay alive through scavenges that copy them, that was most
// of its time: a text of one sentence over and over ("Jan heeft epilepsie. " ×50,000) repeats
// nothing else. An interned word also keeps the hash the engine's Sets and Maps compute on first
// use, so every later lookup of it skips hashing its characters.
//
// Only short words of letters: V8 copies a slice shorter than 13 characters, but a longer one points
// into the whole text and would keep that text alive in this table; and numbers rarely come twice.

/**
 * Texts shorter than this are not interned: their tokens die young, and a new string costs less than
 * a probe of the table (the bench corpus, reports of about a kilobyte, ran 2-3% slower interned).
 */
export const INTERN_FROM = 1 << 16;

/** The longest word interned: V8's slices of 13 or more characters share the text they are cut from. */
export const INTERN_MAX = 12;

const SLOTS = 1 << 13;
const MASK = SLOTS - 1;
/** Per slot: the word's hash (FNV-1a over its code units, word-hash.ts) and the word; "" is an empty slot. */
const hashes = new Int32Array(SLOTS);
const words: string[] = new Array<string>(SLOTS).fill("");
let size = 0;

/** The FNV-1a hash of `text[start, end)`, hyphens included (a hyphenated word is not `keyHash`'s key). */
export function sliceHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

/**
 * `text.slice(start, end)`, the same string each time for the same characters (`hash` is
 * sliceHash(text, start, end)); the caller keeps to INTERN_MAX. The table starts afresh when half
 * full, so a long text of new words costs a slice and an insert each, never a long probe.
 */
export function internSlice(text: string, start: number, end: number, hash: number): string {
  const length = end - start;
  let slot = hash & MASK;
  for (let w = words[slot]!; w !== ""; w = words[slot]!) {
    if (hashes[slot] === hash && w.length === length) {
      let k = 0;
      while (k < length && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return w;
    }
    slot = (slot + 1) & MASK;
  }
  const word = text.slice(start, end);
  if (size >= SLOTS / 2) {
    words.fill("");
    size = 0;
    slot = hash & MASK;
  }
  while (words[slot] !== "") slot = (slot + 1) & MASK;
  hashes[slot] = hash;
  words[slot] = word;
  size++;
  return word;
}
