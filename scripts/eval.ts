#!/usr/bin/env node
// npm run eval: scores the engine on the team's evaluation sets in ../shared/eval with its own scorer.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { detect } from "../shared/engine/index.ts";

const evalDir = resolve(import.meta.dirname, "../../shared/eval");
if (!existsSync(join(evalDir, "score.mjs"))) {
  console.log(`eval: ${evalDir} is absent (it exists in CI, not on a user's machine); nothing to score.`);
  process.exit(0);
}
const sets = [
  ...readdirSync(join(evalDir, "dev")).filter((f) => f.endsWith(".jsonl")).map((f) => join(evalDir, "dev", f)),
  join(evalDir, "bsn", "traps.corpus.jsonl"),
];
const work = mkdtempSync(join(tmpdir(), "dpa-eval-"));
const corpus: string[] = [];
const findings: string[] = [];
for (const file of sets) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    corpus.push(line);
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    findings.push(JSON.stringify({ id, findings: detect(text) }));
  }
}
writeFileSync(join(work, "corpus.jsonl"), corpus.join("\n") + "\n");
writeFileSync(join(work, "findings.jsonl"), findings.join("\n") + "\n");
const verbose = process.argv.includes("--misses");
const run = spawnSync(process.execPath, [join(evalDir, "score.mjs"), join(work, "corpus.jsonl"), join(work, "findings.jsonl"), ...(verbose ? ["--json"] : [])], { encoding: "utf8" });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(run.status ?? 2);
}
if (verbose) {
  const r = JSON.parse(run.stdout) as { misses: { id: string; kind: string; category: string; text: string }[] };
  for (const m of r.misses) console.log(`${m.kind} ${m.category.padEnd(9)} ${m.id}: ${m.text}`);
} else {
  console.log(`sets: ${sets.map((s) => s.slice(evalDir.length + 1)).join(", ")}`);
  process.stdout.write(run.stdout);
  const t = /texts: \d+\/\d+ positive texts flagged, (\d+)\/(\d+) negative/.exec(run.stdout);
  if (t) console.log(`false-alarm rate on negative texts: ${((100 * Number(t[1])) / Number(t[2])).toFixed(1)}%`);
}
