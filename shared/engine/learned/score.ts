import type { Category, Finding, Span } from "../types.ts";
import { hashFeatures, sentenceRanges } from "./features.ts";
import { decodeModel, headOffset, type Model } from "./model.ts";
import { WEIGHTS } from "./weights.ts";

// A learned second opinion: a linear model over hashed word and character n-grams (features.ts),
// trained at build time on the team's handout by scripts/train-model.ts. It scores one sentence at a
// time: the "any special category" head first, and only for sentences above its threshold the
// per-category heads. Pure: no DOM, no I/O.

let features = new Int32Array(4096);

/** Hashes the sentence into the shared feature buffer; returns the feature count. */
function featurise(model: Model, folded: string, from: number, to: number): number {
  const need = 4 * (to - from) + 16;
  if (features.length < need) features = new Int32Array(2 * need);
  return hashFeatures(folded, from, to, model.bits, features);
}

/** Head `h`'s logit over the first `count` features of the buffer. */
function head(model: Model, h: number, count: number): number {
  const { weights } = model;
  const f = features;
  const base = headOffset(model, h);
  // A category head's bucket is the top categoryBits of head 0's.
  const shift = h === 0 ? 1 : 1 + model.bits - model.categoryBits;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const x = f[i]!;
    // Branch-free sign: the low bit is random per feature, so a branch on it mispredicts half the time.
    const negative = -(x & 1);
    sum += (weights[base + (x >>> shift)]! ^ negative) - negative;
  }
  // Divided by √count: the trainer normalises each sentence's vector to unit length, so a long
  // sentence does not score high just for having many n-grams.
  return model.bias[h]! + (model.scale[h]! * sum) / Math.sqrt(count || 1);
}

export interface SentenceScore {
  /** Logit of "this sentence holds special-category data". */
  any: number;
  /** The most likely category, and its logit. */
  category: Category;
  categoryLogit: number;
}

/** All heads' verdict on `folded[from, to)`. */
export function scoreSentence(model: Model, folded: string, from: number, to: number): SentenceScore {
  const count = featurise(model, folded, from, to);
  return { any: head(model, 0, count), ...bestCategory(model, count) };
}

function bestCategory(model: Model, count: number): { category: Category; categoryLogit: number } {
  let best = 0;
  let bestLogit = -Infinity;
  for (let c = 0; c < model.categories.length; c++) {
    const logit = head(model, c + 1, count);
    if (logit > bestLogit) {
      bestLogit = logit;
      best = c;
    }
  }
  return { category: model.categories[best]!, categoryLogit: bestLogit };
}

let shipped: Model | undefined;

/** The model `npm run train` generated, decoded on first use. */
export function shippedModel(): Model {
  return (shipped ??= decodeModel(WEIGHTS));
}

/**
 * "Likely" findings of the learned model, one per sentence it judges sensitive, spanning the
 * sentence. `sentences` limits it to those ranges (for example the sentences no rule covered);
 * all sentences of the text when omitted. `folded` is `fold(text)`.
 */
export function learnedFindings(text: string, folded: string, sentences?: readonly Span[], model: Model = shippedModel()): Finding[] {
  const out: Finding[] = [];
  if (text.length === 0 || model.weights.length === 0) return out;
  const judge = (from: number, to: number) => {
    if (to <= from) return;
    const count = featurise(model, folded, from, to);
    if (head(model, 0, count) < model.threshold) return;
    const { category } = bestCategory(model, count);
    out.push({ category, start: from, end: to, confidence: "medium", rule: `${category}.learned`, explanation: `${category}.weak` });
  };
  if (sentences) for (const s of sentences) judge(s.start, s.end);
  else {
    const ranges = sentenceRanges(folded);
    for (let i = 0; i < ranges.length; i += 2) judge(ranges[i]!, ranges[i + 1]!);
  }
  return out;
}

/** The sentences of `folded` that none of `findings` touches: where a second opinion can add something. */
export function sentencesWithout(folded: string, findings: readonly Span[]): Span[] {
  const ranges = sentenceRanges(folded);
  const out: Span[] = [];
  for (let i = 0; i < ranges.length; i += 2) {
    const start = ranges[i]!;
    const end = ranges[i + 1]!;
    let covered = false;
    for (let k = 0; k < findings.length && !covered; k++) covered = findings[k]!.start < end && start < findings[k]!.end;
    if (!covered) out.push({ start, end });
  }
  return out;
}
