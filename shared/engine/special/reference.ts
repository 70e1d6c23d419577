import type { Token } from "../text/tokenize.ts";
import { OBJECT_SUBJECTS, PERSON_VERBS, ROLE_NOUNS, isNameToken, isRoleNoun, isRolePlural } from "./persons.ts";

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
// imperative and conditional clauses), checked against incident, LMRA and toolbox notes.

export const NONE = 0;
export const SPECIFIC = 1;
export const GENERIC = 2;
/** Only a pronoun that may refer back ("ze", "zijn"): about someone, but it names nobody new for later sentences. */
export const PRONOUN_ONLY = 3;
/** Specific only through a role or a count ("de collega", "2 mdw"): a topic sentence may still be about the role in general. */
export const SPECIFIC_ROLE = 4;
export type Reference = typeof NONE | typeof SPECIFIC | typeof GENERIC | typeof PRONOUN_ONLY | typeof SPECIFIC_ROLE;

/** Pronouns that always point at one specific person (the writer, or "he"/"him"). */
const SPECIFIC_PRONOUNS = new Set([
  "ik", "mijn", "m'n", "mn", "mij", "me", "mezelf", "hij", "hem", "z'n", "zn", "hijzelf", "zijzelf", "zichzelf",
  "i", "my", "me", "myself", "he", "him", "his", "himself", "she", "herself", "he's", "she's", "i'm", "i've", "he'd", "she'd", "i'd",
]);
/** The writer: the form is filled in by a logged-in, identifiable user. */
const WRITER = new Set(["ik", "mijn", "m'n", "mn", "mij", "me", "mezelf", "i", "my", "myself"]);
/** Articles and demonstratives before a subject noun. */
const DETERMINERS = new Set(["de", "het", "die", "deze", "dat", "dit", "onze", "ons", "the", "our", "this", "that"]);
/** Pronouns that may also be plural or a verb ("ze moeten", "zij zijn", "zijn helm"): specific unless the sentence is generic. */
const AMBIGUOUS_PRONOUNS = new Set(["zij", "ze", "zijn", "haar", "zich", "her", "hun", "they", "their", "them"]);

/** Determiners that single out one known person: "de collega", "deze monteur", "onze stagiair". */
const DEFINITE = new Set(["de", "deze", "die", "onze", "ons", "mijn", "m'n", "zijn", "z'n", "haar", "hun", "the", "this", "that", "our", "my", "his", "her"]);
/** Words that make the following noun people in general. */
const QUANTIFIERS = new Set([
  "elke", "ieder", "iedere", "alle", "sommige", "veel", "vele", "meeste", "enkele", "diverse", "verschillende",
  "geen", "uw", "jouw", "je", "every", "each", "all", "any", "some", "most", "many", "your",
]);
/** Subjects that are nobody in particular. */
const GENERIC_SUBJECTS = new Set([
  "iemand", "men", "je", "jij", "u", "uw", "jullie", "iedereen", "wie", "een", "someone", "anyone", "anybody",
  "somebody", "everyone", "everybody", "you", "one", "whoever",
]);
/** Words that open a conditional or hypothetical clause. */
const CONDITIONALS = new Set(["als", "indien", "wanneer", "mocht", "mochten", "stel", "zodra", "ingeval", "if", "when", "whenever", "unless", "tenzij"]);
/** Plural nouns for people in general; with a number before them they are a counted crew. */
const PEOPLE_PLURALS = new Set([
  "medewerkers", "werknemers", "werkneemsters", "collega's", "collegas", "mensen", "personen", "werkenden",
  "bouwvakkers", "vakmensen", "uitzendkrachten", "zzp'ers", "zzpers", "monteurs", "chauffeurs", "vrouwen",
  "mannen", "jongens", "heren", "dames", "gasten", "jongeren", "ouderen", "leerlingen", "stagiairs", "deelnemers", "sjouwers", "lassers",
  "timmerlieden", "timmermannen", "machinisten", "operators", "bezoekers", "patienten", "slachtoffers",
  "werkgevers", "leidinggevenden", "ploegleden", "bhv'ers", "ehbo'ers", "bhvers", "ehboers", "gelovigen", "moslims", "christenen", "leden",
  "workers", "employees", "people", "colleagues", "staff", "persons", "women", "men",
]);
/** Verbs that open advice or an instruction when they start a sentence. */
const IMPERATIVES = new Set([
  "bespreek", "meld", "draag", "bel", "zorg", "let", "neem", "vraag", "houd", "hou", "gebruik", "controleer",
  "informeer", "waarschuw", "schakel", "stop", "werk", "til", "drink", "raadpleeg", "volg", "check", "denk",
  "voorkom", "vermijd", "leg", "geef", "stuur", "noteer", "registreer",
  "discuss", "report", "wear", "call", "make", "ensure", "keep", "use", "avoid", "ask", "inform", "contact",
]);
/** Words of statistics and aggregates: "procent", "3,8%", "een op de vijf", "gemiddeld". */
const STATISTICS = new Set([
  // Advice: "het is verstandig dat de BHV'ers weten hoe ze…", "belangrijk om…".
  "verstandig", "raadzaam", "belangrijk", "aanbevolen", "advies", "adviseren", "tip", "tips",
  "procent", "percent", "percentage", "gemiddeld", "gemiddelde", "jaarlijks", "statistiek", "cijfers", "aantal", "average", "annually"]);
/** Numbers written as words (for counted crews and "een op de vijf"). */
const NUMBER_WORDS = new Set(["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "beide", "both", "two", "three", "four", "five"]);

/** Every word that can make a sentence SPECIFIC by itself, for the pre-scan's person cue (sentence-filter.ts). */
export const PERSON_CUE_WORDS: ReadonlySet<string> = new Set([...SPECIFIC_PRONOUNS, ...AMBIGUOUS_PRONOUNS, ...PEOPLE_PLURALS]);

/** Crews are counted in ones and tens; "3.000 bouwvakkers" or "40 werknemers" are a population. */
const MAX_CREW = 20;
function isCrewSize(t: Token | undefined, folded: string): boolean {
  if (!t) return false;
  if (NUMBER_WORDS.has(t.word)) return true;
  if (!/^\d+$/.test(t.word) || Number(t.word) > MAX_CREW) return false;
  const c = folded.charCodeAt(t.start - 1); // "3.000", "1,5": a part of a larger number
  return c !== 46 && c !== 44;
}

const isNumber = (t: Token | undefined) => t !== undefined && (/^\d/.test(t.word) || NUMBER_WORDS.has(t.word));

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

/** The reference of the sentence made of `tokens[from, to)`. */
export function referenceOfSentence(tokens: readonly Token[], folded: string, from: number, to: number, isTerm: TermTest): Reference {
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
  const aboutThing = OBJECT_SUBJECTS.has(tokens[from]!.word) ||
    (DETERMINERS.has(tokens[from]!.word) && from + 1 < to && OBJECT_SUBJECTS.has(tokens[from + 1]!.word));
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const before = i > from ? tokens[i - 1] : undefined;
    // Only words of this sentence: the pre-scan may leave its neighbours untokenized.
    const at = (k: number) => (k >= from && k < to ? tokens[k] : undefined);
    const w = t.word;
    if (SPECIFIC_PRONOUNS.has(w)) {
      // "I" is a pronoun only in English text written with its capital; "me" also in Dutch.
      // "volgens mij" is an opinion, not the writer as the one it is about.
      if ((w !== "i" || t.capital) && !((w === "mij" || w === "me") && before?.word === "volgens")) {
        specific = true;
        if (WRITER.has(w)) named = writer = true;
      }
      continue;
    }
    // "Sorry ben laat, had een afspraak": "ben" is only ever "ik ben" (or "ben je"), so a hurried
    // note that drops "ik" still names the writer; so does "heb" not followed by "je"/"jij".
    if ((w === "ben" || w === "heb") && at(i + 1)?.word !== "je" && at(i + 1)?.word !== "jij") {
      specific = named = writer = true;
      continue;
    }
        if (AMBIGUOUS_PRONOUNS.has(w)) {
      if (w !== "zijn" || isPossessiveZijn(tokens, i, from)) ambiguous = true;
      continue;
    }
    if (isNameToken(tokens, i, from) && !isTerm(t)) {
      specific = true;
      named = true;
      continue;
    }
    // "De nieuwe heeft griep": the new one, a person, when a verb or nothing follows instead of a noun.
    if (w === "nieuwe" && (before?.word === "de" || before?.word === "onze") && (!at(i + 1) || PERSON_VERBS.has(at(i + 1)!.word))) {
      role = true;
      continue;
    }
    if (isRoleNoun(w)) {
      if (before && (QUANTIFIERS.has(before.word) || before.word === "per")) generic = true; // "elke collega", "23 kg per persoon"
      // "een uitzendkracht van X viel" is someone; "een medewerker mag niet …" states a rule.
      else if (isIndefinite(tokens, i, from)) {
        if (hasModal(tokens, from, to)) generic = true;
        else role = true;
      }
      else role = true; // "de collega", a bare "Monteur viel", "collega Jan"
      continue;
    }
    // "2 stukadoors", "3 steigerbouwers": any trade's plural is a counted crew after a number (without
    // one it stays what it was: nobody in particular is named).
    if (!PEOPLE_PLURALS.has(w) && isRolePlural(w)) {
      if (isCrewSize(at(i - 1), folded) && at(i - 2)?.word !== "de") role = true;
      continue;
    }
    if (PEOPLE_PLURALS.has(w)) {
      // "2 mdw", "twee mannen van ploeg B" are a counted crew; "een op de vijf mensen" is a share.
      const counted = isCrewSize(at(i - 1), folded) || (before !== undefined && !isNumber(before) && isCrewSize(at(i - 2), folded) && before.word.length <= 3);
      if (counted && at(i - 2)?.word !== "de") role = true;
      else if (before && DEFINITE.has(before.word) && !QUANTIFIERS.has(before.word)) ambiguous = true;
      else generic = true;
      continue;
    }
    if (CONDITIONALS.has(w)) {
      // At the start a conditional opens the sentence ("Als een collega…"); inside it only before a
      // subject that is nobody in particular ("bel 112 als iemand onwel wordt"), since "als" is also "as".
      const next = at(i + 1);
      if (clauseStart(tokens, folded, i, from)) frame = true;
      else if (next && (GENERIC_SUBJECTS.has(next.word) || next.word === "er")) generic = true;
      continue;
    }
    // "Wie duizelig wordt, meldt dat": "whoever" opens a rule about anyone.
    if (w === "wie" && clauseStart(tokens, folded, i, from)) frame = generic = true;
    else if (GENERIC_SUBJECTS.has(w) && w !== "een" && w !== "one") generic = true;
    else if (STATISTICS.has(w)) generic = true;
    // "een op de vijf", "1 op de 10", "one in five": a share of a group.
    else if ((w === "op" || w === "in") && (isNumber(before) || before?.word === "een") && at(i + 1)?.word === "de") {
      generic = true;
      if (isNumber(at(i + 2)) && (PEOPLE_PLURALS.has(at(i + 3)?.word ?? "") || ROLE_NOUNS.has(at(i + 3)?.word ?? ""))) share = true;
    }
    else if (/^\d/.test(w) && folded.charCodeAt(t.end) === 37 /* "3,8%" */) generic = true;
    else if (IMPERATIVES.has(w) && !PERSON_VERBS.has(w) && clauseStart(tokens, folded, i, from)) frame = true;
    // "zeggen ze", "ze zeggen": the impersonal "they" of hearsay about nobody in particular.
    else if ((w === "zeggen" || w === "zegt") && (before?.word === "ze" || at(i + 1)?.word === "ze")) generic = true;
  }
  // "Stel dat je een collega vindt …: spreek hem aan": a pronoun in a hypothetical or in advice to
  // "je" or "iemand" points at that hypothetical person. Names and the writer still count.
  if ((aboutThing && !named) || (share && !writer)) return GENERIC;
  if (frame && generic && !named) return GENERIC;
  if (specific) return SPECIFIC;
  if (frame) return GENERIC;
  if (role) return SPECIFIC_ROLE;
  if (generic) return GENERIC;
  return ambiguous ? PRONOUN_ONLY : NONE;
}

/**
 * Whether token `i` opens a clause: the sentence's first word, or the first after a colon, a comma, a
 * bracket or a dash ("Teken: controleer je huid", "Bij twijfel, bel de huisarts").
 */
function clauseStart(tokens: readonly Token[], folded: string, i: number, from: number): boolean {
  if (i === from) return true;
  for (let c = tokens[i - 1]!.end; c < tokens[i]!.start; c++) {
    const ch = folded.charCodeAt(c);
    if (ch === 58 || ch === 44 || ch === 40 || ch === 45 || ch === 8211) return true;
  }
  return false;
}

/** Says whether a capitalised word is a lexicon term rather than a name: "ziekte van Lyme", "Ramadan". */
export type TermTest = (t: Token) => boolean;

const MODALS = new Set(["mag", "mogen", "moet", "moeten", "dient", "dienen", "kan", "kunnen", "zal", "zullen", "hoort", "horen", "must", "should", "may", "can", "shall"]);
const hasModal = (tokens: readonly Token[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (MODALS.has(tokens[k]!.word)) return true;
  return false;
};

/** "een collega", "een 34-jarige bouwvakker", "a worker": an indefinite singular role. */
function isIndefinite(tokens: readonly Token[], i: number, from: number): boolean {
  const a = i > from ? tokens[i - 1]!.word : "";
  const b = i - 1 > from ? tokens[i - 2]!.word : "";
  const isArticle = (w: string) => w === "een" || w === "a" || w === "an";
  return isArticle(a) || (isArticle(b) && (a.endsWith("jarige") || /^\d/.test(a) || a.length > 2));
}

/** Words after which "zijn" is the verb "to be": "we zijn", "de steigers zijn", "er zijn". */
const SUBJECTS_OF_ZIJN = new Set(["we", "wij", "jullie", "ze", "zij", "er", "die", "dat", "dit", "deze", "allen", "beide", "they", "there"]);
/** Words after which "zijn" is the verb: "zijn gecontroleerd", "zijn er", "zijn niet". */
const AFTER_VERB_ZIJN = new Set([
  "er", "niet", "al", "nog", "nu", "weer", "ook", "klaar", "gereed", "goed", "in", "op", "aan", "bij", "onder", "te", "van",
  "als", "dat", "om", "wel", "de", "het", "een", "geen", "dan", "allemaal", "beide", "allebei", "zo", "erg", "heel",
  // Adjectives that follow the verb: "de eiken zijn ziek", "de vloeren zijn nat".
  "ziek", "gewond", "moe", "kapot", "stuk", "nat", "droog", "vies", "schoon", "zwaar", "licht", "nieuw", "oud", "veilig",
  "onveilig", "open", "dicht", "vol", "leeg", "los", "vast", "gesloten", "slecht", "beter", "duidelijk", "bekend", "nodig",
]);

/** "zijn helm" (his) rather than "de steigers zijn gecontroleerd" (are). */
function isPossessiveZijn(tokens: readonly Token[], i: number, from: number): boolean {
  const before = i > from ? tokens[i - 1]!.word : undefined;
  const next = tokens[i + 1];
  if (before && (SUBJECTS_OF_ZIJN.has(before) || (before.length > 3 && /(?:s|en|'s)$/.test(before)))) return false;
  if (!next || next.sentence !== tokens[i]!.sentence) return false;
  const w = next.word;
  if (AFTER_VERB_ZIJN.has(w) || (w.startsWith("ge") && /[dtn]$/.test(w) && w.length > 4) || /(?:ig|lijk|isch|baar)$/.test(w)) return false;
  return true;
}

