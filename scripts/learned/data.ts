// Sentence-level training examples from labelled texts: a sentence is positive for a category when
// it overlaps an expected span of that category (LABELLING.md's spans; "at" picks the occurrence).
import { readFileSync } from "node:fs";
import { fold } from "../../shared/engine/text/fold.ts";
import { hashFeatures, sentenceRanges } from "../../shared/engine/learned/features.ts";
import type { Category } from "../../shared/engine/types.ts";

export interface LabelledText {
  id: string;
  text: string;
  expect: { category: string; span: string; at?: number; also?: string[] }[];
}

export interface Example {
  /** Index of the text in the corpus: folds are cut by text, never through one. */
  text: number;
  from: number;
  to: number;
  /** Categories of the spans it overlaps. */
  labels: Set<string>;
  /** Bucket indices and values (sign / √count), unit length like the scorer's. */
  index: Int32Array;
  value: Float32Array;
}

export function readJsonl(path: string): LabelledText[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledText);
}

export function spansOf(doc: LabelledText): { category: string; start: number; end: number }[] {
  return doc.expect.map((e) => {
    const at = e.at ?? doc.text.indexOf(e.span);
    if (at < 0 || doc.text.slice(at, at + e.span.length) !== e.span) throw new Error(`${doc.id}: span ${JSON.stringify(e.span)} not in text`);
    return { category: e.category, start: at, end: at + e.span.length };
  });
}

/** Examples for every sentence of every text, featurised with `bits` hash bits. */
export function examplesOf(corpus: readonly LabelledText[], bits: number): Example[] {
  const out: Example[] = [];
  let scratch = new Int32Array(4096);
  corpus.forEach((doc, t) => {
    const folded = fold(doc.text);
    const spans = spansOf(doc);
    const ranges = sentenceRanges(folded);
    for (let i = 0; i < ranges.length; i += 2) {
      const from = ranges[i]!;
      const to = ranges[i + 1]!;
      if (scratch.length < 4 * (to - from) + 16) scratch = new Int32Array(8 * (to - from) + 32);
      const count = hashFeatures(folded, from, to, bits, scratch);
      const norm = 1 / Math.sqrt(count || 1);
      const index = new Int32Array(count);
      const value = new Float32Array(count);
      for (let k = 0; k < count; k++) {
        index[k] = scratch[k]! >>> 1;
        value[k] = scratch[k]! & 1 ? -norm : norm;
      }
      const labels = new Set(spans.filter((s) => s.start < to && from < s.end).map((s) => s.category));
      out.push({ text: t, from, to, labels, index, value });
    }
  });
  return out;
}

export const isCategory = (c: string, categories: readonly Category[]): c is Category => (categories as readonly string[]).includes(c);
