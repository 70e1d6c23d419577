// The learned second opinion's cost (shared/engine/learned/): scoring throughput, what it would add to
// detect() if it were wired in, time per 5,000-character field, and its size. `npm run bench -- learned`.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { detect } from "../../shared/engine/index.ts";
import { fold } from "../../shared/engine/text/fold.ts";
import { learnedFindings, sentencesWithout } from "../../shared/engine/learned/score.ts";
import { WEIGHTS } from "../../shared/engine/learned/weights.ts";
import { weightCount } from "../../shared/engine/learned/model.ts";
import { corpus, field } from "./corpus.ts";

const MB = 1024 * 1024;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

export async function benchLearned(): Promise<Record<string, number>> {
  const texts = corpus(2 * MB);
  const folded = texts.map(fold);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  // Best of several passes, as the engine bench does: on this shared VM neighbours only add time.
  const best = (passes: number, run: () => void) => {
    let took = Infinity;
    for (let p = 0; p < passes; p++) {
      const t0 = performance.now();
      run();
      took = Math.min(took, performance.now() - t0);
    }
    return bytes / MB / (took / 1000);
  };
  let sink = 0;
  const learnedAll = () => { for (let i = 0; i < texts.length; i++) sink += learnedFindings(texts[i]!, folded[i]!).length; };
  const rulesOnly = () => { for (const t of texts) sink += detect(t).length; };
  // The wiring the README describes: rules, then the model on the sentences no rule covers. (Wired
  // into detect() it would reuse detect()'s fold; folding ASCII is a toLowerCase(), small beside either.)
  const wired = () => {
    for (const t of texts) {
      const f = fold(t);
      const rules = detect(t);
      sink += rules.length + learnedFindings(t, f, sentencesWithout(f, rules)).length;
    }
  };
  learnedAll();
  rulesOnly();
  wired();
  // Passes of the three alternate, so a busy spell of the VM's neighbours slows all of them alike and
  // the ratio between them holds even when the absolute figures wander.
  let scorer = 0;
  let rules = 0;
  let both = 0;
  for (let round = 0; round < 8; round++) {
    scorer = Math.max(scorer, best(1, learnedAll));
    rules = Math.max(rules, best(1, rulesOnly));
    both = Math.max(both, best(1, wired));
  }
  console.log(`learned scorer alone: ${scorer.toFixed(1)} MB/s over ${(bytes / MB).toFixed(2)} MB (every sentence of ${texts.length} reports, text already folded; best of 8 passes; single thread)`);
  console.log(`detect(): ${rules.toFixed(1)} MB/s; detect() + learned on the sentences no rule covers: ${both.toFixed(1)} MB/s, ${(rules / both).toFixed(2)}× the time (target for the engine ≥ 30 MB/s)`);

  // A 5,000-character field: the whole field scored, and one sentence (what an incremental detector
  // re-scores after a keystroke).
  const whole: number[] = [];
  const one: number[] = [];
  for (let i = 0; i < 200; i++) {
    const text = field(5000, 1000 + i);
    const f = fold(text);
    const t0 = performance.now();
    sink += learnedFindings(text, f).length;
    whole.push(performance.now() - t0);
    const at = f.indexOf(". ", 2500) + 2;
    const end = f.indexOf(".", at);
    const t1 = performance.now();
    sink += learnedFindings(text, f, [{ start: at, end: end > at ? end : f.length }]).length;
    one.push(performance.now() - t1);
  }
  console.log(`5,000-char field, learned scorer over the whole field: p50 ${pct(whole, 50).toFixed(3)} ms, p99 ${pct(whole, 99).toFixed(3)} ms; one sentence: p99 ${pct(one, 99).toFixed(3)} ms (target p99 ≤ 1 ms per keystroke)`);

  // Size: the generated weights, and the scorer with its weights bundled and minified as the content
  // script would carry them (esbuild, which WXT's Vite brings along).
  const weightsPath = fileURLToPath(new URL("../../shared/engine/learned/weights.ts", import.meta.url));
  const raw = readFileSync(weightsPath, "utf8").length;
  const literal = `export const WEIGHTS=${JSON.stringify(WEIGHTS)};`;
  const bundle = spawnSync(fileURLToPath(new URL("../../node_modules/.bin/esbuild", import.meta.url)), [fileURLToPath(new URL("../../shared/engine/learned/score.ts", import.meta.url)), "--bundle", "--minify", "--format=esm"], { encoding: "utf8", maxBuffer: 64 * MB });
  const bundled = bundle.status === 0 ? bundle.stdout : undefined;
  console.log(`learned weights: ${1 << WEIGHTS.bits} buckets for "any category" + ${WEIGHTS.categories.length} × ${1 << WEIGHTS.categoryBits} for the categories, int8 = ${(weightCount(WEIGHTS) / 1024).toFixed(1)} KB; module ${(raw / 1024).toFixed(1)} KB, ${(literal.length / 1024).toFixed(1)} KB minified, ${(gzipSync(literal).length / 1024).toFixed(1)} KB minified+gzip`);
  if (bundled) console.log(`learned scorer + weights bundled and minified: ${(bundled.length / 1024).toFixed(1)} KB, ${(gzipSync(bundled).length / 1024).toFixed(1)} KB gzipped (the content script's budget: ≤ 150 KB minified in all)`);
  else console.log(`learned bundle size: esbuild not runnable (${bundle.error?.message ?? bundle.stderr.trim()})`);
  if (sink < 0) console.log(sink);
  return { scorer, rules, both, wholeP99: pct(whole, 99), oneP99: pct(one, 99), bundleKb: (bundled?.length ?? NaN) / 1024 };
}
