import type { Token } from "../text/tokenize.ts";
import { isNameToken, isRoleNoun, isRolePlural } from "./persons.ts";

// Whose trait: biometric data is data about the person it identifies (AVG art. 4(14)), so a bare
// "vingerafdruk" or "gezichtsscan" is someone's only when the text says whose: "de vingerafdruk van
// Kowalski", "zijn irisscan", "Ilona's handpalmscan", "van Ewout een handpalmscan gemaakt". A system,
// a policy or a procedure ("prikklok met alleen een vingerafdruk", "via de gezichtsscan inklokken",
// "bij de nieuwe werknemer worden vingerafdrukken afgenomen") names no owner, whoever is in the sentence.

const POSSESSIVES: ReadonlySet<string> = new Set(["zijn", "z'n", "zn", "haar", "mijn", "m'n", "mn", "hun", "his", "her", "my", "their"]);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["hem", "haar", "mij", "me", "jou", "hen", "hun", "him", "them"]);
/** Words between "van" and the owner: "van de 6 nieuwe uitzendkrachten", "van mdw R. Bakker". */
const OWNER_WINDOW = 4;

/** Whether token `k` (in the sentence starting at `from`) is a person who can own a trait. */
function isOwner(tokens: readonly Token[], k: number, from: number, isTerm: (t: Token) => boolean): boolean {
  const t = tokens[k]!;
  if (OBJECT_PRONOUNS.has(t.word) || isRoleNoun(t.key) || isRolePlural(t.word)) return true;
  return t.capital && !t.acronym && isNameToken(tokens, k, from) && !isTerm(t);
}

/** "van <owner>" starting at token `k`, within the sentence. */
function ownerAfterVan(tokens: readonly Token[], k: number, from: number, isTerm: (t: Token) => boolean, english: boolean): boolean {
  const van = tokens[k];
  // English "fingerprint of Tomasz" right after the trait; elsewhere Dutch "of" is "or" ("zijn of haar").
  if (!van || (van.word !== "van" && !(english && van.word === "of"))) return false;
  for (let j = k + 1; j <= k + OWNER_WINDOW && j < tokens.length && tokens[j]!.sentence === van.sentence; j++) {
    if (isOwner(tokens, j, from, isTerm)) return true;
  }
  return false;
}

/** Trait words that may stand between an owner and the matched scan: "Piotr's palm vein scan". */
const TRAIT_MODIFIERS: ReadonlySet<string> = new Set(["palm", "hand", "finger", "face", "iris", "vein", "handpalm", "vinger"]);

/**
 * Whether the trait at tokens `[i, last]` is said to be a specific person's. `sentenceFrom`: the first
 * token of its sentence, when the caller knows it (found here otherwise, a walk as long as the sentence).
 */
export function hasOwner(tokens: readonly Token[], i: number, last: number, isTerm: (t: Token) => boolean, sentenceFrom = -1): boolean {
  const sentence = tokens[i]!.sentence;
  let from = sentenceFrom >= 0 ? sentenceFrom : i;
  while (from > 0 && tokens[from - 1]!.sentence === sentence) from--;
  // Where the owner would stand: before the match, or before a trait word in front of it.
  const start = i - 1 > from && TRAIT_MODIFIERS.has(tokens[i - 1]!.word) ? i - 1 : i;
  const before = start > from ? tokens[start - 1]! : undefined;
  // "iedereen liet zijn of haar vingerafdruk inscannen": whoever's, nobody's in particular.
  const either = start - 3 >= from && tokens[start - 2]!.word === "of" && POSSESSIVES.has(tokens[start - 3]!.word);
  if (before && !either && (POSSESSIVES.has(before.word) || (before.word.endsWith("'s") && before.capital))) return true;
  if (tokens[i]!.word.includes("'s")) return true;
  if (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence && ownerAfterVan(tokens, last + 1, from, isTerm, true)) return true;
  // "is van Ewout een handpalmscan gemaakt", "van Gert, Sjoerd en mij een gezichtsscan": the owners just before.
  for (let k = Math.max(from, start - 2 * OWNER_WINDOW); k < start - 1; k++) if (ownerAfterVan(tokens, k, from, isTerm, false)) return true;
  return false;
}
