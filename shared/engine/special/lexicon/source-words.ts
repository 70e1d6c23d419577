// The word lists of sources.ts: places, quoted speakers, hedges, sentence adverbs, feasts and figures
// of faith. They are data, packed with the lexicon for the extension (scripts/vite/pack-lexicon.ts);
// there they are filled in place once unpacked, so code derives anything from them only in
// onLexiconLoaded (lexicon/ready.ts). Sources: how Dutch news, court rulings and HR pages write.

/** Prepositions of place: "in Schijndel", "uit Zaandam", "te Arnhem", "naar Rotterdam", "buiten Europa", "heel Nederland". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "uit", "te", "nabij", "richting", "vanuit", "naar", "rond", "from",
  "buiten", "binnen", "heel", "across"]);
/** Titles and roles before a surname with an article: "meneer de Jong", "collega de Wit". */
export const BEFORE_SURNAME: ReadonlySet<string> = new Set(["dhr", "mevr", "mw", "mr", "dr", "ir", "ing", "drs", "meneer", "mevrouw", "heer"]);
/** Verbs that attribute a quote or a claim: "…, zegt woordvoerder De Vries", "aldus Besselink". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  // Not "meldt" ("maandag meldde Piet zich ziek") nor "vond" (found).
  "zegt", "zei", "zeggen", "vertelt", "vertelde", "aldus", "reageert", "reageerde", "benadrukt", "benadrukte",
  "verklaart", "verklaarde", "antwoordt", "antwoordde", "waarschuwt", "waarschuwde", "volgens", "says", "said", "according",
  // How a news story opens or carries on a quote: "…, begint Kılıç", "…, verzucht kaderlid Bastiaansen".
  "begint", "vervolgt", "verzucht", "verzuchtte", "stelt", "stelde", "legt", "licht",
]);
/**
 * What a speaker's title ends in when it heads an interview answer ("Hans de Vries, longarts: Veel
 * klachten …"): an expert or an official, who speaks about others; a site note's "Jan, monteur: rugpijn"
 * is Jan about himself.
 */
export const EXPERT_TITLE_ENDS: readonly string[] = ["arts", "loog", "loge", "deskundige", "adviseur", "onderzoeker", "onderzoekster",
  "hoogleraar", "specialist", "therapeut", "woordvoerder", "woordvoerster", "directeur", "voorzitter", "bestuurder", "ambtenaar", "jurist", "advocaat"];
/** Words inside a speaker's description: "zegt woordvoerder Jan de Vries van Heijmans". */
export const IN_SPEAKER: ReadonlySet<string> = new Set(["de", "het", "een", "van", "der", "den", "ter", "to"]);
/** Words that start another clause before a speech verb could follow. */
export const CLAUSE_LINKS: ReadonlySet<string> = new Set(["en", "maar", "want", "omdat", "nadat", "toen", "terwijl", "dat", "die", "wie", "waar"]);
/** Verbs of observing and judging that introduce a claim with "dat": "ziet dat", "merkt dat", "verwacht dat". */
export const OBSERVING_VERBS: ReadonlySet<string> = new Set(["ziet", "zag", "merkt", "merkte", "denkt", "dacht", "vindt", "vond", "verwacht", "schat", "constateert", "constateerde", "stelt", "stelde", "weet"]);
/** Titles of a speaker that say nothing sensitive by themselves ("woordvoerder", not "dominee" or "FNV-bestuurder"). */
export const SPEAKER_TITLES: ReadonlySet<string> = new Set(["woordvoerder", "woordvoerster", "voorzitter", "vicevoorzitter", "secretaris", "onderhandelaar", "directeur", "bestuurder", "advocaat", "jurist", "spokesperson"]);
/** Function words that patterns use ("lid van de FNV", "bij de bond") but that carry nothing by themselves. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(["bij", "voor", "op", "aan", "in", "met", "namens", "te", "en", "of", "is", "was", "zijn", "die", "dat", "als", "uit", "over", "ook", "nog", "al"]);
/** He, she, his, her: in a reported claim, the speaker again. */
export const SELF_PRONOUNS: ReadonlySet<string> = new Set(["hij", "zij", "zijn", "z'n", "zn", "haar", "hem", "he", "she", "his", "her", "him"]);
/** Verbs of opinion and knowledge after "ik": "voor zover ik weet", "ik denk dat …" say nothing about the writer. */
export const HEDGE_VERBS: ReadonlySet<string> = new Set(["weet", "denk", "vind", "geloof", "verwacht", "hoop", "meen", "schat", "begrijp", "think", "guess", "believe", "hope"]);
/**
 * Words that open a sentence before a verb such as "is" or "heeft" and are no name, although a
 * capitalised first word before such a verb is read as one ("Evenmin is …", "Misschien heeft u …").
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  "evenmin", "bovendien", "daarnaast", "verder", "toch", "daarom", "vervolgens", "inmiddels", "gelukkig", "helaas",
  "meestal", "vaak", "soms", "misschien", "waarschijnlijk", "tevens", "eveneens", "echter", "overigens", "immers",
  "ook", "zo", "nu", "dan", "daarna", "eerst", "later", "eerder", "ondertussen", "intussen", "uiteindelijk",
  "opvallend", "vooral", "zelfs", "nog", "al", "wel", "niet", "hierdoor", "daardoor", "hier", "daar", "thuis",
]);
/** Subject pronouns after an inverted verb: "Ben je ziek?", "Mark je …" (a verb, not the name Ben or Mark). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["je", "jij", "u", "ik", "we", "wij", "jullie", "ze", "zij", "hij"]);
/**
 * Capitalised words that name no one on a site: figures of faith ("de opstanding van Jezus") and feasts
 * and holidays ("met Pasen", "rond Kerst"), which Dutch capitalises like names.
 */
export const RELIGIOUS_FIGURES: ReadonlySet<string> = new Set([
  "jezus", "christus", "allah", "god", "boeddha", "abraham", "mozes",
  "pasen", "kerst", "kerstmis", "pinksteren", "hemelvaart", "hemelvaartsdag", "sinterklaas", "koningsdag", "bevrijdingsdag",
  "oudjaar", "nieuwjaar", "carnaval", "allerheiligen",
]);
/** Ordinals that open names of institutions: "Tweede Kamer", "Eerste Kamer". */
export const ORDINALS: ReadonlySet<string> = new Set(["eerste", "tweede", "derde"]);

/** Nouns for a programme, a paper, an organisation or a place, whose name follows them ("tv-programma Radar"). */
export const TITLED_KINDS: readonly string[] = ["programma", "netwerk", "stichting", "vereniging", "krant", "dagblad", "omroep", "platform", "tijdschrift", "magazine", "website", "podcast", "rubriek", "actiegroep", "zender", "organisatie",
  // Places and units by their kind: "regio Noord", "gemeente Utrecht", "afdeling Infra", "project Zuidas".
  "regio", "provincie", "gemeente", "district", "afdeling", "vestiging", "locatie", "project", "projectteam", "bouwteam",
  // Services and companies written with a capital: "uw Arbodienst", "de Belastingdienst", "het Uitzendbureau".
  "dienst", "bureau", "bedrijf", "instantie", "inspectie", "verzekeraar"];

/**
 * Last parts of an organisation's name: after a capitalised adjective they make it a name ("Islamitische
 * Gemeenschap Milli Görüş", "Rooms-Katholieke Bouwvakarbeidersbond", "Christelijke Hogeschool Ede").
 */
export const ORGANISATION_HEADS: readonly string[] = [
  "bond", "kerk", "gemeente", "gemeenschap", "school", "hogeschool", "universiteit", "partij", "omroep", "stichting",
  "vereniging", "unie", "raad", "federatie", "ziekenhuis", "centrum", "moskee", "synagoge", "organisatie", "beweging",
  "jongeren", "vakbond", "werkgeversvereniging", "zorg", "woningcorporatie", "college", "instituut", "genootschap",
  // Party names: "Islam Democraten", "Aalburgse Alliantie", "Lokaal Belang".
  "democraten", "alliantie", "belang", "belangen",
];
