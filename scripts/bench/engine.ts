// Engine benchmark: throughput, per-keystroke latency, adversarial inputs, and OpenRedaction on the
// same texts for comparison.
import { OpenRedaction } from "@openredaction/openredaction";
import nlp from "compromise/one";
import { createIncrementalDetector, detect } from "../../shared/engine/index.ts";
import { WORK } from "../../shared/engine/special/work.ts";
import { corpus, field, seededRandom } from "./corpus.ts";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const MB = 1024 * 1024;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(3)} ms`;

export async function benchEngine(): Promise<Record<string, number>> {
  const texts = corpus(5 * MB);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  // Throughput: whole passes of detect() over the corpus, in several forked processes. The best pass
  // is the figure: on this shared VM other tenants only ever add time, so the fastest pass is the
  // closest to what the code costs. Forks, as JMH does, because on this VM a whole process can run
  // 1.5-1.8x slower than the next (a plain loop over the same strings slows down with it), so passes
  // within one process do not sample that. The median of all passes is printed to show the spread.
  const FORKS = 3;
  const PASSES = 8;
  const forks: { bytes: number; reports: number; findings: number; times: number[] }[] = [];
  for (let f = 0; f < FORKS; f++) {
    const run = spawnSync(process.execPath, [fileURLToPath(new URL("./engine-throughput.ts", import.meta.url)), String(PASSES)], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`engine throughput fork failed: ${run.stderr}`);
    forks.push(JSON.parse(run.stdout.trim().split("\n").pop()!));
  }
  const passes = forks.flatMap((f) => f.times);
  const { findings } = forks[0]!;
  const mbps = (took: number) => bytes / MB / (took / 1000);
  const throughput = mbps(Math.min(...passes));
  const perFork = forks.map((f) => mbps(Math.min(...f.times)).toFixed(1)).join(", ");
  console.log(`engine throughput: ${throughput.toFixed(1)} MB/s over ${(bytes / MB).toFixed(2)} MB (${texts.length} reports, ${findings} findings; best of ${FORKS} processes × ${PASSES} passes, per process ${perFork}, median of all ${mbps(pct(passes, 50)).toFixed(1)} MB/s; single thread; target ≥ 30 MB/s)`);
  for (const t of texts.slice(0, 2000)) detect(t);

  // OpenRedaction on a slice of the same reports (it is far slower; a slice keeps the run short). Both
  // sides are timed the same way, the best pass over the slice after a warm-up.
  const shield = new OpenRedaction();
  const slice = texts.slice(0, 300);
  const sliceBytes = slice.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const bestOf = (passes: number, run: () => void) => {
    let bestMs = Infinity;
    for (let p = 0; p < passes; p++) {
      const t0 = performance.now();
      run();
      bestMs = Math.min(bestMs, performance.now() - t0);
    }
    return sliceBytes / MB / (bestMs / 1000);
  };
  for (const t of slice.slice(0, 20)) shield.detect(t);
  const openThroughput = bestOf(3, () => { for (const t of slice) shield.detect(t); });
  const oursSlice = bestOf(10, () => { for (const t of slice) detect(t); }); // a pass takes ~20 ms: more passes, same method
  console.log(`OpenRedaction 1.0.4 detect(): ${openThroughput.toFixed(3)} MB/s on the first ${slice.length} reports (${(sliceBytes / 1024).toFixed(0)} KB); dpa-guard on the same: ${oursSlice.toFixed(1)} MB/s → ${(oursSlice / openThroughput).toFixed(0)}× (best of 3 and of 10 passes; target ≥ 50×)`);

  // compromise, the design's NLP library, on the same slice: only its tokenizer and sentence splitter
  // (compromise/one), which is what the engine would need from it. Measured to decide whether it can
  // run per keystroke.
  nlp(slice[0]!).json({ offset: true });
  const n0 = performance.now();
  for (const t of slice) nlp(t).json({ offset: true });
  const nlpThroughput = sliceBytes / MB / ((performance.now() - n0) / 1000);
  console.log(`compromise/one sentences+terms with offsets: ${nlpThroughput.toFixed(2)} MB/s on the same slice (${(oursSlice / nlpThroughput).toFixed(0)}× slower than the whole engine)`);

  // Latency for a 5,000-character field: a cold scan, and the re-scan after one keystroke.
  const cold: number[] = [];
  const incremental: number[] = [];
  const rnd = seededRandom(7);
  for (let i = 0; i < 200; i++) {
    const text = field(5000, 1000 + i);
    const inc = createIncrementalDetector();
    const c0 = performance.now();
    inc.detect(text);
    cold.push(performance.now() - c0);
    let current = text;
    for (let k = 0; k < 10; k++) {
      const at = Math.floor(rnd() * current.length);
      current = current.slice(0, at) + "e" + current.slice(at);
      const k0 = performance.now();
      inc.detect(current);
      incremental.push(performance.now() - k0);
    }
  }
  console.log(`5,000-char field, cold scan: p50 ${ms(pct(cold, 50))}, p99 ${ms(pct(cold, 99))} (${cold.length} fields)`);
  console.log(`5,000-char field, after one keystroke: p50 ${ms(pct(incremental, 50))}, p99 ${ms(pct(incremental, 99))} (${incremental.length} keystrokes, target p99 ≤ 1 ms)`);

  // Adversarial 1 MB inputs: time must stay linear.
  const adversarial: Record<string, string> = {
    "100,000-digit run ×10": "1".repeat(1_000_000),
    "digit-space pairs": "1 ".repeat(500_000),
    "repeated separators": "-.".repeat(500_000),
    "BSN keyword ×250k": "BSN ".repeat(250_000),
    "person + term ×": "Jan heeft epilepsie. ".repeat(50_000).slice(0, 1_000_000),
    "random unicode": Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 0xd7ff))).join(""),
    // Runs without a sentence break that were quadratic or worse before the caps of special/work.ts.
    "given names, no break": "Jan ".repeat(250_000) + "heeft epilepsie",
    "'X Van' run, no break": "Jan heeft " + "Bakker Van ".repeat(90_000) + "epilepsie",
  };
  // Best of three runs per input, like the throughput: a single run measures the VM's neighbours as
  // much as the engine.
  // Beside the time, the engine's counted steps per word (special/work.ts): a figure the machine's
  // load does not change, which test/unit/work-budget.test.ts holds under its cap.
  let worst = 0;
  let worstSteps = 0;
  for (const [name, text] of Object.entries(adversarial)) {
    let took = Infinity;
    for (let run = 0; run < 3; run++) {
      WORK.steps = 0;
      const a0 = performance.now();
      detect(text);
      took = Math.min(took, performance.now() - a0);
    }
    const perWord = WORK.steps / Math.max(1, text.split(/\s+/).filter(Boolean).length);
    worst = Math.max(worst, took);
    worstSteps = Math.max(worstSteps, perWord);
    console.log(`adversarial 1 MB (${name}): ${took.toFixed(0)} ms, ${perWord.toFixed(2)} steps per word`);
  }
  console.log(`adversarial worst: ${worst.toFixed(0)} ms (best of 3 runs per input; target < 200 ms), ${worstSteps.toFixed(2)} steps per word (cap 8)`);
  return { throughput, openThroughput, nlpThroughput, ratio: oursSlice / openThroughput, coldP99: pct(cold, 99), incP99: pct(incremental, 99), adversarialWorst: worst };
}
