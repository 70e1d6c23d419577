import type { CompiledPattern } from "./patterns.ts";
import { keyHash } from "../text/word-hash.ts";

// What the detector looks up for every token of a tokenized sentence: the patterns that start with
// the word and the presence elements it holds. In two Maps of 15,000 words that was two lookups per
// token through the engine's hash tables, each a few cache misses, and the most expensive line of
// detectSpecial. Here it is one probe by the word's keyHash (word-hash.ts) into typed arrays, behind
// a 32 KB bit filter that turns most words away, and one string comparison when the hash is there.

export interface WordInfo {
  readonly key: string;
  /** Patterns whose first element accepts the word, in lexicon order. */
  readonly candidates: CompiledPattern[] | undefined;
  /**
   * Each candidate's presence element id (-1: none), side by side: most candidates fail that check,
   * and reading it here spares the detector a cache miss on the pattern object for each of them.
   */
  readonly gates: Int32Array | undefined;
  /** Ids of the presence elements holding the word (detect-special.ts' presence check). */
  readonly presence: number[] | undefined;
}

export class WordTable {
  private readonly bloom = new Int32Array(1 << 13);
  private readonly mask: number;
  /**
   * Per slot, side by side: the word's hash and 1 + the index of its word in `infos` (0 for an empty
   * slot). Side by side so a probe reads one cache line, not one in each of two arrays.
   */
  private readonly slots: Int32Array;
  private readonly infos: WordInfo[] = [];

  private constructor(words: number) {
    // A quarter full at most, so a miss usually ends at the first empty slot.
    let size = 64;
    while (size < words * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
  }

  /** The table built in steps of a couple of thousand words, pausing at each `yield` (the extension builds it in idle time). */
  static *inSteps(candidates: ReadonlyMap<string, CompiledPattern[]>, presence: ReadonlyMap<string, number[]>): Generator<void, WordTable> {
    const keys = new Set([...candidates.keys(), ...presence.keys()]);
    const table = new WordTable(keys.size);
    let n = 0;
    for (const key of keys) {
      if (++n % 2048 === 0) yield;
      table.add(key, candidates.get(key), presence.get(key));
    }
    return table;
  }

  private add(key: string, candidates: CompiledPattern[] | undefined, presence: number[] | undefined): void {
    const h = keyHash(key);
    const bit = h >>> 14;
    this.bloom[bit >>> 5]! |= 1 << (bit & 31);
    let slot = h & this.mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
    this.infos.push({ key, candidates, gates: candidates && Int32Array.from(candidates, (p) => p.presence), presence });
    this.slots[2 * slot] = h;
    this.slots[2 * slot + 1] = this.infos.length;
  }

  /** The entry of `word` (a key: folded, no hyphens; `h` its keyHash), if any pattern or presence element names it. */
  get(word: string, h = keyHash(word)): WordInfo | undefined {
    const bit = h >>> 14;
    if ((this.bloom[bit >>> 5]! & (1 << (bit & 31))) === 0) return undefined;
    const slots = this.slots;
    for (let slot = h & this.mask, at = slots[2 * slot + 1]!; at !== 0; slot = (slot + 1) & this.mask, at = slots[2 * slot + 1]!) {
      if (slots[2 * slot] === h && this.infos[at - 1]!.key === word) return this.infos[at - 1];
    }
    return undefined;
  }
}
