import type { CompiledPattern, MatchElement } from "./patterns.ts";
import { affixesOf, anchorOf, hasAffix } from "./anchors.ts";
import { SPELLING_MIN_LENGTH, type SpellingIndex } from "./spelling.ts";
import { buildHashLists, type HashLists } from "../text/hash-lists.ts";
import { keyHash, type ScannedWord, type SentenceFilter } from "../text/trigger-scan.ts";

// Decides, from hashed words alone, whether a sentence could hold a match of any pattern: the
// pattern's anchor must be there, and so must every other required element made only of words.
// Elements with prefixes, suffixes or @CAP cannot be checked by hash and count as present. Misspelt
// lexicon words (which the spelling index corrects) always pass. Hash collisions only let a sentence
// through, so the filter never hides a match that detectSpecial would find.

interface FilterPattern {
  /** Ids of the required word elements, anchor included. */
  required: number[];
}

export interface SentenceFilterIndex {
  /** Word hash → ids of the required word elements containing that word. */
  elementsByWord: HashLists;
  /** Element id → patterns anchored on it. */
  anchoredOn: FilterPattern[][];
  anchorAffixes: ReturnType<typeof affixesOf>;
  elementCount: number;
}

export function buildSentenceFilterIndex(patterns: readonly CompiledPattern[]): SentenceFilterIndex {
  const elementsByWord = new Map<number, number[]>();
  const anchoredOn: FilterPattern[][] = [];
  const affixAnchors: MatchElement[] = [];
  let elementCount = 0;
  for (const p of patterns) {
    const anchor = anchorOf(p);
    const fp: FilterPattern = { required: [] };
    for (const el of p.elements) {
      if (el.kind !== "match" || el.optional || !el.alternatives.every((alt) => alt.words)) continue;
      const id = elementCount++;
      fp.required.push(id);
      anchoredOn[id] = [];
      for (const alt of el.alternatives) {
        for (const w of alt.words!) {
          const h = keyHash(w);
          const ids = elementsByWord.get(h);
          if (!ids) elementsByWord.set(h, [id]);
          else if (ids[ids.length - 1] !== id) ids.push(id);
        }
      }
      if (el === anchor) anchoredOn[id]!.push(fp);
    }
    if (!anchor.alternatives.every((alt) => alt.words)) affixAnchors.push(anchor);
  }
  return { elementsByWord: buildHashLists(elementsByWord), anchoredOn, anchorAffixes: affixesOf(affixAnchors), elementCount };
}

export function createSentenceFilter(index: SentenceFilterIndex, spelling: SpellingIndex): SentenceFilter {
  const { elementsByWord, anchoredOn, anchorAffixes } = index;
  // seen[id] === sentence means element `id` occurred in the current sentence.
  const seen = new Int32Array(index.elementCount);
  let sentence = 0;
  let candidates: FilterPattern[] = [];
  let certain = false;

  const { values } = elementsByWord;
  const mark = (hash: number) => {
    const from = elementsByWord.find(hash);
    if (from < 0) return;
    for (let k = from, end = elementsByWord.end(from); k < end; k++) {
      const id = values[k]!;
      seen[id] = sentence;
      const anchored = anchoredOn[id]!;
      for (let a = 0; a < anchored.length; a++) candidates.push(anchored[a]!);
    }
  };

  return {
    reset() {
      if (++sentence === 0x7fffffff) {
        seen.fill(0);
        sentence = 1;
      }
      candidates = [];
      certain = false;
    },
    add(w: ScannedWord) {
      if (certain) return;
      mark(w.hash);
      if (w.partHashes) for (const h of w.partHashes) mark(h);
      if (!w.partHashes) {
        if (hasAffix(anchorAffixes, w.folded, w.start, w.end)) certain = true;
        else if (w.keyLength >= SPELLING_MIN_LENGTH && !w.hasDigit) certain = spelling.corrects(w.folded, w.start, w.end, w.hash);
        return;
      }
      const key = w.folded.slice(w.start, w.end).replaceAll("-", "");
      certain = hasAffix(anchorAffixes, key, 0, key.length) ||
        (key.length >= SPELLING_MIN_LENGTH && !w.hasDigit && spelling.correct(key) !== undefined);
    },
    accepts() {
      if (certain) return true;
      for (const fp of candidates) if (fp.required.every((id) => seen[id] === sentence)) return true;
      return false;
    },
  };
}
