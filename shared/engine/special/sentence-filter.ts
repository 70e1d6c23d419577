import type { CompiledPattern, MatchElement } from "./patterns.ts";
import { affixesOf, anchorCost, anchorOf, type Affixes } from "./anchors.ts";
import { keyHash } from "../text/word-hash.ts";
import { firstNames, PERSON_VERBS, PRONOUNS, ROLE_NOUNS, ROLE_PLURALS } from "./persons.ts";
import { PERSON_CUE_WORDS } from "./reference.ts";
import { NEGATION_CUES } from "./context.ts";
import { noteSpellingsOf } from "./note-spellings.ts";

// What the sentence pre-scan (sentence-scan.ts) knows of the lexicon, reduced to word hashes: it
// decides from hashed words alone whether a sentence could hold a match of any pattern. The pattern's
// anchor must be there, and so must every other required element made only of words. Elements with
// prefixes, suffixes or @CAP cannot be checked by hash and count as present. Misspelt lexicon words
// (which the spelling index corrects) always pass. Hash collisions only let a sentence through, so
// the filter never hides a match that detectSpecial would find.
//
// Weak patterns need a person in the sentence (persons.ts); the filter knows a looser version of
// that rule (a pronoun, role noun or given name, a capitalised word inside the sentence, or a
// capitalised first word before a verb such as "heeft") and drops sentences whose only candidates are
// weak ones without any such cue: "niemand gewond", "naar het ziekenhuis gebracht".
//
// Everything the scan asks of a word sits in one open-addressing table, so a word costs one probe,
// and nearly every word misses it: anchors, pattern words and person cues are a few hundred words.

/** The word is some pattern's anchor (`anchorFrom`/`anchorTo` list those patterns). */
export const ANCHOR = 1;
/** The word is in a required word element (`elementFrom`/`elementTo` list those elements). */
export const ELEMENT = 2;
/** A pronoun or role noun: a person in any case. */
export const PERSON_WORD = 4;
/** A given name: a person when capitalised. */
export const GIVEN_NAME = 8;
/** A verb that makes a capitalised first word a name ("Sandra is …"). */
export const PERSON_VERB = 16;
/** A word that may negate a match or call it prevention ("geen", "voorkomen"): context.ts' NEGATION_CUES. */
export const NEGATION = 32;

export interface SentenceFilterIndex {
  /** One bit per value of a hash's top 18 bits, set for every word in the table: a clear bit is a miss. */
  bloom: Int32Array;
  /** Slots of the word table: `mask + 1` of them; a slot is used when its flags are not 0. */
  mask: number;
  /**
   * Per slot, side by side: the word's hash at `2 * slot` and its flags at `2 * slot + 1`. Side by side
   * so that a probe, made for nearly every word of every text, reads one cache line rather than two.
   */
  probe: Int32Array;
  anchorFrom: Int32Array;
  anchorTo: Int32Array;
  /** Indices (into `requiredFrom`) of the patterns anchored on a slot's word: `anchored[anchorFrom…anchorTo)`. */
  anchored: Int32Array;
  elementFrom: Int32Array;
  elementTo: Int32Array;
  /** Ids of the large required word elements containing a slot's word (the words mark these). */
  elements: Int32Array;
  /** Per element: 1 when it is small and checked by its own words' slots (`elementSlots[elementSlotFrom…elementSlotTo)`). */
  direct: Uint8Array;
  elementSlotFrom: Int32Array;
  elementSlotTo: Int32Array;
  elementSlots: Int32Array;
  /**
   * Per pattern `p`: ids of its required word elements other than the anchor, rarest first, at
   * `requiredIds[requiredFrom[p]…requiredFrom[p + 1])` (one array: the scan reads them for every candidate).
   */
  requiredFrom: Int32Array;
  requiredIds: Int32Array;
  /** Per pattern: needs a person in the sentence. */
  weak: Uint8Array;
  /** Per pattern: one word, so a match is that word alone (sentence-scan.ts asks whether all are negated). */
  single: Uint8Array;
  anchorAffixes: Affixes;
  elementCount: number;
}

const onlyWords = (el: MatchElement) => el.alternatives.every((alt) => alt.words);

interface WordEntry {
  flags: number;
  anchored: number[];
  elements: number[];
}

/**
 * Elements of at most this many words are checked by looking their words up in the sentence; larger
 * ones (body parts, offences) are marked by their words. Marking every element of every word cost a
 * sentence hundreds of writes: "in", "van", "is" and "de" each sit in 40-60 small elements, which
 * are now read only for a candidate pattern that needs them.
 */
const DIRECT_AT_MOST = 16;

/** Patterns between two pauses of the stepwise build: each step is well under a millisecond. */
const PATTERNS_PER_STEP = 24;

/** The build in steps, pausing at each `yield` (the extension builds the index in idle time). */
export function* sentenceFilterIndexInSteps(patterns: readonly CompiledPattern[]): Generator<void, SentenceFilterIndex> {
  const entries = new Map<number, WordEntry>();
  const entry = (word: string) => {
    const h = keyHash(word);
    let e = entries.get(h);
    if (!e) entries.set(h, (e = { flags: 0, anchored: [], elements: [] }));
    return e;
  };
  const addOnce = (list: number[], value: number) => {
    if (list[list.length - 1] !== value) list.push(value);
  };
  const required: Int32Array[] = [];
  const weak: number[] = [];
  const single: number[] = [];
  /** The word hashes of each small element (undefined for a large one). */
  const directWords: (number[] | undefined)[] = [];
  const affixAnchors: MatchElement[] = [];
  let elementCount = 0;
  for (const [n, p] of patterns.entries()) {
    if (n % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
    const anchor = anchorOf(p);
    if (!onlyWords(anchor)) {
      affixAnchors.push(anchor);
      continue;
    }
    const ids: { id: number; cost: number }[] = [];
    // An episode pattern follows a health finding about a person, so a person cue came before it.
    const patternIndex = weak.push(p.strength === "strong" ? 0 : 1) - 1;
    single.push(p.elements.length === 1 ? 1 : 0);
    for (const el of p.elements) {
      if (el.kind !== "match" || el.optional || !onlyWords(el)) continue;
      // The anchor is no element to check: a pattern is a candidate only where its anchor's word is.
      if (el === anchor) {
        for (const alt of el.alternatives) {
          for (const w of alt.words!) {
            for (const form of [w, ...noteSpellingsOf(w)]) {
              const e = entry(form);
              e.flags |= ANCHOR;
              addOnce(e.anchored, patternIndex);
            }
          }
        }
        continue;
      }
      const id = elementCount++;
      ids.push({ id, cost: anchorCost(el) });
      const small = el.alternatives.reduce((n, alt) => n + alt.words!.size, 0) <= DIRECT_AT_MOST;
      const words: number[] | undefined = small ? [] : undefined;
      directWords.push(words);
      for (const alt of el.alternatives) {
        for (const w of alt.words!) {
          for (const form of [w, ...noteSpellingsOf(w)]) {
            const e = entry(form);
            e.flags |= ELEMENT;
            if (words) words.push(keyHash(form));
            else addOnce(e.elements, id);
          }
        }
      }
    }
    // Rarest first: a sentence without the pattern is turned away at the first element it lacks.
    required.push(Int32Array.from(ids.sort((a, b) => a.cost - b.cost), (x) => x.id));
  }
  const mark = (words: Iterable<string>, flag: number) => {
    for (const w of words) entry(w).flags |= flag;
  };
  yield;
  mark(PRONOUNS, PERSON_WORD);
  mark(PERSON_CUE_WORDS, PERSON_WORD);
  mark(ROLE_NOUNS, PERSON_WORD);
  mark(ROLE_PLURALS, PERSON_WORD);
  // "de nieuwe heeft griep": reference.ts reads "nieuwe" as a person before a verb;
  // "ben"/"heb" without "je": the writer who dropped "ik" ("Sorry ben laat").
  // "degene die de kraan bediende": reference.ts reads "degene" before "die" as the one who did it.
  mark(["nieuwe", "ben", "heb", "degene", "diegene"], PERSON_WORD);
  mark(firstNames(), GIVEN_NAME);
  mark(PERSON_VERBS, PERSON_VERB);
  mark(NEGATION_CUES, NEGATION);

  yield;
  // A quarter full at most, so a miss (nearly every word) usually ends at the first empty slot.
  let size = 64;
  while (size < entries.size * 4) size *= 2;
  const mask = size - 1;
  const probe = new Int32Array(2 * size);
  const anchorFrom = new Int32Array(size);
  const anchorTo = new Int32Array(size);
  const elementFrom = new Int32Array(size);
  const elementTo = new Int32Array(size);
  const anchored: number[] = [];
  const elements: number[] = [];
  const bloom = new Int32Array(1 << 13);
  let filled = 0;
  for (const [hash, e] of entries) {
    if (++filled % 2048 === 0) yield;
    const bit = hash >>> 14;
    bloom[bit >>> 5]! |= 1 << (bit & 31);
    let slot = hash & mask;
    while (probe[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    probe[2 * slot] = hash;
    probe[2 * slot + 1] = e.flags;
    anchorFrom[slot] = anchored.length;
    // Patterns with the fewest elements to check first: a sentence that holds one is accepted sooner.
    anchored.push(...e.anchored.sort((a, b) => required[a]!.length - required[b]!.length));
    anchorTo[slot] = anchored.length;
    elementFrom[slot] = elements.length;
    elements.push(...e.elements);
    elementTo[slot] = elements.length;
  }
  yield;
  const slotOf = (hash: number) => {
    let slot = hash & mask;
    while (probe[2 * slot] !== hash || probe[2 * slot + 1] === 0) slot = (slot + 1) & mask;
    return slot;
  };
  const direct = new Uint8Array(elementCount);
  const elementSlotFrom = new Int32Array(elementCount);
  const elementSlotTo = new Int32Array(elementCount);
  const elementSlots: number[] = [];
  for (let id = 0; id < elementCount; id++) {
    const words = directWords[id];
    elementSlotFrom[id] = elementSlots.length;
    if (words) {
      direct[id] = 1;
      for (const h of new Set(words)) elementSlots.push(slotOf(h));
    }
    elementSlotTo[id] = elementSlots.length;
  }
  const requiredFrom = new Int32Array(required.length + 1);
  for (let p = 0; p < required.length; p++) requiredFrom[p + 1] = requiredFrom[p]! + required[p]!.length;
  return {
    bloom, mask, probe, anchorFrom, anchorTo, anchored: Int32Array.from(anchored), elementFrom, elementTo,
    elements: Int32Array.from(elements), direct, elementSlotFrom, elementSlotTo, elementSlots: Int32Array.from(elementSlots),
    requiredFrom, requiredIds: Int32Array.from(required.flatMap((ids) => [...ids])), weak: Uint8Array.from(weak), single: Uint8Array.from(single),
    anchorAffixes: affixesOf(affixAnchors), elementCount,
  };
}
