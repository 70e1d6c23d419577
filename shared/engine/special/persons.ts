import type { Token } from "../text/tokenize.ts";
import { GENERATED_FIRST_NAMES, GENERATED_NAME_WORDS } from "./lexicon/first-names.ts";
import { onLexiconLoaded } from "./lexicon/ready.ts";
import {
  BUDDIES, CAPITALISED_NON_NAMES, NAME_HEADS, CLAUSE_OPENERS, DETERMINER_AFTER_PREPOSITION, HAND_CURATED_NAMES, HAND_CURATED_NAME_WORDS, IMPERATIVE_OBJECTS,
  KNOWN_ACRONYMS, NOT_NAMES, OBJECT_SUBJECTS, PERSON_VERBS, POSSESSIVES, PREPOSITIONS, PRONOUNS, ROLE_NOUNS, SUBJECT_PRONOUNS, TITLES,
} from "./lexicon/person-words.ts";

export { OBJECT_SUBJECTS, PERSON_VERBS, PRONOUNS, ROLE_NOUNS };

// Person cues: the AVG labels data only when it is about an identifiable person ("Jan", "de collega",
// "hij", "een uitzendkracht van X"). Source: hand-curated for Dutch building sites; first names are the
// common given names of Dutch crews (Dutch, Polish, Turkish, Moroccan, Surinamese origin); more, that
// faker's lists lack ("Sharon", "Roel", "Cor", "Steve"), are in scripts/gen-first-names.ts. The word
// lists are in lexicon/person-words.ts, packed with the lexicon.

/**
 * Plurals of the role nouns: "-s", "-en", "-'s" and a doubled last letter ("stukadoors", "leerlingen",
 * "timmermannen"); the pre-scan marks them as person words.
 */
const rolePlurals = new Set<string>();
export const ROLE_PLURALS: ReadonlySet<string> = rolePlurals;

/** Compound roles are at least this long. */
const MIN_COMPOUND_ROLE = 9;
const lastThree = (text: string, end: number) =>
  (text.charCodeAt(end - 1) * 961 + text.charCodeAt(end - 2) * 31 + text.charCodeAt(end - 3)) | 0;
/** Role heads by their last three letters: a long word costs one map lookup, nearly always a miss. */
const ROLE_HEADS_BY_END = new Map<number, string[]>();
/** A bit for the low 16 bits of each key of ROLE_HEADS_BY_END: the pre-scan asks for every long word, and most miss here. */
const ROLE_ENDS = new Int32Array(0x800);
// Filled once the role nouns are there: in the extension they are unpacked after start-up (lexicon/ready.ts).
onLexiconLoaded(() => {
  for (const r of ROLE_NOUNS) for (const p of [`${r}s`, `${r}en`, `${r}'s`, `${r}${r[r.length - 1]}en`]) rolePlurals.add(p);
  // "lid" has the irregular plural "leden": "kaderleden", "raadsleden".
  for (const r of ROLE_NOUNS) if (r.endsWith("lid")) rolePlurals.add(`${r.slice(0, -3)}leden`);
  /** Role nouns long enough to end a compound role: "elektromonteur", "heistellingmachinist", "betonchauffeur". */
  const ROLE_HEADS = [...ROLE_NOUNS].filter((r) => r.length >= 6 && !/['-]/.test(r));
  for (const head of ROLE_HEADS) {
    const key = lastThree(head, head.length);
    ROLE_HEADS_BY_END.set(key, [...(ROLE_HEADS_BY_END.get(key) ?? []), head]);
    ROLE_ENDS[(key & 0xffff) >>> 5]! |= 1 << (key & 31);
  }
});

/** Whether `text[start, end)` is a compound ending in a role ("elektromonteur"); shared with the pre-scan. */
export function isCompoundRoleAt(text: string, start: number, end: number): boolean {
  if (end - start < MIN_COMPOUND_ROLE) return false;
  const key = lastThree(text, end);
  if ((ROLE_ENDS[(key & 0xffff) >>> 5]! & (1 << (key & 31))) === 0) return false;
  const heads = ROLE_HEADS_BY_END.get(key);
  if (!heads) return false;
  for (const head of heads) if (end - start > head.length + 2 && text.startsWith(head, end - head.length)) return true;
  return false;
}

/**
 * A plural of a role noun: "raadsleden", "stukadoors", "steigerbouwers", "timmerlieden". `listed`:
 * whether ROLE_PLURALS holds the word, when the caller knows already (reference.ts reads every word).
 */
export function isRolePlural(word: string, listed?: boolean): boolean {
  if (word.length < 6) return false;
  // "raadsleden", "kaderleden", but not "geleden" ("twee weken geleden") or "uitgegleden": participles, no people.
  if ((listed ?? ROLE_PLURALS.has(word)) || (word.endsWith("leden") && !word.endsWith("geleden") && !word.endsWith("gleden")) || word.endsWith("lieden")) return true;
  // Compound roles ("elektromonteurs", "steigerbouwers"), checked in place: this runs per word.
  const last = word.charCodeAt(word.length - 1);
  if (last === 115 /* s */) return isCompoundRoleAt(word, 0, word.length - 1);
  return last === 110 /* n */ && word.charCodeAt(word.length - 2) === 101 /* e */ &&
    (isCompoundRoleAt(word, 0, word.length - 2) || isCompoundRoleAt(word, 0, word.length - 3));
}

/** Whether `text[start, end)` is the plural of a compound role ("steigerbouwers"); the pre-scan's form of isRolePlural. */
export function isCompoundRolePluralAt(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 115 /* s */) return isCompoundRoleAt(text, start, end - 1);
  return last === 110 /* n */ && text.charCodeAt(end - 2) === 101 /* e */ && isCompoundRoleAt(text, start, end - 2);
}

/** A role noun, also as the head of a compound ("elektromonteur"); `listed` as for isRolePlural, for ROLE_NOUNS. */
export function isRoleNoun(word: string, listed?: boolean): boolean {
  return (listed ?? ROLE_NOUNS.has(word)) || isCompoundRoleAt(word, 0, word.length);
}

// Built on first use, not at import: in the extension the generated lists are part of the packed
// lexicon, which is there only once the content script has awaited lexiconReady().
let allNames: ReadonlySet<string> | undefined;
let namesThatAreWords: ReadonlySet<string> | undefined;

/** Every given name the engine knows: the hand-curated ones and the generated lists. */
export function firstNames(): ReadonlySet<string> {
  return (allNames ??= new Set([...HAND_CURATED_NAMES, ...GENERATED_FIRST_NAMES, ...GENERATED_NAME_WORDS]));
}

/** A capitalised word from the list of common given names (other capitalised words: sentencesWithPerson). */
export function isPersonName(t: Token): boolean {
  if (!t.capital) return false;
  if (firstNames().has(t.word)) return true;
  // "Gert-Jan", "Jan-Willem": a double given name.
  const hyphen = t.word.indexOf("-");
  if (hyphen > 0 && firstNames().has(t.word.slice(0, hyphen)) && firstNames().has(t.word.slice(hyphen + 1))) return true;
  // "Ilona's handpalmscan", "Sanne's zoontje": a given name with the possessive 's.
  return t.word.endsWith("'s") && firstNames().has(t.word.slice(0, -2));
}

/** A capitalised word right after a given name or a title is a surname: "Ria Pastoor", "Dhr. Bisschop". */
export function isSurname(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  // Not "Martin PTSS" (an acronym) or "Bart (GroenLinks-raadslid)" (a compound).
  if (!t.capital || t.acronym || t.sentenceStart || t.word.includes("-") || !before || before.sentence !== t.sentence) return false;
  // A surname follows its given name after one space: "Serkan, Koerdisch uit Diyarbakir" (a comma between)
  // is an apposition, not "Serkan Koerdisch".
  if (t.start - before.end !== 1 && !TITLES.has(before.key)) return false;
  // After a title, a known given name, or another capitalised word inside the sentence (itself a name).
  return TITLES.has(before.key) || (before.capital && (firstNames().has(before.word) || (!before.sentenceStart && !before.acronym)));
}

/**
 * A given name that names someone even in lower case: a known name that is no everyday word, or a double
 * name of two known names ("jan-willem", "gert-jan"). Shared by the detector and the pre-scan.
 */
function isLowerGivenName(word: string): boolean {
  if (firstNames().has(word)) return !nameIsWord(word);
  const hyphen = word.indexOf("-");
  return hyphen > 0 && firstNames().has(word.slice(0, hyphen)) && firstNames().has(word.slice(hyphen + 1));
}

const nameIsWord = (word: string) =>
  (namesThatAreWords ??= new Set([...HAND_CURATED_NAME_WORDS, ...GENERATED_NAME_WORDS.filter((n) => !HAND_CURATED_NAMES.has(n))])).has(word);

/**
 * Whether token `i` (in the sentence starting at token `from`) is a person's name: a known given name
 * written with a capital, a capitalised word inside the sentence (Dutch capitalises only names there;
 * acronyms, languages and weekdays aside), or a first word before a verb such as "heeft".
 */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(["de", "der", "den", "het", "t", "ter", "ten", "'t"]);
const isTitleBeforeVan = (tokens: readonly Token[], i: number) => {
  const van = tokens[i + 1], next = tokens[i + 2];
  return van !== undefined && van.word === "van" && !van.capital && next !== undefined && next.sentence === van.sentence && !next.capital && !SURNAME_PARTICLES.has(next.word);
};

export function isNameToken(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  // "'s Avonds", "'s Zondags": the old genitive article before a capitalised time word, never a name.
  if (i > 0 && tokens[i - 1]!.word === "s" && tokens[i - 1]!.sentence === t.sentence) return false;
  if (isInitials(tokens, i)) return true;
  // "Toon voor elk pakket …": at a sentence's start a name that is also a word may be an imperative;
  // before an article, a preposition or a pronoun it is one.
  if (isPersonName(t) && (i !== from || !nameIsWord(t.word) || !IMPERATIVE_OBJECTS.has(tokens[i + 1]?.word ?? ""))) return true;
  // "een Plan van aanpak", "de Verklaring van goed gedrag": a capitalised noun before "van" and a word
  // in lower case is a title; a surname's "van" is followed by a capital or a particle ("van den Berg").
  if (t.capital && !t.acronym && i > from && t.word.length > 1 && !hasDigit(t.word) && !CAPITALISED_NON_NAMES.has(t.word) && !CLAUSE_OPENERS.has(t.word) && !isTitleBeforeVan(tokens, i) &&
    !isInBodyName(tokens, i)) return true;
  const next = tokens[i + 1];
  // Phone notes drop capitals and verbs alike: "kees ziek", "dennis enkel verzwikt", "yassin gesneden aan
  // stanley mes". A given name that is no everyday word opens the note with its subject.
  if (i === from && !t.capital && next !== undefined && next.sentence === t.sentence && isLowerGivenName(t.word)) return true;
  // Inside the sentence too: "ik zag dat dennis een sticker …", "iedereen weet dat lisa …". Four letters
  // or more, and never a name that is also a word ("mark", "bas", "ton" need their capital).
  if (i > from && !t.capital && t.word.length >= 4 && isLowerGivenName(t.word)) return true;
  if (i !== from || !next || next.sentence !== t.sentence || !PERSON_VERBS.has(next.word)) return false;
  // An unknown capitalised first word before "is"/"heeft" is often a thing ("Budget is…", "Kraan heeft…").
  // Nor is a known acronym: "HR is bezig met de griepprik".
  if (t.capital) return !NOT_NAMES.has(t.word) && !hasDigit(t.word) && !OBJECT_SUBJECTS.has(t.word) && !(t.acronym && KNOWN_ACRONYMS.has(t.word));
  // Hurried writers skip capitals: "piet heeft rugklachten". A given name that is no everyday word
  // still names someone in lower case, at a sentence's start before such a verb.
  return isLowerGivenName(t.word);
}

const PLACE_HEADS: ReadonlySet<string> = new Set(["provincie", "gemeente", "stad", "dorp", "regio", "waterschap", "deelgemeente", "stadsdeel", "kanton"]);

/** "(Wet Gelijke Behandeling)", "Stichting Veilig Werken": such a head, and a capitalised word after it, are that name. */
function isInBodyName(tokens: readonly Token[], i: number): boolean {
  // "De provincie Noord-Holland", "de gemeente Emmen": a place's name after its kind, in any case.
  if (i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence && PLACE_HEADS.has(tokens[i - 1]!.word)) return true;
  for (let k = i; k >= 0 && k >= i - 3 && tokens[k]!.sentence === tokens[i]!.sentence && tokens[k]!.capital; k--) if (NAME_HEADS.has(tokens[k]!.word)) return true;
  return false;
}

const VOWELS = /[aeiouy]/;

/** `/\d/.test(word)` read in place: isNameToken asks it of every capitalised word a sentence's reference reads. */
function hasDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 48 && word.charCodeAt(k) <= 57) return true;
  return false;
}

/** A short capitalised word without a vowel is initials, not a Dutch word ("JvD", "PdV"); shared with the pre-scan. */
export const INITIALS_MAX = 4;
export function hasNoVowel(word: string): boolean {
  return !VOWELS.test(word);
}

/** `u` is a single capital letter of `t`'s sentence, `gap` characters from it (a plain function, not a closure per call). */
const isLetterBeside = (t: Token, u: Token | undefined, gap: number) =>
  u !== undefined && u.sentence === t.sentence && u.word.length === 1 && u.capital && gap <= 2;

/**
 * Initials as a name: "JvD", "PdV", "JK" (not a known acronym such as "HR" or "BHV"), or single capital
 * letters with full stops, "P.K.". The tokenizer keeps the original's case in `capital` and `acronym`.
 */
export function isInitials(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.capital) return false;
  const w = t.word;
  if (w.length === 1) {
    // "P.K.", "P. K.": another capital letter right beside it.
    return isLetterBeside(t, tokens[i + 1], (tokens[i + 1]?.start ?? 0) - t.end) || isLetterBeside(t, tokens[i - 1], t.start - (tokens[i - 1]?.end ?? 0));
  }
  if (w.length > INITIALS_MAX || !/^[a-z]+$/.test(w) || !hasNoVowel(w)) return false;
  return t.acronym ? w.length <= 3 && !KNOWN_ACRONYMS.has(w) : true;
}

/** Marks each sentence that names or points at a person. */
export function sentencesWithPerson(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (out.has(t.sentence)) continue;
    if (PRONOUNS.has(t.word) || ROLE_NOUNS.has(t.word) || isPersonName(t) || isInitials(tokens, i)) {
      out.add(t.sentence);
      continue;
    }
    // A capitalised word inside a sentence is a name in Dutch ("van Jansen", "Vakbondsman Erik").
    // Acronyms (FNV, MC) and languages or weekdays are not.
    if (t.capital && !t.acronym && !t.sentenceStart && t.word.length > 1 && !hasDigit(t.word) &&
      !CAPITALISED_NON_NAMES.has(t.word) && !CLAUSE_OPENERS.has(t.word)) {
      out.add(t.sentence);
      continue;
    }
    const next = tokens[i + 1];
    if (!t.sentenceStart || !next || next.sentence !== t.sentence || !PERSON_VERBS.has(next.word)) continue;
    if (t.capital && !NOT_NAMES.has(t.word) && !hasDigit(t.word)) out.add(t.sentence);
    // Hurried writers skip capitals: "piet heeft rugklachten". A given name that is no everyday word
    // still names someone in lower case, at a sentence's start before such a verb.
    else if (!t.capital && isLowerGivenName(t.word)) out.add(t.sentence);
  }
  return out;
}

/**
 * The pattern language's @WHO: whether token `i` (in the sentence starting at `from`) names or points
 * at one person, so that what follows is said of them ("Kees ligt plat", not "het werk ligt plat"): a
 * name or initials, a subject pronoun, a role noun ("de steigerbouwer"), "de nieuwe", "mn maat".
 */
const AGE = /^[1-9]\d$/;

/** Object forms of the personal pronouns: "van hem", "bij haar", "of him". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["hem", "haar", "mij", "me", "hen", "him", "her", "them"]);

/**
 * Whether token `i` is a person as a preposition's object: "de vingerafdruk van de heftruckchauffeur",
 * "het DNA van hem", "van Piet". isPersonAt reads subjects only and turns these away ("Volgens Jan ligt
 * het netwerk plat"). Singular: a role plural after "van" is a group ("de gezondheid van de werknemers").
 */
export function isPersonObjectAt(tokens: readonly Token[], i: number, from: number, isTerm: (t: Token) => boolean): boolean {
  const t = tokens[i]!;
  if (OBJECT_PRONOUNS.has(t.word)) return true;
  if (isRoleNoun(t.key)) return true;
  if (isInitials(tokens, i)) return true;
  return t.capital && !t.acronym && i > from && isNameToken(tokens, i, from) && !isTerm(t);
}

export function isPersonAt(tokens: readonly Token[], i: number, from: number, isTerm: (t: Token) => boolean): boolean {
  const t = tokens[i]!;
  const w = t.word;
  if (SUBJECT_PRONOUNS.has(w)) return w !== "i" || t.capital;
  const before = i > from ? tokens[i - 1]!.word : "";
  // "Volgens Jan ligt het netwerk plat": after a preposition the person is no subject.
  if (PREPOSITIONS.has(before) || (i - 1 > from && PREPOSITIONS.has(tokens[i - 2]!.word) && DETERMINER_AFTER_PREPOSITION.has(before))) return false;
  if (BUDDIES.has(w)) return POSSESSIVES.has(before);
  // News gives an age after the person: "De man (40) ligt nog in het ziekenhuis", "Jan (34) viel".
  if (AGE.test(w) && i > from && isPersonAt(tokens, i - 1, from, isTerm)) return true;
  if (w === "nieuwe") return before === "de" || before === "onze" || before === "die" || before === "the";
  if (isRoleNoun(t.key)) return true;
  if (isInitials(tokens, i)) return true;
  // A subject is a thing as often as a person ("Stroom is uitgevallen", "SELinux is uitgeschakeld"):
  // at a sentence's start only a known given name counts, and an acronym never does.
  // Phone notes drop capitals: "kees ziek" (a given name that is no everyday word).
  if (i === from && !t.capital && isLowerGivenName(w)) return true;
  if (t.acronym || (i === from && !isPersonName(t))) return false;
  return isNameToken(tokens, i, from) && !isTerm(t);
}
