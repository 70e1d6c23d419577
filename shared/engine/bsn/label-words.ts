// The word lists for binding a number to the label in front of it (BSN SPEC §4.5–4.6); labels.ts reads
// them. They are data, packed with the lexicon for the extension (scripts/vite/pack-lexicon.ts); there
// they are filled in place once unpacked, so code derives anything from them only in onLexiconLoaded
// (special/lexicon/ready.ts).
// Source notes: BSN keywords from Microsoft Purview's keyword list, pruned for building sites
// (persoonsgebonden, person number… dropped: generic there); other labels from the Dutch numbers that
// collide with a BSN (SPEC §3). All entries are folded (lower case, no accents, no hyphens).

/** Keys that name a BSN. Multi-word forms are matched with their words joined ("burger service nummer"). */
export const BSN_KEYWORDS: ReadonlySet<string> = new Set([
  "bsn", "bsnnummer", "bsnnr", "bsnno", "burgerservicenummer", "burgerservicenr", "burgerservicenummers",
  "sofinummer", "sofinr", "sofi", "sociaalfiscaalnummer", "persoonsnummer",
  // Old names: the sofinummer (until 2007) and the "persoonsgebonden nummer" of the 2007 transition law.
  "sofinummers", "persoonsgebondennummer",
  "citizenservicenumber", "citizen'sservicenumber", "citizensservicenumber",
]);
/** Labels that say a number is something else. */
export const OTHER_LABELS: ReadonlySet<string> = new Set([
  "tel", "telefoon", "telnr", "mobiel", "mob", "gsm", "fax", "bel", "iban", "rekening", "rek", "tnv", "kvk",
  "rsin", "btw", "btwid", "ticket", "order", "referentie", "ref", "kenmerk", "datum", "factuur", "fiscaal",
  "polis", "lot", "batch", "charge", "serie", "artikel", "project", "bon", "pas", "cmr", "ean", "vin",
  "kenteken", "postcode", "pin", "code", "dossier", "zaak", "melding", "offerte", "contract", "klant",
  "debiteur", "crediteur", "personeel", "werknemer", "registratie", "onderwijsnummer", "vestiging",
]);
/** Word endings that make a label: Werkbon, Projectnr, Toegangspas, Presentielijst, Storingsmelding… */
export const OTHER_LABEL_SUFFIXES: readonly string[] = [
  "nummer", "nummers", "nr", "bon", "bonnen", "pas", "lijst", "code", "label", "melding", "brief", "factuur",
  "polis", "order", "ticket", "kenmerk",
];
/** Words that may stand between a label and its number without changing what the label names. */
export const FILLER: ReadonlySet<string> = new Set([
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
export const PERSONAL_CONTEXT: ReadonlySet<string> = new Set([
  "geboren", "geb", "geboortedatum", "adres", "woonachtig", "woont", "woonadres", "naam", "medewerker", "mdw",
  "medewerkers", "uitzendkracht", "invaller", "werknemer", "zzp'er", "zzper", "sjouwer", "betrokkene",
  "slachtoffer", "stagiair", "leerling", "inlener", "ingeleend", "personalia",
]);
/** Words that show the sentence is about a company (an RSIN has the same checksum: SPEC §5). */
export const COMPANY_WORDS: ReadonlySet<string> = new Set(["bv", "nv", "stichting", "vof", "holding", "vereniging", "cooperatie"]);
