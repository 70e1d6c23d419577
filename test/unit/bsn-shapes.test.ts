import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BSN_SHAPES, READABLE_SHAPES, shapeNeedsKeyword } from "../../shared/engine/bsn/shapes.ts";

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
// Which alternative of the readable form matched: groups 5 (2-2-2-3), 7, 8 and 10 need a keyword.
const readableNeedsKeyword = (text: string) =>
  [...text.matchAll(READABLE_SHAPES)].map((m) => m[5] !== undefined || m[7] !== undefined || m[8] !== undefined || m[10] !== undefined);

describe("BSN shapes", () => {
  it("the factored regex finds exactly what the readable one finds, keyword rule included", () => {
    const text = fc.array(fc.constantFrom("1", "2", "3", "4", "5", "0", "9", " ", ".", "-", "a", "/"), { maxLength: 60 }).map((cs) => cs.join(""));
    fc.assert(fc.property(text, (t) => {
      expect(matches(BSN_SHAPES, t)).toEqual(matches(READABLE_SHAPES, t));
      expect(matches(BSN_SHAPES, t).map(([, s]) => shapeNeedsKeyword(s as string))).toEqual(readableNeedsKeyword(t));
    }), { numRuns: 3000 });
  });

  it("reads each shape of the spec", () => {
    for (const [shape, needsKeyword] of [
      ["1234 56 782", false], ["123 456 782", false], ["123-456-782", false], ["123456782", false],
      ["12.34.56.782", true], ["12 34 56 782", true], ["1234.56.78", true], ["123 456 78", true], ["12345678", true],
    ] as const) {
      expect(matches(BSN_SHAPES, `BSN ${shape}.`), shape).toEqual([[4, shape]]);
      expect(shapeNeedsKeyword(shape), shape).toBe(needsKeyword);
    }
  });
});
