import type { Token } from "../text/tokenize.ts";
import { OBJECT_SUBJECTS, PERSON_VERBS, ROLE_NOUNS, ROLE_PLURALS, isCompoundRolePluralAt, isNameToken, isRoleNoun, isRolePlural } from "./persons.ts";
import { isAddressedCondition, isConditionNoun } from "./conditions.ts";
import { ORDINALS, RELIGIOUS_FIGURES, SENTENCE_ADVERBS, isHedge, isInvertedVerb, isWriterAsRecipient, isPlaceOrOrganisation, isSpeaker } from "./sources.ts";
import { onLexiconLoaded } from "./lexicon/ready.ts";
import {
  AFFECTED_PARTIES, AMBIGUOUS_PRONOUNS, CARE_PROVIDERS, CARE_PROVIDER_PLURALS, GROUP_PRONOUNS, READERS, EVENT_PLURALS, BACK_REFERENCE, CONDITIONALS, DEFINITE, DETERMINERS, EMPLOYER, FIGURES, GENERIC_SUBJECTS,
  IMPERATIVES, IMPERSONAL, LEGAL_PARTIES, NUMBER_WORDS, PEOPLE_PLURALS,
  PLURAL_PRONOUNS, QUANTIFIERS, SOMEONE, SPECIFIC_PRONOUNS, STATISTICS, THIRD_POSSESSIVES, WRITER,
} from "./lexicon/reference-words.ts";

import { isHarmReported, isHowOftenFrame, isQuestion, headsRule, clauseStart, isBystandersAtWork, hasModal, isIndefinite, isPossessiveZijn, hasArticle, hasEntitlement, endsWithQuestion, followsQuestion, isPossibility, hasHabitual, isInvertedCondition, hasModalNear, hasPast, hasProcedure, opensClause, hasEitherGenderPronoun, isQuestionToReader, QUESTION_WORDS, hasDeadline, isSupposition, hasCausalVerb, isAge } from "./reference-frames.ts";
import { opensListItem } from "./topic-list.ts";

export { DEFINITE, PEOPLE_PLURALS, QUANTIFIERS, THIRD_POSSESSIVES, WRITER };

// Specific or generic reference. The AVG labels data only about an identifiable person, so each
// sentence is read for whom it is about:
//   SPECIFIC  a name, the writer ("ik", "mijn"), "hij"/"hem", a role with a definite article or a
//             possessive ("de collega", "mijn voorman"), a counted crew ("2 mdw van ploeg B"), or a
//             pronoun that may refer back ("zij", "ze", "zijn", "haar") when nothing makes it generic;
//   GENERIC   people in general: "iemand", "men", "je", "uw medewerkers", plural roles without a
//             number ("medewerkers mogen…"), every/all ("elke collega"), a conditional ("als een collega
//             epilepsie heeft"), advice in the imperative ("Bespreek…", "Bel 112"), statistics ("een op
//             de vijf", "3,8%"): rules, advice, news about groups and hypotheticals name nobody;
//   NONE      neither: the sentence leans on what came before it ("Verbonden door de EHBO'er.").
// Sources: Dutch reference grammar (ANS, "generieke lezing" of indefinite and bare plural subjects;
// imperative and conditional clauses), checked against incident, LMRA and toolbox notes. The word
// lists are in lexicon/reference-words.ts, packed with the lexicon.

export const NONE = 0;
export const SPECIFIC = 1;
export const GENERIC = 2;
/** Only a pronoun that may refer back ("ze", "zijn"): about someone, but it names nobody new for later sentences. */
export const PRONOUN_ONLY = 3;
/** Specific only through a role or a count ("de collega", "2 mdw"): a topic sentence may still be about the role in general. */
export const SPECIFIC_ROLE = 4;
export type Reference = typeof NONE | typeof SPECIFIC | typeof GENERIC | typeof PRONOUN_ONLY | typeof SPECIFIC_ROLE;

/**
 * Occupations news names public figures by (entertainment, sport, public office, business): "de
 * zangeres", "rapper Boef", "de wielrenner". Source: the occupations in Dutch celebrity, sports and
 * political news. Not "spits" (rush hour), "model" (a machine's), "agent" (the police act, they are
 * seldom the one a fact is about), "speler" of a game piece is rare. Singular only: plurals are groups.
 */
const PUBLIC_ROLES: ReadonlySet<string> = new Set([
  "zanger", "zangeres", "rapper", "rapster", "presentator", "presentatrice", "acteur", "actrice", "artiest", "cabaretier",
  "comedian", "schrijver", "schrijfster", "auteur", "dichter", "dichteres", "kunstenaar", "kunstenares", "muzikant", "dj",
  "influencer", "vlogger", "youtuber", "voetballer", "voetbalster", "speler", "speelster", "keeper", "doelman", "verdediger",
  "middenvelder", "aanvaller", "trainer", "coach", "bondscoach", "wielrenner", "renner", "schaatser", "schaatsster", "zwemmer",
  "zwemster", "atleet", "atlete", "tennisser", "tennisster", "golfer", "turner", "turnster", "bokser", "judoka", "coureur",
  "premier", "minister", "staatssecretaris", "burgemeester", "wethouder", "koning", "koningin", "prins", "prinses",
  "ondernemer", "topman", "topvrouw", "ceo", "bestuursvoorzitter", "docente", "sommelier", "regisseur", "regisseuse",
  "drummer", "gitarist", "bassist", "danser", "danseres", "journalist", "journaliste", "verslaggever", "columnist",
  "activist", "activiste", "klimaatactivist", "demonstrant", "demonstrante", "actievoerder", "actievoerster",
]);

/** Plurals of the activists' roles, counted in news of arrests: "zes klimaatactivisten", "twee demonstranten". */
const PUBLIC_ROLE_PLURALS: ReadonlySet<string> = new Set(["activisten", "klimaatactivisten", "demonstranten", "actievoerders", "boerenactivisten", "milieuactivisten"]);

/** Every word that can make a sentence SPECIFIC by itself, for the pre-scan's person cue (sentence-filter.ts). */
const personCueWords = new Set<string>();
export const PERSON_CUE_WORDS: ReadonlySet<string> = personCueWords;
// Filled once the lists are there: in the extension they are unpacked after start-up (lexicon/ready.ts).
onLexiconLoaded(() => {
  for (const w of [...SPECIFIC_PRONOUNS, ...AMBIGUOUS_PRONOUNS, ...PEOPLE_PLURALS, ...PUBLIC_ROLES, ...PUBLIC_ROLE_PLURALS]) personCueWords.add(w);
  // "oud-premier", "ex-voetballer": the pre-scan reads a hyphenated word by its key, without the hyphen.
  for (const w of PUBLIC_ROLES) personCueWords.add(`oud${w}`).add(`ex${w}`);
});

/** Determiners of "one of the …": "van de", "van onze", "van zijn". */
const OF_DETERMINERS: ReadonlySet<string> = new Set(["de", "onze", "ons", "hun", "zijn", "haar", "mijn", "die", "deze", "jullie"]);
/**
 * The plural at `i` is "een van de|onze (adjective)? …": one member picked out ("een van onze eigen
 * medewerkers is als verdachte aangemerkt"). Not a share ("een op de vijf"): only "van".
 */
function isOneOf(tokens: readonly Token[], i: number, from: number, folded: string): boolean {
  let k = i - 1;
  if (k > from && !OF_DETERMINERS.has(tokens[k]!.word) && (tokens[k]!.word.endsWith("e") || tokens[k]!.word === "eigen")) k--;
  if (k - 2 < from || !OF_DETERMINERS.has(tokens[k]!.word) || tokens[k - 1]!.word !== "van") return false;
  const one = tokens[k - 2]!;
  return one.word === "een" || one.word === "één" || isCrewSize(one, folded);
}

/** Crews are counted in ones and tens; "3.000 bouwvakkers" or "40 werknemers" are a population. */
const MAX_CREW = 20;
export function isCrewSize(t: Token | undefined, folded: string): boolean {
  if (!t) return false;
  if (NUMBER_WORDS.has(t.word)) return true;
  if (!/^\d+$/.test(t.word) || Number(t.word) > MAX_CREW) return false;
  const c = folded.charCodeAt(t.start - 1); // "3.000", "1,5": a part of a larger number
  return c !== 46 && c !== 44;
}

/** Words for a share of a group: "de helft van de …", "een derde van alle …", "5 procent van de …" ("43%" is a figure already). */
const SHARE_WORDS: ReadonlySet<string> = new Set(["procent", "percent", "helft", "derde", "kwart", "meerderheid", "minderheid", "merendeel", "deel", "aantal", "gros"]);
/** The plural at `i` follows "van de|alle" after a share word. A bare count is a crew: "2 van de collega's hebben griep". */
function isShareOf(tokens: readonly Token[], i: number, from: number, folded: string): boolean {
  // "de helft van de 80 kandidaten": a number between the article and the plural.
  if (i - 4 >= from && /^\d+$/.test(tokens[i - 1]!.word) && isShareOf(tokens, i - 1, from, folded)) return true;
  if (i - 3 < from) return false;
  const article = tokens[i - 1]!.word;
  if ((article !== "de" && article !== "alle") || tokens[i - 2]!.word !== "van") return false;
  // "12% van de medewerkers": a percentage is a share, as "procent" is.
  const share = tokens[i - 3]!;
  return SHARE_WORDS.has(share.word) || isPercentage(share, folded);
}

/** "3,8%", "12%": a figure with a percent sign; not "100%", which says "completely" ("100% fit"). */
const isPercentage = (t: Token, folded: string) => folded.charCodeAt(t.end) === 37 && /^\d/.test(t.word) && t.word !== "100";

/**
 * Verbs of naming, regarding and capacity that take "als" as "as": "omschreven als", "gezien als",
 * "aangemerkt als", "aangesteld als". Source: Dutch grammar (ANS, "als" as a preposition of role).
 */
const AS_AFTER: ReadonlySet<string> = new Set([
  "omschreven", "beschreven", "beschouwd", "gezien", "aangemerkt", "bekend", "genoemd", "bestempeld", "getypeerd", "afgeschilderd",
  "neergezet", "aangesteld", "benoemd", "ingezet", "aangenomen", "gekozen", "werkzaam", "omschrijft", "beschouwt", "noemt", "typeert",
]);

/** "Let op:", "Opgelet:", "NB:": the imperative (and its particle) right before a colon. */
function headsNote(tokens: readonly Token[], folded: string, i: number, to: number): boolean {
  const last = i + 1 < to && tokens[i + 1]!.word === "op" ? i + 1 : i;
  const end = tokens[last]!.end;
  return folded.charCodeAt(end) === 58 /* : */ || (folded.charCodeAt(end) === 32 && folded.charCodeAt(end + 1) === 58);
}

// A character test, not a regex (/^\d/): this runs for nearly every word read, and a regex call was a
// twentieth of the reference's time on the bench corpus.
const startsWithDigit = (w: string) => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
const isNumber = (t: Token | undefined) => t !== undefined && (startsWithDigit(t.word) || NUMBER_WORDS.has(t.word));

/**
 * The reference of every sentence in `tokens`, indexed by the tokens' sentence numbers (which may
 * skip sentences the pre-scan left out; those stay NONE).
 */
export function sentenceReferences(tokens: readonly Token[], folded: string, isTerm: TermTest): Uint8Array {
  const last = tokens.length ? tokens[tokens.length - 1]!.sentence : -1;
  const out = new Uint8Array(last + 1);
  let from = 0;
  while (from < tokens.length) {
    let to = from + 1;
    while (to < tokens.length && tokens[to]!.sentence === tokens[from]!.sentence) to++;
    out[tokens[from]!.sentence] = referenceOfSentence(tokens, folded, from, to, isTerm);
    from = to;
  }
  return out;
}

/** What made a sentence SPECIFIC, for callers that need more than its reference. */
export interface ReferenceDetail {
  /** Only "hij"/"hem"/"z'n" and the like: no name, no writer, no role; who it is comes from the sentences before. */
  pronounOnly: boolean;
  /**
   * The role noun with a definite article that made the sentence SPECIFIC_ROLE ("de werkneemster"), "" if
   * none or several: after "een werkneemster" in a generic sentence it is that hypothetical one again.
   */
  definiteRole: string;
}

/**
 * Every word that referenceOfSentence tests against a list or by itself: a word outside it (most words
 * of a sentence) skips those tests, which were most of the function's time. Made on first use from the
 * lists themselves, so it follows them.
 */
let listedWords: ReadonlySet<string> | undefined;
const referenceWords = () => (listedWords ??= new Set([
  ...SPECIFIC_PRONOUNS, ...AMBIGUOUS_PRONOUNS, ...ORDINALS, ...EMPLOYER, ...ROLE_NOUNS, ...ROLE_PLURALS, ...PEOPLE_PLURALS, ...CONDITIONALS,
  ...GENERIC_SUBJECTS, ...STATISTICS, ...IMPERATIVES, ...PUBLIC_ROLES, ...PUBLIC_ROLE_PLURALS, ...CARE_PROVIDER_PLURALS, ...GROUP_PRONOUNS, "ieder", "ben", "heb", "nieuwe", "wie", "geval", "bij", "op", "in", "zeggen", "zegt", "degene", "diegene",
]));

/** The reference of the sentence made of `tokens[from, to)`. */
export function referenceOfSentence(tokens: readonly Token[], folded: string, from: number, to: number, isTerm: TermTest, detail?: ReferenceDetail): Reference {
  if (detail) {
    detail.pronounOnly = false;
    detail.definiteRole = "";
  }
  let definiteRole = "";
  let specific = false;
  let ambiguous = false;
  let generic = false;
  // A role with an article ("de uitvoerder") is specific in a report, but in a sentence framed as advice
  // or a condition ("Bespreek … met de uitvoerder", "Als de collega …") it is whom to ask, not whom it is about.
  let role = false;
  let frame = false;
  /** A name or the writer: someone a frame cannot make hypothetical. */
  let named = false;
  // "de kraan heeft een hernia, hij draait schokkerig": a thing as the subject makes a medical word
  // figurative, and "hij" is the thing. A share of a group ("1 op de 4 timmerlieden", set below) names
  // nobody either, whoever the source is.
  let share = false;
  let writer = false;
  let figures = false;
  /** "een chauffeur": in a condition ("Wanneer een chauffeur … , dan komt hij …") the hypothetical person. */
  let indefiniteRole = false;
  let someone = false;
  let backRole = false;
  let capacity = false;
  /** "de werknemer" read as the rule's party: the other roles of the sentence are the rule's too. */
  let ruleParty = false;
  /** A role noun read in general earlier in the sentence ("uw werknemer"): "de werknemer" after it is that one. */
  let genericRole = "";
  const aboutThing = OBJECT_SUBJECTS.has(tokens[from]!.word) ||
    (DETERMINERS.has(tokens[from]!.word) && from + 1 < to && OBJECT_SUBJECTS.has(tokens[from + 1]!.word));
  // Only words of this sentence: the pre-scan may leave its neighbours untokenized.
  const at = (k: number) => (k >= from && k < to ? tokens[k] : undefined);
  const listed = referenceWords();
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const before = i > from ? tokens[i - 1] : undefined;
    const w = t.word;
    // Each list test below is guarded by `known`: a word in none of the lists fails them all anyway.
    const known = listed.has(w);
    if (known && SPECIFIC_PRONOUNS.has(w)) {
      // "I" is a pronoun only in English text written with its capital; "me" also in Dutch.
      // "volgens mij" is an opinion, not the writer as the one it is about.
      // "in een mijn gewerkt": after an article "mijn" is a mine, nobody's.
      if ((w !== "i" || t.capital) && !((w === "mij" || w === "me") && before?.word === "volgens") && !(w === "mijn" && (before?.word === "een" || before?.word === "de")) &&
        !isHedge(tokens, i, from, to) && !isWriterAsRecipient(tokens, i, from, to)) {
        specific = true;
        if (WRITER.has(w)) named = writer = true;
      }
      continue;
    }
    // "Sorry ben laat, had een afspraak": "ben" is only ever "ik ben" (or "ben je"), so a hurried
    // note that drops "ik" still names the writer; so does "heb" not followed by "je"/"jij".
    if (known && (w === "ben" || w === "heb") && at(i + 1)?.word !== "je" && at(i + 1)?.word !== "jij") {
      specific = named = writer = true;
      continue;
    }
    if (known && AMBIGUOUS_PRONOUNS.has(w)) {
      // "hun", "hen": a group, about someone only when a specific crew was named before (person-context.ts).
      if (PLURAL_PRONOUNS.has(w)) continue;
      // "Soms uit zich dat in …", "het laat zich raden": a reflexive verb of an impersonal subject.
      if (w === "zich" && (IMPERSONAL.has(before?.word ?? "") || IMPERSONAL.has(at(i + 1)?.word ?? ""))) continue;
      // "de kerk in haar geheel", "het team in zijn geheel": "in its entirety", of a thing or a group.
      if (before?.word === "in" && at(i + 1)?.word === "geheel") continue;
      if (w !== "zijn" || isPossessiveZijn(tokens, i, from)) ambiguous = true;
      continue;
    }
    // "Tweede Kamerleden", "de Raadsleden": a capitalised plural of a role is a group, and "Tweede" no name.
    if (t.capital && i > from && (isRolePlural(w, known && ROLE_PLURALS.has(w)) || (known && ORDINALS.has(w)))) {
      if (isRolePlural(w, known && ROLE_PLURALS.has(w))) generic = true;
      continue;
    }
    if (isNameToken(tokens, i, from) && !isTerm(t) && !(i === from && (SENTENCE_ADVERBS.has(w) || isInvertedVerb(tokens, i, to)))) {
      // "in Schijndel", "de Arbeidsinspectie", "zegt woordvoerder De Vries": a place, an organisation or
      // the source of a quote is no one the statement is about.
      if (isPlaceOrOrganisation(tokens, i, from) || isSpeaker(tokens, folded, i, from, isTerm) || RELIGIOUS_FIGURES.has(w)) continue;
      specific = true;
      named = true;
      continue;
    }
    // "De nieuwe heeft griep": the new one, a person, when a verb or nothing follows instead of a noun.
    if (known && w === "nieuwe" && (before?.word === "de" || before?.word === "onze" || before?.word === "die") && (!at(i + 1) || PERSON_VERBS.has(at(i + 1)!.word))) {
      role = true;
      continue;
    }
    // "Degene die de hoogwerker bediende, raakte gewond": the one who did something, in the past, is
    // someone in particular; "degene die ziek is, meldt zich af" (the present) is whoever it may be.
    if (known && (w === "degene" || w === "diegene") && at(i + 1)?.word === "die") {
      if (hasPast(tokens, from, to)) role = true;
      else frame = generic = true;
      continue;
    }
    // The employer is a company, no one whose data this is; "een werkgever mag …" states a rule.
    if (known && EMPLOYER.has(w)) {
      if (isIndefinite(tokens, i, from) && hasModal(tokens, from, to)) generic = true;
      continue;
    }
    // "De rapper is een gelovige moslim", "zangeres Anouk": a public figure by the occupation news names
    // them by, with a definite article or a name right after it.
    // "Zes klimaatactivisten zijn thuis opgepakt": a counted few of public figures are a crew as news tells it.
    // "Zeker een van de demonstranten werd gebeten": one of them, as specific as a counted few.
    if (known && PUBLIC_ROLE_PLURALS.has(w) && ((isCrewSize(before, folded) && at(i - 2)?.word !== "de") ||
      (before?.word === "de" && at(i - 2)?.word === "van" && (at(i - 3)?.word === "een" || isCrewSize(at(i - 3), folded))))) {
      role = true;
      continue;
    }
    // An inflected adjective may stand between: "De Marokkaans-Nederlandse rapper", "de Koerdische activist".
    const article = before !== undefined && before.word.endsWith("e") && !DEFINITE.has(before.word) ? at(i - 2) : before;
    // "De oud-premier", "ex-voetballer X": the role after a prefix of former office.
    const publicRole = known ? PUBLIC_ROLES.has(w) : w.length > 5 && (w.startsWith("oud-") || w.startsWith("ex-")) && PUBLIC_ROLES.has(w.slice(w.indexOf("-") + 1));
    // "zegt trainer Koeman": the source of a quote, as a role noun is (below).
    if (publicRole && isSpeaker(tokens, folded, i, from, isTerm)) continue;
    if (publicRole && ((article !== undefined && DEFINITE.has(article.word) && !QUANTIFIERS.has(article.word)) || at(i + 1)?.capital === true)) {
      role = true;
      if (article !== undefined && DEFINITE.has(article.word)) definiteRole = definiteRole === "" || definiteRole === w ? w : " ";
      continue;
    }
    if (isRoleNoun(w, known && ROLE_NOUNS.has(w))) {
      // "Andersom kun je als werknemer …": a capacity the subject acts in, no one of its own; it counts
      // as a role only when the subject is no generic "je" or "iemand" ("A. was werkzaam als monteur").
      if (before && (before.word === "als" || before.word === "as")) {
        capacity = true;
        continue;
      }
      // The one who gives care is no one the care is about; whose it is comes from the field before.
      if (CARE_PROVIDERS.has(w)) continue;
      if (before && BACK_REFERENCE.has(before.word)) backRole = true;
      if (isSpeaker(tokens, folded, i, from, isTerm)) continue; // "zegt een woordvoerder", "aldus de uitvoerder"
      if (before && (QUANTIFIERS.has(before.word) || before.word === "per")) { generic = true; genericRole = w; } // "elke collega", "23 kg per persoon"
      // "je vastende collega", "uw zieke medewerker": the reader's colleague in general.
      else if (before && at(i - 2) && QUANTIFIERS.has(at(i - 2)!.word) && /(?:e|en)$/.test(before.word) && !DEFINITE.has(before.word)) generic = true;
      // "een uitzendkracht van X viel" is someone; "een medewerker mag niet …" states a rule, and so does
      // "een slachtoffer heeft vaak …".
      else if (isIndefinite(tokens, i, from)) {
        // "Een 30-jarige man uit Groesbeek moet zich dinsdag verantwoorden": an age makes the news's one man.
        if (before !== undefined && isAge(before.word)) role = indefiniteRole = true;
        // "De meeste testen meten of een werknemer onder invloed is": the subject of an embedded yes/no question.
        else if (at(i - 2)?.word === "of" && before?.word === "een" && !hasPast(tokens, from, to)) generic = true;
        // "Een medewerker die zich ziek meldt, wordt gebeld": whoever does so, in the present tense.
        else if (hasModal(tokens, from, to) || hasHabitual(tokens, from, to) || (at(i + 1)?.word === "die" && hasProcedure(tokens, from, to) && !hasPast(tokens, from, to)) ||
          // "• een glazenwasser valt van een ladder en breekt zijn heup;": a list of cases, in the present tense.
          (i <= from + 2 && opensListItem(folded, tokens[from]!.start) && !hasPast(tokens, from, to))) generic = true;
        // "Een medewerker meldt zich telefonisch ziek vóór 09.30 uur bij de leidinggevende": a procedure's
        // deadline frames the whole sentence, its other parties included.
        else if (!hasPast(tokens, from, to) && hasDeadline(tokens, from, to)) frame = generic = true;
        else role = indefiniteRole = true;
      }
      // HR pages and the law speak of "de werknemer" and "de werkgever" as anyone in that role:
      // "de werkgever moet de zieke werknemer begeleiden", "de werknemer heeft recht op …".
      // "Binnen 8 weken dient de werkgever in overleg met de werknemer …": with the employer and a modal in
      // the sentence, the other party is the rule's too.
      else if (LEGAL_PARTIES.has(w) && hasArticle(tokens, i, from) && (hasModalNear(tokens, i, from, to) || hasEntitlement(tokens, from, to) || (hasModal(tokens, from, to) && hasEmployer(tokens, from, to)) ||
        // "De werknemer die wegens ziekte niet kan werken, meldt dit voor 9.00 uur": whoever does, by procedure.
        // (The law's words for the parties, "werknemer" and "werkgever": notes say "de collega", "de medewerker".)
        at(i + 1)?.word === "die") && !hasPast(tokens, from, to)) generic = ruleParty = true;
      // Information texts: "Vaak heeft het slachtoffer brandwonden", "Het slachtoffer kan bewusteloos zijn":
      // what usually or possibly happens to anyone in that role, not what happened to someone.
      else if ((hasArticle(tokens, i, from) || before?.word === "het" || before?.word === "the") && !hasPast(tokens, from, to) &&
        (hasHabitual(tokens, Math.max(from, i - 3), Math.min(to, i + 3)) || (AFFECTED_PARTIES.has(w) && isPossibility(tokens, from, to)))) generic = true;
      // "zijn leidinggevende": someone's role, as specific as whoever "zijn" is.
      else if (before && THIRD_POSSESSIVES.has(before.word)) ambiguous = true;
      // "… dat uw werknemer langdurig ziek blijft, … werkhervatting van de werknemer": the same one again.
      else if (w === genericRole && hasArticle(tokens, i, from)) generic = true;
      else {
        role = true; // "de collega", a bare "Monteur viel", "collega Jan"
        if (hasArticle(tokens, i, from) || before?.word === "deze") definiteRole = definiteRole === "" || definiteRole === w ? w : " ";
      }
      continue;
    }
    // Care givers in the plural give care to whoever the sentences before are about: no group in general.
    if (known && CARE_PROVIDER_PLURALS.has(w)) continue;
    // "raadsleden", "stukadoors", "uitvoerders": any plural of a role is a group in general (counted crews
    // of the listed plurals aside, below), but a number before a trade's plural ("2 stukadoors", "drie
    // steigerbouwers") is a counted crew: only plurals the pre-scan marks as person cues, so that both agree.
    // "88 personen gewond", "284 meldingen", "32 ongevallen": a count beyond a crew is a statistic.
    // "de helft van alle bouwvakkers", "40 procent van de collega's": a share of a group is a statistic.
    if (isShareOf(tokens, i, from, folded) && ((known && PEOPLE_PLURALS.has(w)) || isRolePlural(w, known && ROLE_PLURALS.has(w)))) {
      figures = generic = true;
      continue;
    }
    // "37 gewonde wegwerkers": an inflected adjective may stand between the count and the plural.
    const count = before && isNumber(before) ? before : before && before.word.endsWith("e") && isNumber(at(i - 2)) ? at(i - 2) : undefined;
    if (count && !isCrewSize(count, folded) && /^\d/.test(count.word) &&
      (EVENT_PLURALS.has(w) || (known && PEOPLE_PLURALS.has(w)) || isRolePlural(w, known && ROLE_PLURALS.has(w)))) {
      figures = generic = true;
      continue;
    }
    // "een van onze eigen medewerkers", "één van de monteurs": one of them, someone in particular.
    if (isOneOf(tokens, i, from, folded) && ((known && PEOPLE_PLURALS.has(w)) || isRolePlural(w, known && ROLE_PLURALS.has(w)))) {
      frame ? (generic = true) : (role = true);
      continue;
    }
    if (!(known && PEOPLE_PLURALS.has(w)) && isRolePlural(w, known && ROLE_PLURALS.has(w))) {
      const trade = ROLE_PLURALS.has(w) || isCompoundRolePluralAt(w, 0, w.length);
      // After a condition ("Als twee stukadoors …") the crew is a hypothetical one.
      if (trade && isCrewSize(at(i - 1), folded) && at(i - 2)?.word !== "de") (frame ? (generic = true) : (role = true));
      else if (!isBystandersAtWork(tokens, i, from, to)) generic = true;
      continue;
    }
    if (known && PEOPLE_PLURALS.has(w)) {
      // "2 mdw", "twee mannen van ploeg B" are a counted crew; "een op de vijf mensen" is a share.
      // "twee blanke mannen", "drie Poolse jongens": an inflected adjective between the count and the noun.
      const counted = isCrewSize(at(i - 1), folded) || (before !== undefined && !isNumber(before) && isCrewSize(at(i - 2), folded) && (before.word.length <= 3 || before.word.endsWith("e")));
      if (counted && at(i - 2)?.word !== "de") (frame ? (generic = true) : (role = true));
      // "de mannen", and "de twee mannen": the ones the text has in mind, like a pronoun.
      // "rekening houden met de mensen die vasten": a group defined by what its members do, in the present.
      else if (before?.word === "de" && at(i + 1)?.word === "die" && !hasPast(tokens, from, to)) generic = true;
      else if (before && ((DEFINITE.has(before.word) && !QUANTIFIERS.has(before.word)) || (counted && at(i - 2)?.word === "de"))) ambiguous = true;
      else if (!isBystandersAtWork(tokens, i, from, to)) generic = true;
      continue;
    }
    if (!known) {
      // The percent sign first: a regex test for every word outside the lists was a good part of this loop.
      if (isPercentage(t, folded)) generic = true;
      continue;
    }
    // "werd door de PVV-leider omschreven als een geweldige man", "werkzaam als een soort voorman": "als"
    // after a verb of naming or capacity is "as", no condition.
    if (w === "als" && before !== undefined && AS_AFTER.has(before.word)) continue;
    // "Burn-out betekent voor u als werkgever …", "meldt zich bij u als leidinggevende": the reader
    // addressed in a role is advice to whoever holds it, about whoever it concerns.
    if (w === "als" && before !== undefined && READERS.has(before.word) && isRoleNoun(at(i + 1)?.word ?? "")) {
      frame = generic = true;
      continue;
    }
    if (CONDITIONALS.has(w)) {
      // At the start a conditional opens the sentence ("Als een collega…"); inside it only before a
      // subject that is nobody in particular ("bel 112 als iemand onwel wordt"), since "als" is also "as".
      const next = at(i + 1);
      // "Als zevendedags adventist …", "Als lid van de FNV …" is "as", not "if": a condition has a subject.
      // "Wat als de machinist onwel wordt?", "Wat doen we als de kraanmachinist onwel wordt?": a
      // condition inside a question asks what to do in a case that has not happened.
      // Only in a question that opens with its question word: "Mag de machinist weer draaien als zijn
      // enkel genezen is?" asks about a case that has happened.
      const askedWhatIf = QUESTION_WORDS.has(tokens[from]!.word) && endsWithQuestion(tokens, folded, to);
      if ((clauseStart(tokens, folded, i, from) || askedWhatIf) && (w !== "als" || opensClause(next))) frame = true;
      // "… en misselijkheid als er ook maar iets voorbij kwam": a past "whenever" is a report, not a rule.
      else if (next && (GENERIC_SUBJECTS.has(next.word) || (next.word === "er" && !hasPast(tokens, from, to)))) {
        generic = true;
        // "Wat doe je als een collega onwel wordt?": a condition on a hypothetical colleague.
        if (next.word === "een" && (isRoleNoun(at(i + 2)?.word ?? "") || isRoleNoun(at(i + 3)?.word ?? ""))) frame = true;
      }
      continue;
    }
    // "Wie duizelig wordt, meldt dat": "whoever" opens a rule about anyone.
    // Not in a question: "Jan weer ziek, wie neemt over?" asks who, about a named case.
    if (w === "wie" && clauseStart(tokens, folded, i, from) && !endsWithQuestion(tokens, folded, to)) frame = generic = true;
    // "In Heinkenszand is vanmorgen iemand gewond geraakt": news of one accident, whose victim is someone
    // specific though unnamed. Only harm reported in the past: "als iemand gewond raakt" stays anyone.
    else if ((w === "iemand" || w === "someone") && isHarmReported(tokens, from, to)) role = true;
    // Indefinite pronouns of a group, bare ("Anderen zijn niet ziek, maar wel moe"; not "de twee anderen"),
    // and "een ieder die arbeidsongeschikt is" (not the distributive "begonnen ieder een fractie").
    else if ((GROUP_PRONOUNS.has(w) && (before === undefined || !(DEFINITE.has(before.word) || isNumber(before) || isCrewSize(before, folded)))) ||
      (w === "ieder" && before?.word === "een")) generic = true;
    // "…, wie wil dat doen?" asks who will act on a named case: no one in general.
    else if (GENERIC_SUBJECTS.has(w) && w !== "een" && w !== "one" && !(w === "wie" && endsWithQuestion(tokens, folded, to))) {
      generic = true;
      if (SOMEONE.has(w)) someone = true;
    }
    // "honderd procent zeker", "100% fit": certainty, no share of a group.
    else if (w === "procent" && (before?.word === "honderd" || before?.word === "100")) continue;
    else if (STATISTICS.has(w)) {
      generic = true;
      if (FIGURES.has(w)) figures = true;
    }
    // "in (het) geval van een zieke werknemer": a hypothetical.
    else if (w === "geval" && (before?.word === "in" || before?.word === "ingeval" || (before?.word === "het" && at(i - 2)?.word === "in"))) frame = generic = true;
    // "Bij vermoeden van alcoholgebruik …", "bij duizeligheid direct melden": a condition named by a bare
    // noun (no article, no possessive: "bij de val", "bij zijn val" are what happened).
    // "Bij een snijwond: druk op de wond": a case named as a heading, what to do after the colon.
    else if (w === "bij" && clauseStart(tokens, folded, i, from) && (isConditionNoun(at(i + 1)) || (at(i + 1)?.word === "een" && headsRule(at(i + 2), folded)))) frame = generic = true;
    // "een op de vijf", "1 op de 10", "one in five": a share of a group.
    else if ((w === "op" || w === "in") && (isNumber(before) || before?.word === "een") && at(i + 1)?.word === "de") {
      generic = true;
      if (isNumber(at(i + 2)) && (PEOPLE_PLURALS.has(at(i + 3)?.word ?? "") || ROLE_NOUNS.has(at(i + 3)?.word ?? ""))) share = true;
    }
    else if (isPercentage(t, folded)) generic = true;
    // "Let op: de nieuwe chauffeur heeft een enkelband": an imperative that heads a note with a colon
    // draws attention to what follows, it frames no rule.
    else if (IMPERATIVES.has(w) && !PERSON_VERBS.has(w) && clauseStart(tokens, folded, i, from) && !headsNote(tokens, folded, i, to)) frame = true;
    // "zeggen ze", "ze zeggen": the impersonal "they" of hearsay about nobody in particular.
    else if ((w === "zeggen" || w === "zegt") && (before?.word === "ze" || at(i + 1)?.word === "ze")) generic = true;
  }
  // "Stel dat de machinist een hartaanval krijgt …", "Stel je voor: je valt van het dak": a supposition.
  if (isSupposition(tokens, from, to)) frame = generic = true;
  // "Gaat een medewerker moeilijk door de knieën? Dan is het zaak …": the answer to a hypothetical question.
  if (tokens[from]!.word === "dan" && followsQuestion(folded, tokens[from]!.start)) frame = true;
  if (capacity && !generic) role = true;
  // "Is een werknemer ziek, dan …", "Ben je langer ziek, dan …": a condition by inversion.
  if (isInvertedCondition(tokens, folded, from, to) || isAddressedCondition(tokens, folded, from, to)) frame = true;
  // "Het komt regelmatig voor dat de heftruckbestuurder …": how often a thing happens to anyone in a role.
  if (isHowOftenFrame(tokens, from, to)) frame = true;
  if (frame && indefiniteRole) generic = true;
  // "Werken op therapeutische basis wordt vaak geadviseerd na arbeidsongeschiktheid": what usually happens,
  // in a sentence that names nobody, is a statement of practice.
  // Only with a passive or a group ("wordt vaak geadviseerd", "bouwvakkers hebben vaak"): a hurried
  // "vaak duizelig vandaag" is the writer's own.
  if (!specific && !role && !writer && hasHabitual(tokens, from, to) && (generic || hasProcedure(tokens, from, to))) return GENERIC;
  // "Alcoholverslaving leidt vaak tot veelvuldig ziekteverzuim": what a condition usually causes, in a
  // sentence that names or points at nobody, is a claim about the condition.
  if (!specific && !role && !writer && !ambiguous && hasHabitual(tokens, from, to) && hasCausalVerb(tokens, from, to)) return GENERIC;
  // "Hoe vertelt een werkneemster dat ze zwanger is?", "Wanneer meldt een uitzendkracht zijn burn-out":
  // a question about an indefinite role asks about anyone in it, and its pronouns are that one.
  if (indefiniteRole && !named && isQuestion(tokens, folded, from, to)) return GENERIC;
  // "Dat iemand een strafblad heeft, betekent niet dat deze persoon …": the role is that someone again.
  if (someone && backRole && !specific) return GENERIC;
  // "Stel dat je een collega vindt …: spreek hem aan": a pronoun in a hypothetical or in advice to
  // "je" or "iemand" points at that hypothetical person. Names and the writer still count.
  if ((aboutThing && !named) || (share && !writer)) return GENERIC;
  // "Jaarlijks komen er gemiddeld vijf mensen om": figures about a population, whoever is counted.
  if (figures && !specific) return GENERIC;
  if (frame && generic && !named) return GENERIC;
  // "of hij/zij al naar een dokter is geweest": a placeholder for anyone; "Ben jij …, wanneer kan ik …?": the reader asked.
  if ((specific || ambiguous) && !named && hasEitherGenderPronoun(tokens, folded, from, to)) return GENERIC;
  if ((!named || writer) && isQuestionToReader(tokens, folded, from, to)) return GENERIC;
  if (detail) {
    detail.pronounOnly = specific && !named && !role && !backRole;
    if (definiteRole !== " ") detail.definiteRole = definiteRole;
  }
  if (specific) return SPECIFIC;
  if (frame) return GENERIC;
  // "De werknemer die ziek is, meldt dit bij de leidinggevende": whose leidinggevende is the rule's.
  if (ruleParty && !named) return GENERIC;
  if (role) return SPECIFIC_ROLE;
  if (generic) return GENERIC;
  return ambiguous ? PRONOUN_ONLY : NONE;
}

/** Says whether a capitalised word is a lexicon term rather than a name: "ziekte van Lyme", "Ramadan". */
export type TermTest = (t: Token) => boolean;

const hasEmployer = (tokens: readonly Token[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (EMPLOYER.has(tokens[k]!.word)) return true;
  return false;
};
