#!/usr/bin/env node
// dpa-guard scanner: the engine from shared/ on the command line.
//   npm run -s scan -- --jsonl            JSON Lines {"id","text","form"?} on stdin → {"id","findings":[…]} on stdout
//   npm run -s scan -- --text "…"         one text
//   npm run -s scan -- FILE…              audit an export (.txt, .csv, .jsonl); exit 1 when anything is found
// Exit codes: 0 clean, 1 findings, 2 bad input.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { FORM_KINDS, detect, type Finding } from "../shared/engine/index.ts";
import { parseCsv } from "./csv.ts";

class BadInput extends Error {}

/** The finding with 30 characters either side, every sensitive span in that window masked. */
function mask(text: string, f: Finding, all: readonly Finding[]): string {
  const from = Math.max(0, f.start - 30);
  const to = Math.min(text.length, f.end + 30);
  let out = "";
  let at = from;
  for (const g of all) {
    if (g.end <= from || g.start >= to) continue;
    const s = Math.max(g.start, at);
    out += text.slice(at, s);
    const hidden = text.slice(s, Math.min(g.end, to)).replace(/[\p{L}\p{N}]/gu, "•");
    out += g === f ? `[${hidden}]` : hidden;
    at = Math.min(g.end, to);
  }
  out += text.slice(at, to);
  return `${from > 0 ? "…" : ""}${out.replace(/\s+/g, " ")}${to < text.length ? "…" : ""}`;
}

async function jsonl(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown; form?: unknown };
    try {
      record = JSON.parse(line);
    } catch (e) {
      throw new BadInput(`stdin line ${n}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof record.text !== "string") throw new BadInput(`stdin line ${n}: "text" must be a string`);
    // A corpus line may say which form the text was typed in; the engine reads incident reports differently.
    const form = FORM_KINDS.find((k) => k === record.form);
    const findings = detect(record.text, form ? { form } : {}).map(({ category, start, end, confidence, rule }) => ({ category, start, end, confidence, rule }));
    process.stdout.write(JSON.stringify({ id: record.id, findings }) + "\n");
  }
  return 0;
}

interface Unit { where: string; text: string }

function unitsOf(path: string): Unit[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (e) {
    throw new BadInput(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (path.endsWith(".jsonl")) {
    return content.split("\n").flatMap((line, i) => {
      if (!line.trim()) return [];
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (e) {
        throw new BadInput(`${path}:${i + 1}: not valid JSON (${(e as Error).message})`);
      }
      const texts = typeof record === "object" && record !== null
        ? Object.entries(record).filter(([, v]) => typeof v === "string")
        : typeof record === "string" ? [["", record] as const] : [];
      return texts.map(([key, text]) => ({ where: `${path}:${i + 1}${key ? ` (${key})` : ""}`, text: text as string }));
    });
  }
  if (path.endsWith(".csv")) {
    const rows = parseCsv(content);
    const header = rows[0] ?? [];
    return rows.slice(1).flatMap((row, r) => row.map((cell, c) => ({ where: `${path}: row ${r + 2}, column ${header[c] || c + 1}`, text: cell })));
  }
  return content.split("\n").map((text, i) => ({ where: `${path}:${i + 1}`, text }));
}

function audit(units: Unit[]): number {
  const counts = new Map<string, number>();
  let total = 0;
  for (const u of units) {
    const found = detect(u.text);
    for (const f of found) {
      total++;
      counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
      console.log(`${u.where}: ${f.category} (${f.confidence}, ${f.rule}): ${mask(u.text, f, found)}`);
    }
  }
  const summary = [...counts].map(([c, n]) => `${c} ${n}`).join(", ");
  console.log(total ? `\n${total} finding(s) in ${units.length} text(s): ${summary}` : `clean: no findings in ${units.length} text(s)`);
  return total ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--jsonl")) return jsonl();
  const t = argv.indexOf("--text");
  if (t >= 0) {
    if (argv[t + 1] === undefined) throw new BadInput("--text needs a text");
    return audit([{ where: "text", text: argv[t + 1]! }]);
  }
  const files = argv.filter((a) => !a.startsWith("--"));
  if (!files.length) throw new BadInput("usage: scan --jsonl | --text TEXT | FILE… (.txt, .csv, .jsonl)");
  return audit(files.flatMap(unitsOf));
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => {
    console.error(e instanceof BadInput ? `scan: ${e.message}` : e);
    process.exitCode = 2;
  },
);
