// Typo tolerance: a word of 6+ letters one edit (insert, delete, substitute, swap) away from a lexicon
// word is read as that word ("rugklagten" → "rugklachten"). Candidates are found through their first or
// last four letters, so the check costs a map lookup for almost every word.

import { NO, UNKNOWN, WordMemo, YES } from "./word-memo.ts";

export const SPELLING_MIN_LENGTH = 6;

/**
 * Spelling that sounds the same in Dutch: "klagten"/"klachten", "ij"/"ei"/"y", "dt"/"t", "c"/"k".
 * Hurried writers mix these up more than any other letters.
 */
export function soundKey(word: string): string {
  return word
    .replace(/ch/g, "g")
    .replace(/ck/g, "k")
    .replace(/c(?=[aou])/g, "k")
    .replace(/ij|y/g, "ei")
    .replace(/au/g, "ou")
    .replace(/ph/g, "f")
    .replace(/th/g, "t")
    .replace(/dt\b/g, "t")
    .replace(/(.)\1/g, "$1");
}

export class SpellingIndex {
  private readonly byEdge = new Map<string, string[]>();
  private readonly bySound = new Map<string, string>();
  private readonly known: Set<string>;
  private readonly realWords: ReadonlySet<string>;
  private readonly compoundModifiers: ReadonlyMap<string, number>;

  /**
   * @param words the lexicon words that may be misspelt
   * @param realWords real Dutch words within one edit of a lexicon word ("factuur" next to "fractuur"):
   *   these are never corrected
   * @param compoundModifiers for lexicon words made as compounds ("dij"+"s"+"operatie"), the length of
   *   the first part: a misspelling must spell that part right. Body parts and the like are short words
   *   one edit from other words, so "hijsoperatie" must not be read as "dijsoperatie".
   */
  constructor(words: Iterable<string>, realWords: ReadonlySet<string> = new Set(), compoundModifiers: ReadonlyMap<string, number> = new Map()) {
    this.realWords = realWords;
    this.compoundModifiers = compoundModifiers;
    this.known = new Set();
    for (const w of words) this.learn(w);
  }

  /** The same index built in steps, pausing at each `yield` (the extension builds it in idle time). */
  static *inSteps(words: Iterable<string>, realWords?: ReadonlySet<string>, compoundModifiers?: ReadonlyMap<string, number>): Generator<void, SpellingIndex> {
    const index = new SpellingIndex([], realWords, compoundModifiers);
    let n = 0;
    for (const w of words) {
      if (++n % 512 === 0) yield;
      index.learn(w);
    }
    return index;
  }

  private learn(w: string): void {
    if (this.known.has(w)) return;
    this.known.add(w);
    if (w.length < SPELLING_MIN_LENGTH) return;
    const sound = soundKey(w);
    if (!this.bySound.has(sound)) this.bySound.set(sound, w);
    for (const edge of [w.slice(0, 4), "$" + w.slice(-4)]) {
      const list = this.byEdge.get(edge);
      if (list) list.push(w);
      else this.byEdge.set(edge, [w]);
    }
  }

  /** Words already judged: text repeats its words, and a keystroke re-reads its paragraph. */
  private readonly memo = new Map<string, string | null>();

  /** The lexicon word this token is a one-edit misspelling of, if any. */
  correct(word: string): string | undefined {
    if (word.length < SPELLING_MIN_LENGTH || this.known.has(word) || this.realWords.has(word)) return undefined;
    // Words with digits are never corrected: numbers and codes ("nl91abna0417") are no misspellings,
    // and the lexicon's few words with digits (party names: "d66stemmer") are listed in every form.
    if (/\d/.test(word)) return undefined;
    const seen = this.memo.get(word);
    if (seen !== undefined) return seen ?? undefined;
    if (this.memo.size > 50_000) this.memo.clear();
    const found = this.lookup(word);
    this.memo.set(word, found ?? null);
    return found;
  }

  /** The same judgement by the word's keyHash, for the pre-scan, which has no strings. */
  private readonly memoByHash = new WordMemo();

  /**
   * correct() for a word whose keyHash the caller has: a word already judged (by the pre-scan, in a
   * sentence nothing else listed, or here before) is answered from that memo, without a string lookup.
   */
  correctHashed(word: string, hash: number): string | undefined {
    const known = this.memoByHash.verdict(word, 0, word.length, hash);
    if (known === NO) return undefined;
    const found = this.correct(word);
    if (known === UNKNOWN) this.memoByHash.remember(word, 0, word.length, hash, found === undefined ? NO : YES);
    return found;
  }

  /** Whether `text[start, end)` (no hyphens; `hash` its keyHash) is a misspelling of a lexicon word. */
  corrects(text: string, start: number, end: number, hash: number): boolean {
    const known = this.memoByHash.verdict(text, start, end, hash);
    if (known !== UNKNOWN) return known === YES;
    const corrects = this.correct(text.slice(start, end)) !== undefined;
    this.memoByHash.remember(text, start, end, hash, corrects ? YES : NO);
    return corrects;
  }

  private lookup(word: string): string | undefined {
    const sound = this.bySound.get(soundKey(word));
    if (sound && this.keepsModifier(word, sound)) return sound;
    const a = this.byEdge.get(word.slice(0, 4));
    const b = this.byEdge.get("$" + word.slice(-4));
    if (!a && !b) return undefined;
    for (const list of [a, b]) {
      if (!list) continue;
      for (const candidate of list) if (withinOneEdit(word, candidate) && this.keepsModifier(word, candidate)) return candidate;
    }
    return undefined;
  }

  /** A compound's first part must be spelt as in the lexicon word (see the constructor). */
  private keepsModifier(word: string, candidate: string): boolean {
    const length = this.compoundModifiers.get(candidate);
    if (length === undefined || word.startsWith(candidate.slice(0, length))) return true;
    // A first part spelt as it sounds is spelt right: "snywond" is "snijwond", "rugklagten" "rugklachten".
    return soundKey(word).startsWith(soundKey(candidate.slice(0, length)));
  }
}

/** Optimal string alignment distance ≤ 1, without building a matrix. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la || i === lb) return Math.abs(la - lb) <= 1;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
