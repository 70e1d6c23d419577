import type { Token } from "../text/tokenize.ts";

// Conditions that open a rule rather than report a case (reference.ts asks): "bij vermoeden van …",
// "bij duizeligheid direct melden", "Ziet u …, bel ons". Sources: how Dutch HR, police and toolbox pages
// phrase their advice; each check reads only the tokens of its own sentence.

/** Conditions a rule opens with after "bij": "bij twijfel", "bij vermoeden van …". */
const CONDITION_NOUNS = new Set([
  "vermoeden", "twijfel", "verdenking", "klachten", "symptomen", "signalen", "ziekte", "nood", "calamiteiten", "ongevallen",
  "hitte", "kou", "onwelwording", "oververhitting", "uitdroging", "duizeligheid", "misselijkheid", "hoofdpijn", "benauwdheid",
  "koorts", "pijnklachten", "ziekteverschijnselen", "letsel", "brandwonden", "zwangerschap", "verzuim",
]);
export const isConditionNoun = (t: Token | undefined) => t !== undefined && !t.capital && CONDITION_NOUNS.has(t.word);

/** Words that may stand before "u"/"je" at a sentence's start without being its verb: "Dat je …", "Wat u …". */
const NOT_INVERTED = new Set([
  "wat", "dat", "hoe", "waar", "wie", "als", "of", "toen", "nu", "zodat", "omdat", "wanneer", "waarom", "welke", "die", "en",
  "maar", "zodra", "tenzij", "hoewel", "terwijl", "daar", "hier", "dan", "ook", "nog", "wel", "niet", "mocht", "want", "dus",
  // Verbs that pass on a fact rather than set a condition: "Weet je dat de uitvoerder epilepsie heeft".
  "weet", "wist", "hoor", "hoorde", "heb", "had", "zag", "vind", "vond",
]);

/**
 * "Ziet u afwijkend rijgedrag en denkt u dat …, bel ons", "Twijfel je, vraag het": a verb first and the
 * reader as its subject, not asked as a question: a condition addressed to whoever reads it.
 */
export function isAddressedCondition(tokens: readonly Token[], folded: string, from: number, to: number): boolean {
  if (to - from < 3) return false;
  const first = tokens[from]!.word;
  const second = tokens[from + 1]!.word;
  if ((second !== "u" && second !== "je" && second !== "jij") || NOT_INVERTED.has(first) || /^\d/.test(first)) return false;
  // The question mark right after the sentence, within its line (a paragraph is scanned alone: incremental.ts).
  for (let c = tokens[to - 1]!.end; c < folded.length && c < tokens[to - 1]!.end + 3; c++) {
    const ch = folded.charCodeAt(c);
    if (ch === 10 || ch === 13) break;
    if (ch === 63) return false;
  }
  return true;
}
