import type { CompiledPattern, MatchElement } from "./patterns.ts";
import { affixesOf, anchorOf, hasAffix, type Affixes } from "./anchors.ts";
import { SPELLING_MIN_LENGTH, type SpellingIndex } from "./spelling.ts";
import { buildHashLists, type HashLists } from "../text/hash-lists.ts";
import { keyHash, type ScannedWord, type SentenceFilter } from "../text/trigger-scan.ts";
import { FIRST_NAMES, PERSON_VERBS, PRONOUNS, ROLE_NOUNS } from "./persons.ts";

// Decides, from hashed words alone, whether a sentence could hold a match of any pattern: the
// pattern's anchor must be there, and so must every other required element made only of words.
// Elements with prefixes, suffixes or @CAP cannot be checked by hash and count as present. Misspelt
// lexicon words (which the spelling index corrects) always pass. Hash collisions only let a sentence
// through, so the filter never hides a match that detectSpecial would find.
//
// Weak patterns need a person in the sentence (persons.ts); the filter knows a looser version of
// that rule (a pronoun, role noun or given name, a capitalised word inside the sentence, or a
// capitalised first word before a verb such as "heeft") and drops sentences whose only candidates are
// weak ones without any such cue: "niemand gewond", "naar het ziekenhuis gebracht".
//
// Per word only the anchor table is probed; anchors are rare words, so the probe nearly always
// misses. The other elements are checked only in sentences that hold an anchor: "de" and "van" sit
// in dozens of elements, and stamping them for every sentence cost more than all the rest.

export interface SentenceFilterIndex {
  /** Anchor word hash → indices (into `required`) of the patterns anchored on that word. */
  patternsByAnchor: HashLists;
  /** Word hash → ids of the required word elements containing that word. */
  elementsByWord: HashLists;
  /** Per pattern: ids of its required word elements, anchor included. */
  required: number[][];
  /** Per pattern: needs a person in the sentence. */
  weak: boolean[];
  /** keyHash → PERSON_WORD | GIVEN_NAME | PERSON_VERB flags (one probe per word answers all three). */
  personFlags: HashLists;
  anchorAffixes: Affixes;
  elementCount: number;
}

const onlyWords = (el: MatchElement) => el.alternatives.every((alt) => alt.words);

function add(map: Map<number, number[]>, hash: number, value: number): void {
  const list = map.get(hash);
  if (!list) map.set(hash, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

const PERSON_WORD = 1;
const GIVEN_NAME = 2;
const PERSON_VERB = 4;

function personFlagTable(): HashLists {
  const flags = new Map<number, number[]>();
  const set = (words: Iterable<string>, flag: number) => {
    for (const w of words) {
      const h = keyHash(w);
      flags.set(h, [(flags.get(h)?.[0] ?? 0) | flag]);
    }
  };
  set(PRONOUNS, PERSON_WORD);
  set(ROLE_NOUNS, PERSON_WORD);
  set(FIRST_NAMES, GIVEN_NAME);
  set(PERSON_VERBS, PERSON_VERB);
  return buildHashLists(flags);
}

export function buildSentenceFilterIndex(patterns: readonly CompiledPattern[]): SentenceFilterIndex {
  const elementsByWord = new Map<number, number[]>();
  const patternsByAnchor = new Map<number, number[]>();
  const required: number[][] = [];
  const weak: boolean[] = [];
  const affixAnchors: MatchElement[] = [];
  let elementCount = 0;
  for (const p of patterns) {
    const anchor = anchorOf(p);
    if (!onlyWords(anchor)) {
      affixAnchors.push(anchor);
      continue;
    }
    const ids: number[] = [];
    const patternIndex = required.push(ids) - 1;
    weak.push(p.strength === "weak");
    for (const el of p.elements) {
      if (el.kind !== "match" || el.optional || !onlyWords(el)) continue;
      const id = elementCount++;
      ids.push(id);
      for (const alt of el.alternatives) {
        for (const w of alt.words!) {
          add(elementsByWord, keyHash(w), id);
          if (el === anchor) add(patternsByAnchor, keyHash(w), patternIndex);
        }
      }
    }
  }
  return {
    patternsByAnchor: buildHashLists(patternsByAnchor),
    elementsByWord: buildHashLists(elementsByWord),
    required,
    weak,
    personFlags: personFlagTable(),
    anchorAffixes: affixesOf(affixAnchors),
    elementCount,
  };
}

export function createSentenceFilter(index: SentenceFilterIndex, spelling: SpellingIndex): SentenceFilter {
  const { patternsByAnchor, elementsByWord, required, weak, personFlags, anchorAffixes } = index;
  // seen[id] === stamp means element `id` occurs in the sentence being checked.
  const seen = new Int32Array(index.elementCount);
  let stamp = 0;
  let hashes = new Int32Array(256);
  let count = 0;
  const candidates: number[] = [];
  let certain = false;
  let person = false;
  let capitalFirst = false;

  const remember = (hash: number) => {
    if (count === hashes.length) {
      const bigger = new Int32Array(count * 2);
      bigger.set(hashes);
      hashes = bigger;
    }
    hashes[count++] = hash;
    const from = patternsByAnchor.find(hash);
    if (from < 0) return;
    for (let k = from, end = patternsByAnchor.end(from); k < end; k++) candidates.push(patternsByAnchor.values[k]!);
  };

  return {
    reset() {
      count = 0;
      candidates.length = 0;
      certain = false;
      person = false;
      capitalFirst = false;
    },
    add(w: ScannedWord) {
      if (certain) return;
      if (!person) {
        // Looser than persons.ts on purpose (no list of capitalised non-names): it may only let more through.
        const at = personFlags.find(w.hash);
        const flags = at < 0 ? 0 : personFlags.values[at]!;
        person = (flags & PERSON_WORD) !== 0 || (w.capital && (flags & GIVEN_NAME) !== 0) ||
          (w.capital && !w.first && !w.acronym && w.end - w.start > 1 && !w.hasDigit) ||
          (capitalFirst && (flags & PERSON_VERB) !== 0);
        capitalFirst = w.first && w.capital;
      }
      remember(w.hash);
      if (w.partHashes) for (const h of w.partHashes) remember(h);
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
      if (candidates.length === 0) return false;
      if (!person && candidates.every((p) => weak[p])) return false;
      if (++stamp === 0x7fffffff) {
        seen.fill(0);
        stamp = 1;
      }
      const { values } = elementsByWord;
      for (let i = 0; i < count; i++) {
        const from = elementsByWord.find(hashes[i]!);
        if (from < 0) continue;
        for (let k = from, end = elementsByWord.end(from); k < end; k++) seen[values[k]!] = stamp;
      }
      for (const p of candidates) if ((person || !weak[p]) && required[p]!.every((id) => seen[id] === stamp)) return true;
      return false;
    },
  };
}
