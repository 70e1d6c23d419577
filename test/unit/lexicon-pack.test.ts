// The extension ships the lexicon packed (deflated, in lexicon.bin); a word lost or changed in packing would be
// a warning the extension silently never gives, while the Worker and the eval (which read the readable
// modules) still give it. So the packed data must unpack to exactly the readable modules' data.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { rolldown } from "rolldown";
import { describe, expect, it, vi } from "vitest";
import { fetchLexicon, fromWire, toWire, unpackLexicon } from "../../shared/engine/special/lexicon/packed.ts";
import { LEXICON_FILE, packLexicon, packLexiconPlugin, readLexiconData, readWordLists } from "../../scripts/vite/pack-lexicon.ts";
import { handoutFile } from "./handout.ts";

describe("the packed lexicon", () => {
  it("unpacks to exactly the lexicon, the first names, the real words and the word lists of the readable modules", async () => {
    const data = await readLexiconData();
    const unpacked = await unpackLexicon(await packLexicon(data));
    // Everything but each list's source (documentation the engine never reads, not shipped).
    const withoutSources = { ...data, LEXICONS: data.LEXICONS.map((l) => ({ ...l, source: "" })) };
    expect(unpacked).toEqual(JSON.parse(JSON.stringify(withoutSources)));
    expect(unpacked.LEXICONS.every((l) => l.source === "")).toBe(true);
    // The lists the engine reads are there in full (a truncated stream would still parse as fewer lists).
    expect(unpacked.LEXICONS.map((l) => l.patterns.length)).toEqual(data.LEXICONS.map((l) => l.patterns.length));
    expect(unpacked.REAL_WORDS_NEAR_TERMS.length).toBe(data.REAL_WORDS_NEAR_TERMS.length);
    expect(unpacked.WORD_LISTS.map((l) => l.length)).toEqual(data.WORD_LISTS.map((l) => l.length));
    expect(data.WORD_LISTS.length).toBeGreaterThan(50);
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
      GENERATED_FIRST_NAMES: ["jan", "janneke", "jannekes", "jans", "piet", "1a", "1ab", "ab"],
      GENERATED_NAME_WORDS: [],
      REAL_WORDS_NEAR_TERMS: ["ziekt", "kerkje", "kerkjes", "kerk", "aaaaaaaaaaaaz", "aaaaaaaaaaaazz"],
      WORD_LISTS: [["hij", "zij"], ["nog steeds"]],
    };
    expect(fromWire(JSON.parse(JSON.stringify(toWire(data))))).toEqual({ ...data, LEXICONS: data.LEXICONS.map((l) => ({ ...l, source: "" })) });
  });

  it("refuses at build time a word that would split in two when packed", () => {
    const data = { LEXICONS: [{ category: "health" as const, source: "", classes: { X: ["a|b"], Y: [""] }, patterns: [] }], COMMON_CLASSES: {}, GENERATED_FIRST_NAMES: [], GENERATED_NAME_WORDS: [], REAL_WORDS_NEAR_TERMS: [], WORD_LISTS: [] };
    expect(() => toWire(data)).toThrow(/a\|b/);
    expect(() => toWire({ ...data, LEXICONS: [], REAL_WORDS_NEAR_TERMS: ["a#b"] })).toThrow(/a#b/);
    expect(() => toWire({ ...data, LEXICONS: [], GENERATED_FIRST_NAMES: ["jan", ""] })).toThrow(/empty/);
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

    const packed = await unpackLexicon(await packLexicon(await readLexiconData()));
    vi.resetModules();
    vi.doMock("../../shared/engine/special/lexicon/index.ts", () => ({ LEXICONS: packed.LEXICONS, COMMON_CLASSES: packed.COMMON_CLASSES }));
    vi.doMock("../../shared/engine/special/lexicon/first-names.ts", () => ({ GENERATED_FIRST_NAMES: packed.GENERATED_FIRST_NAMES, GENERATED_NAME_WORDS: packed.GENERATED_NAME_WORDS }));
    vi.doMock("../../shared/engine/special/lexicon/real-words-near-terms.ts", () => ({ REAL_WORDS_NEAR_TERMS: packed.REAL_WORDS_NEAR_TERMS }));
    const wordModules = new Map<string, Record<string, unknown>>();
    (await readWordLists()).forEach((list, i) => {
      const words = packed.WORD_LISTS[i]!;
      wordModules.set(list.module, { ...wordModules.get(list.module), [list.name]: list.isSet ? new Set(words) : words });
    });
    for (const [module, exports] of wordModules) vi.doMock(module, () => exports);
    const fromPacked = findings(await import("../../shared/engine/index.ts"));
    vi.doUnmock("../../shared/engine/special/lexicon/index.ts");
    vi.doUnmock("../../shared/engine/special/lexicon/first-names.ts");
    vi.doUnmock("../../shared/engine/special/lexicon/real-words-near-terms.ts");
    for (const module of wordModules.keys()) vi.doUnmock(module);

    expect(readable.flat().length).toBeGreaterThan(15);
    expect(fromPacked).toEqual(readable);
  });
});

describe("the engine as the extension's build makes it", () => {
  // The build fills the word lists in place only once they are unpacked, after the engine's modules ran:
  // anything derived from them at import (not in onLexiconLoaded) would be derived from empty lists, and
  // the extension alone would miss what the Worker and the eval find. So the engine is bundled here with
  // the build's plugin and must find exactly what the readable modules find.
  it("finds what the readable modules find, the lists filled after start-up", async () => {
    const jsonl = (file: string | undefined) => (file ? readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text) : []);
    const texts = [
      ...jsonl(resolve(import.meta.dirname, "fixtures/learned-train.jsonl")),
      ...["eval/dev/special-1", "eval/dev/special-2", "eval/dev/special-3", "eval/bsn/traps.corpus"].flatMap((set) => jsonl(handoutFile(`${set}.jsonl`))),
      "Burgerservicenumer van de nieuwe collega: 111222333", "sofinumer 123456782", "Kees Bakker, uitvoerder, zegt dat de stukadoors griep hebben.",
      "De elektromonteurs en twee steigerbouwers van ploeg B zijn moslims.", "Als een collega epilepsie heeft, bel 112.",
    ];
    const engine = "../../shared/engine";
    const entry = "\0dpa-guard:test-entry";
    const bundle = await rolldown({
      input: entry,
      platform: "node",
      logLevel: "silent",
      plugins: [packLexiconPlugin(), {
        name: "test-entry",
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? `export { detect } from ${JSON.stringify(resolve(import.meta.dirname, engine, "index.ts"))};
export { lexiconReady } from ${JSON.stringify(resolve(import.meta.dirname, engine, "special/lexicon/ready.ts"))};` : null),
      }],
    });
    const dir = mkdtempSync(join(tmpdir(), "dpa-packed-engine-"));
    // The extension's runtime, as the content script sees it: runtime.getURL and a fetch of the file.
    const fetched: string[] = [];
    vi.stubGlobal("chrome", { runtime: { getURL: (file: string) => `chrome-extension://test/${file}` } });
    vi.stubGlobal("fetch", async (url: string) => {
      fetched.push(url);
      return new Response(readFileSync(join(dir, url.slice("chrome-extension://test/".length))));
    });
    try {
      const { output } = await bundle.write({ file: join(dir, "engine.mjs"), format: "esm" });
      // The packed lexicon is a file beside the script, and the script does not hold it.
      expect(output.map((o) => o.fileName)).toContain(LEXICON_FILE);
      expect([...readFileSync(join(dir, LEXICON_FILE))]).toEqual([...(await packLexicon(await readLexiconData()))]);
      const built = (await import(pathToFileURL(join(dir, "engine.mjs")).href)) as typeof import("../../shared/engine/index.ts") & { lexiconReady(): Promise<void> };
      const source = readFileSync(join(dir, "engine.mjs"), "utf8");
      expect(source).toContain("fetchLexicon");
      await built.lexiconReady();
      const readable = await import("../../shared/engine/index.ts");
      const findings = (detect: typeof readable.detect) => texts.map((text) => JSON.stringify(detect(text)));
      const expected = findings(readable.detect);
      expect(expected.filter((f) => f !== "[]").length).toBeGreaterThan(15);
      expect(findings(built.detect)).toEqual(expected);
      expect(fetched).toEqual([`chrome-extension://test/${LEXICON_FILE}`]);
    } finally {
      vi.unstubAllGlobals();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the engine before the packed lexicon is unpacked", () => {
  it("refuses to run rather than build its index from no words, which would never warn again", async () => {
    vi.resetModules();
    vi.doMock("../../shared/engine/special/lexicon/ready.ts", () => ({ lexiconReady: () => new Promise(() => {}), lexiconLoaded: () => false, onLexiconLoaded: () => {} }));
    const engine = await import("../../shared/engine/index.ts");
    expect(() => engine.detect("Jan heeft epilepsie")).toThrow(/lexiconReady/);
    vi.doUnmock("../../shared/engine/special/lexicon/ready.ts");
    vi.resetModules();
    const ready = await import("../../shared/engine/index.ts");
    expect(ready.detect("Jan heeft epilepsie").map((f) => f.category)).toEqual(["health"]);
  });
});

describe("the packed lexicon's file, when it cannot be loaded", () => {
  // The content script then says the guard is not active (entrypoints/content.ts): the error must come.
  it("rejects, naming the file, on an HTTP error or with no extension runtime", async () => {
    vi.stubGlobal("chrome", { runtime: { getURL: (file: string) => `chrome-extension://test/${file}` } });
    vi.stubGlobal("fetch", async () => new Response(null, { status: 404 }));
    try {
      await expect(fetchLexicon("lexicon.bin")).rejects.toThrow(/lexicon\.bin could not be loaded \(HTTP 404\)/);
      vi.stubGlobal("fetch", async () => new Response(new Uint8Array([1, 2, 3])));
      await expect(fetchLexicon("lexicon.bin")).rejects.toThrow();
      vi.stubGlobal("chrome", undefined);
      await expect(fetchLexicon("lexicon.bin")).rejects.toThrow(/no extension runtime/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
