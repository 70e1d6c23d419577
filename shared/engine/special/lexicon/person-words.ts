import { DEMONYM_PLURALS } from "./reference-words.ts";
// The word lists of person cues (persons.ts reads them): pronouns, roles, hand-curated given names,
// titles and the words around a name. They are data, packed with the lexicon for the extension
// (scripts/vite/pack-lexicon.ts); there they are filled in place once unpacked, so code derives
// anything from them only after lexicon/ready.ts says they are there (onLexiconLoaded).
// Source: hand-curated for Dutch building sites; first names are the common given names of Dutch
// crews (Dutch, Polish, Turkish, Moroccan, Surinamese origin).

export const PRONOUNS: ReadonlySet<string> = new Set([
  "hij", "zij", "ze", "haar", "zijn", "z'n", "zn", "hem", "zich", "zichzelf", "hijzelf", "zijzelf", "mijn", "m'n", "mn",
  // "ie": the spoken "hij" after a verb or a conjunction ("dat ie bij de FNV zit", "heeft ie").
  "ie",
  "he", "she", "his", "her", "him", "himself", "herself", "he's", "she's", "i'm", "i've",
]);
/** Role nouns that point at a person on site (singular and plural, common abbreviations). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  // Members by their body, plural "-leden" (persons.ts): "twee kaderleden van de FNV", "het raadslid".
  "kaderlid", "raadslid", "gemeenteraadslid", "bestuurslid", "kamerlid", "statenlid", "ploeglid",
  "collega", "medewerker", "mdw", "werknemer", "uitzendkracht", "zzp'er", "zzper", "monteur", "lasser", "chauffeur", "uitvoerder", "voorman",
  "timmerman", "stukadoor", "dakdekker", "kraanmachinist", "machinist", "sjouwer", "vlechter", "betonvlechter",
  "bekister", "metselaar", "tegelzetter", "schilder", "elektricien", "loodgieter", "installateur", "steigerbouwer",
  "grondwerker", "stratenmaker", "opperman", "leerling", "stagiair", "stagiaire", "invaller", "onderaannemer",
  "eigenaar", "betrokkene", "slachtoffer", "werkvoorbereider", "projectleider", "ploegleider", "ploegbaas",
  "heftruckchauffeur", "magazijnmedewerker", "operator", "bezoeker", "nieuwkomer", "leidinggevende",
  "vader", "moeder", "zoon", "dochter", "vrouw", "man", "broer", "zus", "partner", "vriendin",
  "dhr", "mevr", "meneer", "mevrouw", "mw", "jongen", "meid", "kerel", "persoon", "chauffeuse",
  // The guy of chat-style notes and the guest on site: "die gast van het uitzendbureau", "vent", "gozer".
  "gast", "vent", "gozer", "knul",
  "worker", "colleague", "guy", "foreman", "driver", "operator", "employee", "welder",
  // Parties in court rulings (often anonymised as "[slachtoffer]") and people in news reports.
  "verdachte", "benadeelde", "verzoeker", "verzoekster", "eiser", "eiseres", "gedaagde", "verweerder", "appellant",
  "werkneemster", "voorbijganger", "omstander", "fietser", "automobilist", "bestuurder", "bouwvakker", "vakman",
  "oud-werknemer", "werkgever", "patient", "cursist", "deelnemer", "klant", "buurman", "buurvrouw", "stagiaire",
  // Office and site roles (Dutch job titles in construction, from vacancy and CAO job lists).
  "planner", "calculator", "tekenaar", "projectmanager", "manager", "directeur", "secretaresse", "receptionist",
  "receptioniste", "inkoper", "administrateur", "hr-adviseur", "adviseur", "consulent", "coordinator", "teamleider", "chef",
  "baas", "opzichter", "toezichthouder", "keurmeester", "veiligheidskundige", "kvp'er", "bhv'er", "ehbo'er",
  "hulpverlener", "portier", "beveiliger", "watchman", "zaakvoerder", "schoonmaker", "kraandrijver", "vrachtwagenchauffeur", "buschauffeur",
  // Jobs that news and rulings name the person by: "een serveerster", "de technicus", "de trucker".
  "serveerster", "serveerder", "technicus", "trucker", "juf", "docent", "leraar", "lerares", "verpleegkundige", "kok",
  "schoonmaakster", "jubilaris", "getuige",
  // Believers named by their faith are persons too: "een 18-jarige moslima die stage wilde lopen" is
  // someone, as "een 18-jarige stagiaire" is; in the plural ("moslims mogen …") they are a group.
  "moslim", "moslima", "christen", "jood", "jodin", "hindoe", "sikh", "boeddhist",
  // Union officers named by their office, as Flemish news does: "De vakbondsmilitant in kwestie werd ontslagen".
  "vakbondsmilitant", "vakbondsafgevaardigde", "vakbondsdelegee", "hoofdafgevaardigde", "vakbondsman", "vakbondsvrouw",
  // Party members named by their party: "stapten een VVD'er en een GroenLinkser op".
  "vvd'er", "cda'er", "sp'er", "pvv'er", "d66'er", "pvda'er", "groenlinkser", "bbb'er", "fvd'er", "sgp'er", "cu'er", "raadskandidaat",
  // People on board and on the road, as accident news names them: "het gewonde bemanningslid", "de passagier".
  "bemanningslid", "opvarende", "inzittende", "passagier", "voetganger", "matroos", "schipper", "visser",
  "havenarbeider", "stuurman", "wielrenner", "motorrijder", "scooterrijder", "gewonde",
  "scaffolder", "electrician", "plumber", "carpenter", "supervisor", "manager", "apprentice", "trainee",
  // More trades (also heads of compounds: "asbestsaneerder", "kraanbediener") and hired hands.
  "sloper", "heier", "voeger", "behanger", "saneerder", "isoleerder", "glaszetter", "kitter", "betonstorter",
  "vloerenlegger", "tegellegger", "parketlegger", "hijsbegeleider", "verkeersregelaar", "bediener", "hovenier",
  "rioolwerker", "bouwwerker", "kraanman", "steigerman", "sloopman", "inhuurkracht", "inleenkracht", "hulpkracht",
  "invalkracht", "flexkracht", "oproepkracht", "vakkracht", "werkstudent",
  // Road, rail and tunnel trades. Not "werker" or "bouwer" as heads: a "hoogwerker" is a machine and "de
  // bouwer" of a house a company.
  "wegwerker", "spoorwerker", "baanwerker", "tunnelwerker", "tunnelbouwer", "wegenbouwer", "asfalteerder", "afwerker",
  "pijpfitter", "leidinglegger",
  "labourer", "laborer", "bricklayer", "roofer", "joiner", "groundworker", "banksman", "operative", "steelfixer",
  // The people English jobs meet: "the customer observes Shabbat", "the tenant uses a wheelchair". Not "client":
  // on a site the client is the company that commissions the work ("as agreed with the client").
  "customer", "tenant", "resident", "homeowner", "colleague", "supervisor", "foreman", "apprentice", "driver",
  "plasterer", "glazier", "fitter", "rigger", "painter", "mechanic", "technician", "engineer",
  // Greenhouse, farm and food-industry crews: "de oogster bij de komkommers". Not "plukker": "zijn plukkers"
  // (a plural of a role reads as a group) is a grower's crew in rulings on exploitation.
  "oogster", "tuinder", "inpakker", "inpakster", "sorteerder", "orderpicker", "productiemedewerker", "operator",
  // Offshore, marine and steel crews of English notes: "the new deckhand", "one of the pipefitters".
  "deckhand", "crewman", "pipefitter", "erector", "surveyor", "bosun", "boatswain", "steward", "cook", "sparky", "chippy", "brickie",
]);
/** The names crews use every day; the generated lists (lexicon/first-names.ts) add the rest. */
export const HAND_CURATED_NAMES: ReadonlySet<string> = new Set(`
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
ingrid karin anja ellen marloes mirjam esther inge annemarie wendy nicole kim susan suzanne michel arjen kuba
joao pedro jose luis carlos antonio kofi kwame emmanuel anwar
mo
`.trim().split(/\s+/));
/** Words that follow an imperative at a sentence's start: "Toon voor elk…", "Bas de vloer af" is rare, "Toon de lijst". */
// "Ben je ziek?": "ben" before "je"/"jij" is the verb, not the name Ben.
export const IMPERATIVE_OBJECTS: ReadonlySet<string> = new Set(["voor", "de", "het", "een", "alle", "elk", "elke", "hier", "dit", "dat", "deze", "me", "mij", "ons", "u", "hoe", "wat", "welke", "aan", "op", "je", "jij"]);
/** Titles before a surname: "Dhr. Bisschop", "mevr. Koster". */
export const TITLES: ReadonlySet<string> = new Set(["dhr", "mevr", "mw", "mr", "mrs", "ms", "dr", "ir", "ing", "drs", "prof", "meneer", "mevrouw", "heer"]);
/** Capitalised words that are not names although they are capitalised inside a sentence. */
export const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set([
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari",
  "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
  "nederlands", "engels", "pools", "duits", "turks", "arabisch", "frans", "ehbo", "bhv", "lmra", "vca",
  "pbm", "vgm", "toolbox", "b", "v", "nv", "bv", "ok", "sos", "ai",
  // Peoples in the plural are groups, not names ("75.000 Nederlanders", "twee Polen"): reference-words.ts.
  ...DEMONYM_PLURALS,
  // Believers, capitalised as many write them: "maken Moslims tijdens de Ramadan kortere nachten" is a
  // group; the singular is a person as a role is (ROLE_NOUNS), not as a name.
  "moslim", "moslims", "moslima", "moslima's", "christen", "christenen", "jood", "joden", "hindoe", "hindoes", "sikh", "sikhs",
  "boeddhist", "boeddhisten", "katholieken", "protestanten",
  // The codes and acts rulings cite: "artikel 308 Wetboek van Strafrecht", "de Arbeidsomstandighedenwet".
  "wetboek", "strafrecht", "strafvordering", "burgerlijk", "arbeidsomstandighedenwet", "arbowet", "arbeidsomstandighedenbesluit",
  "arbobesluit", "wegenverkeerswet", "opiumwet", "ziektewet", "grondwet", "awgb", "avg",
]);
/** Capitalised heads of a law's or a body's name: the capitalised words after them are that name ("Wet Gelijke Behandeling"). */
export const NAME_HEADS: ReadonlySet<string> = new Set(["wet", "stichting", "raad", "college", "ministerie", "inspectie", "rechtbank", "hof", "commissie", "vereniging", "bond", "federatie"]);
/**
 * Closed-class words, capitalised mid-sentence only where a clause opens after a colon or a quotation
 * mark ("longarts: Veel klachten …", "zegt: “Uit onderzoek blijkt …"): never a name. (Surname particles
 * such as "De" or "Van" may be dropped here: the surname after them still counts.)
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "de", "het", "een", "deze", "die", "dit", "dat", "veel", "vele", "alle", "elke", "ieder", "iedere", "sommige", "meeste", "weinig",
  "uit", "in", "op", "bij", "met", "voor", "na", "door", "over", "van", "tijdens", "volgens", "zonder", "naast", "onder",
  "als", "maar", "en", "want", "omdat", "toen", "wanneer", "hoewel", "doordat", "daarom", "dus", "ook", "toch", "nu", "dan",
  "wat", "hoe", "waarom", "waar", "wie", "welke", "er", "daar", "hier", "zo", "niet", "geen", "nooit", "altijd", "soms", "vaak",
]);
/** Verbs that, after a capitalised first word, make that word a name: "Jantje heeft…", "Sandra is…". */
export const PERSON_VERBS: ReadonlySet<string> = new Set([
  "heeft", "had", "is", "was", "werd", "kreeg", "krijgt", "viel", "valt", "brak", "gaat", "ging", "zit", "zat",
  "moet", "moest", "wil", "wilde", "mag", "kan", "kon", "draagt", "gebruikt", "slikt", "stemt", "bidt",
  "meldt", "meldde", "liep", "loopt", "klaagt", "klaagde", "sneed", "werkt", "woont", "komt", "kwam",
  // Verbs of telling and of a body's mishap, whose subject is a person in a note ("Marja belde af, …",
  // "Ilse vertelde …", "Ruud struikelde …"); not "ligt", "gaf", "laat" ("Materiaal ligt klaar").
  "belde", "belt", "zegt", "zei", "vertelde", "vertelt", "vraagt", "vroeg", "appte", "appt", "mailde", "voelt",
  "voelde", "struikelde", "gleed", "verstapte", "verzwikte", "stootte", "brandde",
  // The same in the English of mixed crews ("Tomek has tested positive", "Ionut fell from the ladder").
  "has", "got", "fell", "told", "said", "says", "tested", "feels", "felt", "hurt", "broke", "slipped", "tripped",
  "needs", "wants", "went", "came", "called", "injured", "twisted", "wears", "wore",
]);
/** Given names that are also everyday words ("max 3 personen", "job is klaar", "de ton is vol"): names only when capitalised. */
export const HAND_CURATED_NAME_WORDS: readonly string[] = ["max", "mark", "job", "ton", "toon", "harm", "said", "iris", "frank", "nick", "kay", "kim", "roy", "bas", "rob", "bert", "arie",
  "ferry", "dick", "mo", "nel", "ben", "bob"];
/**
 * Things reports speak of as if they were people ("de kraan heeft een hernia", "het budget is ziek
 * overschreden", "de eiken zijn ziek"): as a sentence's subject they make a medical word figurative.
 * Hand-curated from building-site equipment, plans and plants.
 */
export const OBJECT_SUBJECTS: ReadonlySet<string> = new Set([
  "kraan", "hijskraan", "torenkraan", "machine", "bouwlift", "lift", "graafmachine", "shovel", "heftruck", "pomp",
  "bulldozer", "dumper", "wals", "trekker", "tractor", "motor", "generator", "betonmixer", "mixer", "slijptol", "boormachine",
  "aggregaat", "compressor", "hoogwerker", "auto", "bus", "busje", "wagen", "vrachtwagen", "computer", "laptop",
  "systeem", "server", "app", "printer", "project", "planning", "budget", "begroting", "bedrijf", "firma",
  "leverancier", "markt", "economie", "boom", "bomen", "eik", "eiken", "plant", "planten", "gras", "gebouw",
  "pand", "huis", "dak", "muur", "vloer", "steiger", "ladder", "installatie", "motor", "accu", "batterij",
  "zaag", "boor", "keet", "container", "weer", "klok", "sfeer", "team", "ploeg",
  // Machines and systems of a site by their compound names ("De betonpomp heeft een hernia", "de
  // urenapp is ziek traag"): the commonest plant of Dutch sites and the software crews use.
  "betonpomp", "betonmixer", "mixer", "rupskraan", "bouwkraan", "mobielekraan", "kraanwagen", "minigraver",
  "graafkraan", "verreiker", "trilplaat", "generator", "hijsinstallatie", "boormachine", "slijptol",
  "zaagmachine", "heimachine", "boorstelling", "tunnelboormachine", "wals", "asfaltmachine", "kipper",
  "vrachtauto", "aanhanger", "bouwkeet", "schaftkeet", "telefoon", "tablet", "software", "urenapp", "website",
  "netwerk", "wifi", "internet", "planningstool", "scanner", "lasapparaat", "compressor",
]);
/** First words that are no name even before such a verb. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  "het", "dit", "dat", "deze", "die", "er", "wie", "wat", "iedereen", "niemand", "alles", "niets", "men",
  "hier", "daar", "nu", "toen", "ook", "wel", "niet", "geen", "een", "de", "er", "ik", "wij", "we", "jij",
  "u", "jullie", "it", "this", "that", "there", "what", "who",
  // "Je komt vervelend terecht en breekt je been": the reader, capitalised at a sentence's start.
  "je", "jouw", "uw", "men",
  // Question words before their verb: "Wanneer meldt …", "Hoe gaat …", "Waarom heeft …".
  "wanneer", "hoe", "waarom", "welke", "waar", "waarmee", "how", "when", "why", "where",
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
  // Degree and frequency adverbs that open a statement about a population: "Gemiddeld is een werknemer …".
  "gemiddeld", "meestal", "doorgaans", "gewoonlijk", "regelmatig", "zelden", "vooral", "meestentijds", "normaal", "normaliter",
  "usually", "often", "generally",
  // The headings of a report or a toolbox sheet, written without their article: "Thema was rugklachten",
  // "Oorzaak is vermoeidheid", "Uitslag is bekend".
  "thema", "onderwerp", "oorzaak", "gevolg", "reden", "conclusie", "actie", "acties", "doel", "resultaat", "uitslag",
  "maatregel", "advies", "opmerking", "risico", "probleem", "status", "aanleiding", "toedracht", "topic", "cause", "result",
  // Policy pages' openers: "Uitgangspunt is dat een ieder …", "Feit is dat …", "Regel is …".
  "uitgangspunt", "feit", "vraag", "regel", "stelling", "vuistregel", "principe", "bedoeling", "kern", "voorwaarde", "tip",
]);
/**
 * Abbreviations in capitals that notes use for things, not people: trades' and safety acronyms, parties
 * and unions, units. Hand-curated from Dutch site notes; initials ("JK", "PdV") are what is left.
 */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set(`
hr it ict mt or kam vgm bhv pbm vca wc tv kg mm cm km nb ps bv nv mc ic seh ggd ggz uwv cnv fnv vvd pvv cda
sp gl bbb ja vs uk nl be pl eu btw kvk pv cv rvs pvc hsb wtw mv co ok pc gps led usb sms app wa tbs vog
nen bim pm dhz rws bzk kvp lm tbm bvp kpi hse qhse ppe cscs gp ae er icu nhs dvd cd dj mr dr ir st nr
`.trim().split(/\s+/));
/** Prepositions: a person right after one is not the subject ("volgens Jan", "met de collega"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "volgens", "van", "met", "bij", "voor", "aan", "door", "naar", "op", "over", "tegen", "zonder", "na", "namens",
  "dan", "als", "tot", "tussen", "per", "according", "with", "for", "to", "by", "from", "of", "than", "about",
]);
export const DETERMINER_AFTER_PREPOSITION: ReadonlySet<string> = new Set(["de", "het", "een", "onze", "mijn", "m'n", "mn", "zijn", "z'n", "haar", "the", "a", "our", "my", "his", "her"]);
/** Pronouns that can be the subject of a sentence about one person: "hij ligt plat", "ze zit vast". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["hij", "ie", "zij", "ze", "ik", "he", "she", "i", "he's", "she's", "i'm"]);
/** Possessives before a buddy word: "mn maat", "zijn maat". */
export const POSSESSIVES: ReadonlySet<string> = new Set(["mijn", "m'n", "mn", "zijn", "z'n", "zn", "haar", "my", "his", "her"]);
/** Words for a buddy on site, a person only after a possessive ("mn maat"; "de maat" is a measure). */
export const BUDDIES: ReadonlySet<string> = new Set(["maat", "maatje", "buddy", "mate", "makker"]);
