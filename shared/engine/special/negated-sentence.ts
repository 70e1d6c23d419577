import { tokenize } from "../text/tokenize.ts";
import { keyHash } from "../text/word-hash.ts";
import { isNegatedInAnyContext } from "./context.ts";
import { ANCHOR, type SentenceFilterIndex } from "./sentence-filter.ts";

// Many sentences the pre-scan lists say the opposite of what a pattern there would find: "niemand
// gewond", "Draag gehoorbescherming om gehoorschade te voorkomen". The detector tokenized and matched
// each only to drop the match as negated or prevented: about two in five of the listed sentences of
// the bench corpus gave no finding, most of them for that. So where the sentence holds a negation cue
// and every pattern that could match there is of one word, the pre-scan tokenizes the sentence and
// asks, at each word such a pattern is anchored on, what the detector would ask (context.ts). Only
// when every one is negated is the sentence left out; a person named in it still counts for the
// sentences after it (it goes to the cues like any sentence not listed).

/** Whether the filter anchors on the word with keyHash `hash` a pattern with `viable[p] === stamp`. */
function anchorsViable(index: SentenceFilterIndex, hash: number, viable: Int32Array, stamp: number): boolean {
  const { mask, probe, anchorFrom, anchorTo, anchored, bloom } = index;
  const bit = hash >>> 14;
  if ((bloom[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  for (let slot = hash & mask; probe[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
    if (probe[2 * slot] !== hash) continue;
    if ((probe[2 * slot + 1]! & ANCHOR) === 0) return false;
    for (let k = anchorFrom[slot]!, end = anchorTo[slot]!; k < end; k++) if (viable[anchored[k]!] === stamp) return true;
    return false;
  }
  return false;
}

/**
 * Whether every match the patterns marked in `viable` (all of one word) could have in the sentence
 * `[from, to)` is negated or prevented. A word is looked up as the detector looks it up: by its key
 * and, hyphenated, by each part (a spelling correction would have listed the sentence before this).
 */
export function everyMatchNegated(index: SentenceFilterIndex, original: string, folded: string, from: number, to: number,
  viable: Int32Array, stamp: number): boolean {
  const tokens = tokenize(original, folded, from, to);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let anchors = anchorsViable(index, keyHash(t.key), viable, stamp);
    if (!anchors && t.word.length !== t.key.length) for (const part of t.word.split("-")) anchors ||= anchorsViable(index, keyHash(part), viable, stamp);
    if (anchors && !isNegatedInAnyContext(tokens, i, original)) return false;
  }
  return true;
}
