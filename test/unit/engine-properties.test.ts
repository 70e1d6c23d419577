import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// fast-check: generated inputs find the edge cases hand-written ones miss (lone surrogates, odd
// separators); each property runs a few hundred cases.

function assertValid(text: string): void {
  const findings = detect(text);
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
    // never split a surrogate pair
    const before = text.charCodeAt(f.start - 1);
    const first = text.charCodeAt(f.start);
    expect(first >= 0xdc00 && first <= 0xdfff && before >= 0xd800 && before <= 0xdbff).toBe(false);
  }
}

const pieces = fc.constantFrom("BSN ", "111222333", "123 456 782", " epilepsie ", "Jan ", "hij ", ". ", "\n", "–", "\u00a0",
  "naar het ziekenhuis gebracht", "💥", "\ud800", "\udc00", "-", ".", "ë", "İ", "0", "9");

describe("engine robustness", () => {
  it("never throws and keeps offsets valid on any string, lone surrogates included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => assertValid(s)), { numRuns: 400 });
  });
  it("never throws on mixes of sensitive pieces and separators", () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => assertValid(parts.join(""))), { numRuns: 400 });
  });
  it("finds the same BSN wherever it is embedded in neutral text", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("a", "b", " ", "e", "k"), maxLength: 200 }), (prefix) => {
      const text = `${prefix}. BSN 111222333`;
      const found = detect(text, { categories: ["bsn"] });
      expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["111222333"]);
    }), { numRuns: 200 });
  });
  // How long these take is a budget for `npm run bench -- engine` (adversarial inputs), not a test bound.
  it("handles a 1 MB input and a 100,000-digit run without throwing or bad offsets", () => {
    for (const text of ["1".repeat(100_000), "1 ".repeat(500_000), "BSN ".repeat(250_000), "-.".repeat(500_000), "a".repeat(1_000_000)]) {
      assertValid(text);
    }
  });
});
