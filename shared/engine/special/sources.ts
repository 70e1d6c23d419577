import type { Token } from "../text/tokenize.ts";
import { PERSON_VERBS, isPersonName, isRoleNoun } from "./persons.ts";
import type { TermTest } from "./reference.ts";
import { WORK } from "./work.ts";
import {
  EXPERT_TITLE_ENDS, BEFORE_SURNAME, CLAUSE_LINKS, FUNCTION_WORDS, HEDGE_VERBS, IN_SPEAKER, OBSERVING_VERBS, ORDINALS, PLACE_PREPOSITIONS, RELIGIOUS_FIGURES,
  ORGANISATION_HEADS, SELF_PRONOUNS, SENTENCE_ADVERBS, SPEAKER_TITLES, SPEECH_VERBS, SUBJECT_PRONOUNS, TITLED_KINDS,
} from "./lexicon/source-words.ts";

export { ORDINALS, RELIGIOUS_FIGURES, SENTENCE_ADVERBS };

// Capitalised words and named people that a published text's statement is not about (reference.ts asks):
// places and institutions ("in Schijndel", "de Arbeidsinspectie"), the quoted source of a statement
// ("…, zegt woordvoerder De Vries", "Jan Jansen, directeur van …, zegt dat …"), the writer holding an
// opinion ("voor zover ik weet"), sentence adverbs and inverted verbs at a sentence's start ("Evenmin
// is …", "Ben je ziek?"), feasts and figures of faith, and an HR page's question heading. Sources: how
// Dutch news, court rulings and HR pages write; every check stays within its paragraph (incremental.ts).
// The word lists are in lexicon/source-words.ts, packed with the lexicon.

/** Words that end street names: "aan de Wehmerstraat", "op de Eerdsebaan". */
const STREET_ENDS = /(?:straat|weg|laan|baan|plein|kade|dijk|singel|gracht|steeg|dreef|markt|park|hof|pad|ring|haven)$/;

/**
 * A capitalised word that names a place or an organisation, not a person: after a preposition of place
 * ("in Nederland"), after an article ("de Arbeidsinspectie", "het Openbaar Ministerie": Dutch names of
 * people take no article, except surnames such as "Jan de Vries", kept apart), a street name, or the
 * next word of such a name or of an acronym's ("FNV Bouw", "Openbaar Ministerie"). Known given names
 * stay names. Source: how Dutch news and rulings write places and institutions.
 */
export function isPlaceOrOrganisation(tokens: readonly Token[], i: number, from: number): boolean {
  chainSteps = 0;
  return placeOrOrganisation(tokens, i, from);
}

/**
 * The most words placeOrOrganisation may look at for one question. It follows a name back word by word,
 * and after "Van"/"Voor" along two ways at once, so a run of capitalised words ("X Van X Van …") cost
 * steps exponential in its length (and a long run overflowed the stack). Real names of places and
 * institutions take a handful ("College voor de Rechten van de Mens": 3); past the budget a word is no place.
 */
export const NAME_CHAIN_STEPS = 32;
let chainSteps = 0;

function placeOrOrganisation(tokens: readonly Token[], i: number, from: number): boolean {
  WORK.steps++;
  if (++chainSteps > NAME_CHAIN_STEPS) return false;
  const t = tokens[i]!;
  if (i > from && t.capital && isNamedExample(tokens, i, from)) return true;
  // "De Roma-jongen", "FNV-bestuurder Sandra": a compound ending in a role is a person.
  if (i <= from || !t.capital || isPersonName(t) || isRoleNoun(t.word.slice(t.word.lastIndexOf("-") + 1))) return false;
  if (STREET_ENDS.test(t.word) && t.word.length > 6) return true;
  // "LEIDEN - Bouwbedrijf De Boom …": a capitalised kind word ("Bouwbedrijf", "Stichting") is no one's name.
  if (isTitledKind(t.word)) return true;
  const before = tokens[i - 1]!;
  if (PLACE_PREPOSITIONS.has(before.word)) return true;
  // "tv-programma Radar", "netwerk Dat Ding van Ons", "stichting Present": the name of what the noun says.
  if (isTitledKind(before.word)) return true;
  // "Dat Ding van Ons", "Rechten van de Mens": a name that goes on after "van" stays the organisation's.
  if ((before.word === "van" || before.word === "voor") && i - 2 >= from && tokens[i - 2]!.capital && placeOrOrganisation(tokens, i - 2, from)) return true;
  if (before.word === "de" || before.word === "het") {
    const b2 = i - 2 >= from ? tokens[i - 2] : undefined;
    const b3 = i - 3 >= from ? tokens[i - 3] : undefined;
    const nameBefore = (x: Token | undefined) => x !== undefined && ((x.capital && !x.acronym) || BEFORE_SURNAME.has(x.word) || isRoleNoun(x.word));
    // "Jan de Vries", "meneer de Jong", "Piet van de Berg", "collega de Wit"; but "College voor de
    // Rechten van de Mens" is one institution.
    // "Bouwbedrijf De Boom": the article belongs to the company's name, not to a surname.
    if (b2 !== undefined && isTitledKind(b2.word)) return true;
    if (nameBefore(b2)) return false;
    if (b2?.word === "van" && nameBefore(b3) && !(b3!.capital && placeOrOrganisation(tokens, i - 3, from))) return false;
    return true;
  }
  if (before.capital && !before.sentenceStart) return before.acronym || placeOrOrganisation(tokens, i - 1, from);
  return false;
}

/**
 * How far isSpeaker reads a speaker's phrase from the name, either way: "zegt woordvoerder Jan de Vries van
 * FNV Bouw" is a dozen words at most, and a sentence made of names made each of them read all the others.
 */
export const SPEAKER_WINDOW = 24;

/**
 * Kinds whose name follows them, beyond TITLED_KINDS: courts by their seat ("de rechtbank Overijssel",
 * "het gerechtshof Arnhem-Leeuwarden") and companies by their trade name ("Bouwbedrijf De Boom Bouw BV",
 * "aannemersbedrijf Van Wijk"). Source: how rulings and news name courts and companies. Trap: "aannemer
 * Piet" stays a person (a trade, not a company word).
 */
const NAMED_KINDS = ["rechtbank", "gerechtshof", "bedrijf", "firma", "holding", "onderneming", "fabriek", "fabrikant"];
/**
 * Kinds whose members a text names as examples after "als"/"zoals": "grote werkgevers als PostNL en Albert
 * Heijn", "namen als Gemeentebelang en Leefbaar", "bedrijven zoals Heijmans". Source: how news lists
 * examples of organisations. Trap: "collega's zoals Jan" (people: the kind is no organisation's).
 */
const EXAMPLE_KINDS = /(?:werkgevers|bedrijven|namen|partijen|organisaties|ondernemingen|ketens|supermarkten|winkels|merken|instellingen|clubs|platforms|concerns|bouwers|aannemers|bouwbedrijven|firma's|banken|verzekeraars|gemeenten|steden)$/;

/** A capitalised word among the examples after such a kind: only capitals, "en" and "of" between (commas are no tokens). */
function isNamedExample(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1, n = 0; k >= from && n < 8; k--, n++) {
    const w = tokens[k]!.word;
    if (w === "als" || w === "zoals") return k - 1 >= from && EXAMPLE_KINDS.test(tokens[k - 1]!.word);
    if (!tokens[k]!.capital && w !== "en" && w !== "of") return false;
  }
  return false;
}

const isTitledKind = (w: string) => w.length >= 5 && (TITLED_KINDS.some((k) => w.endsWith(k)) || NAMED_KINDS.some((k) => w.endsWith(k)));

/** A word of a speaker's phrase: a name, a role, a title ("zegt woordvoerder De Vries"). A plain function, not a closure per call. */
const inPhrase = (b: Token) => IN_SPEAKER.has(b.word) || (b.capital && !b.sentenceStart) || isRoleNoun(b.word) || b.word.endsWith("woordvoerder") || b.word === "woordvoerster";

/**
 * Whether token `i` (a name or a role) is the source of a quote or a claim: between it and a speech verb
 * before it stand only names, roles and articles. The statement is then about someone else or no one
 * ("'Dat is zwaar werk', vertelt Besselink"); a pronoun or the person named elsewhere still counts.
 */
export function isSpeaker(tokens: readonly Token[], folded: string, i: number, from: number, isTerm: TermTest): boolean {
  // Within SPEAKER_WINDOW words: a sentence of names asks this for each of them.
  for (let k = i - 1; k >= from && k >= i - SPEAKER_WINDOW; k--) {
    WORK.steps++;
    const b = tokens[k]!;
    if (SPEECH_VERBS.has(b.word)) {
      // A field note's "…, zegt Jan" is often Jan about himself; published text quotes its sources.
      if (b.word !== "aldus" && b.word !== "volgens" && !hasQuote(folded, tokens, from, i)) return false;
      // "zegt FNV-bestuurder Judith", "aldus Sandra van FNV Bouw": the speaker's own description holds
      // the term, so the statement is about the speaker after all.
      const sentence = tokens[i]!.sentence;
      for (let j = k + 1; j < tokens.length && j <= i + SPEAKER_WINDOW && tokens[j]!.sentence === sentence && (j <= i || inPhrase(tokens[j]!)); j++) {
        WORK.steps++;
        if (carriesTerm(tokens[j]!, isTerm)) return false;
      }
      return true;
    }
    // "…, meldt Machek.": a reporting verb after a comma with the name ending the sentence is a source
    // too (not in SPEECH_VERBS: "maandag meldde Piet zich ziek" has the verb without a comma before it).
    if (TAIL_REPORT_VERBS.has(b.word) && k - 1 >= from && folded.slice(tokens[k - 1]!.end, b.start).includes(",") && endsWithName(tokens, i)) return true;
    if (inPhrase(b)) continue;
    break;
  }
  return isSpeakerBeforeVerb(tokens, folded, i, isTerm);
}

/** Verbs that report a source after a quote or a claim: "…, meldt Machek", "…, schrijft De Jong". */
const TAIL_REPORT_VERBS: ReadonlySet<string> = new Set(["meldt", "meldde", "schrijft", "schreef", "concludeert", "concludeerde", "bevestigt", "bevestigde", "weet", "denkt", "meent", "vindt"]);

/** Token `i` and the capitalised words after it end the sentence. */
function endsWithName(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (!tokens[k]!.capital && !BEFORE_SURNAME.has(tokens[k]!.word)) return false;
  return true;
}

const carriesTerm = (t: Token, isTerm: TermTest) => isTerm(t) && !IN_SPEAKER.has(t.word) && !SPEAKER_TITLES.has(t.word) && !FUNCTION_WORDS.has(t.word);

/**
 * A speaker named before the verb: "Jan Jansen, directeur van de bouwfirma, zegt dat …", "Kees Bakker van
 * Volandis: 'Bouwvakkers met …'". Only with "dat" or a quotation after it: "Jan zegt: last van zijn rug"
 * in a site note is Jan about himself.
 */
function isSpeakerBeforeVerb(tokens: readonly Token[], folded: string, i: number, isTerm: TermTest): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === sentence && k <= i + 14; k++) {
    const t = tokens[k]!;
    // "Kees Bakker van Volandis: 'Bouwvakkers …'" (the gap is cut out only when it holds a colon: this
    // runs for every word after a name, and a string per word was a good part of reading a sentence).
    let colon = false;
    for (let c = tokens[k - 1]!.end; c < t.start && !colon; c++) colon = folded.charCodeAt(c) === 58;
    // "Hans de Vries, longarts: Veel longklachten …": an expert's title before the colon heads an answer
    // (a title such as "longarts" is a lexicon word of care, and still no data of the speaker's own).
    if (colon && isExpertTitle(tokens[k - 1]!.word)) return true;
    if (carriesTerm(tokens[k - 1]!, isTerm)) return false;
    if (colon && QUOTES.test(folded.slice(tokens[k - 1]!.end, t.start))) return true;
    const next = tokens[k + 1];
    const that = next !== undefined && next.sentence === sentence && next.word === "dat";
    // "Jan zegt dat zijn vingerafdruk is opgeslagen": the claim is about the speaker himself.
    if (SPEECH_VERBS.has(t.word) && t.word !== "volgens") return (that && !speaksOfSelf(tokens, k + 2)) || QUOTES.test(withinLine(folded.slice(t.end, t.end + 3), false)) ||
      // "…, zegt het volgende: “…”": the quotation announced, then given.
      ANNOUNCED_QUOTE.test(withinLine(folded.slice(t.end, t.end + 24), false));
    // "Marieke Vos, preventiemedewerker bij Heijmans, ziet dat …": an observer's claim.
    if (OBSERVING_VERBS.has(t.word)) return that;
    // Another verb or clause first: the name is the subject of something else ("Jan viel en zegt dat …").
    if (PERSON_VERBS.has(t.word) || CLAUSE_LINKS.has(t.word)) return false;
  }
  return false;
}

/** Whether the claim starting at token `from` (after "zegt dat") speaks of its speaker within its first words. */
function speaksOfSelf(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]?.sentence;
  for (let k = from; k < tokens.length && k < from + 3 && tokens[k]!.sentence === sentence; k++) if (SELF_PRONOUNS.has(tokens[k]!.word)) return true;
  return false;
}

/** The writer as the holder of an opinion rather than the one a statement is about. */
export function isHedge(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  const t = tokens[i]!;
  if (t.word !== "ik" && t.word !== "i") return false;
  const next = i + 1 < to ? tokens[i + 1]!.word : "";
  const before = i > from ? tokens[i - 1]!.word : "";
  return HEDGE_VERBS.has(next) || before === "zover" || (HEDGE_VERBS.has(before) && i - 1 > from);
}

/** Verbs of reporting to someone: "meld het bij mij", "bel me", "laat het mij weten". */
const REPORT_TO: ReadonlySet<string> = new Set(["meld", "melden", "meldt", "bel", "bellen", "belt", "app", "appen", "mail", "mailen", "informeer", "waarschuw", "laat", "doorgeven", "geef", "call", "tell", "inform", "text"]);

/**
 * "wie duizelig wordt meteen melden aan mij", "Bij klachten: bel me": the writer as the one told, in
 * advice or a rule, is not the one the sentence is about. Trap: "Hij vertelde mij dat …" (a report to
 * the writer about someone else is specific through that someone), "mij" as the subject's own ("bij mij
 * in de ploeg") keeps the writer.
 */
export function isWriterAsRecipient(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  const w = tokens[i]!.word;
  if (w !== "mij" && w !== "me") return false;
  const before = i > from ? tokens[i - 1]!.word : "";
  const twoBefore = i - 1 > from ? tokens[i - 2]!.word : "";
  const after = i + 1 < to ? tokens[i + 1]!.word : "";
  if (REPORT_TO.has(before)) return true;
  return (before === "aan" || before === "bij") && (REPORT_TO.has(twoBefore) || REPORT_TO.has(after));
}

const ANNOUNCED_QUOTE = /^[ \t]+(?:het volgende|dit|daarover|hierover|erover)[ \t]*:[ \t]*["“”„«'‘’]/;
const isExpertTitle = (w: string) => w.length > 4 && EXPERT_TITLE_ENDS.some((end) => w.endsWith(end));

/** Quotation marks of Dutch news: double and low forms, and single ones that are no apostrophe inside a word. */
const QUOTES = /["“”„«»]|,,|(?:^|[^a-z0-9])['‘’]|['‘’](?:[^a-z0-9]|$)/;

/** Whether the sentence holds a quotation mark before token `i` (an opening one just before its first word counts). */
function hasQuote(folded: string, tokens: readonly Token[], from: number, i: number): boolean {
  return QUOTES.test(withinLine(folded.slice(Math.max(0, tokens[from]!.start - 2), tokens[i]!.start), true));
}

/** A piece of text cut at a line break (the part after it, or before it): a paragraph is judged on its own (incremental.ts). */
function withinLine(piece: string, after: boolean): string {
  const at = after ? piece.lastIndexOf("\n") : piece.indexOf("\n");
  return at < 0 ? piece : after ? piece.slice(at + 1) : piece.slice(0, at);
}

export const isInvertedVerb = (tokens: readonly Token[], i: number, to: number) => i + 1 < to && SUBJECT_PRONOUNS.has(tokens[i + 1]!.word);

/**
 * An HR page's question heading: "Mijn werknemer is gelovig en wil bidden. Mag dat?", "Mijn medewerker
 * is ziek, wat nu?". The question after the statement asks what the rules are, so the statement is a
 * case in general; a question about the person ("Mag hij werken?") is not such a heading.
 */
// Spaces and tabs only, never a line break: a paragraph is judged on its own (incremental.ts).
// Not "Mag ik naar huis?", "Kan ik naar de dokter?": a note's writer asking to go somewhere now, after
// telling what happened to them ("Ik heb mijn pols gebroken. Mag ik naar huis?"), is their own case.
const FAQ_QUESTION = /^[ \t.,:;!]*(?:mag|kan|moet|mogen|wat|hoe|welke)[ \t]+(?:dat|nu|ik|je|u|we|mijn|zit|doe|moet|kan|mag|zijn|regels|rechten)\b(?![ \t]+(?:naar|even|eerder|vandaag|morgen)\b)[^?\n.]{0,40}\?/;

/** Whether the sentence ending at `end` in `folded` is followed by such a question on the same line. */
export function isFaqHeading(folded: string, end: number): boolean {
  // The question's first word starts with m, k, w or h after the punctuation: most sentences end
  // otherwise, and are spared the string and the regex (asked for every sentence about someone).
  let at = end;
  for (let c = folded.charCodeAt(at); at < end + 60 && (c === 32 || c === 9 || c === 46 || c === 44 || c === 58 || c === 59 || c === 33); c = folded.charCodeAt(++at));
  const first = folded.charCodeAt(at);
  if (at >= end + 60 || (first !== 109 && first !== 107 && first !== 119 && first !== 104)) return false;
  return FAQ_QUESTION.test(folded.slice(end, end + 60));
}

/**
 * Whether the capitalised match `tokens[first, last]` is part of an organisation's name: a capitalised
 * word of the same sentence follows that ends in a kind of organisation ("Islamitische Gemeenschap",
 * "Rooms-Katholieke Bouwvakarbeidersbond"). "Jan is rooms-katholiek" and "de Marokkaanse Nederlander" stay.
 */
export function isInOrganisationName(tokens: readonly Token[], first: number, last: number): boolean {
  if (!tokens[first]!.capital) return false;
  const isHead = (t: Token | undefined) =>
    t !== undefined && t.capital && t.sentence === tokens[first]!.sentence && ORGANISATION_HEADS.some((head) => t.key.endsWith(head));
  // "de Islamitische Gemeenschap", and with the head first: "de Vereniging Klinische Genetica Nederland",
  // "Stichting Epilepsie Instellingen" (the head capitalised mid-sentence, so not a sentence's first word).
  return isHead(tokens[last + 1]) || (first > 0 && !tokens[first - 1]!.sentenceStart && isHead(tokens[first - 1]));
}
