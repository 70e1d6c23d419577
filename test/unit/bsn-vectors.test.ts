import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detect, passesElfproef } from "../../shared/engine/index.ts";
import { handoutFile } from "./handout.ts";

interface Vector { value: string; format: string; source: string }
const path = handoutFile("eval/bsn/vectors.json");
const vectors = path ? (JSON.parse(readFileSync(path, "utf8")) as { valid: Vector[]; invalid: Vector[] }) : undefined;

describe.skipIf(!vectors)("BSN vectors from ../shared/eval/bsn/vectors.json", () => {
  it("finds every valid value after a BSN keyword, exactly on the value", () => {
    for (const v of vectors!.valid) {
      const text = `BSN van de medewerker: ${v.value}, graag verwijderen.`;
      const found = detect(text, { categories: ["bsn"] });
      expect(found.map((f) => text.slice(f.start, f.end)), `${v.value} (${v.format}, ${v.source})`).toEqual([v.value]);
      expect(found[0]!.confidence).toBe("high");
    }
  });

  it("finds no invalid value, even after a BSN keyword", () => {
    for (const v of vectors!.invalid) {
      expect(detect(`BSN van de medewerker: ${v.value}, graag verwijderen.`, { categories: ["bsn"] }), `${v.value} (${v.format})`).toEqual([]);
    }
  });

  it("agrees with the elfproef on every plain value", () => {
    for (const v of [...vectors!.valid, ...vectors!.invalid]) {
      const digits = v.value.normalize("NFKC").replace(/\D/g, "");
      if (digits !== v.value) continue;
      expect(passesElfproef(digits), v.value).toBe(vectors!.valid.includes(v));
    }
  });
});
