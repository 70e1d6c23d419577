import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";

// Politics (AVG art. 9) as news and council minutes write it: the party of a named person, a seat or a
// place on a party's list, a person's own party group ("mijn fractie"). Sources: the way Dutch news and
// municipal minutes (raadsverslagen, notulen) name politicians, the Kieswet's words for lists and
// candidates (kandidatenlijst, lijsttrekker, lijstduwer, verkiesbare plaats) and the Gemeentewet's for
// the council's party groups (fractie, fractievoorzitter, burgerraadslid, steunfractielid). Traps beside
// each class in test/unit/lexicon-politics-news.test.ts.

/** Offices whose holder sits for a party (Gemeentewet, Provinciewet, Kieswet), singular: one holder. */
const SEAT = "raadslid|gemeenteraadslid|oudraadslid|burgerraadslid|burgerlid|commissielid|steunfractielid|deelraadslid|wijkraadslid|" +
  "statenlid|kamerlid|oudkamerlid|senator|wethouder|oudwethouder|fractievoorzitter|fractieleider|fractiesecretaris|fractiemedewerker|" +
  "fractiemedewerkster|europarlementarier|gedeputeerde|lijsttrekker|lijstduwer|lijstduwster|kandidaat|kandidaatraadslid";

/** A party's line or ideas in one compound: "het PVV-geluid", "SP-gedachtegoed" (politics.ts' PARTY_COMPOUND). */
const PARTY_LINE = "@PARTY_COMPOUND+geluid|@PARTY_COMPOUND+gedachtegoed|@PARTY_COMPOUND+standpunt|@PARTY_COMPOUND+standpunten|@PARTY_COMPOUND+idealen|@PARTY_COMPOUND+koers|@PARTY_COMPOUND+ideologie|@PARTY_COMPOUND+verkiezingsprogramma|@PARTY_COMPOUND+retoriek|@PARTY_COMPOUND+boodschap|@PARTY_COMPOUND+stokpaardje";

/** Ordinals and numbers of a list place: "de tweede plaats", "plaats drie", "nummer 12". */
const ORDINAL = "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|laatste|1e|2e|3e|4e|5e|6e|7e|8e|9e|10e";
const NUMBER = "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|" + Array.from({ length: 50 }, (_, k) => String(k + 1)).join("|");

export const news: Pick<LexiconList, "patterns"> = {
  patterns: [
    // The party in brackets right after a name, as news and minutes write it: "Gija Schoor (PvdA)",
    // "mevrouw Bennink (GroenLinks) was afwezig". Strong: the pattern holds the person. EXACT (an empty gap) makes the pattern
    // two elements: a one-word pattern is skipped on a capital right after a name, read as a surname. Only names that
    // are nothing but a party. Trap: "de Partij van de Arbeid (PvdA)", "het college (VVD, CDA)": no person
    // right before; "Jan Volt" (an everyday word as a surname) is not a PARTY_ONLY name.
    { id: "news.name-party", pattern: `<@WHO @PARTY_ONLY ${EXACT}`, strength: "strong" },
    // The party after a person and "van", as news names a politician: "Piet de Vries van de VVD",
    // "Sjaak Thijssen van de Groesbeekse Volkspartij", "raadslid Mulder van Dorpsbelangen". Trap: "het
    // verkiezingsprogramma van de VVD", "de zetels van de PVV" (no person before "van").
    { id: "news.name-of-party", pattern: "<@WHO van|vd de|het? @CAP? @PARTY_ONLY", strength: "weak" },
    // Parties by their long names, joined, voted for or sat for: "zit bij de partij voor de dieren", "lid van de
    // Partij van de Arbeid", "stemt op de Partij voor de Vrijheid". Trap: "De Partij van de Arbeid wil meer
    // woningen" (no "bij|op|van|voor" before it).
    { id: "party.long-name", pattern: "bij|op|voor de partij voor de dieren|vrijheid", strength: "weak" },
    { id: "party.long-name.labour", pattern: "bij|op|van|voor de partij van de arbeid", strength: "weak" },
    // An office held for a party: "gemeenteraadslid namens Samen Verder", "oud-raadslid namens de PvdA",
    // "raadslid voor Leefbaar Rotterdam". A capital after "namens" is a local party's name. Strong: a
    // singular office with its party is one holder, also as the apposition of a quote's source ("Volgens
    // Peggy, oud-raadslid namens de PvdA, …"). Trap: "raadsleden namens alle fracties" (plural, a group),
    // "de wethouder namens het college" (college is no party: no capital after an article).
    // A local party's capitalised name right after the preposition: "Kandidaat voor objectbeveiliging
    // Schiphol-Oost" (a job) has a word between.
    { id: "news.seat-for", pattern: `${SEAT} namens|voor ~1 de|het? @PARTY`, strength: "strong", notBefore: ["college", "gemeente", "raad"] },
    { id: "news.seat-for-named", pattern: `${SEAT} namens|voor de|het? @CAP`, strength: "strong", notBefore: ["college", "gemeente", "raad"] },
    // A party's group in a council: "voor de fractie van het CDA", "werkte voor de fractie van de PVV".
    // Trap: "de fractie van de deeltjes", "een fractie van de kosten" (no party after it).
    { id: "news.party-group", pattern: "fractie|fracties|statenfractie|kamerfractie|raadsfractie van|vd ~1 de|het? @PARTY", strength: "weak" },
    // The writer's or speaker's own party group or party: "mijn fractie vroeg de wethouder", "onze
    // partijgenoten". Trap: "mijn fractie van het budget" is no usage; "een fractie van een seconde" has no possessive.
    { id: "news.own-group", pattern: "<mijn|m'n|onze|ons fractie|fractiegenoot|fractiegenoten|partijgenoot|partijgenoten|partijgenote|partijbestuur|partijafdeling", strength: "weak" },
    { id: "news.party-mate", pattern: "partijgenoot|partijgenote|fractiegenoot|fractiegenote|partijprominent|partijkopstuk", strength: "weak" },
    // A place on a party's list (Kieswet: kandidatenlijst, lijstduwer): "Hennie staat op de tweede plaats",
    // "Sleven staat op plaats drie op de lijst", "nummer 5 op de kieslijst". A list word or a party in
    // the sentence. Trap: "de ploeg staat op de tweede plaats in de competitie" (no list), "op elke
    // kieslijst staan lokale partijen" (a list, nobody on it).
    { id: "news.list-place", pattern: `plaats|plek|positie|nummer ${ORDINAL}|${NUMBER} ~2 op|van de ~1 lijst|kieslijst|kandidatenlijst|@PARTY_VOTE`, strength: "weak" },
    { id: "news.list-place.nth", pattern: `staat|stond|staan|komt|kwam op de|een ${ORDINAL}|verkiesbare|onverkiesbare plaats|plek`, strength: "weak", notBefore: ["in", "van", "bij", "op"] },
    // The roles a list gives (Kieswet): "lijstduwer Henk Bres", "de nieuwe lijsttrekker", "kandidaat-raadslid".
    // Trap: "de lijsttrekkersdebatten" (an event), "lijsten" of materials.
    { id: "news.list-role", pattern: "lijstduwer|lijstduwster|lijsttrekster|lijstaanvoerder|kandidaatraadslid|kandidaatwethouder|kandidaatkamerlid|kandidaatstatenlid|kandidaatlijsttrekker|steunfractielid|burgerraadslid", strength: "weak" },
    // Wanting a party seat: "zijn ambities om raadslid te worden", "wil Kamerlid worden".
    // Trap: "wil timmerman worden" (no seat).
    { id: "news.seat-ambition", pattern: "ambitie|ambities|ambieert|wil|wilde|hoopt|droomt ~3 raadslid|gemeenteraadslid|kamerlid|statenlid|wethouder|lijsttrekker te? worden", strength: "weak" },
    // A party's line carried by a person: "is vastbesloten het PVV-geluid te laten horen", "draagt het
    // SP-gedachtegoed uit". Trap: "het PVV-verkiezingsprogramma ligt ter inzage" (weak: nobody in it).
    { id: "news.party-line", pattern: `${PARTY_LINE} ${EXACT}`, strength: "weak" },
    // The causes of the political debate as a person's aim: "We moeten de islamisering stoppen", "wil de
    // asielinstroom beperken". Trap: "de lekkage stoppen" (no cause), "stikstof meten" (no aim verb).
    { id: "news.cause-aim", pattern: "islamisering|immigratie|massaimmigratie|asielinstroom|migratie|klimaatverandering|stikstofbeleid|vluchtelingenstroom ~2 stoppen|stopt|stopte|tegengaan|beperken|indammen|bestrijden|terugdringen|halt", strength: "weak" },
    // Solidarity with a cause shown by a person: "wilde zijn solidariteit tonen aan de boeren".
    // Trap: "solidariteit met de collega's van ploeg B" (no cause listed).
    { id: "news.solidarity", pattern: "solidariteit|steun|sympathie ~3 tonen|betuigen|betuigde|toonde|uiten ~2 aan|met|voor de|het? @CAUSE|boerenprotest|klimaatbeweging", strength: "weak" },
    { id: "news.solidarity-with", pattern: "solidariteit|solidair met|aan de|het? @CAUSE|boerenprotest|klimaatbeweging", strength: "weak" },
  ],
};
