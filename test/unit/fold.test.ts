import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, isPlainText } from "../../shared/engine/text/fold.ts";
import { reveal } from "../../shared/engine/text/evasion.ts";

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

  it("calls plain only text that fold lower-cases and reveal leaves alone", () => {
    const unit = fc.constantFrom("a", "Z", "7", " ", "€", "\n", "é", "\u00a0", "\u200b", "İ", "Ａ", "\u00ad", "ß", "’");
    fc.assert(fc.property(fc.array(unit, { maxLength: 20 }).map((u) => u.join("")), fc.string({ unit: "binary", maxLength: 60 }), (a, b) => {
      for (const s of [a, b]) {
        if (!isPlainText(s)) continue;
        expect(fold(s)).toBe(s.toLowerCase());
        expect(reveal(s)).toBeUndefined();
      }
    }), { numRuns: 500 });
    expect(isPlainText("Schade € 12.500, LMRA gedaan")).toBe(true);
    expect(isPlainText("Suikerpatiënt")).toBe(false);
  });
});
