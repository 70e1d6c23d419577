// The lexicon as the extension ships it: the data of index.ts, first-names.ts,
// real-words-near-terms.ts and the engine's word lists (person-words.ts and the others that
// scripts/vite/pack-lexicon.ts names) laid out by column (all patterns together, all ids together…, which
// deflate compresses a tenth better than the objects) and deflated by the build into a file of the
// extension's own, lexicon.bin (scripts/vite/pack-lexicon.ts), which the content script fetches. The
// content script's budget is 150 KB: as JavaScript literals the lexicon alone took 108 KB, and even
// packed into it as a string 72 KB. The Worker, the tests and the scripts import the readable modules;
// only the extension's bundle swaps them for this.
//
// Inflating is the platform's DecompressionStream (native, asynchronous): a deflate written in
// JavaScript took 10–40 ms of every page load in Chromium, cold, before the JIT warmed up.
import type { LexiconList, PatternDef, Strength } from "../patterns.ts";

export interface LexiconData {
  LEXICONS: readonly LexiconList[];
  COMMON_CLASSES: Record<string, string[]>;
  GENERATED_FIRST_NAMES: readonly string[];
  GENERATED_NAME_WORDS: readonly string[];
  REAL_WORDS_NEAR_TERMS: readonly string[];
  /** The engine's word lists, in the order the build gives them (their names are not shipped). */
  WORD_LISTS: readonly (readonly string[])[];
}

/**
 * The column layout. Word lists are joined with "|" (class words may hold a space), lines with "#" (a
 * line feed is two characters in JSON; "#" one, and deflate makes the difference 0.5 KB).
 */
export interface LexiconWire {
  // The keys in the order JSON.stringify writes them: this order, and each list's classes beside its
  // patterns (which spell out those classes' words), let deflate find 4 KB more repeats within its
  // 32 KB window than the columns in the order of the data.
  strong: string;
  ids: string;
  common: string;
  /** Per list: its classes, then its patterns (one a line). */
  blocks: [classes: string, patterns: string][];
  nameWords: string;
  /** One line per word list. */
  words: string;
  /** No source: it documents where a list's words come from and the engine never reads it (2 KB of text). */
  lists: [category: string, patternCount: number][];
  notAfter: string;
  notBefore: string;
  /** Words a wildcard's first element must not take ("betonkanker"). */
  except: string;
  /** Front-coded, as firstNames. */
  realWords: string;
  /** Front-coded (frontCode): the list is sorted, and a word shares most of its start with the one before. */
  firstNames: string;
}

/** The strength column: one character per pattern, none for the commonest (weak). */
const STRENGTH_CODE: Record<Strength, string> = { strong: "1", weak: "", episode: "e" };
const STRENGTH_OF_CODE: Record<string, Strength> = { "1": "strong", "": "weak", e: "episode" };

const WORDS = "|";
const LINES = "#";

/** An id that is the pattern's own word ("lexicon.tbs") is left out of the ids column. */
const wordId = (p: PatternDef) => `lexicon.${p.pattern}`;

const joinWords = (words: readonly string[]) => {
  const bad = words.find((w) => w === "" || w.includes(WORDS) || w.includes(LINES));
  if (bad !== undefined) throw new Error(`lexicon word ${JSON.stringify(bad)} is empty or holds "|" or "#"`);
  return words.join(WORDS);
};
const splitWords = (s: string) => (s === "" ? [] : s.split(WORDS));
/**
 * Each word as one digit, the number of characters (up to 9) it shares with the start of the word before,
 * then the rest: "aaron|abby" is "0aaron|1bby". Deflate alone leaves 0.9 KB more on these two sorted lists.
 */
const frontCode = (words: readonly string[]) => {
  joinWords(words); // refuses an empty word or one holding a separator
  let before = "";
  return joinWords(words.map((word) => {
    let shared = 0;
    while (shared < 9 && shared < word.length && word[shared] === before[shared]) shared++;
    before = word;
    return `${shared}${word.slice(shared)}`;
  }));
};
const unfrontCode = (s: string) => {
  let before = "";
  return splitWords(s).map((coded) => (before = before.slice(0, Number(coded[0])) + coded.slice(1)));
};
const joinClasses = (classes: Record<string, string[]>) => {
  joinWords(Object.keys(classes)); // refuses a class name holding a separator
  return Object.entries(classes).map(([name, words]) => (words.length ? `${name}${WORDS}${joinWords(words)}` : name)).join(LINES);
};
const splitClasses = (s: string): Record<string, string[]> =>
  Object.fromEntries(s === "" ? [] : s.split(LINES).map((line) => { const [name, ...words] = line.split(WORDS); return [name!, words]; }));

export function toWire(data: LexiconData): LexiconWire {
  const patterns = data.LEXICONS.flatMap((l) => l.patterns);
  const column = (f: (p: PatternDef) => string) => patterns.map(f).join(LINES);
  for (const p of patterns) {
    if (p.id.includes(LINES) || p.pattern.includes(LINES)) throw new Error(`pattern ${p.id} holds "#"`);
    // An empty list and no list read the same once packed; keep the data unambiguous.
    if (p.notAfter?.length === 0 || p.notBefore?.length === 0 || p.except?.length === 0) throw new Error(`pattern ${p.id} has an empty notAfter, notBefore or except`);
  }
  return {
    strong: column((p) => STRENGTH_CODE[p.strength]),
    ids: column((p) => (p.id === wordId(p) ? "" : p.id)),
    common: joinClasses(data.COMMON_CLASSES),
    blocks: data.LEXICONS.map((l) => [l.classes ? joinClasses(l.classes) : "", l.patterns.map((p) => p.pattern).join(LINES)]),
    nameWords: joinWords(data.GENERATED_NAME_WORDS),
    words: data.WORD_LISTS.map((list) => {
      // An empty list would read as no list when it is the only one; none is empty.
      if (!list.length) throw new Error("an empty word list");
      return joinWords(list);
    }).join(LINES),
    lists: data.LEXICONS.map((l) => [l.category, l.patterns.length]),
    notAfter: column((p) => joinWords(p.notAfter ?? [])),
    notBefore: column((p) => joinWords(p.notBefore ?? [])),
    except: column((p) => joinWords(p.except ?? [])),
    realWords: frontCode(data.REAL_WORDS_NEAR_TERMS),
    firstNames: frontCode(data.GENERATED_FIRST_NAMES),
  };
}

export function fromWire(wire: LexiconWire): LexiconData {
  const [ids, strong, notAfter, notBefore, except] = [wire.ids, wire.strong, wire.notAfter, wire.notBefore, wire.except].map((c) => c.split(LINES));
  let next = 0;
  const LEXICONS = wire.lists.map(([category, count], i): LexiconList => {
    const [classes, lines] = wire.blocks[i]!;
    const patterns = lines.split(LINES);
    const list: PatternDef[] = [];
    for (let k = 0; k < count; k++, next++) {
      const p: PatternDef = { id: "", pattern: patterns[k]!, strength: STRENGTH_OF_CODE[strong![next]!] ?? "weak" };
      p.id = ids![next] || wordId(p);
      if (notAfter![next]) p.notAfter = splitWords(notAfter![next]!);
      if (notBefore![next]) p.notBefore = splitWords(notBefore![next]!);
      if (except![next]) p.except = splitWords(except![next]!);
      list.push(p);
    }
    return { category: category as LexiconList["category"], source: "", ...(classes ? { classes: splitClasses(classes) } : {}), patterns: list };
  });
  return {
    LEXICONS,
    COMMON_CLASSES: splitClasses(wire.common),
    GENERATED_FIRST_NAMES: unfrontCode(wire.firstNames),
    GENERATED_NAME_WORDS: splitWords(wire.nameWords),
    REAL_WORDS_NEAR_TERMS: unfrontCode(wire.realWords),
    WORD_LISTS: wire.words === "" ? [] : wire.words.split(LINES).map(splitWords),
  };
}

/** The lexicon from its raw deflate bytes, as a stream (a fetch's body) or whole. */
export async function unpackLexicon(deflated: ReadableStream<Uint8Array> | Uint8Array): Promise<LexiconData> {
  const stream = deflated instanceof Uint8Array ? new Blob([deflated]).stream() : deflated;
  const inflated = stream.pipeThrough(new DecompressionStream("deflate-raw"));
  return fromWire(JSON.parse(await new Response(inflated).text()) as LexiconWire);
}

interface ExtensionRuntime { runtime: { getURL(path: string): string } }

/**
 * The extension's packed lexicon file, fetched and unpacked. runtime.getURL gives Chromium's dynamic URL
 * (use_dynamic_url, wxt.config.ts), the only one that loads it. A failure rejects with the file named:
 * the content script then says the fields are not guarded, and the engine refuses to run unfilled.
 */
export async function fetchLexicon(file: string): Promise<LexiconData> {
  const { chrome, browser } = globalThis as { chrome?: ExtensionRuntime; browser?: ExtensionRuntime };
  const runtime = (browser ?? chrome)?.runtime;
  if (!runtime) throw new Error(`dpa-guard: no extension runtime to load ${file} from`);
  const response = await fetch(runtime.getURL(file));
  if (!response.ok || !response.body) throw new Error(`dpa-guard: ${file} could not be loaded (HTTP ${response.status})`);
  return unpackLexicon(response.body);
}
