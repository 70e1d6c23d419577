import type { Token } from "../text/tokenize.ts";
import {
  ABOUT_WORDS, ACTION_AGAINST, BUILDING_WORK, CIVIL_ORDERS, CLAUSE_NEGATIONS, DEFINING_VERBS, DISCRIMINATION, EXAMPLE_WORDS, GROUND_LINKS,
  JUDGED, LIST_WORDS, HYPERBOLE_TERMS, HYPERBOLE_VERBS, NEGATION_AFTER, NEGATION_BEFORE, PLACE_PREPOSITIONS,
  PREVENTION_AFTER, PREVENTION_BEFORE, STATEMENT_ADVERBS, TOPIC_HEADS, TOPIC_WORDS,
} from "./lexicon/context-words.ts";
import { DETERMINER_AFTER_PREPOSITION, OBJECT_SUBJECTS } from "./lexicon/person-words.ts";
import { onLexiconLoaded } from "./lexicon/ready.ts";

// Context that turns a lexicon hit into "not about this person": negation, prevention advice and
// general topics. Source: hand-curated; clinlp's negation triggers were read for ideas only (GPL).
// The word lists are in lexicon/context-words.ts, packed with the lexicon.

const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 2;

/** The key of `tokens[k]` when it is of `sentence`, else "" (a plain function: this runs for every match). */
const keyIn = (tokens: readonly Token[], k: number, sentence: number) => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k]!.key : "");

function isBuildingWorkOn(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  const det = keyIn(tokens, first - 1, sentence);
  return (det === "de" || det === "het" || det === "the") && (keyIn(tokens, first - 2, sentence) === "van" || keyIn(tokens, first - 2, sentence) === "of") &&
    BUILDING_WORK.has(keyIn(tokens, first - 3, sentence));
}

/**
 * Every word without which isNegatedOrPrevented cannot hold in a sentence: the pre-scan's gate for
 * asking it (sentence-scan.ts). "te" counts only before another of them, so it is left out.
 */
const negationCues = new Set<string>();
export const NEGATION_CUES: ReadonlySet<string> = negationCues;
// Filled once the lists are there: in the extension they are unpacked after start-up (lexicon/ready.ts).
onLexiconLoaded(() => {
  for (const w of [...NEGATION_BEFORE, ...PREVENTION_BEFORE, ...NEGATION_AFTER, ...PREVENTION_AFTER, ...BUILDING_WORK, "tegen"]) negationCues.add(w);
  negationCues.delete("te");
});

/** Words that turn from what is negated to what is asserted: "not ill, just fasting", "niet ziek, wel moe". */
const CONTRAST = new Set(["maar", "wel", "doch", "just", "but", "only", "alleen"]);
/** Words that open a reason in every category: "werkt niet ivm Jom Kipoer" negates the work, not the reason. */
const REASONS = new Set(["ivm", "wegens", "vanwege", "omwille", "because"]);
/**
 * Health adds words of cause and condition: a negation before them denies the action, not the reason
 * ("kan niet werken omdat zijn rug op is", "mag niet hijsen tot de bedrijfsarts groen licht geeft").
 */
const HEALTH_REASONS = new Set([...REASONS, "door", "omdat", "doordat", "want", "tot", "totdat", "zolang", "due", "owing", "until"]);


/** Subjects that open a new clause after a comma: "komt niet, hij heeft koorts". */
const CLAUSE_SUBJECTS = new Set(["hij", "zij", "ze", "ik", "we", "wij", "he", "she", "i", "we", "they"]);

/** A comma, semicolon or colon before `tokens[k]` with a subject right after it: a new clause starts there. */
/** Conjunctions that open a clause of reason or result: what follows them is not under a negation before them. */
const REASON_CLAUSE: ReadonlySet<string> = new Set(["omdat", "doordat", "aangezien", "zodat", "because", "since"]);

function newClauseAt(tokens: readonly Token[], k: number, text: string | undefined): boolean {
  if (text === undefined || k === 0) return false;
  const t = tokens[k]!;
  if (!CLAUSE_SUBJECTS.has(t.key) && !(t.capital && !t.sentenceStart && !t.acronym)) return false;
  // Read in place: a substring and a regex for each word of the window cost more than the test.
  for (let c = tokens[k - 1]!.end; c < t.start; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 44 || ch === 59 || ch === 58) return true;
  }
  return false;
}

/** A comma in `text[from, to)`, read in place: a substring for each word of the window cost more than the test. */
function hasComma(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (text.charCodeAt(c) === 44) return true;
  return false;
}

/** Whether `tokens[i]` opens a reason: the plain words, or with `health` also cause and condition ("in verband met"). */
const opensReason = (tokens: readonly Token[], i: number, health: boolean) =>
  health ? HEALTH_REASONS.has(tokens[i]!.key) || (tokens[i]!.key === "verband" && tokens[i + 1]?.key === "met") ||
    // "geen nachtdiensten op advies van de gynaecoloog": the advice is the reason the work is denied.
    (tokens[i]!.key === "op" && tokens[i + 1]?.key === "advies") : REASONS.has(tokens[i]!.key);

/** Words that may stand before an inverted verb and a negative subject: "Er raakte niemand gewond". */
const SUBORDINATORS: ReadonlySet<string> = new Set(["dat", "omdat", "die", "wat", "of", "toen", "als", "zodat", "want", "en", "terwijl", "nadat", "that", "because", "and", "who"]);
const BEFORE_INVERTED_SUBJECT: ReadonlySet<string> = new Set(["er", "gelukkig", "daarbij", "hierbij", "toen", "uiteindelijk", "verder"]);
const isNegativeSubject = (a: Token | undefined, b: Token | undefined) => a !== undefined &&
  (a.key === "niemand" || a.key === "nobody" || a.key === "none" || (a.key === "geen" && (b?.key === "van" || b?.key === "enkele" || b?.key === "enkel")) || (a.key === "no" && b?.key === "one"));

/**
 * "Niemand van de ploeg heeft bij het incident met de hijsband letsel opgelopen", "Geen van de mannen
 * raakte gewond", "Er raakte niemand gewond": a negative subject denies its clause's whole predicate,
 * however far the term stands from it. Source: Dutch negation by a negative quantifier as the subject
 * (ANS, "ontkennende onbepaalde voornaamwoorden"). Trap: "niemand" as an object inside the clause ("Hij
 * heeft niemand over zijn epilepsie verteld") does not open it, and "maar" ends the denial.
 */
function opensWithNegativeSubject(tokens: readonly Token[], first: number, text: string | undefined): boolean {
  const sentence = tokens[first]!.sentence;
  let i = first - 1;
  for (; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    if (CONTRAST.has(tokens[i]!.key)) return false;
    // "Niemand wist dat Jan epilepsie heeft": the term is in a clause of its own.
    if (SUBORDINATORS.has(tokens[i]!.key)) return false;
    if (newClauseAt(tokens, i + 1, text)) break;
  }
  const k = i + 1;
  if (k >= first) return false;
  if (isNegativeSubject(tokens[k], tokens[k + 1])) return true;
  return BEFORE_INVERTED_SUBJECT.has(tokens[k]!.key) && k + 2 < first && isNegativeSubject(tokens[k + 2], tokens[k + 3]);
}

/**
 * @param reasons health: a reason or condition word ends the negation's scope ("kan niet werken ivm
 *   rugklachten"); in the other categories "niet … tot" more often denies the reason, so only a match
 *   that itself opens with a plain reason word is out of scope.
 */
export function isNegatedOrPrevented(tokens: readonly Token[], first: number, last: number, text?: string, reasons = false): boolean {
  const sentence = tokens[first]!.sentence;
  if (isBuildingWorkOn(tokens, first)) return true;
  if (opensWithNegativeSubject(tokens, first, text)) return true;
  // A match that is itself the reason ("Geen eten ivm Grote Verzoendag", "vanwege zijn rug") is asserted,
  // whatever came before.
  const startsWithReason = opensReason(tokens, first, reasons);
  // Outside health, an article or a possessive between the negation and the term does not use up the
  // window: "doet niet mee aan de ramadan" denies the practice as "geen ramadan" does. Health keeps its
  // plain window of words.
  let comma = false;
  for (let i = startsWithReason ? -1 : first - 1, counted = 0; i >= 0 && counted < WINDOW_BEFORE; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (reasons || !DETERMINER_AFTER_PREPOSITION.has(t.key)) counted++;
    if (CONTRAST.has(t.key)) break;
    // "werkt op zondag niet omdat hij gereformeerd is": a clause of reason after the negation is asserted.
    if (REASON_CLAUSE.has(t.key)) break;
    if (reasons && opensReason(tokens, i, true)) break;
    // "Piet komt niet, hij heeft koorts": the negation stays in its own clause.
    if (newClauseAt(tokens, i + 1, text)) break;
    if (text !== undefined && !comma && hasComma(text, t.end, tokens[i + 1]!.start)) comma = true;
    if (comma && CLAUSE_NEGATIONS.has(t.key)) break;
    if (NEGATION_BEFORE.has(t.key) || PREVENTION_BEFORE.has(t.key)) return true;
    if (t.key === "tegen" && i > 0 && tokens[i - 1]!.sentence === sentence && ACTION_AGAINST.has(tokens[i - 1]!.key)) return true;
  }
  for (let i = last + 1; i < tokens.length && i <= last + WINDOW_AFTER; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (NEGATION_AFTER.has(t.key)) return true;
    // "bij de klinische genetica in Leiden": a capitalised word is a place, not the verb "leiden".
    if (!PREVENTION_AFTER.has(t.key) || (t.capital && !t.sentenceStart)) continue;
    // "te" only counts before another prevention word of the same sentence ("te voorkomen").
    const next = tokens[i + 1];
    if (t.key !== "te" || (next !== undefined && next.sentence === sentence && PREVENTION_AFTER.has(next.key))) return true;
  }
  return false;
}

/**
 * isNegatedOrPrevented for a one-word match at `tokens[i]`, where `tokens` is its sentence alone, as the
 * detector would judge it whatever sentence follows in its token list and whatever the category: the
 * pre-scan drops a sentence where this holds for every word a pattern could match.
 */
export function isNegatedInAnyContext(tokens: readonly Token[], i: number, text: string): boolean {
  // opensReason reads the word after "verband" without asking whether it is of the same sentence: in
  // the detector's list that may be the first word of the next sentence tokenized ("… verband. Met …").
  if (i === tokens.length - 1 && tokens[i]!.key === "verband") return false;
  // As health judges it: its reason words end the scope, so every other category finds it negated too.
  return isNegatedOrPrevented(tokens, i, i, text, true);
}

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


/** Whether the match `tokens[first, last]` is the subject of a definition: "Een burn-out is niet alleen vervelend …". */
export function isDefinedTerm(tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = tokens[first]!.sentence;
  // "Burn-out is de meest voorkomende beroepsziekte", "Depressie en angst zijn de belangrijkste oorzaken":
  // the bare term opening the sentence, then "is"/"zijn" and an article (a notes' "Rugklachten zijn erger" stays).
  // A place opening it is no term defined: "Op de SEH is een foto gemaakt" says what happened there.
  if (tokens[first]!.sentenceStart && !PLACE_PREPOSITIONS.has(tokens[first]!.key)) {
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
  if (verb === undefined || verb.sentence !== sentence) return false;
  if (DEFINING_VERBS.has(verb.key)) return true;
  // "Een verslaving aan alcohol of drugs is een ziekte": the term's own complement before the verb.
  if (!TERM_COMPLEMENTS.has(verb.key)) return false;
  for (let k = last + 2; k < tokens.length && k <= last + 6 && tokens[k]!.sentence === sentence; k++) if (DEFINING_VERBS.has(tokens[k]!.key)) return true;
  return false;
}

/** Prepositions that open a term's complement: "verslaving aan", "allergie voor", "klachten door". */
const TERM_COMPLEMENTS: ReadonlySet<string> = new Set(["aan", "voor", "door", "van", "bij", "na", "met", "to", "for", "of"]);

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

/** Words before a colon that open a list of kinds rather than of what happened to someone. */
const KIND_LIST_HEADS: ReadonlySet<string> = new Set([
  ...EXAMPLE_WORDS, "zijn", "are", "include", "ziektes", "ziekten", "aandoeningen", "klachten",
  "oorzaken", "redenen", "voorbeelden", "symptomen", "risicos", "risico's", "vormen", "soorten", "categorieen", "gegevens",
]);
/** The term is an item of a list after "…ziektes zijn:" in its sentence, with only list words and terms between. */
export function isItemOfKindList(tokens: readonly Token[], folded: string, i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 12 && tokens[k]!.sentence === sentence; k--) {
    const gap = folded.slice(tokens[k]!.end, tokens[k + 1]!.start);
    // A heading of one word ("Klachten: hoofdpijn" in an LMRA) reports the writer's own; a list of kinds has a clause before its colon.
    if (gap.includes(":")) return KIND_LIST_HEADS.has(tokens[k]!.key) && k > 0 && tokens[k - 1]!.sentence === sentence;
  }
  return false;
}

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

/**
 * A term that is what a text or a talk is about ("bespreekt een uitspraak over ontslag wegens diefstal",
 * "een blog over burn-out"): only with the term right after "over" or an article, so "vertelt over zijn
 * burn-out" stays.
 */
export function isTopicOfText(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  let k = first - 1;
  if (keyIn(tokens, k, sentence) === "een" || keyIn(tokens, k, sentence) === "de" || keyIn(tokens, k, sentence) === "het") k--;
  if (keyIn(tokens, k, sentence) !== "over") return false;
  for (let j = k - 1; j >= k - 3; j--) if (ABOUT_WORDS.has(keyIn(tokens, j, sentence))) return true;
  return false;
}

/** Whether `tokens[from, to)` (one sentence) is about a general topic: a training, a policy, a vacancy. */
export function isTopicSentence(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const key = tokens[i]!.key;
    const topic = TOPIC_WORDS.has(key) || (key.length > 8 && TOPIC_HEADS.some((h) => key.length > h.length + 2 && key.endsWith(h)));
    // "Zijn vingerafdruk is conform privacybeleid verwijderd": a policy followed is the manner of an act,
    // not the sentence's topic.
    if (topic && !followsManner(tokens, i, from)) return true;
  }
  return false;
}

/** Words before a policy or rule that make it the manner of an act: "conform", "volgens (het)", "in lijn met". */
const MANNER: ReadonlySet<string> = new Set(["conform", "volgens", "overeenkomstig", "zoals", "per"]);
function followsManner(tokens: readonly Token[], i: number, from: number): boolean {
  const a = i > from ? tokens[i - 1]!.key : "";
  const b = i - 1 > from ? tokens[i - 2]!.key : "";
  return MANNER.has(a) || ((a === "het" || a === "de" || a === "ons") && MANNER.has(b));
}

/** The weather as a clause's subject ("t weer is echt ziek vandaag"): not in OBJECT_SUBJECTS, where a bare "weer" is "again". */
const WEATHER: ReadonlySet<string> = new Set(["weer", "weertje", "hitte", "regen", "wind", "storm", "zon"]);
const THING_DETERMINERS: ReadonlySet<string> = new Set(["de", "het", "t", "'t", "die", "deze", "dat", "onze", "ons", "the", "that", "this"]);
const PREPOSITIONS_OF_THINGS: ReadonlySet<string> = new Set(["van", "op", "in", "bij", "naar", "door", "met", "aan", "voor", "uit", "onder", "over", "tegen", "of", "at", "to", "from", "with"]);
const THING_VERBS: ReadonlySet<string> = new Set(["is", "was", "heeft", "had", "wordt", "werd", "raakte", "lijkt", "leek", "has"]);

/**
 * "tijdens t storten ging de pomp tekeer, die pomp heeft echt een burn-out", "t weer is echt ziek": a
 * thing (equipment, the weather) with a determiner as the subject of the term's clause makes the health
 * word figurative, wherever the clause stands in the sentence (reference.ts reads only a sentence's start).
 * Trap: "hij heeft echt een burn-out" (a person before the verb), "Weer ziek vandaag" (no determiner: "again").
 */
export function hasThingSubject(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  // "De oude bulldozer is aan het eind van zijn latijn, hij hoest alleen nog zwarte rook": "hij" right
  // before the term is the thing the sentence opened with.
  if (i >= 1 && tokens[i - 1]!.sentence === sentence && (tokens[i - 1]!.key === "hij" || tokens[i - 1]!.key === "ie")) {
    let s = i - 1;
    while (s > 0 && tokens[s - 1]!.sentence === sentence) s--;
    const first = tokens[s]!, second = tokens[s + 1], third = tokens[s + 2];
    if (THING_DETERMINERS.has(first.key) && second !== undefined &&
      (OBJECT_SUBJECTS.has(second.key) || (third !== undefined && third.sentence === sentence && OBJECT_SUBJECTS.has(third.key)))) return true;
  }
  for (let k = i; k >= 2 && k >= i - 4; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (!THING_VERBS.has(t.key)) continue;
    // "de ladder die is idd ziek krom": the thing before a relative "die".
    const relative = tokens[k - 1]!.key === "die" || tokens[k - 1]!.key === "dat" ? 1 : 0;
    if (k - 2 - relative < 0) return false;
    const noun = tokens[k - 1 - relative]!, determiner = tokens[k - 2 - relative]!;
    // "bestuurder van de vrachtwagen had een blaastest": a thing after a preposition is no subject.
    const before = tokens[k - 3 - relative];
    if (before !== undefined && before.sentence === sentence && PREPOSITIONS_OF_THINGS.has(before.key)) return false;
    return noun.sentence === sentence && determiner.sentence === sentence && THING_DETERMINERS.has(determiner.key) &&
      (OBJECT_SUBJECTS.has(noun.key) || WEATHER.has(noun.key));
  }
  return false;
}

/**
 * "Ik krijg er een burn-out van", "ik word er depressief van", "je krijgt er een hartaanval van": a
 * condition the situation ("er … van", "van die planning") would give, said to exaggerate. Needs the
 * verb and "er" before the term and "van" right after it, so "hij kreeg een hartaanval" stays a finding;
 * or "om … van te worden" around it ("om depressief van te worden").
 */
export function isHyperbole(tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = tokens[first]!.sentence;
  if (!HYPERBOLE_TERMS.has(tokens[last]!.key)) return false;
  const next = tokens[last + 1];
  if (!next || next.sentence !== sentence || next.key !== "van") return false;
  // "die planning is om depressief van te worden": what a thing is enough to make anyone.
  const before = tokens[first - 1];
  if (before?.sentence === sentence && before.key === "om" && tokens[last + 2]?.key === "te" && tokens[last + 3]?.key === "worden") return true;
  let er = false;
  for (let i = first - 1; i >= 0 && i >= first - 5; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (t.key === "er") er = true;
    else if (HYPERBOLE_VERBS.has(t.key)) return er;
  }
  return false;
}

/** Words that name a word: "heette het nog ‘overspannen’", "het woord ‘kanker’", "de term ‘burn-out’". */
const NAMING_WORDS = new Set(["heet", "heette", "heetten", "heten", "woord", "term", "begrip", "termen", "woorden"]);
/** Opening quotes, straight and curly. */
const OPENING_QUOTES = new Set([34, 39, 0x2018, 0x201c, 0x201e, 0x201a, 0xab]);

/**
 * A term in quotes after a word that names words ("Vroeger heette het nog ‘overspannen’"): the word is
 * talked about, nobody is said to have it.
 */
export function isNamedAsWord(tokens: readonly Token[], first: number, original: string): boolean {
  const t = tokens[first]!;
  if (t.start === 0 || !OPENING_QUOTES.has(original.charCodeAt(t.start - 1))) return false;
  for (let k = first - 1; k >= 0 && k >= first - 3 && tokens[k]!.sentence === t.sentence; k--) if (NAMING_WORDS.has(tokens[k]!.key)) return true;
  return false;
}

/** Whoever the reader or anyone is: "dat je homo was", "als u zwanger bent", "of men ziek is". */
const ANYONE = new Set(["je", "jij", "u", "men", "you"]);
/** A match that starts by saying whose it is ("mijn duim", "zijn rug") is that person's, whoever asks. */
const OWN = new Set(["mijn", "m'n", "mn", "zijn", "z'n", "zn", "haar", "my", "his", "her"]);

/**
 * The term's own subject is anyone ("werd je ontslagen als hij ontdekte dat je homo was"), whoever else
 * the sentence names; and "Bij burn-out is sprake van …" opens a statement about the condition itself.
 */
/** @param statement the sentence names nobody and reports nothing past (for "Bij …" at its start). */
export function isAboutAnyone(tokens: readonly Token[], first: number, statement: boolean): boolean {
  const sentence = tokens[first]!.sentence;
  if (OWN.has(tokens[first]!.key)) return false;
  for (let k = first - 1; k >= 0 && k >= first - 2; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    if (ANYONE.has(t.key)) return true;
  }
  const before = tokens[first - 1];
  return statement && before !== undefined && before.sentence === sentence && before.sentenceStart && (before.key === "bij" || before.key === "with");
}

/** Copulas of a classification: "Silicose is een longziekte", "Dit zijn allergieën". */
const COPULAS = new Set(["is", "zijn", "was", "waren", "blijft", "wordt", "heet"]);

/**
 * The term classifies the sentence's subject ("Silicose is een ongeneeslijke longziekte", "Asbestose
 * is een beroepsziekte"): a predicate noun after "is een" and at most two adjectives. The caller asks
 * only when nobody is in the field, so "Jan is een hartpatiënt" stays a finding.
 */
export function isClassifyingPredicate(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let k = first - 1, seen = 0; k >= 1 && seen < 3; k--, seen++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (t.key === "een" || t.key === "a" || t.key === "an") {
      const verb = tokens[k - 1]!;
      return verb.sentence === sentence && COPULAS.has(verb.key);
    }
    if (!/(?:e|en|ig|ijk|isch)$/.test(t.key)) return false;
  }
  return false;
}

