import type { Token } from "../text/tokenize.ts";
import { isRolePlural } from "./persons.ts";
import { PREPOSITIONS } from "./lexicon/person-words.ts";
import { DEFINITE, PEOPLE_PLURALS, QUANTIFIERS, THIRD_POSSESSIVES, WRITER, isCrewSize } from "./reference.ts";
import { GROUP_TERMS, MORE_GROUPS, PREDICATE_VERBS, SHARES } from "./lexicon/reference-words.ts";

// Groups in published text: a trait of a group is no person's ("volwassenen met hersenletsel",
// "ondernemers van Turkse afkomst", "de zondag voor christenen"), and any plural of a role is people in
// general ("raadsleden", "stukadoors"). Counted crews, someone's colleagues and predicates of a named
// subject stay specific. Source: Dutch reference grammar (ANS, generic bare plurals), checked against
// news, HR and union texts. The word lists are in lexicon/reference-words.ts, packed with the lexicon.

/** An article or an adjective between a plural and its "met"/"van": "met niet-aangeboren hersenletsel", "van de". */
const skippable = (t: Token) => t.word === "de" || t.word === "het" || t.word === "een" || t.word.endsWith("e") || t.word.includes("-");

/** `tokens[k]` when it is of `sentence`. A plain function, not a closure made for each match. */
const tokenOf = (tokens: readonly Token[], sentence: number, k: number) =>
  k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence ? tokens[k] : undefined;

/**
 * Whether the match starting at token `first` describes a group rather than a person: a plural of people
 * right before "met" or "van" ("volwassenen met niet-aangeboren hersenletsel", "ondernemers van Turkse
 * afkomst", "werknemers met rugklachten"), or a share of a community ("een deel van de lhbti-gemeenschap").
 * A counted crew ("twee collega's met griep") stays specific.
 */
export function isGroupAttribute(tokens: readonly Token[], folded: string, first: number): boolean {
  const sentence = tokens[first]!.sentence;
  // A plural term names a group ("de zondag voor christenen", "moslims vasten"), unless counted, someone's,
  // or said of the subject ("Jan en Piet zijn christenen").
  const term = tokens[first]!;
  // An attribute of a plural of people: "vastende collega's", "zieke werknemers", "zwangere medewerkers".
  // Not a preposition: "dat ze op vrouwen valt" is whom she falls for, no attribute of women.
  const after = tokenOf(tokens, sentence, first + 1);
  if (after && (PEOPLE_PLURALS.has(after.word) || MORE_GROUPS.has(after.word)) && !GROUP_TERMS.has(term.word) && !PREPOSITIONS.has(term.word)) {
    const before = tokenOf(tokens, sentence, first - 1);
    if (isCrewSize(before, folded) || (before !== undefined && (WRITER.has(before.word) || THIRD_POSSESSIVES.has(before.word) || before.word === "onze"))) return false;
    // "vastende collega's in de ploeg van Youssef": a crew named by whom it belongs to.
    for (let k = first + 2; k <= first + 6; k++) if (tokenOf(tokens, sentence, k)?.capital && !tokenOf(tokens, sentence, k)!.sentenceStart) return false;
    return true;
  }
  if (GROUP_TERMS.has(term.word) || PEOPLE_PLURALS.has(term.word)) {
    const before = tokenOf(tokens, sentence, first - 1);
    return !(isCrewSize(before, folded) || (before !== undefined && (WRITER.has(before.word) || THIRD_POSSESSIVES.has(before.word) ||
      before.word === "onze" || PREDICATE_VERBS.has(before.word) || before.word === "allebei" || before.word === "beiden")));
  }
  // The match may start with the preposition itself ("van Turkse afkomst").
  let k = tokens[first]!.word === "van" || tokens[first]!.word === "met" ? first : first - 1;
  // Up to two adjectives between: "met niet-aangeboren hersenletsel", "van de".
  for (let skipped = 0; skipped < 2; skipped++) {
    const t = tokenOf(tokens, sentence, k);
    if (!t || t.word === "met" || t.word === "van" || !skippable(t)) break;
    k--;
  }
  const prep = tokenOf(tokens, sentence, k);
  if (!prep || (prep.word !== "met" && prep.word !== "van")) return false;
  const noun = tokenOf(tokens, sentence, k - 1);
  if (!noun) return false;
  if (prep.word === "van" && SHARES.has(noun.word)) return true;
  // Plurals of agent nouns ("asielzoekers", "sollicitanten" aside) end in -ers: "chauffeurs", "zzp'ers", "asielzoekers".
  const group = PEOPLE_PLURALS.has(noun.word) || MORE_GROUPS.has(noun.word) || isRolePlural(noun.word) || (noun.word.length >= 7 && noun.word.endsWith("ers"));
  if (!group) return false;
  const count = tokenOf(tokens, sentence, k - 2);
  return !(isCrewSize(count, folded) || (count !== undefined && DEFINITE.has(count.word) && !QUANTIFIERS.has(count.word) && count.word !== "de"));
}
