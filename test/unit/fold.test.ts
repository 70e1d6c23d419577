import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../shared/engine/text/fold.ts";

// Underlines are placed with offsets into the folded text, so folding must keep every length, and
// hurried writers' missing or stray accents must not change what the lexicon sees.
describe("fold", () => {
  it("lower-cases and strips accents, leaving other symbols as they are", () => {
    expect(fold("Ärtsbezoek € 12,50 CAFÉ")).toBe("artsbezoek € 12,50 cafe");
    expect(fold("Suikerpatiënt, geen €")).toBe("suikerpatient, geen €");
    expect(fold("€ only")).toBe("€ only");
  });

  it("normalises look-alike spaces, dashes, apostrophes and full-width digits one for one", () => {
    expect(fold("123\u00a0456\u2013782 collega\u2019s \uff11")).toBe("123 456-782 collega's 1");
  });

  it("keeps the length of any string, İ and lone surrogates included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
      expect(fold(s).length).toBe(s.length);
      expect(fold(s + "İ").length).toBe(s.length + 1);
    }), { numRuns: 500 });
  });
});
