// The word lists of context.ts (negation, prevention, topics, definitions, examples, discrimination,
// texts about a subject), of person-context.ts (companies) and of anchors.ts (everyday words). They
// are data, packed with the lexicon for the extension (scripts/vite/pack-lexicon.ts); there they are
// filled in place once unpacked, so code derives anything from them only in onLexiconLoaded
// (lexicon/ready.ts). Source: hand-curated; clinlp's negation triggers were read for ideas only (GPL).

/** Words that negate what follows within a few words: "geen letsel", "niemand gewond". */
export const NEGATION_BEFORE: ReadonlySet<string> = new Set(["geen", "niet", "niemand", "nooit", "zonder", "no", "not", "nobody", "none", "without", "never", "noch"]);
/**
 * Negations of a verb or an adjective, whose scope a comma ends: "nee niet helemaal, mijn knie is nog
 * dik", "voel me niet lekker, beetje duizelig". Not "geen", which a comma continues in a list ("geen
 * snijwonden, kneuzingen of breuken").
 */
export const CLAUSE_NEGATIONS: ReadonlySet<string> = new Set(["niet", "nooit", "not", "never"]);
/** A place opening a sentence: "Op de SEH is een foto gemaakt" defines no term. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["op", "in", "bij", "naar", "door", "at", "to"]);
/** Words after a term that negate it: "breuk is uitgesloten". */
export const NEGATION_AFTER: ReadonlySet<string> = new Set(["uitgesloten", "ruled"]);
/** Prevention and hazard words: "voorkom rugklachten", "om gehoorschade te voorkomen". */
export const PREVENTION_BEFORE: ReadonlySet<string> = new Set([
  // Comparisons: "alsof hij astma heeft" says something about a machine, not a person.
  "alsof",
  "voorkom", "voorkomen", "voorkomt", "preventie", "risico", "risico's", "gevaar", "gevaren", "bescherming",
  "beschermen", "beschermt", "kans", "avoid", "prevent", "risk", "tegengaan", "vermijd", "vermijden",
  // Campaigns and attention for a condition: "meer aandacht voor burn-out in de bouw".
  "aandacht", "bewustwording", "awareness",
]);
/** Action against a condition: "meer doen tegen burn-out", "maatregelen tegen rugklachten", "de strijd tegen kanker". */
export const ACTION_AGAINST: ReadonlySet<string> = new Set(["doen", "maatregelen", "maatregel", "strijd", "campagne", "actie", "acties", "aanpak", "beleid", "middel", "middelen", "wapen", "vaccin", "vaccinatie", "inenting"]);
// An infinitive of causing after a term names a possible effect: "(kan) hartritmestoornissen geven", "(kan
// tot) gehoorschade leiden".
export const PREVENTION_AFTER: ReadonlySet<string> = new Set(["voorkomen", "te", "vermijden", "tegengaan", "prevent", "avoid", "geven", "veroorzaken", "opleveren", "leiden"]);
/** Words that make a sentence a general topic rather than a report about someone. */
export const TOPIC_WORDS: ReadonlySet<string> = new Set([
  "toolbox", "toolboxmeeting", "voorlichting", "cursus", "training", "beleid", "protocol", "instructie",
  "campagne", "nultolerantie", "regels", "regel", "verplicht", "verboden", "informatie", "folder", "poster",
  "workshop", "presentatie", "richtlijn", "richtlijnen", "procedure", "vacature", "onderwerp", "thema",
  // Rules of a workplace and the law: "een verbod op religieuze uitingen", "het personeelsreglement".
  "verbod", "reglement", "personeelsreglement", "huisregels", "gedragscode", "wetgeving",
  // The penalty the law sets: "Op mensenhandel staat een maximumstraf van 12 jaar gevangenisstraf".
  "maximumstraf", "strafmaximum",
  // "het verbieden van een hoofddoek mag alleen wanneer …", "religieuze uitingen zijn niet toegestaan".
  "verbieden", "toegestaan",
]);
/** Building work on a care or justice building: "renovatie van de afkickkliniek", "nieuwbouw van het ziekenhuis". */
export const BUILDING_WORK: ReadonlySet<string> = new Set(["renovatie", "nieuwbouw", "verbouwing", "sloop", "onderhoud", "uitbreiding", "oplevering", "bouw", "renovation"]);
/** What a civil court orders a party to pay or do: "veroordeeld tot betaling van het loon", "in de proceskosten". */
export const CIVIL_ORDERS: ReadonlySet<string> = new Set([
  "betaling", "betalen", "terugbetaling", "doorbetaling", "loondoorbetaling", "proceskosten", "kosten", "nakoming",
  "schadevergoeding", "vergoeding", "wedertewerkstelling", "toelating", "afgifte", "verstrekking",
]);
export const JUDGED: ReadonlySet<string> = new Set(["veroordeeld", "veroordeelt", "veroordelen", "veroordeelde"]);
/** Conditions and injuries named as a topic: "Een burn-out is …", "Een hernia kan …" (a definition, nobody's). */
export const DEFINING_VERBS: ReadonlySet<string> = new Set(["is", "kan", "ontstaat", "betekent", "wordt", "komt", "heeft", "geeft", "zorgt", "treedt", "are", "is"]);
/** Adverbs that a general statement puts between its verb and its predicate. */
export const STATEMENT_ADVERBS: ReadonlySet<string> = new Set(["inmiddels", "nog", "nog steeds", "vaak", "ook", "nu", "al", "veruit", "nog altijd", "daarmee", "dus", "still", "now", "often", "also"]);
/** Words that introduce examples of a kind: "psychische klachten zoals stress en burn-out". */
export const EXAMPLE_WORDS: ReadonlySet<string> = new Set(["zoals", "bijvoorbeeld", "bv", "bijv", "waaronder", "variërend", "varierend", "including",
  // "Onder blijvend letsel wordt verstaan: amputatie, blindheid …": what a term covers, by definition.
  "verstaan"]);
/** Words that may stand in a list of examples between the introducing word and the term. */
export const LIST_WORDS: ReadonlySet<string> = new Set(["en", "of", "en/of", "or", "and", "een", "de", "het", "bijvoorbeeld", "as", "lichte", "ernstige", "zware"]);
/** "discriminatie op afkomst", "onderscheid naar godsdienst": the ground of discrimination, nobody's trait. */
export const DISCRIMINATION: ReadonlySet<string> = new Set([
  "discriminatie", "discrimineren", "onderscheid", "uitsluiting", "discrimination", "discriminated",
  // "is gediscrimineerd vanwege zijn afkomst": the ground again, whose origin it is the text does not say.
  "gediscrimineerd", "discrimineert", "discrimineerde", "discrimineerden",
]);
// Not "zijn", "haar": "discriminatie op grond van haar huidskleur" is one person's trait at issue.
export const GROUND_LINKS: ReadonlySet<string> = new Set(["op", "naar", "van", "vanwege", "wegens", "grond", "basis", "based", "on", "of", "de", "het", "hun"]);
/** Words for a text or talk about something: "een uitspraak over ontslag wegens diefstal", "een blog over burn-out". */
export const ABOUT_WORDS: ReadonlySet<string> = new Set([
  "uitspraak", "uitspraken", "blog", "artikel", "boek", "brochure", "folder", "factsheet", "podcast", "webinar", "lezing",
  "documentaire", "rapport", "onderzoek", "studie", "informatie", "vragen", "gesprek", "debat", "discussie", "nieuwsbrief",
  "bespreekt", "bespreken", "besproken", "gaat", "ging", "praten", "sprak", "spreekt", "schrijft", "schreef",
]);
/** Compounds of a topic word: "drugsbeleid", "veiligheidsinstructie", "reanimatiecursus". */
export const TOPIC_HEADS: readonly string[] = ["beleid", "protocol", "instructie", "instructies", "cursus", "training", "procedure", "campagne", "voorlichting", "regels", "richtlijn"];


// Companies (person-context.ts).
/**
 * Words for a company or its kind, hand-curated from Dutch court rulings and inspection reports.
 * Not "onderaannemer" or "werkgever": on a site those are as often one person (a zzp'er, the boss).
 */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  "bv", "nv", "vof", "onderneming", "rechtspersoon", "vennootschap", "bedrijf", "hoofdaannemer", "bouwbedrijf",
  "aannemersbedrijf", "firma", "holding", "stichting", "company", "contractor",
]);

// Everyday words (anchors.ts).
// The words that fill every Dutch sentence, which a pre-scan anchor avoids: the most frequent Dutch
// function words and auxiliaries (from the SUBTLEX-NL and OpenTaal frequency lists' top ranks).
export const EVERYDAY: ReadonlySet<string> = new Set(`
de het een en van in op te dat die is was voor met aan er niet zijn om als bij naar ook door of uit
dan nog wel maar over tot heeft hebben had werd worden wordt zal kan moet ze hij zij je ik we wij u
hun haar zich meer al geen na onder tegen toen zo hier daar deze dit wat wie waar toch nu omdat
af mee heen weg zou gaan gaat ging kreeg krijgt komt kwam doen deed gedaan naast vanaf sinds via
nieuw nieuwe goed goede groot grote ander andere eerste laatste veel weer even alleen
the a an of to in on at for with is was has had be by from and or
`.trim().split(/\s+/));

/**
 * Conditions people name to exaggerate what a situation does to them: "ik krijg er een burn-out van",
 * "ik word er depressief van", "hij krijgt nog een hartaanval van die planning". Not symptoms a thing
 * can really cause ("ik word er misselijk van" near fumes), which stay findings.
 */
export const HYPERBOLE_TERMS: ReadonlySet<string> = new Set([
  "burnout", "burn-out", "depressief", "depressie", "depri", "hartaanval", "hartverzakking", "hartinfarct", "zenuwinzinking",
  "rolberoerte", "beroerte", "gek", "gestoord", "krankzinnig", "psychose", "trauma", "ptss", "maagzweer", "zweer",
]);
/** Verbs of that exaggeration: what the situation gives or makes you. */
export const HYPERBOLE_VERBS: ReadonlySet<string> = new Set([
  "krijg", "krijgt", "kreeg", "kregen", "krijgen", "word", "wordt", "werd", "werden", "worden", "raak", "raakt", "raakte",
]);
