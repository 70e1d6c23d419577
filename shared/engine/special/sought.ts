import type { Token } from "../text/tokenize.ts";
import { isNameToken } from "./persons.ts";

// Crime news about an offender nobody has identified: "In plaats van een klopjacht op de verdachte …",
// "De politie zoekt de dader", "De verdachte is nog voortvluchtig". Whoever is sought is not known, so
// the suspicion is no one's criminal data (LABELLING: a theft by unknown persons). A name in the sentence
// keeps it: "Jan wordt gezocht door de politie" is his. Source: the wording of Dutch police appeals
// (politie.nl "Gezocht", opsporingsberichten). Trap: "de verdachte, een 34-jarige man uit Venlo, is
// aangehouden" (held, not sought).

/** Words of a search for someone not yet found. */
const SOUGHT: ReadonlySet<string> = new Set([
  "klopjacht", "zoektocht", "zoekt", "zoeken", "voortvluchtig", "spoorloos", "onvindbaar", "signalement", "getuigenoproep",
  "opsporingsbericht", "tips", "ontkomen", "gevlucht", "vluchtte", "onbekende", "onbekend", "wanted",
]);

/** Words of the search's end: "was gevlucht, maar kon later worden aangehouden" names the one held. */
const FOUND: ReadonlySet<string> = new Set(["aangehouden", "gearresteerd", "opgepakt", "ingerekend", "gepakt", "arrested"]);

/** Whether the sentence starting at token `from` searches for someone it does not name (and does not find them). */
export function isSoughtUnknown(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  let sought = false;
  for (let k = from; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (SOUGHT.has(tokens[k]!.word)) sought = true;
    else if (FOUND.has(tokens[k]!.word)) return false;
    else if (tokens[k]!.capital && k > from && isNameToken(tokens, k, from)) return false;
  }
  return sought;
}
