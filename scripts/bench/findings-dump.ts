// Exactness check for speed work: prints detect()'s findings, one JSON line per text and form, for the
// labelled files, any /work/data files, the bench corpus and generated sentences that instantiate
// every lexicon pattern among names, pronouns, negations and filler (seeded). Run it before and after
// a change and compare the outputs byte for byte: a speed-up must not change a single finding.
//   node scripts/bench/findings-dump.ts [ENGINE_ROOT] > findings.jsonl
// ENGINE_ROOT (default: this checkout) lets one script dump an older checkout's engine as well.
// DATA_DIR (default /work/data) holds extra .jsonl texts; point it at a snapshot while others write there.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = process.argv[2] ?? fileURLToPath(new URL("../..", import.meta.url));
const engine = (await import(`${root}/shared/engine/index.ts`)) as typeof import("../../shared/engine/index.ts");
const { LEXICONS, COMMON_CLASSES } = (await import(`${root}/shared/engine/special/lexicon/index.ts`)) as typeof import("../../shared/engine/special/lexicon/index.ts");
const { detect, createIncrementalDetector, FORM_KINDS } = engine;
const here = fileURLToPath(new URL("../..", import.meta.url));
const { corpus, seededRandom } = (await import(`${here}/scripts/bench/corpus.ts`)) as typeof import("./corpus.ts");

const out: string[] = [];
const forms = [undefined, ...FORM_KINDS];
const emit = (source: string, text: string, allForms: boolean) => {
  for (const form of allForms ? forms : [undefined, "incident" as const]) {
    out.push(JSON.stringify([source, form ?? "-", detect(text, form ? { form } : {})]));
  }
};

const jsonl = (file: string) => readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string });
const files = [
  ...["/work/shared/eval/dev"].filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".jsonl")).map((f) => `${d}/${f}`)),
  "/work/shared/eval/bsn/traps.corpus.jsonl",
  ...[process.env.DATA_DIR ?? "/work/data"].filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".jsonl")).map((f) => `${d}/${f}`)),
].filter(existsSync);
for (const file of files) for (const r of jsonl(file)) emit(`${file}#${r.id}`, r.text, true);

// The bench corpus (the first 1,500 reports), and its texts split in two paragraphs fed incrementally.
const reports = corpus(1024 * 1024).slice(0, 1500);
reports.forEach((t, i) => emit(`corpus#${i}`, t, false));

// Generated sentences: each pattern instantiated with words of its classes, in a random frame.
const rnd = seededRandom(20261202);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const NAMES = ["Jan", "Piet de Vries", "Fatima", "Mehmet Yilmaz", "R. Bakker", "dhr. Jansen", "Kees", "Sanne", "JvD", "Ahmed", "de monteur", "mijn collega", "een uitzendkracht", "de uitvoerder", "2 mdw"];
const PRONOUNS = ["hij", "zij", "ze", "ik", "hem", "haar", "zijn", "mijn", "we", "je", "men", "iemand", "u", "jullie", "niemand"];
const FILLER = ["de", "het", "een", "en", "van", "in", "op", "met", "niet", "geen", "wel", "bij", "naar", "is", "was", "heeft", "had", "werd",
  "vandaag", "gisteren", "steiger", "kraan", "helm", "bouwkeet", "als", "dan", "omdat", "volgens", "toolbox", "training", "vacature",
  "bedrijf", "bv", "werkgever", "elke", "alle", "medewerkers", "collega's", "zoals", "over", "wegens", "zonder", "voorkomen", "procent", "moet", "mag", "-", ",", "(", ")", ":"];
const ENDS = [".", ".", "!", "?", ";", ",", "\n", "\n\n", ". ", " |"];
const allWords = new Set<string>();
const wordsOf = (classes: Record<string, string[]>, alt: string): string[] => {
  if (alt === "@CAP") return [pick(["Lyme", "Huntington", "Jan", "Ramadan", "Kees", "PVV", "Amsterdam"])];
  if (alt === "@WHO") return [pick([...NAMES, ...PRONOUNS])];
  if (alt.includes("+")) return [alt.split("+").map((p) => wordsOf(classes, p)[0]!).join(pick(["", "", "s", "-"]))];
  if (alt.startsWith("@")) return [pick(classes[alt.slice(1)] ?? ["?"])];
  if (alt.endsWith("*")) return [alt.slice(0, -1) + pick(["", "ing", "heid", "d", "en"])];
  if (alt.startsWith("*")) return [pick(["alcohol", "gok", "x", "drugs", "werk"]) + alt.slice(1)];
  return [alt];
};
const instances: string[][] = [];
for (const list of LEXICONS) {
  const classes = { ...COMMON_CLASSES, ...list.classes };
  for (const words of Object.values(classes)) for (const w of words) allWords.add(w);
  for (const def of list.patterns) {
    for (let k = 0; k < 12; k++) {
      const words: string[] = [];
      for (let part of def.pattern.trim().split(/\s+/)) {
        if (part.startsWith("<")) part = part.slice(1);
        const gap = /^~(\d+)$/.exec(part);
        if (gap) {
          for (let g = Math.floor(rnd() * (Number(gap[1]) + 2)); g > 0; g--) words.push(pick(FILLER));
          continue;
        }
        const optional = part.endsWith("?");
        if (optional && rnd() < 0.4) continue;
        words.push(...wordsOf(classes, pick((optional ? part.slice(0, -1) : part).split("|"))));
      }
      // Now and then a word dropped, doubled, misspelt or capitalised, so near-misses are checked too.
      const r = rnd();
      if (r < 0.1 && words.length > 1) words.splice(Math.floor(rnd() * words.length), 1);
      else if (r < 0.2) { const at = Math.floor(rnd() * words.length); words[at] = words[at]!.slice(0, -1) + pick(["e", "t", "n", ""]); }
      else if (r < 0.3) { const at = Math.floor(rnd() * words.length); words[at] = words[at]!.charAt(0).toUpperCase() + words[at]!.slice(1); }
      for (const w of def.notAfter ?? []) if (rnd() < 0.1) words.unshift(w);
      for (const w of def.notBefore ?? []) if (rnd() < 0.1) words.push(w);
      instances.push(words);
    }
  }
}
const lexiconWords = [...allWords];
const sentence = () => {
  const parts: string[] = [];
  const n = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < n; k++) {
    const r = rnd();
    if (r < 0.3) parts.push(pick(NAMES));
    else if (r < 0.5) parts.push(pick(PRONOUNS));
    else if (r < 0.6) parts.push(pick(["geen", "niet", "nooit", "ter voorkoming van", "om te voorkomen dat"]));
    else parts.push(pick(FILLER));
  }
  const body = rnd() < 0.8 ? pick(instances) : Array.from({ length: 2 + Math.floor(rnd() * 6) }, () => pick(rnd() < 0.5 ? lexiconWords : FILLER));
  const tail = Array.from({ length: Math.floor(rnd() * 4) }, () => pick(rnd() < 0.3 ? lexiconWords : FILLER));
  const words = [...parts, ...body, ...tail];
  if (rnd() < 0.5) words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  return words.join(" ") + pick(ENDS);
};
const generated: string[] = [];
for (let k = 0; k < 24000; k++) generated.push(sentence());
for (let k = 0; k < generated.length; k++) emit(`gen#${k}`, generated[k]!, k % 8 === 0);
// Groups of sentences in one text: person context and episodes carry across sentences and paragraphs.
for (let k = 0; k < 3000; k++) {
  const text = Array.from({ length: 2 + Math.floor(rnd() * 6) }, () => pick(generated)).join(rnd() < 0.5 ? " " : pick([" ", "\n", "\n\n"]));
  emit(`group#${k}`, text, k % 4 === 0);
  if (k % 10 === 0) {
    // And incrementally, after a few edits, as the extension scans a field.
    const inc = createIncrementalDetector();
    let current = text;
    for (let e = 0; e < 4; e++) {
      const at = Math.floor(rnd() * (current.length + 1));
      current = current.slice(0, at) + pick(["e", " ", "\n", ". ", "Jan ", "hij "]) + current.slice(at);
      out.push(JSON.stringify([`inc#${k}.${e}`, "-", inc.detect(current)]));
    }
  }
}
process.stdout.write(out.join("\n") + "\n");
