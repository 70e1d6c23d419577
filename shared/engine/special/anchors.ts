import type { CompiledPattern, MatchElement } from "./patterns.ts";
import { EVERYDAY } from "./lexicon/context-words.ts";
import { SENTENCE_RATE } from "./word-rates.ts";

// The sentence pre-scan marks a sentence when it holds a pattern's anchor: one required element that
// every match must contain. Anchoring on the first element would mark nearly every sentence, because
// predicates start with "van", "bij", "naar", "is"; so the anchor is the element whose words the
// fewest sentences hold: the words that fill every Dutch sentence (EVERYDAY, in
// lexicon/context-words.ts) count a thousand in 10,000, other words as often as measured on Dutch
// text (word-rates.ts), and at least one each. Any required element is exact as an anchor (the filter
// asks for all of them); a rare one only turns more sentences away before the pattern check.

/** Sentences in 10,000 that hold a word (word-rates.ts; a word not listed is rare). */
export type WordRates = ReadonlyMap<string, number>;

/** How many sentences in 10,000 hold one of the element's words, roughly (summed over its words). */
export function anchorCost(el: MatchElement, rates: WordRates = SENTENCE_RATE): number {
  let cost = 0;
  for (const alt of el.alternatives) {
    if (!alt.words) return Infinity; // prefixes, suffixes and @CAP are tested per word: anchor elsewhere
    for (const w of alt.words) {
      const rate = rates.get(w) ?? 0;
      cost += EVERYDAY.has(w) ? Math.max(1000, rate) : 1 + rate;
    }
  }
  return cost;
}

/** The element of `p` that marks a sentence for tokenizing; the first element when nothing is cheaper. */
export function anchorOf(p: CompiledPattern, rates: WordRates = SENTENCE_RATE): MatchElement {
  let best = p.elements[0] as MatchElement;
  let bestCost = anchorCost(best, rates);
  for (const el of p.elements) {
    if (el.kind !== "match" || el.optional) continue;
    const c = anchorCost(el, rates);
    if (c < bestCost) {
      best = el;
      bestCost = c;
    }
  }
  return best;
}

/**
 * The required element of words after the first that the fewest sentences hold: detect-special.ts
 * tries a pattern only in a sentence holding one of its words (undefined: no such element).
 */
export function presenceElementOf(p: CompiledPattern, rates: WordRates = SENTENCE_RATE): MatchElement | undefined {
  let best: MatchElement | undefined;
  let bestCost = Infinity;
  for (let e = 1; e < p.elements.length; e++) {
    const el = p.elements[e]!;
    if (el.kind !== "match" || el.optional || !el.alternatives.every((alt) => alt.words)) continue;
    const cost = anchorCost(el, rates);
    if (cost < bestCost) {
      best = el;
      bestCost = cost;
    }
  }
  return best;
}

/** Prefixes and suffixes that words are tested against in place (`anyWord`: an element that is @CAP). */
export interface Affixes {
  prefixes: string[];
  suffixes: string[];
  anyWord: boolean;
  /** 1 at the code of a suffix's last letter or a prefix's first letter: one lookup rejects most words. */
  edges: Uint8Array;
  /**
   * Bit edgeKey set for a suffix's last four letters (`ends`) or a prefix's first four (`starts`), when
   * every affix has four letters or more (`fourLetters`): a word ends in "en" or "ng" as often as not,
   * in "uren" or "ving" rarely. Bits, so both fit in the first-level cache beside the scan's tables.
   */
  ends: Int32Array;
  starts: Int32Array;
  fourLetters: boolean;
  /** Shortest key that can have one of the affixes (a suffix needs at least one letter before it). */
  minLength: number;
}

/** Four letters in 16 bits, for the `ends` and `starts` gates. */
export const edgeKey = (a: number, b: number, c: number, d: number) => (a * 29791 + b * 961 + c * 31 + d) & 0xffff;
const setBit = (bits: Int32Array, k: number) => (bits[k >>> 5]! |= 1 << (k & 31));
export const hasBit = (bits: Int32Array, k: number) => (bits[k >>> 5]! & (1 << (k & 31))) !== 0;

export function affixesOf(elements: Iterable<MatchElement>): Affixes {
  const out: Affixes = {
    prefixes: [], suffixes: [], anyWord: false, edges: new Uint8Array(0x10000), ends: new Int32Array(0x800), starts: new Int32Array(0x800),
    fourLetters: true, minLength: Infinity,
  };
  for (const el of elements) {
    for (const alt of el.alternatives) {
      if (alt.suffix) {
        const x = alt.suffix;
        const n = x.length;
        out.suffixes.push(x);
        out.minLength = Math.min(out.minLength, n + 1);
        out.edges[x.charCodeAt(n - 1)] = 1;
        if (n < 4) out.fourLetters = false;
        else setBit(out.ends, edgeKey(x.charCodeAt(n - 1), x.charCodeAt(n - 2), x.charCodeAt(n - 3), x.charCodeAt(n - 4)));
      } else if (alt.prefix) {
        const x = alt.prefix;
        out.prefixes.push(x);
        out.minLength = Math.min(out.minLength, x.length);
        out.edges[x.charCodeAt(0)] = 1;
        if (x.length < 4) out.fourLetters = false;
        else setBit(out.starts, edgeKey(x.charCodeAt(0), x.charCodeAt(1), x.charCodeAt(2), x.charCodeAt(3)));
      } else if (alt.capital) {
        out.anyWord = true;
        out.minLength = 0;
      }
    }
  }
  return out;
}

/** Whether the key `text[start, end)` has one of the affixes (checked in place, no substring). */
export function hasAffix(affixes: Affixes, text: string, start: number, end: number): boolean {
  if (affixes.anyWord) return true;
  const length = end - start;
  if (length < affixes.minLength) return false;
  if (affixes.edges[text.charCodeAt(end - 1)] === 0 && affixes.edges[text.charCodeAt(start)] === 0) return false;
  // Every affix has four letters or more, so every word with one has as many (minLength).
  if (affixes.fourLetters &&
    !hasBit(affixes.ends, edgeKey(text.charCodeAt(end - 1), text.charCodeAt(end - 2), text.charCodeAt(end - 3), text.charCodeAt(end - 4))) &&
    !hasBit(affixes.starts, edgeKey(text.charCodeAt(start), text.charCodeAt(start + 1), text.charCodeAt(start + 2), text.charCodeAt(start + 3)))) return false;
  const suffixes = affixes.suffixes;
  if (suffixes.length) {
    const last = text.charCodeAt(end - 1);
    const beforeLast = text.charCodeAt(end - 2);
    for (let k = 0; k < suffixes.length; k++) {
      const suffix = suffixes[k]!;
      const n = suffix.length;
      // Comparing the last two letters first rejects nearly every word without a string comparison.
      if (last === suffix.charCodeAt(n - 1) && (n < 2 || beforeLast === suffix.charCodeAt(n - 2)) && length > n &&
        text.startsWith(suffix, end - n)) return true;
    }
  }
  const prefixes = affixes.prefixes;
  for (let k = 0; k < prefixes.length; k++) {
    const prefix = prefixes[k]!;
    if (length >= prefix.length && text.charCodeAt(start) === prefix.charCodeAt(0) && text.startsWith(prefix, start)) return true;
  }
  return false;
}
