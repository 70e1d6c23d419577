import type { Token } from "../text/tokenize.ts";
import { GENERATED_FIRST_NAMES, GENERATED_NAME_WORDS } from "./lexicon/first-names.ts";

// Person cues: the AVG labels data only when it is about an identifiable person ("Jan", "de collega",
// "hij", "een uitzendkracht van X"). Source: hand-curated for Dutch building sites; first names are the
// common given names of Dutch crews (Dutch, Polish, Turkish, Moroccan, Surinamese origin); more, that
// faker's lists lack ("Sharon", "Roel", "Cor", "Steve"), are in scripts/gen-first-names.ts.

export const PRONOUNS = new Set([
  "hij", "zij", "ze", "haar", "zijn", "z'n", "zn", "hem", "zich", "zichzelf", "hijzelf", "zijzelf", "mijn", "m'n", "mn",
  "he", "she", "his", "her", "him", "himself", "herself", "he's", "she's", "i'm", "i've",
]);

/** Role nouns that point at a person on site (singular and plural, common abbreviations). */
export const ROLE_NOUNS = new Set([
  "collega", "medewerker", "mdw", "werknemer", "uitzendkracht", "zzp'er", "zzper", "monteur", "lasser", "chauffeur", "uitvoerder", "voorman",
  "timmerman", "stukadoor", "dakdekker", "kraanmachinist", "machinist", "sjouwer", "vlechter", "betonvlechter",
  "bekister", "metselaar", "tegelzetter", "schilder", "elektricien", "loodgieter", "installateur", "steigerbouwer",
  "grondwerker", "stratenmaker", "opperman", "leerling", "stagiair", "stagiaire", "invaller", "onderaannemer",
  "eigenaar", "betrokkene", "slachtoffer", "werkvoorbereider", "projectleider", "ploegleider", "ploegbaas",
  "heftruckchauffeur", "magazijnmedewerker", "operator", "bezoeker", "nieuwkomer", "leidinggevende",
  "vader", "moeder", "zoon", "dochter", "vrouw", "man", "broer", "zus", "partner", "vriendin",
  "dhr", "mevr", "meneer", "mevrouw", "mw", "jongen", "meid", "kerel", "persoon", "chauffeuse",
  "worker", "colleague", "guy", "foreman", "driver", "operator", "employee", "welder",
  // Parties in court rulings (often anonymised as "[slachtoffer]") and people in news reports.
  "verdachte", "benadeelde", "verzoeker", "verzoekster", "eiser", "eiseres", "gedaagde", "verweerder", "appellant",
  "werkneemster", "voorbijganger", "omstander", "fietser", "automobilist", "bestuurder", "bouwvakker", "vakman",
  "oud-werknemer", "werkgever", "patient", "cursist", "deelnemer", "klant", "buurman", "buurvrouw", "stagiaire",
  // Office and site roles (Dutch job titles in construction, from vacancy and CAO job lists).
  "planner", "calculator", "tekenaar", "projectmanager", "manager", "directeur", "secretaresse", "receptionist",
  "receptioniste", "inkoper", "administrateur", "hr-adviseur", "adviseur", "coordinator", "teamleider", "chef",
  "baas", "opzichter", "toezichthouder", "keurmeester", "veiligheidskundige", "kvp'er", "bhv'er", "ehbo'er",
  "hulpverlener", "portier", "beveiliger", "schoonmaker", "kraandrijver", "vrachtwagenchauffeur", "buschauffeur",
  // Jobs that news and rulings name the person by: "een serveerster", "de technicus", "de trucker".
  "serveerster", "serveerder", "technicus", "trucker", "juf", "docent", "leraar", "lerares", "verpleegkundige", "kok",
  "schoonmaakster", "jubilaris",
  "scaffolder", "electrician", "plumber", "carpenter", "supervisor", "manager", "apprentice", "trainee",
  // More trades (also heads of compounds: "asbestsaneerder", "kraanbediener") and hired hands.
  "sloper", "heier", "voeger", "behanger", "saneerder", "isoleerder", "glaszetter", "kitter", "betonstorter",
  "vloerenlegger", "tegellegger", "parketlegger", "hijsbegeleider", "verkeersregelaar", "bediener", "hovenier",
  "rioolwerker", "bouwwerker", "kraanman", "steigerman", "sloopman", "inhuurkracht", "inleenkracht", "hulpkracht",
  "invalkracht", "flexkracht", "oproepkracht", "vakkracht", "werkstudent",
  "labourer", "laborer", "bricklayer", "roofer", "joiner", "groundworker", "banksman", "operative", "steelfixer",
  "plasterer", "glazier", "fitter", "rigger", "painter", "mechanic", "technician", "engineer",
]);

/**
 * Plurals of the role nouns: "-s", "-en", "-'s" and a doubled last letter ("stukadoors", "leerlingen",
 * "timmermannen"); the pre-scan marks them as person words.
 */
export const ROLE_PLURALS: ReadonlySet<string> = new Set([...ROLE_NOUNS].flatMap((r) => [`${r}s`, `${r}en`, `${r}'s`, `${r}${r[r.length - 1]}en`]));

/** Role nouns long enough to end a compound role: "elektromonteur", "heistellingmachinist", "betonchauffeur". */
const ROLE_HEADS = [...ROLE_NOUNS].filter((r) => r.length >= 6 && !/['-]/.test(r));
/** Compound roles are at least this long. */
const MIN_COMPOUND_ROLE = 9;
const lastThree = (text: string, end: number) =>
  (text.charCodeAt(end - 1) * 961 + text.charCodeAt(end - 2) * 31 + text.charCodeAt(end - 3)) | 0;
/** Role heads by their last three letters: a long word costs one map lookup, nearly always a miss. */
const ROLE_HEADS_BY_END = new Map<number, string[]>();
for (const head of ROLE_HEADS) {
  const key = lastThree(head, head.length);
  ROLE_HEADS_BY_END.set(key, [...(ROLE_HEADS_BY_END.get(key) ?? []), head]);
}

/** Whether `text[start, end)` is a compound ending in a role ("elektromonteur"); shared with the pre-scan. */
export function isCompoundRoleAt(text: string, start: number, end: number): boolean {
  if (end - start < MIN_COMPOUND_ROLE) return false;
  const heads = ROLE_HEADS_BY_END.get(lastThree(text, end));
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
  if ((listed ?? ROLE_PLURALS.has(word)) || word.endsWith("leden") || word.endsWith("lieden")) return true;
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

/** The names crews use every day; the generated lists (lexicon/first-names.ts) add the rest. */
const HAND_CURATED_NAMES: ReadonlySet<string> = new Set(`
jan piet kees henk gerrit willem dirk klaas hans peter paul mark erik eric bas tom tim sem rik rick bart
jeroen wouter ruud ronald richard robert rob martin marco mario frank frans johan joost koen kevin dennis
niels sander stefan thijs lars daan luuk bram jesse stijn sven max ruben arjan arie wim theo ton toon harm
jaap jos job dave david michael patrick pieter jasper jelle joris maarten vincent remco roy ricardo romano
sjaak bert berend gijs hendrik hugo ivo jacco jordy justin kay lucas melvin milan mike nick noah olaf
ahmed ahmet ali mohamed mohammed mustafa hamid hassan hussein youssef yusuf omar karim said samir khalid
mehmet murat emre hakan kemal osman ibrahim ismail fatih burak serkan
piotr tomasz pawel marek krzysztof kamil jakub andrzej lukasz michal grzegorz wojciech adam dariusz
sandra anna anouk lieke sophie sanne emma julia lisa fleur eva iris femke marieke linda petra monique
fatima aisha khadija yasmina samira nadia leila esra elif ayse zeynep
ingrid karin anja ellen marloes mirjam esther inge annemarie wendy nicole kim
mo
`.trim().split(/\s+/));

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
  // "Ilona's handpalmscan", "Sanne's zoontje": a given name with the possessive 's.
  return t.word.endsWith("'s") && firstNames().has(t.word.slice(0, -2));
}

/** Words that follow an imperative at a sentence's start: "Toon voor elk…", "Bas de vloer af" is rare, "Toon de lijst". */
// "Ben je ziek?": "ben" before "je"/"jij" is the verb, not the name Ben.
const IMPERATIVE_OBJECTS = new Set(["voor", "de", "het", "een", "alle", "elk", "elke", "hier", "dit", "dat", "deze", "me", "mij", "ons", "u", "hoe", "wat", "welke", "aan", "op", "je", "jij"]);

/** Titles before a surname: "Dhr. Bisschop", "mevr. Koster". */
const TITLES = new Set(["dhr", "mevr", "mw", "mr", "mrs", "ms", "dr", "ir", "ing", "drs", "prof", "meneer", "mevrouw", "heer"]);

/** A capitalised word right after a given name or a title is a surname: "Ria Pastoor", "Dhr. Bisschop". */
export function isSurname(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  // Not "Martin PTSS" (an acronym) or "Bart (GroenLinks-raadslid)" (a compound).
  if (!t.capital || t.acronym || t.sentenceStart || t.word.includes("-") || !before || before.sentence !== t.sentence) return false;
  // After a title, a known given name, or another capitalised word inside the sentence (itself a name).
  return TITLES.has(before.key) || (before.capital && (firstNames().has(before.word) || (!before.sentenceStart && !before.acronym)));
}

/** Capitalised words that are not names although they are capitalised inside a sentence. */
const CAPITALISED_NON_NAMES = new Set([
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari",
  "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
  "nederlands", "engels", "pools", "duits", "turks", "arabisch", "frans", "ehbo", "bhv", "lmra", "vca",
  "pbm", "vgm", "toolbox", "b", "v", "nv", "bv", "ok", "sos", "ai",
]);

/** Verbs that, after a capitalised first word, make that word a name: "Jantje heeft…", "Sandra is…". */
export const PERSON_VERBS = new Set([
  "heeft", "had", "is", "was", "werd", "kreeg", "krijgt", "viel", "valt", "brak", "gaat", "ging", "zit", "zat",
  "moet", "moest", "wil", "wilde", "mag", "kan", "kon", "draagt", "gebruikt", "slikt", "stemt", "bidt",
  "meldt", "meldde", "liep", "loopt", "klaagt", "klaagde", "sneed", "werkt", "woont", "komt", "kwam",
]);
/** Given names that are also everyday words ("max 3 personen", "job is klaar", "de ton is vol"): names only when capitalised. */
const HAND_CURATED_NAME_WORDS = ["max", "mark", "job", "ton", "toon", "harm", "said", "iris", "frank", "nick", "kay", "kim", "roy", "bas", "rob", "bert", "arie",
  "ferry", "dick", "mo", "nel", "ben", "bob"];
const nameIsWord = (word: string) =>
  (namesThatAreWords ??= new Set([...HAND_CURATED_NAME_WORDS, ...GENERATED_NAME_WORDS.filter((n) => !HAND_CURATED_NAMES.has(n))])).has(word);

/**
 * Things reports speak of as if they were people ("de kraan heeft een hernia", "het budget is ziek
 * overschreden", "de eiken zijn ziek"): as a sentence's subject they make a medical word figurative.
 * Hand-curated from building-site equipment, plans and plants.
 */
export const OBJECT_SUBJECTS = new Set([
  "kraan", "hijskraan", "torenkraan", "machine", "bouwlift", "lift", "graafmachine", "shovel", "heftruck", "pomp",
  "aggregaat", "compressor", "hoogwerker", "auto", "bus", "busje", "wagen", "vrachtwagen", "computer", "laptop",
  "systeem", "server", "app", "printer", "project", "planning", "budget", "begroting", "bedrijf", "firma",
  "leverancier", "markt", "economie", "boom", "bomen", "eik", "eiken", "plant", "planten", "gras", "gebouw",
  "pand", "huis", "dak", "muur", "vloer", "steiger", "ladder", "installatie", "motor", "accu", "batterij",
  "zaag", "boor", "keet", "container", "weer", "klok", "sfeer", "team", "ploeg",
]);

/** First words that are no name even before such a verb. */
const NOT_NAMES = new Set([
  "het", "dit", "dat", "deze", "die", "er", "wie", "wat", "iedereen", "niemand", "alles", "niets", "men",
  "hier", "daar", "nu", "toen", "ook", "wel", "niet", "geen", "een", "de", "er", "ik", "wij", "we", "jij",
  "u", "jullie", "it", "this", "that", "there", "what", "who",
  // Adverbs that open a sentence and put the verb second: "Vandaag is de griepprik geregeld", "Gisteren
  // is de wijziging opgenomen". Time, sequence and stance adverbs of Dutch grammar (ANS, inversion).
  "vandaag", "gisteren", "eergisteren", "morgen", "overmorgen", "vanochtend", "vanmorgen", "vanmiddag", "vanavond",
  "vannacht", "afgelopen", "vorige", "volgende", "inmiddels", "intussen", "ondertussen", "sindsdien", "daarna",
  "daarom", "daarbij", "daardoor", "daarnaast", "daarvoor", "hierdoor", "hierbij", "hiervoor", "verder", "vervolgens",
  "eerst", "later", "straks", "zojuist", "tenslotte", "uiteindelijk", "opnieuw", "nogmaals", "helaas", "gelukkig",
  "misschien", "waarschijnlijk", "blijkbaar", "kennelijk", "bovendien", "overigens", "trouwens", "tevens", "dus",
  "echter", "soms", "vaak", "altijd", "nooit", "al", "alleen", "nog", "dan", "zo", "net", "vanwege", "tijdens",
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "vanaf", "sinds", "na", "voor",
  "today", "yesterday", "tomorrow", "then", "also", "later", "now", "unfortunately", "luckily", "finally",
]);

/**
 * Whether token `i` (in the sentence starting at token `from`) is a person's name: a known given name
 * written with a capital, a capitalised word inside the sentence (Dutch capitalises only names there;
 * acronyms, languages and weekdays aside), or a first word before a verb such as "heeft".
 */
export function isNameToken(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if (isInitials(tokens, i)) return true;
  // "Toon voor elk pakket …": at a sentence's start a name that is also a word may be an imperative;
  // before an article, a preposition or a pronoun it is one.
  if (isPersonName(t) && (i !== from || !nameIsWord(t.word) || !IMPERATIVE_OBJECTS.has(tokens[i + 1]?.word ?? ""))) return true;
  if (t.capital && !t.acronym && i > from && t.word.length > 1 && !/\d/.test(t.word) && !CAPITALISED_NON_NAMES.has(t.word)) return true;
  const next = tokens[i + 1];
  if (i !== from || !next || next.sentence !== t.sentence || !PERSON_VERBS.has(next.word)) return false;
  // An unknown capitalised first word before "is"/"heeft" is often a thing ("Budget is…", "Kraan heeft…").
  // Nor is a known acronym: "HR is bezig met de griepprik".
  if (t.capital) return !NOT_NAMES.has(t.word) && !/\d/.test(t.word) && !OBJECT_SUBJECTS.has(t.word) && !(t.acronym && KNOWN_ACRONYMS.has(t.word));
  // Hurried writers skip capitals: "piet heeft rugklachten". A given name that is no everyday word
  // still names someone in lower case, at a sentence's start before such a verb.
  return firstNames().has(t.word) && !nameIsWord(t.word);
}

/**
 * Abbreviations in capitals that notes use for things, not people: trades' and safety acronyms, parties
 * and unions, units. Hand-curated from Dutch site notes; initials ("JK", "PdV") are what is left.
 */
const KNOWN_ACRONYMS = new Set(`
hr it ict mt or kam vgm bhv pbm vca wc tv kg mm cm km nb ps bv nv mc ic seh ggd ggz uwv cnv fnv vvd pvv cda
sp gl bbb ja vs uk nl be pl eu btw kvk pv cv rvs pvc hsb wtw mv co ok pc gps led usb sms app wa tbs vog
nen bim pm dhz rws bzk kvp lm tbm bvp kpi hse qhse ppe cscs gp ae er icu nhs dvd cd dj mr dr ir st nr
`.trim().split(/\s+/));
const VOWELS = /[aeiouy]/;

/** A short capitalised word without a vowel is initials, not a Dutch word ("JvD", "PdV"); shared with the pre-scan. */
export const INITIALS_MAX = 4;
export function hasNoVowel(word: string): boolean {
  return !VOWELS.test(word);
}

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
    const near = (u: Token | undefined, gap: number) => u !== undefined && u.sentence === t.sentence && u.word.length === 1 && u.capital && gap <= 2;
    return near(tokens[i + 1], (tokens[i + 1]?.start ?? 0) - t.end) || near(tokens[i - 1], t.start - (tokens[i - 1]?.end ?? 0));
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
    if (t.capital && !t.acronym && !t.sentenceStart && t.word.length > 1 && !/\d/.test(t.word) &&
      !CAPITALISED_NON_NAMES.has(t.word)) {
      out.add(t.sentence);
      continue;
    }
    const next = tokens[i + 1];
    if (!t.sentenceStart || !next || next.sentence !== t.sentence || !PERSON_VERBS.has(next.word)) continue;
    if (t.capital && !NOT_NAMES.has(t.word) && !/\d/.test(t.word)) out.add(t.sentence);
    // Hurried writers skip capitals: "piet heeft rugklachten". A given name that is no everyday word
    // still names someone in lower case, at a sentence's start before such a verb.
    else if (!t.capital && firstNames().has(t.word) && !nameIsWord(t.word)) out.add(t.sentence);
  }
  return out;
}

/** Prepositions: a person right after one is not the subject ("volgens Jan", "met de collega"). */
const PREPOSITIONS = new Set([
  "volgens", "van", "met", "bij", "voor", "aan", "door", "naar", "op", "over", "tegen", "zonder", "na", "namens",
  "dan", "als", "tot", "tussen", "per", "according", "with", "for", "to", "by", "from", "of", "than", "about",
]);
const DETERMINER_AFTER_PREPOSITION = new Set(["de", "het", "een", "onze", "mijn", "m'n", "mn", "zijn", "z'n", "haar", "the", "a", "our", "my", "his", "her"]);
/** Pronouns that can be the subject of a sentence about one person: "hij ligt plat", "ze zit vast". */
const SUBJECT_PRONOUNS = new Set(["hij", "zij", "ze", "ik", "he", "she", "i", "he's", "she's", "i'm"]);
/** Possessives before a buddy word: "mn maat", "zijn maat". */
const POSSESSIVES = new Set(["mijn", "m'n", "mn", "zijn", "z'n", "zn", "haar", "my", "his", "her"]);
/** Words for a buddy on site, a person only after a possessive ("mn maat"; "de maat" is a measure). */
const BUDDIES = new Set(["maat", "maatje", "buddy", "mate", "makker"]);

/**
 * The pattern language's @WHO: whether token `i` (in the sentence starting at `from`) names or points
 * at one person, so that what follows is said of them ("Kees ligt plat", not "het werk ligt plat"): a
 * name or initials, a subject pronoun, a role noun ("de steigerbouwer"), "de nieuwe", "mn maat".
 */
export function isPersonAt(tokens: readonly Token[], i: number, from: number, isTerm: (t: Token) => boolean): boolean {
  const t = tokens[i]!;
  const w = t.word;
  if (SUBJECT_PRONOUNS.has(w)) return w !== "i" || t.capital;
  const before = i > from ? tokens[i - 1]!.word : "";
  // "Volgens Jan ligt het netwerk plat": after a preposition the person is no subject.
  if (PREPOSITIONS.has(before) || (i - 1 > from && PREPOSITIONS.has(tokens[i - 2]!.word) && DETERMINER_AFTER_PREPOSITION.has(before))) return false;
  if (BUDDIES.has(w)) return POSSESSIVES.has(before);
  if (w === "nieuwe") return before === "de" || before === "onze" || before === "the";
  if (isRoleNoun(t.key)) return true;
  if (isInitials(tokens, i)) return true;
  // A subject is a thing as often as a person ("Stroom is uitgevallen", "SELinux is uitgeschakeld"):
  // at a sentence's start only a known given name counts, and an acronym never does.
  if (t.acronym || (i === from && !isPersonName(t))) return false;
  return isNameToken(tokens, i, from) && !isTerm(t);
}
