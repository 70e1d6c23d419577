// Cross-validation of "rules alone" against "rules OR the learned model", grouped by text. The model
// only speaks for sentences no rule covers, and its threshold is chosen without seeing the test fold:
// on out-of-fold scores of an inner cross-validation over the training texts, as the lowest logit that
// flags no negative text the rules leave alone (the rules' false-alarm rate, unchanged).
import { detect } from "../../shared/engine/index.ts";
import { fold } from "../../shared/engine/text/fold.ts";
import { learnedFindings, scoreSentence, sentencesWithout } from "../../shared/engine/learned/score.ts";
import { decodeModel, type Model } from "../../shared/engine/learned/model.ts";
import type { Finding } from "../../shared/engine/types.ts";
import type { Example, LabelledText } from "./data.ts";
import { quantise, seededRandom, train, type TrainOptions } from "./sgd.ts";

export interface Prepared {
  doc: LabelledText;
  folded: string;
  positive: boolean;
  rules: Finding[];
}

export type Scorer = (corpus: LabelledText[], findings: Map<string, { category: string; start: number; end: number }[]>) => {
  micro: { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number | null };
  texts: { positives: number; negatives: number; caught: number; falseAlarms: number };
};

export function prepare(corpus: readonly LabelledText[]): Prepared[] {
  return corpus.map((doc) => ({ doc, folded: fold(doc.text), positive: doc.expect.length > 0, rules: detect(doc.text) }));
}

/** k folds of text indices, positives and negatives dealt out separately so each fold has both. */
export function foldsOf(texts: readonly number[], prepared: readonly Prepared[], k: number, seed: number): number[][] {
  const rnd = seededRandom(seed);
  const folds: number[][] = Array.from({ length: k }, () => []);
  for (const positive of [true, false]) {
    const group = texts.filter((t) => prepared[t]!.positive === positive);
    for (let i = group.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [group[i], group[j]] = [group[j]!, group[i]!];
    }
    group.forEach((t, i) => folds[i % k]!.push(t));
  }
  return folds;
}

/** The model's highest "any" logit over the text's sentences that no rule covers (-∞ if none). */
export function maxLogit(model: Model, p: Prepared): number {
  let max = -Infinity;
  for (const s of sentencesWithout(p.folded, p.rules)) max = Math.max(max, scoreSentence(model, p.folded, s.start, s.end).any);
  return max;
}

export function trainModel(examples: readonly Example[], texts: ReadonlySet<number>, o: TrainOptions, threshold = Infinity): Model {
  const t = train(examples.filter((e) => texts.has(e.text)), o);
  return decodeModel(quantise(t, o, threshold));
}

/** Lowest threshold that flags no rule-clean negative: just above the highest of their logits. */
export function thresholdFor(logits: ReadonlyMap<number, number>, prepared: readonly Prepared[], extraFalseAlarms = 0): number {
  const clean = [...logits].filter(([t]) => !prepared[t]!.positive && prepared[t]!.rules.length === 0).map(([, l]) => l);
  clean.sort((a, b) => b - a);
  const bound = clean[extraFalseAlarms] ?? -Infinity;
  return bound === -Infinity ? -Infinity : bound + 1e-6;
}

/** Out-of-fold max logits for `texts` by an inner k-fold cross-validation. */
export function outOfFoldLogits(texts: readonly number[], prepared: readonly Prepared[], examples: readonly Example[], o: TrainOptions, k: number): Map<number, number> {
  const logits = new Map<number, number>();
  for (const held of foldsOf(texts, prepared, k, o.seed + 1)) {
    const heldSet = new Set(held);
    const model = trainModel(examples, new Set(texts.filter((t) => !heldSet.has(t))), o);
    for (const t of held) logits.set(t, maxLogit(model, prepared[t]!));
  }
  return logits;
}

export interface FoldResult {
  fold: number;
  threshold: number;
  rules: ReturnType<Scorer>;
  combined: ReturnType<Scorer>;
}

const findingsMap = (prepared: readonly Prepared[], texts: readonly number[], extra: (t: number) => Finding[]) =>
  new Map(texts.map((t) => [prepared[t]!.doc.id, [...prepared[t]!.rules, ...extra(t)]]));

/**
 * Outer k-fold; per fold the threshold comes from an inner (k-1)-fold cross-validation of the
 * training part. `given` replaces the random folds (for example one fold per handout file).
 */
export function crossValidate(prepared: readonly Prepared[], examples: readonly Example[], o: TrainOptions, k: number, score: Scorer, given?: number[][]) {
  const all = prepared.map((_, i) => i);
  const folds = given ?? foldsOf(all, prepared, k, o.seed);
  const results: FoldResult[] = [];
  const pooledRules = new Map<string, Finding[]>();
  const pooledCombined = new Map<string, Finding[]>();
  const outerLogits = new Map<number, number>();
  folds.forEach((held, f) => {
    const heldSet = new Set(held);
    const trainTexts = all.filter((t) => !heldSet.has(t));
    const threshold = thresholdFor(outOfFoldLogits(trainTexts, prepared, examples, o, k - 1), prepared);
    const model = { ...trainModel(examples, new Set(trainTexts), o), threshold };
    const learned = (t: number) => {
      const p = prepared[t]!;
      return learnedFindings(p.doc.text, p.folded, sentencesWithout(p.folded, p.rules), model);
    };
    for (const t of held) outerLogits.set(t, maxLogit(model, prepared[t]!));
    const corpus = held.map((t) => prepared[t]!.doc);
    const rules = findingsMap(prepared, held, () => []);
    const combined = findingsMap(prepared, held, learned);
    rules.forEach((v, id) => pooledRules.set(id, v));
    combined.forEach((v, id) => pooledCombined.set(id, v));
    results.push({ fold: f + 1, threshold, rules: score(corpus, rules), combined: score(corpus, combined) });
  });
  const corpus = prepared.map((p) => p.doc);
  return { results, pooled: { rules: score(corpus, pooledRules), combined: score(corpus, pooledCombined) }, outerLogits };
}

/**
 * The optimistic bound: thresholds chosen on the pooled out-of-fold logits themselves (which a
 * shipped model cannot do), for 0, 1, 2, … extra negative texts flagged.
 */
export function tradeOff(logits: ReadonlyMap<number, number>, prepared: readonly Prepared[], extras: readonly number[]) {
  return extras.map((extra) => {
    const threshold = thresholdFor(logits, prepared, extra);
    let warned = 0;
    let negatives = 0;
    for (const [t, l] of logits) {
      const p = prepared[t]!;
      const flagged = p.rules.length > 0 || l >= threshold;
      if (p.positive && flagged) warned++;
      if (!p.positive && flagged) negatives++;
    }
    return { extra, threshold, warned, negatives };
  });
}
