// The word lists that decide whom a sentence is about (reference.ts) and whether a match describes a
// group (groups.ts): pronouns, determiners, quantifiers, plurals of people, verbs of advice and rules.
// They are data, packed with the lexicon for the extension (scripts/vite/pack-lexicon.ts); there they
// are filled in place once unpacked, so code derives anything from them only in onLexiconLoaded.
// Sources: Dutch reference grammar (ANS), checked against incident, LMRA and toolbox notes, news, HR
// and union texts.

/** Pronouns that always point at one specific person (the writer, or "he"/"him"). */
export const SPECIFIC_PRONOUNS: ReadonlySet<string> = new Set([
  // Not "zichzelf": reflexive, it is whoever the subject is ("een medewerker … een gevaar voor zichzelf").
  "ik", "mijn", "m'n", "mn", "mij", "me", "mezelf", "hij", "ie", "hem", "z'n", "zn", "hijzelf", "zijzelf",
  "i", "my", "me", "myself", "he", "him", "his", "himself", "she", "herself", "he's", "she's", "i'm", "i've", "he'd", "she'd", "i'd",
]);
/** The writer: the form is filled in by a logged-in, identifiable user. */
export const WRITER: ReadonlySet<string> = new Set(["ik", "mijn", "m'n", "mn", "mij", "me", "mezelf", "i", "my", "myself"]);
/** Articles and demonstratives before a subject noun. */
export const DETERMINERS: ReadonlySet<string> = new Set(["de", "het", "die", "deze", "dat", "dit", "onze", "ons", "the", "our", "this", "that"]);
/** Pronouns that may also be plural or a verb ("ze moeten", "zij zijn", "zijn helm"): specific unless the sentence is generic. */
export const AMBIGUOUS_PRONOUNS: ReadonlySet<string> = new Set([
  "zij", "ze", "zijn", "haar", "zich", "her", "hun", "they", "their", "them",
  // Pronouns of a group already named: "twee van hen", "beiden zijn naar huis", "both went home".
  "hen", "beiden", "allebei", "both",
]);
/** Determiners that single out one known person: "de collega", "deze monteur", "onze stagiair". */
export const DEFINITE: ReadonlySet<string> = new Set(["de", "deze", "die", "onze", "ons", "mijn", "m'n", "zijn", "z'n", "haar", "hun", "the", "this", "that", "our", "my", "his", "her"]);
/** Words that make the following noun people in general. */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  "elke", "ieder", "iedere", "alle", "sommige", "veel", "vele", "meeste", "enkele", "diverse", "verschillende",
  "geen", "uw", "jouw", "je", "every", "each", "all", "any", "some", "most", "many", "your",
  // Populations in news: "tientallen bouwvakkers", "steeds meer mensen".
  "tientallen", "honderden", "duizenden", "talloze", "meer", "minder", "dozens", "hundreds", "thousands",
]);
/** Subjects that are nobody in particular. */
export const GENERIC_SUBJECTS: ReadonlySet<string> = new Set([
  // "mens": "de erfelijke aanleg van een mens", "de mens" is anyone.
  // "niemand heeft graag een tandarts met …": nobody in particular, as "iemand" is.
  "iemand", "niemand", "men", "je", "jij", "u", "uw", "jullie", "iedereen", "wie", "een", "mens", "someone", "anyone", "anybody",

  "somebody", "everyone", "everybody", "you", "one", "whoever",
]);
/** Words that open a conditional or hypothetical clause. */
export const CONDITIONALS: ReadonlySet<string> = new Set(["als", "indien", "wanneer", "mocht", "mochten", "stel", "zodra", "ingeval", "if", "when", "whenever", "unless", "tenzij"]);
/** Plurals of peoples by nationality or origin (CBS country-of-origin list, plus the EU labour migrants). */
export const DEMONYM_PLURALS: readonly string[] = [
  "nederlanders", "belgen", "vlamingen", "polen", "duitsers", "turken", "marokkanen", "surinamers", "antillianen", "roemenen",
  "bulgaren", "oekrainers", "britten", "engelsen", "fransen", "italianen", "spanjaarden", "portugezen", "amerikanen", "europeanen",
  "afrikanen", "aziaten", "syriers", "afghanen", "eritreeers", "chinezen", "hongaren", "litouwers", "letten", "kroaten", "serviers",
];

/** Plural nouns for people in general; with a number before them they are a counted crew. */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  // Peoples by nationality or origin, plural: "twee Polen van de lasploeg" is a counted crew, "75.000
  // Nederlanders krijgen een hernia" a statistic, "Nederlanders" alone people in general; never a name.
  ...DEMONYM_PLURALS,
  "medewerkers", "werknemers", "werkneemsters", "collega's", "collegas", "mensen", "personen", "werkenden",
  "bouwvakkers", "vakmensen", "uitzendkrachten", "zzp'ers", "zzpers", "monteurs", "chauffeurs", "vrouwen",
  "mannen", "jongens", "heren", "dames", "gasten", "jongeren", "ouderen", "leerlingen", "stagiairs", "deelnemers", "sjouwers", "lassers",
  "timmerlieden", "timmermannen", "machinisten", "operators", "bezoekers", "patienten", "slachtoffers",
  "werkgevers", "leidinggevenden", "ploegleden", "bhv'ers", "ehbo'ers", "bhvers", "ehboers", "gelovigen", "moslims", "christenen", "leden",
  // People in a criminal case: "drie verdachten aangehouden" is a counted, specific group; "verdachten hebben recht op …" is anyone.
  "verdachten", "veroordeelden", "gedetineerden", "arrestanten", "daders",
  // Clergy as a group: "jonge predikanten zijn explicieter gelovig" is about clergy in general.
  "predikanten", "dominees", "imams", "priesters", "pastoors", "rabbijnen", "pastores", "voorgangers",
  "workers", "employees", "people", "colleagues", "staff", "persons", "women", "men", "guys", "lads",
]);
/** Verbs that open advice or an instruction when they start a sentence. */
export const IMPERATIVES: ReadonlySet<string> = new Set([
  "bespreek", "meld", "draag", "bel", "zorg", "let", "neem", "vraag", "houd", "hou", "gebruik", "controleer",
  "informeer", "waarschuw", "schakel", "stop", "werk", "til", "drink", "raadpleeg", "volg", "check", "denk",
  "voorkom", "vermijd", "leg", "geef", "stuur", "noteer", "registreer",
  // Advice pages: "Herken de signalen van een beroerte", "Lees hier wat je moet doen".
  "herken", "lees", "kijk", "bekijk", "ontdek", "download", "bescherm", "beperk", "probeer", "zoek", "wees", "blijf",
  "discuss", "report", "wear", "call", "make", "ensure", "keep", "use", "avoid", "ask", "inform", "contact",
]);
/** Words of statistics and aggregates: "procent", "3,8%", "een op de vijf", "gemiddeld". */
export const STATISTICS: ReadonlySet<string> = new Set([
  // Advice: "het is verstandig dat de BHV'ers weten hoe ze…", "belangrijk om…".
  "verstandig", "raadzaam", "belangrijk", "aanbevolen", "advies", "adviseren", "tip", "tips",
  "procent", "percent", "percentage", "gemiddeld", "gemiddelde", "jaarlijks", "statistiek", "cijfers", "aantal", "average", "annually",
  // What a rule or a tariff applies to: "het tarief van 180 uur taakstraf geldt voor …".
  "geldt", "gelden",
  // A trend in a population: "een steeds vaker voorkomend probleem", "toenemende uitval".
  "voorkomend", "voorkomende", "toenemend", "toenemende", "vaker"]);
/** Figures about a population: with them a counted group is a statistic ("jaarlijks komen vijf mensen om"). */
export const FIGURES: ReadonlySet<string> = new Set(["procent", "percent", "percentage", "gemiddeld", "gemiddelde", "jaarlijks", "statistiek", "cijfers", "average", "annually"]);
/** The employer is the company in rulings, HR pages and news: its duties, fines and checks are no one's data. */
export const EMPLOYER: ReadonlySet<string> = new Set(["werkgever", "werkgeefster", "werkgevers", "employer"]);
/** Subjects of an impersonal reflexive ("dat uit zich in", "het laat zich raden"). */
export const IMPERSONAL: ReadonlySet<string> = new Set(["het", "dat", "dit", "er", "wat", "it", "this"]);
/** A hypothetical someone, whom a role later in the sentence may stand for again. */
export const SOMEONE: ReadonlySet<string> = new Set(["iemand", "someone", "somebody", "anyone", "anybody", "whoever"]);
/** Determiners that point back to someone already mentioned: "deze persoon", "die collega". */
export const BACK_REFERENCE: ReadonlySet<string> = new Set(["deze", "die", "dezelfde", "diezelfde", "this", "that", "the same"]);
/** Conjunctions that may open a sentence before its first clause: "En als er iemand hoest, …". */
export const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(["en", "maar", "of", "dus", "want", "ook", "and", "but", "so"]);
/** Numbers written as words (for counted crews and "een op de vijf"). */
// Up to twenty, as crew sizes in digits go (reference.ts' MAX_CREW): "zijn achttien mensen aangehouden".
export const NUMBER_WORDS: ReadonlySet<string> = new Set(["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
  "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "beide", "both", "two", "three", "four", "five"]);
export const MODALS: ReadonlySet<string> = new Set([
  "mag", "mogen", "moet", "moeten", "dient", "dienen", "kan", "kunnen", "zal", "zullen", "hoort", "horen", "must", "should", "may", "can", "shall",
  // "Een werknemer hoeft niet te zeggen …", "… kunt u niet zomaar ontslaan": what the rule allows or needs.
  "hoeft", "hoeven", "kunt", "kun", "needs", "need", "cannot",
]);
/** Words after which "zijn" is the verb "to be": "we zijn", "de steigers zijn", "er zijn". */
export const SUBJECTS_OF_ZIJN: ReadonlySet<string> = new Set(["we", "wij", "jullie", "ze", "zij", "er", "het", "die", "dat", "dit", "deze", "allen", "beide", "they", "there"]);
/** Words after which "zijn" is the verb: "zijn gecontroleerd", "zijn er", "zijn niet". */
export const AFTER_VERB_ZIJN: ReadonlySet<string> = new Set([
  "er", "niet", "al", "nog", "nu", "weer", "ook", "klaar", "gereed", "goed", "in", "op", "aan", "bij", "onder", "te", "van",
  "als", "dat", "om", "wel", "de", "het", "een", "geen", "dan", "allemaal", "beide", "allebei", "zo", "erg", "heel",
  // Adjectives that follow the verb: "de eiken zijn ziek", "de vloeren zijn nat".
  "ziek", "gewond", "moe", "kapot", "stuk", "nat", "droog", "vies", "schoon", "zwaar", "licht", "nieuw", "oud", "veilig",
  "onveilig", "open", "dicht", "vol", "leeg", "los", "vast", "gesloten", "slecht", "beter", "duidelijk", "bekend", "nodig",
  // A preposition never follows the possessive: "bepalend zijn voor de duur", "die tegen zijn", "zijn met
  // velen", so "zijn" before one is the verb.
  "voor", "met", "tegen", "uit", "door", "naar", "over", "tot", "na", "zonder", "achter", "tussen", "binnen", "buiten", "per", "sinds",
]);
/** Nouns that look like participles: "zijn gezicht", "zijn gewricht". */
export const GE_NOUNS: ReadonlySet<string> = new Set(["gezicht", "gebit", "gewricht", "gezin", "geweten", "gewicht", "gereedschap", "geld"]);
/** Plural pronouns: a group, never one person by themselves. */
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(["hun", "hen", "they", "their", "them"]);
/** The parties of employment law, which HR pages and the law name as anyone in that role. */
export const LEGAL_PARTIES: ReadonlySet<string> = new Set(["werknemer", "werkgever", "werkneemster", "werkgeefster"]);
/**
 * Who information texts speak of in the definite singular as anyone in that situation: "het
 * slachtoffer kan bewusteloos zijn", "de patiënt kan …" (a report says what happened, not what can).
 */
export const AFFECTED_PARTIES: ReadonlySet<string> = new Set(["slachtoffer", "patient", "patiënt", "betrokkene", "getroffene", "victim", "casualty"]);
/**
 * Who gives care: in a sentence about care they are the provider, not whose health it is ("de
 * vertrouwenspersoon en het bedrijfsmaatschappelijk werk zijn bereikbaar", "EHBO'er heeft het gekoeld":
 * whose knee that was comes from the sentences before).
 */
export const CARE_PROVIDERS: ReadonlySet<string> = new Set([
  "huisarts", "bedrijfsarts", "arts", "dokter", "verzekeringsarts", "arbo-arts", "arboarts", "fysiotherapeut", "fysio", "psycholoog",
  "psychiater", "therapeut", "tandarts", "oogarts", "neuroloog", "chirurg", "specialist", "verpleegkundige", "ehbo'er", "ehboer",
  "bhv'er", "bhver", "vertrouwenspersoon", "hulpverlener", "ambulancebroeder", "ambulanceverpleegkundige", "casemanager",
  "doctor", "nurse", "paramedic", "paramedics", "physiotherapist", "first-aider", "medic",
]);
/** Bare indefinite pronouns of a group: "Anderen zijn niet ziek" (not the English determiners "some", "many"). */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(["anderen", "sommigen", "velen", "enkelen", "meesten", "others"]);
/** The reader, addressed: "voor u als werkgever". */
export const READERS: ReadonlySet<string> = new Set(["u", "je", "jij", "you"]);
/** Present-tense verbs of causing: "leidt tot", "veroorzaakt". */
export const CAUSAL_VERBS: ReadonlySet<string> = new Set(["leidt", "leiden", "veroorzaakt", "veroorzaken", "zorgt", "zorgen", "geeft", "geven", "leads", "causes"]);
/** A deadline a procedure sets: "vóór 09.30 uur", "uiterlijk binnen 2 werkdagen". */
export const DEADLINE_WORDS: ReadonlySet<string> = new Set(["voor", "uiterlijk", "binnen"]);
export const DEADLINE_UNITS: ReadonlySet<string> = new Set(["uur", "uren", "dagen", "werkdagen", "weken", "dag", "werkdag", "week"]);
/** The same in the plural: "BHV'ers hebben gereanimeerd", "de hulpdiensten ondernamen een reanimatiepoging" (no group in general). */
export const CARE_PROVIDER_PLURALS: ReadonlySet<string> = new Set([
  "bhv'ers", "bhvers", "ehbo'ers", "ehboers", "ambulancebroeders", "ambulancemedewerkers", "ambulanceverpleegkundigen", "hulpverleners",
  "hulpdiensten", "verpleegkundigen", "artsen", "paramedici", "medics", "paramedics", "first-aiders", "nurses", "doctors",
]);
/** Modals of possibility: with them a sentence says what can be, not what is. */
export const POSSIBILITY: ReadonlySet<string> = new Set(["kan", "kunnen", "can", "may", "might", "could"]);
/** Words that deny: "kan niet lopen" is what someone cannot do now, not a possibility. */
export const DENIALS: ReadonlySet<string> = new Set(["niet", "geen", "nooit", "not", "no", "never", "cannot", "can't", "nergens"]);
/** Plurals of events counted in statistics: "284 meldingen", "32 ongevallen per jaar". */
export const EVENT_PLURALS: ReadonlySet<string> = new Set([
  "meldingen", "ongevallen", "ongelukken", "incidenten", "doden", "gewonden", "slachtoffers", "arbeidsongevallen", "bedrijfsongevallen",
  "accidents", "incidents", "deaths", "injuries", "fatalities", "casualties", "cases", "gevallen",
]);
/** Adverbs of what usually happens: "een slachtoffer heeft vaak meerdere botbreuken" is about any victim. */
// "gemiddeld": an average is about a population ("Gemiddeld is een werknemer met een burn-out 9 maanden uit de roulatie").
export const HABITUAL: ReadonlySet<string> = new Set(["vaak", "meestal", "doorgaans", "gewoonlijk", "zelden", "veelal", "vaker", "gemiddeld", "often", "usually", "rarely", "on average"]);
/** Finite verbs that open a condition by inversion: "Is een werknemer ziek, dan …". */
export const INVERTED_VERBS: ReadonlySet<string> = new Set(["is", "ben", "bent", "heeft", "hebt", "heb", "wordt", "word", "raakt", "krijgt", "kan", "kun", "moet", "wil", "voel", "voelt", "gaat", "ga", "blijft", "blijf"]);
/** Past-tense verbs of a report: with them "een collega die …" is someone who did something. */
export const PAST: ReadonlySet<string> = new Set([
  "werd", "werden", "was", "waren", "had", "hadden", "kreeg", "kregen", "viel", "vielen", "raakte", "raakten", "liep", "liepen",
  "brak", "ging", "gingen", "kwam", "kwamen", "stond", "stonden", "zat", "zaten", "meldde", "moest", "wilde", "sneed", "gleed",
]);
/**
 * Plural past tenses of what bystanders did at an accident: "Collega's begonnen te reanimeren",
 * "Omstanders belden 112". Listed, not guessed from "-den/-ten": present plurals end the same way
 * ("collega's letten op", "medewerkers wachten"), and those are rules about anyone.
 */
export const PLURAL_PAST: ReadonlySet<string> = new Set([
  // Only what people do for someone else: "Collega's kregen hoofdpijn" is about the colleagues.
  "begonnen", "belden", "haalden", "hielpen", "brachten", "droegen", "tilden", "legden", "zagen", "vonden", "riepen",
  "renden", "gaven", "verleenden", "troffen", "reanimeerden", "alarmeerden", "koelden", "spoelden", "namen", "zochten",
  "hoorden", "merkten", "ontdekten", "probeerden", "trokken", "hielden", "startten", "waarschuwden", "ondersteunden",
  "vingen", "started", "called", "helped", "carried", "found",
]);
/** What a procedure does to whoever: "wordt gebeld", "krijgt een uitnodiging", "hoeft niet". */
export const PROCEDURE_VERBS: ReadonlySet<string> = new Set(["wordt", "worden", "krijgt", "krijgen", "hoeft", "hoeven", "ontvangt", "ontvangen"]);
/** Possessives of a third person before a role: "zijn leidinggevende", "haar collega". */
export const THIRD_POSSESSIVES: ReadonlySet<string> = new Set(["zijn", "z'n", "haar", "hun", "his", "her", "their"]);
/** Words that start the subject of a clause: "als je", "als een collega", "als Jan", "als er". */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([
  "je", "jij", "u", "ik", "we", "wij", "hij", "zij", "ze", "het", "de", "een", "er", "iemand", "men", "jullie", "dat", "die",
  "deze", "dit", "uw", "jouw", "mijn", "zijn", "haar", "hun", "onze", "ons", "niemand", "iedereen", "alle", "elke", "geen",
  "you", "someone", "anyone", "the", "a", "it", "he", "she", "they", "we", "i",
]);

// Groups (groups.ts).
/** Plural people words outside the role lists: "volwassenen met hersenletsel", "ondernemers van Turkse afkomst". */
export const MORE_GROUPS: ReadonlySet<string> = new Set([
  "volwassenen", "jongvolwassenen", "kinderen", "clienten", "bewoners", "inwoners", "burgers", "nederlanders", "ondernemers",
  "arbeiders", "migranten", "werkzoekenden", "sollicitanten", "kandidaten", "studenten", "vluchtelingen", "statushouders",
  // Collectives: "personeel met een migratieachtergrond", "talent met een arbeidsbeperking".
  "personeel", "talent", "arbeidskrachten", "nieuwkomers", "werkenden", "gezinnen", "families",
  // Groups of news and rulings: "openlijk homoseksuele leerkrachten", "orthodox-religieuze immigranten".
  "leerkrachten", "leraren", "docenten", "immigranten", "asielzoekers", "scholieren", "jongeren", "ouderen", "patienten", "agenten",
  "militairen", "ambtenaren", "zorgmedewerkers", "verpleegkundigen", "gelovigen",
]);
/** Plural words of belief and membership that lexicons list: a group, not a person. */
export const GROUP_TERMS: ReadonlySet<string> = new Set([
  "moslims", "christenen", "joden", "katholieken", "protestanten", "hindoes", "boeddhisten", "baptisten", "gelovigen", "sikhs",
  "vakbondsleden", "homo's", "homos", "lesbiennes",
  // Peoples and communities in the plural (ethnicity.ts lists the singulars a person is called by).
  "antillianen", "molukkers", "koerden", "zigeuners", "curacaoenaars", "hindoestanen", "creolen", "allochtonen", "marokkanen",
  "turken", "surinamers", "berbers", "roma",
]);
/** Copulas before a plural predicate: "Jan en Piet zijn christenen", "ze waren moslims". */
export const PREDICATE_VERBS: ReadonlySet<string> = new Set(["zijn", "waren", "worden", "werden", "bleken", "blijken"]);
/** Words for a share of a group: "een deel van de lhbti-gemeenschap", "de helft van de moslims". */
export const SHARES: ReadonlySet<string> = new Set(["deel", "helft", "meerderheid", "minderheid", "kwart", "derde", "groep", "aantal"]);
