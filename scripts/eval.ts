#!/usr/bin/env node
// npm run eval: scores the engine on the team's evaluation sets in ../shared/eval with its own scorer.
//
//   npm run eval                          every set, span and text figures per set and in total
//   npm run eval -- --misses              also list the misses of the development sets
//   npm run eval -- --misses=check        list the misses of the check split too (look only at the end of a block of work)
//   npm run eval -- --corpus FILE.jsonl   score another labelled file in the same format (may repeat), split
//                                         into a development and a check half like special-3
//
// special-3 is split in two by line: even lines are development data, odd lines the check split that
// rules are never written against, so its figure says how the engine does on text it was not tuned to.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { detect, type FormKind } from "../shared/engine/index.ts";

interface Doc { id: string; text: string; form?: FormKind; expect: unknown[] }
interface Counts { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number | null }
interface Result {
  categories: Record<string, Counts>;
  micro: Counts;
  texts: { positives: number; negatives: number; caught: number; falseAlarms: number };
  misses: { id: string; kind: string; category: string; text: string }[];
}

const evalDir = resolve(import.meta.dirname, "../../shared/eval");
if (!existsSync(join(evalDir, "score.mjs"))) {
  console.log(`eval: ${evalDir} is absent (it exists in CI, not on a user's machine); nothing to score.`);
  process.exit(0);
}
const { score } = (await import(pathToFileURL(join(evalDir, "score.mjs")).href)) as {
  score(corpus: Doc[], findings: Map<string, unknown[]>): Result;
};

const args = process.argv.slice(2);
const showMisses = args.find((a) => a.startsWith("--misses"));
const extra = args.flatMap((a, i) => (a === "--corpus" && args[i + 1] ? [args[i + 1]!] : []));

const read = (file: string): Doc[] =>
  readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Doc);

const sets: { name: string; docs: Doc[]; check?: boolean }[] = [];
for (const f of readdirSync(join(evalDir, "dev")).filter((f) => f.endsWith(".jsonl")).sort()) {
  const docs = read(join(evalDir, "dev", f));
  if (f === "special-3.jsonl") {
    sets.push({ name: "dev/special-3 (dev half)", docs: docs.filter((_, i) => i % 2 === 0) });
    sets.push({ name: "dev/special-3 (check half)", docs: docs.filter((_, i) => i % 2 === 1), check: true });
  } else sets.push({ name: `dev/${f}`, docs });
}
sets.push({ name: "bsn/traps.corpus.jsonl", docs: read(join(evalDir, "bsn", "traps.corpus.jsonl")) });
// Other labelled files are split the same way: misses of the even lines are shown, the odd lines are a check.
for (const file of extra) {
  const docs = read(file);
  sets.push({ name: `${basename(file, ".jsonl")} (dev half)`, docs: docs.filter((_, i) => i % 2 === 0) });
  sets.push({ name: `${basename(file, ".jsonl")} (check half)`, docs: docs.filter((_, i) => i % 2 === 1), check: true });
}

const pct = (x: number | null) => (x == null ? "    -" : (100 * x).toFixed(1).padStart(5));
const all: Doc[] = [];
const findings = new Map<string, unknown[]>();
console.log(`${"set".padEnd(36)}   P     R     F1   texts warned   negatives flagged`);
for (const set of sets) {
  for (const doc of set.docs) {
    findings.set(doc.id, detect(doc.text, doc.form ? { form: doc.form } : {}));
    all.push(doc);
  }
  const r = score(set.docs, findings);
  const t = r.texts;
  console.log(`${set.name.padEnd(36)} ${pct(r.micro.precision)} ${pct(r.micro.recall)} ${pct(r.micro.f1)}   ` +
    `${`${t.caught}/${t.positives}`.padStart(8)} ${pct(t.positives ? t.caught / t.positives : null)}%   ` +
    `${`${t.falseAlarms}/${t.negatives}`.padStart(7)} ${pct(t.negatives ? t.falseAlarms / t.negatives : null)}%`);
  if (showMisses && (!set.check || showMisses === "--misses=check")) {
    for (const m of r.misses) console.log(`    ${m.kind} ${m.category.padEnd(9)} ${m.id}: ${m.text}`);
  }
}
const extraIds = new Set(extra.flatMap((file) => read(file).map((d) => d.id)));
const handout = all.filter((d) => !extraIds.has(d.id));
const r = score(handout, findings);
console.log("\nwhole handout (dev sets and BSN traps)");
console.log("category    tp   fp   fn  precision recall   f1");
for (const [k, v] of [...Object.entries(r.categories), ["micro", r.micro] as const]) {
  if (!v.tp && !v.fp && !v.fn) continue;
  console.log(`${k.padEnd(10)}${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)}   ${pct(v.precision)}   ${pct(v.recall)}  ${pct(v.f1)}`);
}
const t = r.texts;
console.log(`texts: ${t.caught}/${t.positives} positive texts flagged, ${t.falseAlarms}/${t.negatives} negative texts falsely flagged`);
console.log(`false-alarm rate on negative texts: ${((100 * t.falseAlarms) / t.negatives).toFixed(1)}%`);
