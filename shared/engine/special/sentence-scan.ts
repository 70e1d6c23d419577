import { FNV_OFFSET, FNV_PRIME, keyHash } from "../text/word-hash.ts";
import { WORD_CHAR } from "../text/word-chars.ts";
import { MAX_SENTENCE_WORDS, isSentenceBreak } from "../text/tokenize.ts";
import { isUpperAt } from "../text/fold.ts";
import { edgeKey, hasAffix, hasBit } from "./anchors.ts";
import { INITIALS_MAX, isCompoundRoleAt, isCompoundRolePluralAt } from "./persons.ts";
import { SPELLING_MIN_LENGTH, type SpellingIndex } from "./spelling.ts";
import { ANCHOR, ELEMENT, GIVEN_NAME, NEGATION, PERSON_VERB, PERSON_WORD, type SentenceFilterIndex } from "./sentence-filter.ts";
import { everyMatchNegated } from "./negated-sentence.ts";

// Most sentences of a report hold no lexicon word at all, and building token objects for them was
// most of the engine's time. So one pass over the characters finds the sentences worth tokenizing,
// without making a string: it hashes each word's lookup key, probes the filter's word table once,
// and at each sentence end asks whether a pattern could match there (sentence-filter.ts says how).
// Sentences are cut exactly where the tokenizer cuts them (same word characters, same break rule),
// so tokenizing only the accepted sentences yields the same findings as tokenizing everything.
// The loop is one function on purpose: per word it is a hash, one probe and a few flag tests, and
// calls or word objects in between cost as much as all of that.

/** Characters that may end a sentence; a gap without any needs no isSentenceBreak call. */
const MAY_BREAK = new Uint8Array(128);
for (const c of "\n\r|!?;.") MAY_BREAK[c.charCodeAt(0)] = 1;

/** No vowel in `text[start, end)`: a short capitalised word like that is initials (persons.ts' hasNoVowel). */
function noVowel(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) return false;
  }
  return true;
}

/** Scratch space reused across calls: the engine is synchronous, so one scan runs at a time. */
const scratch = {
  /** Table slots of the sentence's words that sit in required elements. */
  slots: new Int32Array(256),
  candidates: new Int32Array(64),
  /** keyHash of each part of the hyphenated word being scanned. */
  partHashes: new Int32Array(16),
  /** seen[id] === stamp: large element `id` occurs in the sentence being judged. */
  seen: new Int32Array(0),
  /**
   * The slots of the sentence's words (what small elements are checked by), as a small hash set: pairs
   * [stamp, slot], open addressing. An array over every slot of the table (half a megabyte) cost a
   * cache miss for nearly every check; this one stays in the first-level cache.
   */
  slotSet: new Int32Array(2 * 2048),
  /** slotSeen[slot] === stamp, for a sentence with more words in elements than the small set takes. */
  slotSeen: new Int32Array(0),
  /** viable[p] === stamp: pattern `p` (of one word) could match in it. */
  viable: new Int32Array(0),
  stamp: 0,
  /** The sentence's words that might be misspelt lexicon words: start, end and keyHash of each. */
  maybeMisspelt: new Int32Array(96),
};

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** Entries of scratch.slotSet, a power of two; a sentence with more than a quarter of it in slots uses slotSeen. */
const SLOT_SET = 2048;
const SLOT_SET_MASK = SLOT_SET - 1;

/** couldMatch's verdicts: no pattern can match, one can, or only patterns of one word can (marked in scratch.viable). */
const NO_MATCH = 0;
const MATCHABLE = 1;
const SINGLE_WORDS = 2;

/**
 * Whether a pattern could match in the sentence just scanned: `slots[0…slotCount)` are the table
 * slots of its words in required elements, `candidates[0…candidateCount)` the patterns anchored there.
 * `negation`: the sentence holds a negation cue, so the answer tells when only one-word patterns can.
 */
function couldMatch(index: SentenceFilterIndex, slots: Int32Array, slotCount: number, candidates: Int32Array, candidateCount: number,
  person: boolean, negation: boolean): number {
  const { weak, single, elementFrom, elementTo, elements, requiredFrom, requiredIds, direct, elementSlotFrom, elementSlotTo, elementSlots } = index;
  if (!person) {
    let anyStrong = false;
    for (let k = 0; k < candidateCount && !anyStrong; k++) anyStrong = weak[candidates[k]!] === 0;
    if (!anyStrong) return NO_MATCH;
  }
  if (scratch.seen.length < index.elementCount) scratch.seen = new Int32Array(index.elementCount);
  const small = slotCount <= SLOT_SET >> 2;
  if (!small && scratch.slotSeen.length < index.mask + 1) scratch.slotSeen = new Int32Array(index.mask + 1);
  if (scratch.viable.length < weak.length) scratch.viable = new Int32Array(weak.length);
  const seen = scratch.seen;
  const slotSeen = scratch.slotSeen;
  const slotSet = scratch.slotSet;
  const viable = scratch.viable;
  if (++scratch.stamp === 0x7fffffff) {
    seen.fill(0);
    slotSeen.fill(0);
    slotSet.fill(0);
    viable.fill(0);
    scratch.stamp = 1;
  }
  const stamp = scratch.stamp;
  // Patterns with nothing to check besides their anchor first (one-word patterns among them): they
  // need no marking, and `anchored` lists them first for each word.
  let singleWords = false;
  let more = false;
  for (let k = 0; k < candidateCount; k++) {
    const p = candidates[k]!;
    if (!person && weak[p] !== 0) continue;
    if (requiredFrom[p + 1] !== requiredFrom[p]) {
      more = true;
      continue;
    }
    if (!negation || single[p] === 0) return MATCHABLE;
    viable[p] = stamp;
    singleWords = true;
  }
  if (more) {
    for (let s = 0; s < slotCount; s++) {
      const slot = slots[s]!;
      if (small) {
        let h = slot & SLOT_SET_MASK;
        while (slotSet[2 * h] === stamp && slotSet[2 * h + 1] !== slot) h = (h + 1) & SLOT_SET_MASK;
        slotSet[2 * h] = stamp;
        slotSet[2 * h + 1] = slot;
      } else slotSeen[slot] = stamp;
      for (let k = elementFrom[slot]!, end = elementTo[slot]!; k < end; k++) seen[elements[k]!] = stamp;
    }
    for (let k = 0; k < candidateCount; k++) {
      const p = candidates[k]!;
      if (!person && weak[p] !== 0) continue;
      const idsTo = requiredFrom[p + 1]!;
      let e = requiredFrom[p]!;
      if (e === idsTo) continue;
      let all = true;
      for (; e < idsTo && all; e++) {
        const id = requiredIds[e]!;
        if (direct[id] === 0) {
          all = seen[id] === stamp;
          continue;
        }
        all = false;
        for (let j = elementSlotFrom[id]!, end = elementSlotTo[id]!; j < end && !all; j++) {
          const slot = elementSlots[j]!;
          if (!small) {
            all = slotSeen[slot] === stamp;
            continue;
          }
          for (let h = slot & SLOT_SET_MASK; slotSet[2 * h] === stamp; h = (h + 1) & SLOT_SET_MASK) {
            if (slotSet[2 * h + 1] === slot) {
              all = true;
              break;
            }
          }
        }
      }
      // A pattern with more than its anchor to check is of several words.
      if (all) return MATCHABLE;
    }
  }
  return singleWords ? SINGLE_WORDS : NO_MATCH;
}

/**
 * Ranges `[from, to)` of the sentences that could hold a match, as a flat list
 * `[from0, to0, from1, to1, …]` in text order. The other sentences with a person cue go to `cues` in
 * the same form: a person named there may be who a later sentence is about. After the first sentence
 * with a cue or listed, all the others go there, unread (a sentence without a cue names nobody).
 *
 * `personBefore`: the field named a specific person before this text, so every sentence may be
 * about someone (and no sentence of this text can add to that: `cues` stays empty). `anyonePerson`:
 * weak patterns may match without a person (the form says who is meant), so they pass the filter too.
 */
export function acceptedSentences(original: string, folded: string, index: SentenceFilterIndex, spelling: SpellingIndex,
  personBefore = false, anyonePerson = false, cues: number[] = []): number[] {
  // Everything the loop changes is a local that no closure captures, so it can live in registers.
  const { mask, probe, anchorFrom, anchorTo, anchored, anchorAffixes, bloom } = index;
  const { edges, ends, starts, fourLetters, minLength: minAffixLength } = anchorAffixes;
  let slots = scratch.slots;
  let candidates = scratch.candidates;
  let partHashes = scratch.partHashes;
  let maybeMisspelt = scratch.maybeMisspelt;
  let slotCount = 0;
  let candidateCount = 0;
  let maybeMisspeltCount = 0;
  let certain = false;
  let person = false;
  let capitalFirst = false;
  let negation = false;

  const ranges: number[] = [];
  let cueBefore = personBefore || anyonePerson;
  const n = folded.length;
  let sentenceFrom = -1;
  let previousStart = 0;
  let lastEnd = 0;
  let gapMayBreak = false;
  let wordsInSentence = 0;
  let i = 0;
  while (i < n) {
    let c = folded.charCodeAt(i);
    if (WORD_CHAR[c] === 0) {
      if (c < 128 && MAY_BREAK[c] !== 0) gapMayBreak = true;
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    let kinds = 0;
    // Parts of a hyphenated word ("knie-blessure", but mostly dates and phone numbers) are looked up
    // apart too; their hashes are taken at each hyphen, so no strings are made for them.
    let partCount = 0;
    let partStart = start;
    let apostrophe = false;
    for (;;) {
      let kind = 0;
      while (i < n && (kind = WORD_CHAR[c]!) !== 0) {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        kinds |= kind;
        c = folded.charCodeAt(++i);
      }
      // An inner hyphen or apostrophe joins two runs of word characters into one word.
      if ((c === 45 || c === 39) && i + 1 < n && WORD_CHAR[folded.charCodeAt(i + 1)] !== 0) {
        if (c === 45) {
          if (partCount === partHashes.length) scratch.partHashes = partHashes = grow(partHashes);
          partHashes[partCount++] = keyHash(folded, partStart, i);
          partStart = i + 1;
        } else {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          apostrophe = true;
        }
        c = folded.charCodeAt(++i);
        continue;
      }
      break;
    }
    const hyphens = partCount !== 0;
    if (hyphens) {
      if (partCount === partHashes.length) scratch.partHashes = partHashes = grow(partHashes);
      partHashes[partCount++] = keyHash(folded, partStart, i);
    }
    // The key is the word without its hyphens (apostrophes stay): counted here, not per character.
    const keyLength = i - start - (hyphens ? partCount - 1 : 0);

    let first = false;
    // The tokenizer's cut of an overlong sentence, at the same word.
    if (sentenceFrom < 0 || wordsInSentence === MAX_SENTENCE_WORDS || (gapMayBreak && isSentenceBreak(folded, lastEnd, start, previousStart))) {
      if (sentenceFrom >= 0) {
        cueBefore = endSentence(index, spelling, original, folded, slots, slotCount, candidates, candidateCount, maybeMisspeltCount, certain, person, negation,
          cueBefore, personBefore, sentenceFrom, lastEnd, ranges, cues);
      }
      sentenceFrom = start;
      first = true;
      slotCount = 0;
      candidateCount = 0;
      maybeMisspeltCount = 0;
      certain = false;
      person = false;
      capitalFirst = false;
      negation = false;
      wordsInSentence = 0;
    }
    wordsInSentence++;
    gapMayBreak = false;
    previousStart = start;
    lastEnd = i;
    if (certain) continue;

    // Look the word up, and for a hyphenated word each of its parts too.
    let flags = 0;
    /** The parts' flags together: "Jan-Willem" is a given name by its parts (persons.ts' isPersonName). */
    let partFlags = 0;
    for (let part = -1, h = hash; ; h = partHashes[++part]!) {
      let slot = h & mask;
      let f = 0;
      // The bit filter (32 KB, in cache) turns most words away before the larger table is touched.
      const bit = h >>> 14;
      if ((bloom[bit >>> 5]! & (1 << (bit & 31))) !== 0) for (let g = probe[2 * slot + 1]!; g !== 0; g = probe[2 * slot + 1]!) {
        if (probe[2 * slot] === h) {
          f = g;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (part < 0) {
        flags = f;
        if ((f & NEGATION) !== 0) negation = true;
      } else partFlags |= f;
      if ((f & ELEMENT) !== 0) {
        if (slotCount === slots.length) scratch.slots = slots = grow(slots);
        slots[slotCount++] = slot;
      }
      if ((f & ANCHOR) !== 0) {
        for (let k = anchorFrom[slot]!, end = anchorTo[slot]!; k < end; k++) {
          if (candidateCount === candidates.length) scratch.candidates = candidates = grow(candidates);
          candidates[candidateCount++] = anchored[k]!;
        }
      }
      if (part === partCount - 1) break;
    }

    // Once a listed sentence or one with a person cue came before, this sentence's own cue decides
    // nothing here (couldMatch is asked as if it had one), so it is not read: a sentence left out then
    // goes to the cues unread, and the detector reads a cue only when a match asks who was named before.
    if (!person && !cueBefore) {
      // Looser than persons.ts on purpose (no lists of capitalised non-names or of names that are
      // words): it may only let more through. `capitalFirst` also holds for a lower-case given name.
      const capital = isUpperAt(original, start);
      // A given name first, in any case: phone notes drop capitals and verbs alike ("kees ziek"), and
      // persons.ts' isNameToken reads a lower-case given name there as the note's subject.
      person = (flags & PERSON_WORD) !== 0 || ((capital || first) && ((flags | partFlags) & GIVEN_NAME) !== 0) ||
        (capital && !first && i - start > 1 && (kinds & 2) === 0 && !isUpperAt(original, start + 1)) ||
        (capitalFirst && (flags & PERSON_VERB) !== 0) ||
        // A capitalised word with an apostrophe may be a name's possessive ("Ilona's"): persons.ts' isPersonName.
        (capital && apostrophe) ||
        // Initials ("JvD", "JK", the letters of "P.K."): persons.ts' isInitials, without its list of acronyms.
        (capital && (kinds & 2) === 0 && (i - start === 1 || (i - start <= INITIALS_MAX && noVowel(folded, start, i)))) ||
        isCompoundRoleAt(folded, start, i) ||
        // A trade's plural after a number ("2 steigerbouwers"); the listed ones are in the table (ROLE_PLURALS).
        isCompoundRolePluralAt(folded, start, i);
      capitalFirst = first && (capital || (flags & GIVEN_NAME) !== 0);
    }
    // hasAffix's gates, read here: this function reads only `folded`, so its character reads stay
    // specialised to one kind of string, and a call for each long word cost more than the gates.
    const affixGate = keyLength >= minAffixLength && (edges[folded.charCodeAt(i - 1)] !== 0 || edges[folded.charCodeAt(start)] !== 0);
    if (!hyphens) {
      if (affixGate && (!fourLetters ||
        hasBit(ends, edgeKey(folded.charCodeAt(i - 1), folded.charCodeAt(i - 2), folded.charCodeAt(i - 3), folded.charCodeAt(i - 4))) ||
        hasBit(starts, edgeKey(folded.charCodeAt(start), folded.charCodeAt(start + 1), folded.charCodeAt(start + 2), folded.charCodeAt(start + 3)))) &&
        hasAffix(anchorAffixes, folded, start, i)) certain = true;
      else if (keyLength >= SPELLING_MIN_LENGTH && (kinds & 2) === 0) {
        // Whether a long word is a misspelt lexicon word costs a memo probe, and matters only for a
        // sentence nothing else lists: it is asked at the sentence's end (endSentence), if at all.
        if (maybeMisspeltCount === maybeMisspelt.length) scratch.maybeMisspelt = maybeMisspelt = grow(maybeMisspelt);
        maybeMisspelt[maybeMisspeltCount++] = start;
        maybeMisspelt[maybeMisspeltCount++] = i;
        maybeMisspelt[maybeMisspeltCount++] = hash;
      }
      continue;
    }
    // The key of a hyphenated word is the word without its hyphens; a string only when it is needed
    // (the key's first and last letters are the word's, so the gate holds for it too).
    const spellable = keyLength >= SPELLING_MIN_LENGTH && (kinds & 2) === 0;
    if (!affixGate && !spellable) continue;
    const key = folded.slice(start, i).replaceAll("-", "");
    certain = (affixGate && hasAffix(anchorAffixes, key, 0, key.length)) || (spellable && spelling.correct(key) !== undefined);
  }
  if (sentenceFrom >= 0) {
    endSentence(index, spelling, original, folded, slots, slotCount, candidates, candidateCount, maybeMisspeltCount, certain, person, negation,
      cueBefore, personBefore, sentenceFrom, lastEnd, ranges, cues);
  }
  return ranges;
}

/** Whether one of the words `words` lists (start, end, keyHash each) is a misspelt lexicon word. */
function holdsMisspelling(spelling: SpellingIndex, folded: string, words: Int32Array, count: number): boolean {
  for (let k = 0; k < count; k += 3) if (spelling.corrects(folded, words[k]!, words[k + 1]!, words[k + 2]!)) return true;
  return false;
}

/**
 * At a sentence's end: lists it when a pattern could match there, or else as a cue sentence when it
 * has a person cue. Returns whether a person cue was seen by now.
 * A plain function with arguments rather than a closure, so the scan's locals stay in registers.
 */
function endSentence(index: SentenceFilterIndex, spelling: SpellingIndex, original: string, folded: string, slots: Int32Array, slotCount: number,
  candidates: Int32Array, candidateCount: number, maybeMisspeltCount: number, certain: boolean, person: boolean, negation: boolean, cueBefore: boolean,
  personBefore: boolean, from: number, to: number, ranges: number[], cues: number[]): boolean {
  let verdict = certain ? MATCHABLE
    : candidateCount === 0 ? NO_MATCH
    : couldMatch(index, slots, slotCount, candidates, candidateCount, person || cueBefore, negation);
  if (verdict !== MATCHABLE && maybeMisspeltCount !== 0 && holdsMisspelling(spelling, folded, scratch.maybeMisspelt, maybeMisspeltCount)) verdict = MATCHABLE;
  if (verdict === MATCHABLE || (verdict === SINGLE_WORDS && !everyMatchNegated(index, original, folded, from, to, scratch.viable, scratch.stamp))) {
    ranges.push(from, to);
    // The scan stops reading a sentence's person cues once it is sure to list it, so a listed
    // sentence may have named someone: later sentences pass as if it had.
    return true;
  }
  if ((person || cueBefore) && !personBefore) cues.push(from, to);
  return cueBefore || person;
}
