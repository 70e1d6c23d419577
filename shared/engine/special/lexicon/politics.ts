import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";

// Political opinions (AVG art. 9): a person's vote, party membership or role, candidacy, campaigning,
// demonstrating and political slogans they carry. Public office without a party or opinion ("de
// wethouder opende de bouwplaats"), elections as dates, election boards as work and "partij" as a batch
// are not. Several party names are ordinary words (Volt as in 230 volt, DENK as "ik denk", CU as copper,
// partij as a batch), so a party only counts with a predicate that ties it to a person.

/**
 * Parties: the Kiesraad's register of party names (Tweede Kamer 2023 and 2025 lists, the large municipal
 * lists), folded; both the long and the short names, and the GL-PvdA combination in its spellings.
 */
const PARTIES = [
  "pvv", "vvd", "nsc", "bbb", "d66", "groenlinks", "pvda", "glpvda", "groenlinkspvda", "cda", "sp", "denk",
  "pvdd", "cu", "christenunie", "sgp", "fvd", "ja21", "volt", "bij1", "50plus", "bvnl", "piratenpartij",
  "leefbaar", "forum", "partij",
];
/** Names that are only a party (no everyday word): these may stand beside a role word ("VVD lid"). */
const PARTY_ONLY = PARTIES.filter((p) => !["denk", "volt", "cu", "forum", "partij", "leefbaar", "sp"].includes(p));
/**
 * Names that make a party compound: "SP-kamerlid", "CU-raadslid", "DENK-wethouder" are parties even where
 * the name alone is a word. Not "forum" (forumlid), "partij" or "leefbaar".
 */
const PARTY_COMPOUND = PARTIES.filter((p) => !["forum", "partij", "leefbaar"].includes(p));

export const politics: LexiconList = {
  category: "politics",
  source: "party names from the Kiesraad register of parties; party roles from the Kieswet and party statutes (lid, kandidaat, raadslid); protest and campaign words hand-curated",
  classes: {
    PARTY: PARTIES,
    PARTY_VOTE: PARTIES.filter((p) => p !== "partij"),
    PARTY_ONLY,
    PARTY_COMPOUND,
    SLOGAN_PARTY: PARTY_COMPOUND.filter((p) => p !== "volt"),
    /** "PVV'er", "D66'er", "GroenLinkser": a person named by their party. */
    PARTY_PERSON: [...PARTY_COMPOUND.map((p) => `${p}'er`), ...PARTY_COMPOUND.map((p) => `${p}'ers`), "groenlinkser", "pvdaer", "cdaer", "vvder"],
    ROLE: [
      "lid", "kaderlid", "raadslid", "kamerlid", "statenlid", "wethouder", "fractievoorzitter", "aanhanger",
      "fan", "voorzitter", "bestuurslid", "campagneleider", "kandidaat", "lijsttrekker", "activist",
      "vrijwilliger", "vrijwilligerswerk", "actief", "stemmer", "kiezer", "sympathisant", "member", "supporter", "voter", "candidate",
    ],
    /** Heads of compounds with a party: "PVV-stemmer", "GroenLinks-raadslid". */
    ROLE_HEAD: [
      "lid", "leden", "stemmer", "stemmers", "aanhanger", "raadslid", "wethouder", "kamerlid", "statenlid", "kandidaat",
      "sympathisant", "fractievoorzitter", "lijsttrekker", "vrijwilliger", "campagneleider", "bestuurslid", "activist",
    ],
    /** Taking part in a protest: "liep mee in de demonstratie", "ging naar het boerenprotest". */
    PROTEST: [
      "demonstratie", "demonstraties", "betoging", "betogingen", "protestmars", "protestactie", "boerenprotest",
      "boerenprotesten", "klimaatmars", "klimaatprotest", "klimaatdemonstratie", "manifestatie", "a12blokkade",
      "protest", "protesten", "demonstration", "rally",
    ],
    /** Topics of political slogans on a helmet, a van or a shirt. */
    POLITICAL_TOPIC: [
      "azc", "asielzoekerscentrum", "asielzoekers", "azcs", "stikstof", "stikstofbeleid", "immigratie", "islamisering",
      "vluchtelingen", "migratie", "palestina", "israel", "zionisme", "regering", "boerenprotest", "abortus",
      "racisme", "fascisme", "wilders", "nexit",
    ],
    SLOGAN_CARRIER: [
      "sticker", "stickers", "button", "buttons", "speldje", "vlag", "vlaggetje", "vlaggen", "spandoek", "poster",
      "leus", "leuze", "slogan", "shirt", "tshirt", "bumpersticker", "pet",
    ],
    /** Party leaders of the Tweede Kamer lists 2023-2025 (Kiesraad) and the best-known foreign ones. */
    LEADER: ["wilders", "baudet", "omtzigt", "timmermans", "yesilgoz", "jetten", "bontenbal", "eerdmans", "marijnissen", "klaver", "trump", "rutte"],
    DEGREE: ["erg", "heel", "zeer", "best", "nogal", "behoorlijk", "flink", "extreem", "uitgesproken", "ultra", "radicaal", "fel", "echt", "behoorlijk", "very", "quite", "really"],
  },
  patterns: [
    // Vote and support.
    { id: "vote", pattern: "stemt|stemde|stemmen|gestemd|stem|votes|voted ~1 op|voor|for? ~2 @PARTY_VOTE", strength: "weak" },
    { id: "vote.before", pattern: "op|voor de|het? @PARTY_VOTE ~2 gestemd|stemt|stemde|stemmen|stem", strength: "weak" },
    // A subordinate clause puts the verb last: "dat ze altijd BBB stemt"; not a party voting ("de BBB stemt tegen").
    { id: "vote.clause-final", pattern: "@PARTY_VOTE stemt|stemde|stemmen|stem|gestemd", strength: "weak", notAfter: ["de", "het", "the"], notBefore: ["tegen", "voor", "in", "mee", "met", "over", "af", "niet"] },
    // "partij" is also a party to a contract ("stemmen af met partij B"): only "stemt op die partij".
    { id: "vote.partij", pattern: "stemt|stemde|stemmen|gestemd|stem op|voor de|een|die|deze|welke partij", strength: "weak" },
    { id: "role.party", pattern: "@ROLE van|voor|bij|of|for|namens|vanuit|vd ~1 de|het|the? @PARTY", strength: "weak" },
    { id: "seat.party", pattern: "zit|zat|zitting voor|namens ~1 de|het? @PARTY_VOTE", strength: "weak" },
    // Party leaders stand for their party: "fan van Wilders", "stemt op Baudet".
    { id: "leader", pattern: "fan|aanhanger|supporter|volgeling|stemt|stemde|gestemd|votes|voted ~2 op|van|of|for @LEADER", strength: "weak" },
    // Not "denk actief mee over de planning": only a name that is nothing but a party.
    { id: "party.role", pattern: "@PARTY_ONLY ~1 @ROLE|stemmer|aanhanger|raadslid|wethouder|kamerlid", strength: "weak" },
    // Generated compounds are exact (EXACT): hundreds of them share their last letters with ordinary words
    // ("-nederlands", "-ander"), which made the typo tolerance compare every such word against them.
    { id: "party-compound", pattern: `@PARTY_COMPOUND+@ROLE_HEAD ${EXACT}`, strength: "weak" },
    { id: "party-person", pattern: "@PARTY_PERSON", strength: "weak" },
    { id: "party-en", pattern: "member|members|supporter|voter of|for ~1 the ~1 party", strength: "weak" },
    // Seats and candidacy: a candidate on a list stands for a party.
    { id: "council.seat", pattern: "zit|zat|zitting|gekozen ~1 in|voor de|het ~1 gemeenteraad|deelraad|waterschap|statenfractie", strength: "weak" },
    // "zit in de tweede ploeg" is a crew: the chamber must be named.
    { id: "council.chamber", pattern: "zit|zat|zitting|gekozen ~1 in|voor de tweede|eerste|provinciale kamer|staten", strength: "weak" },
    { id: "office", pattern: "raadslid|kamerlid|statenlid|gemeenteraadslid|fractievoorzitter|lijsttrekker", strength: "weak" },
    { id: "candidacy", pattern: "kieslijst|kandidatenlijst|verkiesbaar|kandidaatsraadslid|kandidaatraadslid|kandidaatkamerlid", strength: "weak" },
    { id: "candidate-for", pattern: "kandidaat|candidate voor|for|bij ~1 de|the? gemeenteraad|tweede|staten|provinciale|verkiezingen|statenverkiezingen|gemeenteraadsverkiezingen|kamerverkiezingen|council|election|elections", strength: "weak" },
    // News writes a politician's party after the name: "Wethouder Karin Dekker (GroenLinks)". The title
    // comes first: a pattern starting with @CAP would be tried at every word of every sentence.
    { id: "party-after-name", pattern: "wethouder|burgemeester|raadslid|gemeenteraadslid|kamerlid|minister|staatssecretaris|gedeputeerde|statenlid|senator|europarlementarier|fractievoorzitter @CAP ~2 @PARTY", strength: "weak" },
    // Working for a party is a political role: "fractiemedewerker bij de PVV", "zijn werk voor de PVV".
    { id: "works-for-party", pattern: "werk|werkte|werkt|werkzaam|fractiemedewerker|fractiemedewerkster voor|bij ~1 de|het? @PARTY", strength: "weak" },
    // Campaigning for a party or an election.
    { id: "campaign.word", pattern: "verkiezingscampagne|campagneteam|campagnevrijwilliger|campagneleider", strength: "weak" },
    { id: "campaign.for-party", pattern: "campagne|campaign|flyers|folders|flyeren|flyert|flyerde|geflyerd|campaigns|campaigning ~2 voor|for ~1 de|het|the? @PARTY", strength: "weak" },
    // Helping with or running a campaign is activism; a safety campaign says what it is about
    // ("campagne Veilig werken", "voert campagne over valgevaar").
    { id: "campaign.helps", pattern: "helpt|helpen|hielp|hielpen|meegeholpen|voert|voerde|gevoerd|voeren ~3 campagne|campagnes", strength: "weak", notBefore: ["veilig", "veiligheid", "over", "rond", "om", "voor"] },
    // Demonstrating: "liep mee in de demonstratie", "demonstreerde tegen", "demonstrant".
    { id: "campaign.run", pattern: "campagne|campagnes ~1 gevoerd|voeren|gevoerd", strength: "weak" },
    // "Demonstratie van de nieuwe hoogwerker" is a product demo: a protest is against something or by people.
    // From "mee" or "deel" on ("liep vorige week mee in de klimaatmars", "nam deel aan de betoging"): a
    // common verb first would be tried at every "loopt" and "deed" of every accepted sentence.
    { id: "protest.joined", pattern: "mee|meegelopen|meeliep|meeloopt|meegedaan|meedoen|meedeed|deel|marched|joined ~4 @PROTEST", strength: "weak", notBefore: ["van"] },
    { id: "protest.joined-after", pattern: "@PROTEST meegelopen|meegedaan|mee|meelopen", strength: "weak" },
    { id: "protest.took-part-en", pattern: "took|takes|taking|take part ~1 in ~3 @PROTEST", strength: "weak" },
    // Not "joined in March": a march with its cause.
    { id: "protest.march-en", pattern: "climate|protest|peace|farmers|women's march|marches", strength: "weak" },
    { id: "protest.verb", pattern: "demonstreert|demonstreerde|demonstreerden|gedemonstreerd|demonstreren|betoogt|betoogde|protested|demonstrated tegen|against", strength: "weak" },
    { id: "protest.movement", pattern: "extinction rebellion", strength: "weak" },
    { id: "protest.movement-short", pattern: "actief|lid|member ~2 bij|van|of ~1 xr|greenpeace|fdf|kozp", strength: "weak" },
    // Political slogans a person carries: "sticker 'Stop asielzoekerscentrum' op de helm van Jeroen".
    { id: "slogan", pattern: "@SLOGAN_CARRIER ~4 @POLITICAL_TOPIC|@PARTY_ONLY", strength: "weak" },
    // Not Volt: "de 230 volt-sticker op de kast" is a warning label.
    { id: "slogan.party", pattern: `@SLOGAN_PARTY+@SLOGAN_CARRIER ${EXACT}`, strength: "weak" },
    { id: "slogan.political", pattern: "politieke|political|partijpolitieke @SLOGAN_CARRIER", strength: "weak" },
    { id: "slogan.upside-down-flag", pattern: "omgekeerde|omgedraaide vlag|vlaggen|nederlandse", strength: "weak" },
    // Opinion and ideology.
    { id: "opinion", pattern: "politieke|political voorkeur|overtuiging|kleur|ideeen|mening|opvattingen|views|opinions|sympathieen", strength: "weak" },
    { id: "opinion.active", pattern: "politiek|politically actief|active|geengageerd", strength: "weak" },
    { id: "leaning", pattern: "@BE|wordt|stemt @DEGREE links|rechts|linkse|rechtse|socialistisch|communistisch|leftwing|rightwing|leftist", strength: "weak" },
    { id: "leaning.views", pattern: "linkse|rechtse|extreemrechtse|extreemlinkse|radicaalrechtse|radicaallinkse ideeen|standpunten|opvattingen|mening|praat|sympathieen|denkbeelden", strength: "weak" },
    { id: "ideology", pattern: "communist|socialist|extreemrechts|extreemlinks|nationalist|fascist|nazi|neonazi|anarchist|klimaatactivist|linksradicaal|rechtsradicaal|populist|farright|farleft", strength: "weak" },
  ],
};
