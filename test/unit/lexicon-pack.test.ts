// The extension ships the lexicon packed (deflated, base91); a word lost or changed in packing would be
// a warning the extension silently never gives, while the Worker and the eval (which read the readable
// modules) still give it. So the packed data must unpack to exactly the readable modules' data.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { decodeBase91, encodeBase91 } from "../../shared/engine/text/base91.ts";
import { fromWire, toWire, unpackLexicon } from "../../shared/engine/special/lexicon/packed.ts";
import { packLexicon, readLexiconData } from "../../scripts/vite/pack-lexicon.ts";
import { handoutFile } from "./handout.ts";

describe("the packed lexicon", () => {
  it("unpacks to exactly the lexicon, the first names and the real words of the readable modules", async () => {
    const data = await readLexiconData();
    const unpacked = await unpackLexicon(packLexicon(data));
    expect(unpacked).toEqual(JSON.parse(JSON.stringify(data)));
    // The lists the engine reads are there in full (a truncated stream would still parse as fewer lists).
    expect(unpacked.LEXICONS.map((l) => l.patterns.length)).toEqual(data.LEXICONS.map((l) => l.patterns.length));
    expect(unpacked.REAL_WORDS_NEAR_TERMS.length).toBe(data.REAL_WORDS_NEAR_TERMS.length);
  });

  it("keeps an id that is not the pattern's own word, and the words around a match", () => {
    const data = {
      LEXICONS: [{
        category: "health" as const, source: "test",
        classes: { PART: ["knie", "bar mitswa"], EMPTY: [] },
        patterns: [
          { id: "lexicon.epilepsie", pattern: "epilepsie", strength: "strong" as const },
          { id: "fall.knee", pattern: "@PART ~2 gebroken", strength: "weak" as const, notAfter: ["geen"], notBefore: ["van", "12"] },
        ],
      }, { category: "union" as const, source: "other", patterns: [{ id: "lid", pattern: "vakbondslid", strength: "weak" as const }] }],
      COMMON_CLASSES: { BE: ["is", "was"] },
      GENERATED_FIRST_NAMES: ["jan", "piet"],
      GENERATED_NAME_WORDS: [],
      REAL_WORDS_NEAR_TERMS: ["ziekt", "kerkje"],
    };
    expect(fromWire(JSON.parse(JSON.stringify(toWire(data))))).toEqual(data);
  });

  it("refuses at build time a word that would split in two when packed", () => {
    const data = { LEXICONS: [{ category: "health" as const, source: "", classes: { X: ["a|b"], Y: [""] }, patterns: [] }], COMMON_CLASSES: {}, GENERATED_FIRST_NAMES: [], GENERATED_NAME_WORDS: [], REAL_WORDS_NEAR_TERMS: [] };
    expect(() => toWire(data)).toThrow(/a\|b/);
  });

  it("gives the engine the same findings as the readable modules, on the repo's fixtures and the handout", async () => {
    const jsonl = (file: string | undefined) => (file ? readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text) : []);
    const texts = [
      ...jsonl(resolve(import.meta.dirname, "fixtures/learned-train.jsonl")),
      ...["special-1", "special-2", "special-3"].flatMap((set) => jsonl(handoutFile(`eval/dev/${set}.jsonl`))),
    ];
    const findings = (engine: typeof import("../../shared/engine/index.ts")) =>
      texts.map((text) => engine.detect(text).map((f) => `${f.rule} ${f.start}-${f.end} ${f.confidence}`));
    const readable = findings(await import("../../shared/engine/index.ts"));

    const packed = await unpackLexicon(packLexicon(await readLexiconData()));
    vi.resetModules();
    vi.doMock("../../shared/engine/special/lexicon/index.ts", () => ({ LEXICONS: packed.LEXICONS, COMMON_CLASSES: packed.COMMON_CLASSES }));
    vi.doMock("../../shared/engine/special/lexicon/first-names.ts", () => ({ GENERATED_FIRST_NAMES: packed.GENERATED_FIRST_NAMES, GENERATED_NAME_WORDS: packed.GENERATED_NAME_WORDS }));
    vi.doMock("../../shared/engine/special/lexicon/real-words-near-terms.ts", () => ({ REAL_WORDS_NEAR_TERMS: packed.REAL_WORDS_NEAR_TERMS }));
    const fromPacked = findings(await import("../../shared/engine/index.ts"));
    vi.doUnmock("../../shared/engine/special/lexicon/index.ts");
    vi.doUnmock("../../shared/engine/special/lexicon/first-names.ts");
    vi.doUnmock("../../shared/engine/special/lexicon/real-words-near-terms.ts");

    expect(readable.flat().length).toBeGreaterThan(15);
    expect(fromPacked).toEqual(readable);
  });
});

describe("the engine before the packed lexicon is unpacked", () => {
  it("refuses to run rather than build its index from no words, which would never warn again", async () => {
    vi.resetModules();
    vi.doMock("../../shared/engine/special/lexicon/ready.ts", () => ({ lexiconReady: () => new Promise(() => {}), lexiconLoaded: () => false }));
    const engine = await import("../../shared/engine/index.ts");
    expect(() => engine.detect("Jan heeft epilepsie")).toThrow(/lexiconReady/);
    vi.doUnmock("../../shared/engine/special/lexicon/ready.ts");
    vi.resetModules();
    const ready = await import("../../shared/engine/index.ts");
    expect(ready.detect("Jan heeft epilepsie").map((f) => f.category)).toEqual(["health"]);
  });
});

describe("base91", () => {
  it("round-trips any bytes, in characters that need no escape in any JavaScript string", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const text = encodeBase91(bytes);
      expect(text).toMatch(/^[ -~]*$/);
      expect(text).not.toMatch(/["`\\$]/);
      expect([...decodeBase91(text)]).toEqual([...bytes]);
    }), { numRuns: 300 });
  });

  it("is smaller than base64 on compressed data", () => {
    const bytes = Uint8Array.from({ length: 30_000 }, (_, i) => (i * 2654435761) >>> 24);
    expect(encodeBase91(bytes).length).toBeLessThan(Buffer.from(bytes).toString("base64").length * 0.95);
  });

  it("names the character that is not base91", () => {
    expect(() => decodeBase91("abc\"def")).toThrow(/not in the alphabet/);
  });
});
