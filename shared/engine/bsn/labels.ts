// Lexicon for binding a number to the label in front of it (BSN SPEC §4.5–4.6).
// Source notes: BSN keywords from Microsoft Purview's keyword list, pruned for building sites
// (persoonsgebonden, person number… dropped: generic there); other labels from the Dutch numbers that
// collide with a BSN (SPEC §3). All entries are folded (lower case, no accents, no hyphens).

/** Keys that name a BSN. Multi-word forms are matched with their words joined ("burger service nummer"). */
export const BSN_KEYWORDS = new Set([
  "bsn", "bsnnummer", "bsnnr", "bsnno", "burgerservicenummer", "burgerservicenr", "burgerservicenummers",
  "sofinummer", "sofinr", "sofi", "sociaalfiscaalnummer", "persoonsnummer",
  // Old names: the sofinummer (until 2007) and the "persoonsgebonden nummer" of the 2007 transition law.
  "sofinummers", "persoonsgebondennummer",
  "citizenservicenumber", "citizen'sservicenumber", "citizensservicenumber",
]);

/** Longest keyword in words ("sociaal fiscaal nummer", "citizen service number"). */
export const MAX_KEYWORD_WORDS = 3;

/** Labels that say a number is something else. */
export const OTHER_LABELS = new Set([
  "tel", "telefoon", "telnr", "mobiel", "mob", "gsm", "fax", "bel", "iban", "rekening", "rek", "tnv", "kvk",
  "rsin", "btw", "btwid", "ticket", "order", "referentie", "ref", "kenmerk", "datum", "factuur", "fiscaal",
  "polis", "lot", "batch", "charge", "serie", "artikel", "project", "bon", "pas", "cmr", "ean", "vin",
  "kenteken", "postcode", "pin", "code", "dossier", "zaak", "melding", "offerte", "contract", "klant",
  "debiteur", "crediteur", "personeel", "werknemer", "registratie", "onderwijsnummer", "vestiging",
]);

/** Word endings that make a label: Werkbon, Projectnr, Toegangspas, Presentielijst, Storingsmelding… */
export const OTHER_LABEL_SUFFIXES = [
  "nummer", "nummers", "nr", "bon", "bonnen", "pas", "lijst", "code", "label", "melding", "brief", "factuur",
  "polis", "order", "ticket", "kenmerk",
];

/** Words that may stand between a label and its number without changing what the label names. */
export const FILLER = new Set([
  "nr", "nummer", "no", "num", "numer", "nummr", "van", "de", "het", "een", "zijn", "z'n", "haar", "hun", "is",
  "was", "op", "met", "voor", "staat", "stond", "the", "of", "number", "nieuwe", "oude", "heeft", "gaf", "en",
  "als", "dit", "deze", "die", "luidt", "wordt", "graag", "bij", "his", "her", "is:", "number:", "in",
  // Verbs and adverbs of "ik heb … genoteerd", "hij gaf … door": they stand before a number without naming it.
  "heb", "hebben", "had", "hadden", "werd", "noteer", "noteerde", "noteren", "gebruik", "gebruikt", "vul",
  "vulde", "krijg", "kreeg", "kregen", "stuur", "stuurde", "stuurt", "geef", "geeft", "gaven", "meld", "typ",
  "typte", "lees", "las", "zie", "zag", "blijkt", "bleek", "klopt", "namelijk", "nl", "dus", "ook", "toch",
  "wel", "nu", "even", "maar", "alleen", "nog", "daarna", "toen", "hier", "daar", "gewoon", "wat",
]);

/** Words that show the number belongs to a person (medium-confidence cue, SPEC §4.7). */
export const PERSONAL_CONTEXT = new Set([
  "geboren", "geb", "geboortedatum", "adres", "woonachtig", "woont", "woonadres", "naam", "medewerker", "mdw",
  "medewerkers", "uitzendkracht", "invaller", "werknemer", "zzp'er", "zzper", "sjouwer", "betrokkene",
  "slachtoffer", "stagiair", "leerling", "inlener", "ingeleend", "personalia",
]);

/** Words that show the sentence is about a company (an RSIN has the same checksum: SPEC §5). */
export const COMPANY_WORDS = new Set(["bv", "nv", "stichting", "vof", "holding", "vereniging", "cooperatie"]);

export function isBsnKeyword(key: string): boolean {
  return BSN_KEYWORDS.has(key);
}

/** Keywords long enough that one typo cannot make another word of them. */
const TYPO_TOLERANT_KEYWORDS = [...BSN_KEYWORDS].filter((k) => k.length >= 9 && !k.includes("'"));

/** One substitution, insertion, deletion or swap of neighbours turns `a` into `b`. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Text that may hold a BSN keyword, typed with one typo or not: one edit leaves at least one of these
 * pieces of every keyword intact. A cheap gate before reading words.
 */
export const MAY_HOLD_KEYWORD = /b\.?s\.?n|bns|sbn|burg|serv|sofi|soci|fisc|persoonsn|persoonsg|citizen/;

const keywordEnds = (n: number) => new Set(TYPO_TOLERANT_KEYWORDS.flatMap((k) => [k.slice(0, n), k.slice(-n)]));
/** One edit cannot change both the first and the last three letters of a word of eight or more. */
const KEYWORD_ENDS = keywordEnds(3);

/** A BSN keyword, or one typed with a single typo ("burgerservicenumer", "sofinumer"). */
export function isBsnKeywordTyped(key: string): boolean {
  if (BSN_KEYWORDS.has(key)) return true;
  if (key.length < 8 || (!KEYWORD_ENDS.has(key.slice(0, 3)) && !KEYWORD_ENDS.has(key.slice(-3)))) return false;
  for (const k of TYPO_TOLERANT_KEYWORDS) if (Math.abs(k.length - key.length) <= 1 && withinOneEdit(key, k)) return true;
  return false;
}

export function isOtherLabel(key: string): boolean {
  if (OTHER_LABELS.has(key)) return true;
  for (const suffix of OTHER_LABEL_SUFFIXES) {
    if (key.length > suffix.length + 1 && key.endsWith(suffix)) return true;
  }
  return false;
}
