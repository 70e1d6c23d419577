// Vite plugin for the extension build: the lexicon modules are replaced by one module of empty lists,
// filled from the lexicon's data, deflated into a file of the extension's own (lexicon.bin), which the
// content script fetches at start-up (shared/engine/special/lexicon/packed.ts unpacks it).
//
//   lexicon/index.ts ─┐                                                        ┌─ export LEXICONS, COMMON_CLASSES
//   first-names.ts ───┤                                                        ├─ export GENERATED_*
//   real-words-….ts ──┼─ evaluated ─► lexicon.bin ──► fetched, unpacked ──────┼─ export REAL_WORDS_NEAR_TERMS
//   word lists ───────┘   at build     (raw deflate     at start-up (async,     ├─ export PRONOUNS, FILLER, … (Sets, arrays)
//   (*-words.ts)          (JSON by      of the JSON;    native inflate,         └─ ready.ts: lexiconReady(), onLexiconLoaded()
//                          column)      web-accessible) packed.ts fetchLexicon)
//
// The modules keep their exports, so the engine's code is the same in the extension, the Worker and
// the tests; the packed data is checked against the readable modules by test/unit/lexicon-pack.test.ts.
// The exports are empty until unpacked and then filled in place (the same objects), so the engine
// derives things from them in onLexiconLoaded, never at import.
//
// Why a file and not a string in the content script: the content script's budget is 150 KB, and the
// lexicon written into it as a base122 string took 72 KB of it; as a file it is 63 KB of plain deflate
// (base122 cost 8 bits a character for 7), and the content script only names it. If the file cannot
// be fetched, lexiconReady() rejects and the content script says the fields are not guarded
// (entrypoints/content.ts); the engine refuses to run unfilled.
import { deflateAsync } from "@gfx/zopfli";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "vite";
import { toWire, type LexiconData } from "../../shared/engine/special/lexicon/packed.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const LEXICON_DIR = resolve(ROOT, "shared/engine/special/lexicon");
const UNPACK_MODULE = resolve(LEXICON_DIR, "packed.ts");
const READY_MODULE = resolve(LEXICON_DIR, "ready.ts");
const PACKED_ID = "\0dpa-guard:packed-lexicon";
/** The packed lexicon's file in the extension (its root), and so in web_accessible_resources (wxt.config.ts). */
export const LEXICON_FILE = "lexicon.bin";

/**
 * The engine's word lists, written in code as Sets and arrays of words: as JavaScript they took 18 KB
 * of the content script, packed about a third of that. Every export of these modules is such a list.
 */
const WORD_MODULES = [
  "special/lexicon/person-words.ts", "special/lexicon/reference-words.ts", "special/lexicon/source-words.ts",
  "special/lexicon/context-words.ts", "bsn/label-words.ts",
].map((file) => resolve(ROOT, "shared/engine", file));

interface WordList { module: string; name: string; isSet: boolean; words: string[] }

/** The word lists, module by module and by name within each: the order they are packed in. */
export async function readWordLists(): Promise<WordList[]> {
  const lists: WordList[] = [];
  for (const module of WORD_MODULES) {
    const exports = (await import(pathToFileURL(module).href)) as Record<string, unknown>;
    for (const name of Object.keys(exports).sort()) {
      const value = exports[name];
      const isSet = value instanceof Set;
      const words: unknown[] = isSet ? [...value] : Array.isArray(value) ? value : [];
      if ((!isSet && !Array.isArray(value)) || words.some((w) => typeof w !== "string")) throw new Error(`${module}: ${name} is no Set or array of words`);
      lists.push({ module, name, isSet, words: words as string[] });
    }
  }
  return lists;
}

/** The readable modules the packed one stands in for, with the exports each must keep. */
const REPLACED: Record<string, (keyof LexiconData)[]> = {
  [resolve(LEXICON_DIR, "index.ts")]: ["LEXICONS", "COMMON_CLASSES"],
  [resolve(LEXICON_DIR, "first-names.ts")]: ["GENERATED_FIRST_NAMES", "GENERATED_NAME_WORDS"],
  [resolve(LEXICON_DIR, "real-words-near-terms.ts")]: ["REAL_WORDS_NEAR_TERMS"],
};

/** The lexicon's data, read from the readable modules. */
export async function readLexiconData(): Promise<LexiconData> {
  const load = (file: string): Promise<unknown> => import(pathToFileURL(resolve(LEXICON_DIR, file)).href);
  const [index, names, realWords] = (await Promise.all([load("index.ts"), load("first-names.ts"), load("real-words-near-terms.ts")])) as [
    typeof import("../../shared/engine/special/lexicon/index.ts"),
    typeof import("../../shared/engine/special/lexicon/first-names.ts"),
    typeof import("../../shared/engine/special/lexicon/real-words-near-terms.ts"),
  ];
  return {
    LEXICONS: index.LEXICONS,
    COMMON_CLASSES: index.COMMON_CLASSES,
    GENERATED_FIRST_NAMES: names.GENERATED_FIRST_NAMES,
    GENERATED_NAME_WORDS: names.GENERATED_NAME_WORDS,
    REAL_WORDS_NEAR_TERMS: realWords.REAL_WORDS_NEAR_TERMS,
    WORD_LISTS: (await readWordLists()).map((list) => list.words),
  };
}

/** The lexicon.bin file: raw deflate (no zlib header) of the column layout's JSON. */
export async function packLexicon(data: LexiconData): Promise<Uint8Array> {
  // Zopfli writes plain deflate 6 % smaller than zlib's level 9 (51.2 against 54.8 KB), for 1.5 s of
  // build time; the browser inflates it the same way.
  return new Uint8Array(await deflateAsync(JSON.stringify(toWire(data)), { numiterations: 15 }));
}

/** The data of the readable modules (REPLACED), in the order the packed module holds them. */
const DATA_KEYS = ["LEXICONS", "COMMON_CLASSES", "GENERATED_FIRST_NAMES", "GENERATED_NAME_WORDS", "REAL_WORDS_NEAR_TERMS"] as const;

/**
 * The module that holds the data: empty lists at first, filled in place once unpacked. Every list is
 * one binding (d0…, w0…), so that the minifier gives them short names, and all are made by one
 * destructuring of an array built from a string of kinds ("s" a Set, "a" an array, "o" an object):
 * `w7 = new Set(),` for each of a hundred lists and an array naming them all again took 1.5 KB of the
 * content script. The data keys are written once, where the unpacked data is read.
 */
function packedModule(lists: readonly WordList[]): string {
  const kinds = "aoaaa" + lists.map((list) => (list.isSet ? "s" : "a")).join("");
  const names = [...DATA_KEYS.map((_, i) => `d${i}`), ...lists.map((_, i) => `w${i}`)];
  return `import { fetchLexicon } from ${JSON.stringify(UNPACK_MODULE)};
const all = Array.from(${JSON.stringify(kinds)}, (kind) => (kind === "s" ? new Set() : kind === "a" ? [] : {}));
export const [${names.join(", ")}] = all;
let loaded = false;
const fills = [];
export const isLoaded = () => loaded;
export const onLoaded = (fill) => { if (loaded) fill(); else fills.push(fill); };
export const ready = (async () => {
  const start = performance.now();
  const unpacked = await fetchLexicon(${JSON.stringify(LEXICON_FILE)});
  if (unpacked.WORD_LISTS.length !== ${lists.length}) throw new Error("the packed word lists do not match the build");
  [${DATA_KEYS.map((key) => `unpacked.${key}`).join(", ")}, ...unpacked.WORD_LISTS].forEach((from, i) => {
    const into = all[i];
    if (into instanceof Set) for (const word of from) into.add(word);
    else if (Array.isArray(into)) into.push(...from);
    else Object.assign(into, from);
  });
  for (const fill of fills) fill();
  loaded = true;
  // One measure per page load, for npm run bench -- extension (what fetching and unpacking cost the page).
  performance.measure("dpa-guard:lexicon-unpack", { start, end: performance.now() });
})();
`;
}

export function packLexiconPlugin(): Plugin {
  let packed: Promise<Uint8Array> | undefined;
  return {
    name: "dpa-guard:pack-lexicon",
    enforce: "pre",
    resolveId(id) {
      return id === PACKED_ID ? id : null;
    },
    async load(id) {
      if (id === PACKED_ID) {
        packed = packLexicon(await readLexiconData());
        return packedModule(await readWordLists());
      }
      const file = id.split("?")[0]!;
      if (file === READY_MODULE) {
        return `import { ready, isLoaded, onLoaded } from ${JSON.stringify(PACKED_ID)};\nexport const lexiconReady = () => ready;\nexport const lexiconLoaded = isLoaded;\nexport const onLexiconLoaded = onLoaded;\n`;
      }
      if (WORD_MODULES.includes(file)) {
        const lists = await readWordLists();
        const names = lists.flatMap((list, i) => (list.module === file ? [`w${i} as ${list.name}`] : []));
        return `export { ${names.join(", ")} } from ${JSON.stringify(PACKED_ID)};\n`;
      }
      const exports = REPLACED[file];
      if (!exports) return null;
      return `export { ${exports.map((name) => `d${DATA_KEYS.indexOf(name as (typeof DATA_KEYS)[number])} as ${name}`).join(", ")} } from ${JSON.stringify(PACKED_ID)};\n`;
    },
    // The file goes out with the build that bundled the packed module (the content script's), nowhere else.
    async generateBundle() {
      if (!packed) return;
      this.emitFile({ type: "asset", fileName: LEXICON_FILE, source: await packed });
    },
  };
}
