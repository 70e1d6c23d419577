import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIncrementalDetector, detect } from "../../shared/engine/index.ts";

const paragraphs = fc.constantFrom(
  "Jan viel van de steiger en brak zijn pols.", "BSN 111222333 van de sjouwer.", "Werkbon 407182639 aangemaakt.",
  "Renovatie van de moskee.", "Hij stemt PVV.", "", "Gegevens: Kerkstraat 4, Vlaardingen, 912038469.",
  "Voor de melding is het burgerservicenummer nodig.", "Kees heeft een strafblad.",
);

describe("incremental detection", () => {
  it("gives exactly what a full scan gives, after any sequence of edits", () => {
    fc.assert(fc.property(fc.array(fc.array(paragraphs, { maxLength: 8 }), { minLength: 1, maxLength: 6 }), (versions) => {
      const inc = createIncrementalDetector();
      for (const v of versions) {
        const text = v.join("\n");
        expect(inc.detect(text)).toEqual(detect(text));
      }
    }), { numRuns: 200 });
  });

  it("re-scans only the paragraph a keystroke changed", () => {
    const inc = createIncrementalDetector();
    const text = Array.from({ length: 40 }, (_, i) => `Regel ${i}: Jan heeft epilepsie.`).join("\n");
    inc.detect(text);
    const before = inc.scanned;
    inc.detect(text.replace("Regel 7:", "Regel 7 :"));
    expect(inc.scanned - before).toBe(1);
  });
});
