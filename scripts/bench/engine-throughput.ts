// One fork of the engine throughput measurement (run by engine.ts): builds the corpus, warms up,
// times whole passes of detect() over it and prints the pass times as one JSON line.
import { detect } from "../../shared/engine/index.ts";
import { corpus } from "./corpus.ts";

const passes = Number(process.argv[2] ?? 10);
const texts = corpus(5 * 1024 * 1024);
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
for (const t of texts.slice(0, 2000)) detect(t);
const times: number[] = [];
let findings = 0;
for (let pass = 0; pass < passes; pass++) {
  findings = 0;
  const t0 = performance.now();
  for (const t of texts) findings += detect(t).length;
  times.push(performance.now() - t0);
}
console.log(JSON.stringify({ bytes, reports: texts.length, findings, times }));
