import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SCAN = resolve(import.meta.dirname, "../../scripts/scan.ts");
const scan = (args: string[], input?: string) =>
  spawnSync(process.execPath, [SCAN, ...args], { input, encoding: "utf8" });
const dir = mkdtempSync(join(tmpdir(), "dpa-scan-"));

describe("npm run scan", () => {
  it("--jsonl answers one findings line per input line, offsets into the text", () => {
    const r = scan(["--jsonl"], '{"id":"a","text":"BSN 111222333"}\n{"id":"b","text":"Werkbon 111222333"}\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: "a", findings: [{ category: "bsn", start: 4, end: 13, confidence: "high", rule: "bsn.keyword-bound" }] },
      { id: "b", findings: [] },
    ]);
  });

  it("--jsonl says which line is bad and exits 2", () => {
    const r = scan(["--jsonl"], '{"id":"a","text":"ok"}\n{broken\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("line 2");
  });

  it("audits a file: exit 1 with the value masked, exit 0 when clean", () => {
    const found = join(dir, "export.csv");
    writeFileSync(found, 'id;omschrijving\n1;"Jan heeft epilepsie, BSN 111222333"\n2;Steiger bij het ziekenhuis\n');
    const r = scan([found]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("row 2, column omschrijving");
    expect(r.stdout).not.toContain("111222333");
    // The rule id names the lexicon entry (health.lexicon.epilepsie); the text itself stays masked.
    expect(r.stdout).toContain("Jan heeft [•••••••••], BSN •••••••••");
    expect(r.stdout).not.toContain("heeft epilepsie");
    const clean = join(dir, "clean.txt");
    writeFileSync(clean, "Renovatie van de moskee aan de Kerkstraat.\n");
    expect(scan([clean]).status).toBe(0);
  });

  it("exits 2 with a clear message for an unreadable file", () => {
    const r = scan([join(dir, "missing.jsonl")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read \(ENOENT\)/);
  });
});
