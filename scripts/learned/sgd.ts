// One-vs-rest logistic regression by plain SGD with L2, deterministic (seeded shuffle), then int8
// quantisation into the shipped format. Small data (a few thousand sentences) needs nothing more.
import type { Category } from "../../shared/engine/types.ts";
import { encodeWeights, headOffset, weightCount, type LearnedWeights } from "../../shared/engine/learned/model.ts";
import type { Example } from "./data.ts";

export interface TrainOptions {
  bits: number;
  categoryBits: number;
  categories: readonly Category[];
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of a positive example of the "any" head, against class imbalance. */
  positiveWeight: number;
  seed: number;
}

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Float weights per head (head 0: any category; head c+1: categories[c]), head-major. */
export function train(examples: readonly Example[], o: TrainOptions): { weights: Float64Array; bias: Float64Array } {
  const heads = o.categories.length + 1;
  const weights = new Float64Array(weightCount(o));
  const bias = new Float64Array(heads);
  const order = examples.map((_, i) => i);
  const rnd = seededRandom(o.seed);
  let step = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const e of order) {
      const ex = examples[e]!;
      const lr = o.learningRate / (1 + step++ / examples.length);
      for (let h = 0; h < heads; h++) {
        const y = h === 0 ? (ex.labels.size > 0 ? 1 : 0) : ex.labels.has(o.categories[h - 1]!) ? 1 : 0;
        const base = headOffset(o, h);
        const shift = h === 0 ? 0 : o.bits - o.categoryBits;
        let z = bias[h]!;
        for (let k = 0; k < ex.index.length; k++) z += weights[base + (ex.index[k]! >>> shift)]! * ex.value[k]!;
        const weight = h === 0 && y === 1 ? o.positiveWeight : 1;
        const g = (sigmoid(z) - y) * weight;
        // L2 only on the weights this example touches (the usual sparse approximation).
        for (let k = 0; k < ex.index.length; k++) {
          const at = base + (ex.index[k]! >>> shift);
          weights[at] = weights[at]! - lr * (g * ex.value[k]! + o.l2 * weights[at]!);
        }
        bias[h] = bias[h]! - lr * g;
      }
    }
  }
  return { weights, bias };
}

/** Int8 per head with one scale each; threshold is filled in by the caller. */
export function quantise(t: { weights: Float64Array; bias: Float64Array }, o: TrainOptions, threshold: number): LearnedWeights {
  const heads = o.categories.length + 1;
  const q = new Int8Array(weightCount(o));
  const scale: number[] = [];
  for (let h = 0; h < heads; h++) {
    const from = headOffset(o, h);
    const to = headOffset(o, h + 1);
    let max = 0;
    for (let b = from; b < to; b++) max = Math.max(max, Math.abs(t.weights[b]!));
    const s = max / 127 || 1;
    scale.push(s);
    for (let b = from; b < to; b++) q[b] = Math.round(t.weights[b]! / s);
  }
  return { bits: o.bits, categoryBits: o.categoryBits, categories: o.categories, bias: [...t.bias], scale, threshold, data: encodeWeights(q) };
}
