// Vite plugin for the extension build: the lexicon modules are replaced by one packed module, the
// lexicon's data deflated and written in base91 (shared/engine/special/lexicon/packed.ts unpacks it).
//
//   lexicon/index.ts ─┐                                                  ┌─ export LEXICONS, COMMON_CLASSES
//   first-names.ts ───┼─ evaluated at build ─► packed string ─► unpacked ─┼─ export GENERATED_*
//   real-words-….ts ──┘   (JSON by column,                  at start-up  ├─ export REAL_WORDS_NEAR_TERMS
//                          deflate, base91)                (async, native)└─ ready.ts: lexiconReady()
//
// The modules keep their exports, so the engine's code is the same in the extension, the Worker and
// the tests; the packed data is checked against the readable modules by test/unit/lexicon-pack.test.ts.
import { deflateRawSync } from "node:zlib";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "vite";
import { encodeBase91 } from "../../shared/engine/text/base91.ts";
import { toWire, type LexiconData } from "../../shared/engine/special/lexicon/packed.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const LEXICON_DIR = resolve(ROOT, "shared/engine/special/lexicon");
const UNPACK_MODULE = resolve(LEXICON_DIR, "packed.ts");
const READY_MODULE = resolve(LEXICON_DIR, "ready.ts");
const PACKED_ID = "\0dpa-guard:packed-lexicon";

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
  };
}

export function packLexicon(data: LexiconData): string {
  // zlib's level 9 packs this data 5 % smaller than fflate's deflate; fflate inflates it in the browser.
  return encodeBase91(deflateRawSync(JSON.stringify(toWire(data)), { level: 9, memLevel: 9 }));
}

/** The module that holds the data: empty lists at first, filled in place once unpacked. */
function packedModule(packed: string): string {
  return `import { unpackLexicon } from ${JSON.stringify(UNPACK_MODULE)};
export const data = { LEXICONS: [], COMMON_CLASSES: {}, GENERATED_FIRST_NAMES: [], GENERATED_NAME_WORDS: [], REAL_WORDS_NEAR_TERMS: [] };
let loaded = false;
export const isLoaded = () => loaded;
export const ready = (async () => {
  const start = performance.now();
  const unpacked = await unpackLexicon(${JSON.stringify(packed)});
  for (const key of Object.keys(data)) {
    if (Array.isArray(data[key])) for (const item of unpacked[key]) data[key].push(item);
    else Object.assign(data[key], unpacked[key]);
  }
  loaded = true;
  // One measure per page load, for npm run bench -- extension (what the packing costs the page).
  performance.measure("dpa-guard:lexicon-unpack", { start, end: performance.now() });
})();
`;
}

export function packLexiconPlugin(): Plugin {
  return {
    name: "dpa-guard:pack-lexicon",
    enforce: "pre",
    resolveId(id) {
      return id === PACKED_ID ? id : null;
    },
    async load(id) {
      if (id === PACKED_ID) return packedModule(packLexicon(await readLexiconData()));
      const file = id.split("?")[0]!;
      if (file === READY_MODULE) return `import { ready, isLoaded } from ${JSON.stringify(PACKED_ID)};\nexport const lexiconReady = () => ready;\nexport const lexiconLoaded = isLoaded;\n`;
      const exports = REPLACED[file];
      if (!exports) return null;
      return `import { data } from ${JSON.stringify(PACKED_ID)};\n${exports.map((name) => `export const ${name} = data.${name};`).join("\n")}\n`;
    },
  };
}
