import type { Token } from "../text/tokenize.ts";

// Context that turns a lexicon hit into "not about this person": negation, prevention advice and
// general topics. Source: hand-curated; clinlp's negation triggers were read for ideas only (GPL).

/** Words that negate what follows within a few words: "geen letsel", "niemand gewond". */
const NEGATION_BEFORE = new Set(["geen", "niet", "niemand", "nooit", "zonder", "no", "not", "nobody", "none", "without", "never", "noch"]);
/** Words after a term that negate it: "breuk is uitgesloten". */
const NEGATION_AFTER = new Set(["uitgesloten", "ruled"]);
/** Prevention and hazard words: "voorkom rugklachten", "om gehoorschade te voorkomen". */
const PREVENTION_BEFORE = new Set([
  // Comparisons: "alsof hij astma heeft" says something about a machine, not a person.
  "alsof",
  "voorkom", "voorkomen", "voorkomt", "preventie", "risico", "risico's", "gevaar", "gevaren", "bescherming",
  "beschermen", "beschermt", "kans", "avoid", "prevent", "risk", "tegengaan", "vermijd", "vermijden",
  // Campaigns and attention for a condition: "meer aandacht voor burn-out in de bouw".
  "aandacht", "bewustwording", "awareness",
]);
/** Action against a condition: "meer doen tegen burn-out", "maatregelen tegen rugklachten", "de strijd tegen kanker". */
const ACTION_AGAINST = new Set(["doen", "maatregelen", "maatregel", "strijd", "campagne", "actie", "acties", "aanpak", "beleid", "middel", "middelen", "wapen", "vaccin", "vaccinatie", "inenting"]);
const PREVENTION_AFTER = new Set(["voorkomen", "te", "vermijden", "tegengaan", "prevent", "avoid"]);
/** Words that make a sentence a general topic rather than a report about someone. */
const TOPIC_WORDS = new Set([
  "toolbox", "toolboxmeeting", "voorlichting", "cursus", "training", "beleid", "protocol", "instructie",
  "campagne", "nultolerantie", "regels", "regel", "verplicht", "verboden", "informatie", "folder", "poster",
  "workshop", "presentatie", "richtlijn", "richtlijnen", "procedure", "vacature", "onderwerp", "thema",
  // Rules of a workplace and the law: "een verbod op religieuze uitingen", "het personeelsreglement".
  "verbod", "reglement", "personeelsreglement", "huisregels", "gedragscode", "wetgeving",
]);

/**
 * Words that give a reason or a condition: a negation before them denies the action, not the reason
 * ("kan niet werken ivm rugklachten", "mag niet hijsen tot de bedrijfsarts groen licht geeft"), so the
 * negation's scope ends there.
 */
const REASON = new Set(["ivm", "vanwege", "wegens", "door", "omdat", "doordat", "want", "tot", "totdat", "zolang", "because", "due", "owing", "until"]);

const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 2;

/** Building work on a care or justice building: "renovatie van de afkickkliniek", "nieuwbouw van het ziekenhuis". */
const BUILDING_WORK = new Set(["renovatie", "nieuwbouw", "verbouwing", "sloop", "onderhoud", "uitbreiding", "oplevering", "bouw", "renovation"]);

function isBuildingWorkOn(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  const at = (k: number) => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k]!.key : "");
  const det = at(first - 1);
  return (det === "de" || det === "het" || det === "the") && (at(first - 2) === "van" || at(first - 2) === "of") && BUILDING_WORK.has(at(first - 3));
}

/** Subjects that open a new clause after a comma: "komt niet, hij heeft koorts". */
const CLAUSE_SUBJECTS = new Set(["hij", "zij", "ze", "ik", "we", "wij", "he", "she", "i", "we", "they"]);

/** A comma, semicolon or colon before `tokens[k]` with a subject right after it: a new clause starts there. */
function newClauseAt(tokens: readonly Token[], k: number, text: string | undefined): boolean {
  if (text === undefined || k === 0) return false;
  const t = tokens[k]!;
  if (!CLAUSE_SUBJECTS.has(t.key) && !(t.capital && !t.sentenceStart && !t.acronym)) return false;
  return /[,;:]/.test(text.slice(tokens[k - 1]!.end, t.start));
}

/**
 * @param reasons whether a reason word ends the negation's scope (health: "kan niet werken ivm
 *   rugklachten"); other categories keep the plain window, where "niet ivm" more often denies the reason.
 */
export function isNegatedOrPrevented(tokens: readonly Token[], first: number, last: number, text?: string, reasons = false): boolean {
  const sentence = tokens[first]!.sentence;
  if (isBuildingWorkOn(tokens, first)) return true;
  // A match that starts with its reason ("vanwege zijn rug") is out of a negation's scope before it.
  const startsWithReason = reasons && (REASON.has(tokens[first]!.key) || (tokens[first]!.key === "verband" && tokens[first + 1]?.key === "met"));
  for (let i = startsWithReason ? -1 : first - 1; i >= 0 && i >= first - WINDOW_BEFORE; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (reasons && (REASON.has(t.key) || (t.key === "met" && i > 0 && tokens[i - 1]!.key === "verband"))) break;
    // "Piet komt niet, hij heeft koorts": the negation stays in its own clause.
    if (newClauseAt(tokens, i + 1, text)) break;
    if (NEGATION_BEFORE.has(t.key) || PREVENTION_BEFORE.has(t.key)) return true;
    if (t.key === "tegen" && i > 0 && tokens[i - 1]!.sentence === sentence && ACTION_AGAINST.has(tokens[i - 1]!.key)) return true;
  }
  for (let i = last + 1; i < tokens.length && i <= last + WINDOW_AFTER; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (NEGATION_AFTER.has(t.key)) return true;
    if (!PREVENTION_AFTER.has(t.key)) continue;
    // "te" only counts before another prevention word of the same sentence ("te voorkomen").
    const next = tokens[i + 1];
    if (t.key !== "te" || (next !== undefined && next.sentence === sentence && PREVENTION_AFTER.has(next.key))) return true;
  }
  return false;
}

/** What a civil court orders a party to pay or do: "veroordeeld tot betaling van het loon", "in de proceskosten". */
const CIVIL_ORDERS = new Set([
  "betaling", "betalen", "terugbetaling", "doorbetaling", "loondoorbetaling", "proceskosten", "kosten", "nakoming",
  "schadevergoeding", "vergoeding", "wedertewerkstelling", "toelating", "afgifte", "verstrekking",
]);
const JUDGED = new Set(["veroordeeld", "veroordeelt", "veroordelen", "veroordeelde"]);

/**
 * A civil judgment, not a criminal one: "de werkgever wordt veroordeeld tot betaling van het salaris",
 * "veroordeelt werkgever in de proceskosten" (Rv art. 237: the losing party pays the costs). Only for a
 * match of "veroordeeld" itself; "veroordeeld tot een taakstraf" stays criminal.
 */
export function isCivilJudgment(tokens: readonly Token[], first: number, last: number): boolean {
  if (!JUDGED.has(tokens[last]!.key)) return false;
  const sentence = tokens[first]!.sentence;
  for (let i = last + 1; i < tokens.length && i <= last + 4; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (CIVIL_ORDERS.has(t.key)) return true;
  }
  return false;
}

/** Conditions and injuries named as a topic: "Een burn-out is …", "Een hernia kan …" (a definition, nobody's). */
const DEFINING_VERBS = new Set(["is", "kan", "ontstaat", "betekent", "wordt", "komt", "heeft", "geeft", "zorgt", "treedt", "are", "is"]);

/** Whether the match `tokens[first, last]` is the subject of a definition: "Een burn-out is niet alleen vervelend …". */
export function isDefinedTerm(tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = tokens[first]!.sentence;
  // "Burn-out is de meest voorkomende beroepsziekte", "Depressie en angst zijn de belangrijkste oorzaken":
  // the bare term opening the sentence, then "is"/"zijn" and an article (a notes' "Rugklachten zijn erger" stays).
  if (tokens[first]!.sentenceStart) {
    for (let k = last + 1; k < tokens.length && k <= last + 3 && tokens[k]!.sentence === sentence; k++) {
      const w = tokens[k]!.key;
      if (w !== "is" && w !== "zijn" && w !== "blijft" && w !== "blijven") continue;
      // "Burn-out is inmiddels de meest voorkomende reden": a sentence adverb may come before the article.
      let n = k + 1;
      if (tokens[n]?.sentence === sentence && STATEMENT_ADVERBS.has(tokens[n]!.key)) n++;
      const next = tokens[n];
      return next !== undefined && next.sentence === sentence && (next.key === "de" || next.key === "een" || next.key === "het");
    }
  }
  const article = tokens[first - 1];
  if (!article || article.sentence !== sentence || !article.sentenceStart || (article.key !== "een" && article.key !== "a")) return false;
  const verb = tokens[last + 1];
  return verb !== undefined && verb.sentence === sentence && DEFINING_VERBS.has(verb.key);
}

/** Adverbs that a general statement puts between its verb and its predicate. */
const STATEMENT_ADVERBS = new Set(["inmiddels", "nog", "nog steeds", "vaak", "ook", "nu", "al", "veruit", "nog altijd", "daarmee", "dus", "still", "now", "often", "also"]);

/** Words that introduce examples of a kind: "psychische klachten zoals stress en burn-out". */
const EXAMPLE_WORDS = new Set(["zoals", "bijvoorbeeld", "bv", "bijv", "waaronder", "variërend", "varierend", "including"]);
/** Words that may stand in a list of examples between the introducing word and the term. */
const LIST_WORDS = new Set(["en", "of", "en/of", "or", "and", "een", "de", "het", "bijvoorbeeld", "as", "lichte", "ernstige", "zware"]);

/**
 * A term given as an example of a kind, in a sentence that names nobody: "Psychische klachten zoals
 * stress, overspannenheid en burn-out behoren tot de oorzaken van verzuim", "such as back pain".
 * Walks back over the list (commas make no tokens) to the introducing word, at most eight words.
 */
export function isExampleOfKind(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let i = first - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) return false;
    if (EXAMPLE_WORDS.has(t.key) || (t.key === "such" && tokens[i + 1]?.key === "as")) return true;
    if (LIST_WORDS.has(t.key)) continue;
  }
  return false;
}

/** "discriminatie op afkomst", "onderscheid naar godsdienst": the ground of discrimination, nobody's trait. */
const DISCRIMINATION = new Set(["discriminatie", "discrimineren", "onderscheid", "uitsluiting", "discrimination", "discriminated"]);
const GROUND_LINKS = new Set(["op", "naar", "van", "vanwege", "wegens", "grond", "basis", "based", "on", "of", "de", "het", "hun", "zijn", "haar"]);

/**
 * Whether the term is the ground of a discrimination ("discriminatie op grond van afkomst",
 * "onderscheid naar godsdienst of overtuiging"): the law's and the news' topic, not a person's data.
 * A person discriminated against for their origin is still found by the words about them.
 */
export function isGroundOfDiscrimination(tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = tokens[first]!.sentence;
  // From the term (the match's last word: "van discriminatie op afkomst") back over its links.
  for (let i = last - 1, seen = 0; i >= 0 && seen < 5 + last - first; i--, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) return false;
    if (DISCRIMINATION.has(t.key) || t.key.endsWith("discriminatie")) return true;
    if (!GROUND_LINKS.has(t.key) && !LIST_WORDS.has(t.key)) return false;
  }
  return false;
}

/** Words for a text or talk about something: "een uitspraak over ontslag wegens diefstal", "een blog over burn-out". */
const ABOUT_WORDS = new Set([
  "uitspraak", "uitspraken", "blog", "artikel", "boek", "brochure", "folder", "factsheet", "podcast", "webinar", "lezing",
  "documentaire", "rapport", "onderzoek", "studie", "informatie", "vragen", "gesprek", "debat", "discussie", "nieuwsbrief",
  "bespreekt", "bespreken", "besproken", "gaat", "ging", "praten", "sprak", "spreekt", "schrijft", "schreef",
]);

/**
 * A term that is what a text or a talk is about ("bespreekt een uitspraak over ontslag wegens diefstal",
 * "een blog over burn-out"): only with the term right after "over" or an article, so "vertelt over zijn
 * burn-out" stays.
 */
export function isTopicOfText(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  const at = (k: number) => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k]!.key : "");
  let k = first - 1;
  if (at(k) === "een" || at(k) === "de" || at(k) === "het") k--;
  if (at(k) !== "over") return false;
  for (let j = k - 1; j >= k - 3; j--) if (ABOUT_WORDS.has(at(j))) return true;
  return false;
}

/** Compounds of a topic word: "drugsbeleid", "veiligheidsinstructie", "reanimatiecursus". */
const TOPIC_HEADS = ["beleid", "protocol", "instructie", "instructies", "cursus", "training", "procedure", "campagne", "voorlichting", "regels", "richtlijn"];

/** Whether `tokens[from, to)` (one sentence) is about a general topic: a training, a policy, a vacancy. */
export function isTopicSentence(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const key = tokens[i]!.key;
    if (TOPIC_WORDS.has(key)) return true;
    if (key.length > 8) for (const h of TOPIC_HEADS) if (key.length > h.length + 2 && key.endsWith(h)) return true;
  }
  return false;
}
