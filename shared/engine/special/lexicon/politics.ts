import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";
import { activity } from "./politics-activity.ts";
import { partyMoves } from "./politics-party-moves.ts";
import { englishMore } from "./english-more.ts";
import { verbFinal } from "./verb-final.ts";
import { newsStories } from "./news-stories.ts";
import { notePhrasings } from "./note-phrasings.ts";
import { news } from "./politics-news.ts";

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
  // The words local parties are named with on the municipal lists ("Gemeentebelangen Hoogeveen",
  // "Dorpsbelangen", "Groesbeekse Volkspartij"): a council member "(Gemeentebelangen)" is a party's.
  "gemeentebelangen", "gemeentebelang", "dorpsbelangen", "dorpsbelang", "stadsbelangen", "stadsbelang", "burgerbelangen", "burgerbelang",
  "volkspartij",
  // Youth wings of the parties (their own statutes): membership of one is party membership.
  "jovd", "cdja", "pinkpolitiek",
  // Belgian parties Flemish crews vote for (their own names on the Belgian lists): not "groen" (a colour)
  // nor "vooruit" alone in the lists that stand beside a role word (PARTY_ONLY below).
  "vooruit", "nva", "n-va", "cdenv", "openvld", "vlaamsbelang", "pvdapvda",
];
/** Names that are only a party (no everyday word): these may stand beside a role word ("VVD lid"). */
const PARTY_ONLY = PARTIES.filter((p) => !["denk", "volt", "cu", "forum", "partij", "leefbaar", "sp", "vooruit"].includes(p));
/**
 * Names that make a party compound: "SP-kamerlid", "CU-raadslid", "DENK-wethouder" are parties even where
 * the name alone is a word. Not "forum" (forumlid), "partij" or "leefbaar".
 */
const PARTY_COMPOUND = PARTIES.filter((p) => !["forum", "partij", "leefbaar"].includes(p));

export const politics: LexiconList = {
  category: "politics",
  source: "party names from the Kiesraad register of parties; party roles from the Kieswet and party statutes (lid, kandidaat, raadslid); protest and campaign words hand-curated",
  classes: {
    ...partyMoves.classes,
    PARTY: PARTIES,
    /** Places on a candidate list: "staat op plek 2", "plaats 10 en 6". */
    LIST_PLACE: Array.from({ length: 50 }, (_, i) => String(i + 1)),
    PARTY_VOTE: PARTIES.filter((p) => p !== "partij"),
    PARTY_ONLY,
    PARTY_COMPOUND,
    SLOGAN_PARTY: PARTY_COMPOUND.filter((p) => p !== "volt"),
    /** "PVV'er", "D66'er", "GroenLinkser": a person named by their party. */
    /** One party member: "de PVV'er" is a person as much as "de collega" (the plural is a group). */
    PARTY_PERSON_ONE: [...PARTY_COMPOUND.map((p) => `${p}'er`), "groenlinkser", "pvdaer", "cdaer", "vvder"],
    PARTY_PERSON: [...PARTY_COMPOUND.map((p) => `${p}'er`), ...PARTY_COMPOUND.map((p) => `${p}'ers`), "groenlinkser", "pvdaer", "cdaer", "vvder"],
    ROLE: [
      "lid", "kaderlid", "raadslid", "gemeenteraadslid", "kamerlid", "statenlid", "wethouder", "fractievoorzitter", "aanhanger",
      "fan", "voorzitter", "bestuurslid", "campagneleider", "kandidaat", "lijsttrekker", "activist",
      "vrijwilliger", "vrijwilligerswerk", "actief", "stemmer", "kiezer", "sympathisant", "member", "supporter", "voter", "candidate",
      // Party staff and officers (party statutes, Kieswet): "fractiemedewerker bij GroenLinks".
      "fractiemedewerker", "partijlid", "penningmeester", "secretaris", "afdelingsvoorzitter", "campagnemedewerker",
    ],
    /** Heads of compounds with a party: "PVV-stemmer", "GroenLinks-raadslid". */
    ROLE_HEAD: [
      "lid", "leden", "stemmer", "stemmers", "aanhanger", "raadslid", "wethouder", "kamerlid", "statenlid", "kandidaat",
      "sympathisant", "fractievoorzitter", "lijsttrekker", "vrijwilliger", "campagneleider", "bestuurslid", "activist",
      // News names politicians by their party: "SP-Kamerleden", "PVV-leider", "de PVV-kiezers", "VVD-burgemeester".
      "kiezer", "kiezers", "leider", "leiders", "partijleider", "fractieleider", "raadsleden", "kamerleden", "statenleden",
      "raadslidmaatschap", "lidmaatschap", "prominent", "kopstuk", "senator", "politicus", "politica", "kandidaten",
      "aanhangers", "sympathisanten", "activisten", "wethouders", "voorman", "gedeputeerde", "europarlementarier", "burgemeester",
    ],
    /** Singular offices whose compound names one holder: "SP-wethouder", "VVD-minister" (politics-activity.ts). */
    OFFICE_HEAD: [
      "wethouder", "raadslid", "gemeenteraadslid", "kamerlid", "statenlid", "fractievoorzitter", "lijsttrekker", "senator",
      "burgemeester", "gedeputeerde", "europarlementarier", "partijleider", "fractieleider", "voorman", "kopstuk",
      "prominent", "politicus", "politica", "leider", "minister", "staatssecretaris",
    ],
    /** Taking part in a protest: "liep mee in de demonstratie", "ging naar het boerenprotest". */
    PROTEST: [
      "demonstratie", "demonstraties", "betoging", "betogingen", "protestmars", "protestactie", "boerenprotest",
      "boerenprotesten", "klimaatmars", "klimaatprotest", "klimaatdemonstratie", "manifestatie", "a12blokkade",
      "protest", "protesten", "demonstration", "rally", "mars", "boerenactie", "boerenacties", "klimaatactie", "klimaatacties", "trekkeractie", "protestmarsen", "blokkade", "blokkades", "sitin",
      // The demos of farmers and climate activists as notes write them: "ga mee met de trekkerdemo".
      "trekkerdemo", "boerendemo", "klimaatdemo", "trekkerprotest", "trekkerprotesten",
    ],
    /** Topics of political slogans on a helmet, a van or a shirt. */
    POLITICAL_TOPIC: [
      "azc", "asielzoekerscentrum", "asielzoekers", "azcs", "stikstof", "stikstofbeleid", "immigratie", "islamisering",
      "vluchtelingen", "migratie", "palestina", "israel", "zionisme", "regering", "boerenprotest", "abortus",
      "racisme", "fascisme", "wilders", "nexit",
    ],
    /** Causes people demonstrate and take action for (the topics of Dutch protests 2019-2025 in the news). */
    CAUSE: [
      "azc", "asielzoekerscentrum", "asielzoekers", "stikstof", "stikstofbeleid", "immigratie", "migratie", "vluchtelingen",
      "palestina", "gaza", "israel", "oekraine", "klimaat", "klimaatbeleid", "fossiele", "kernenergie", "abortus",
      "racisme", "fascisme", "islamisering", "regering", "kabinet", "coronamaatregelen", "avondklok", "kerncentrale",
      "windmolens", "windpark", "zwarte", "boeren", "palestinians", "climate", "government", "war", "immigration",
    ],
    SLOGAN_CARRIER: [
      "sticker", "stickers", "button", "buttons", "speldje", "vlag", "vlaggetje", "vlaggen", "spandoek", "poster",
      "leus", "leuze", "slogan", "shirt", "tshirt", "bumpersticker", "pet",
    ],
    /** Party leaders of the Tweede Kamer lists 2023-2025 (Kiesraad) and the best-known foreign ones. */
    LEADER: ["wilders", "baudet", "omtzigt", "timmermans", "yesilgoz", "jetten", "bontenbal", "eerdmans", "marijnissen", "klaver", "trump", "rutte", "ouwehand", "kaag", "schoof", "orban", "poetin", "putin", "erdogan", "farage"],
    /**
     * Parties of the countries international crews come from (UK, US, Poland, Turkey), only after a
     * vote or support verb: "labour" and "reform" are everyday English words.
     */
    PARTY_EN: ["labour", "tory", "tories", "conservative", "conservatives", "republican", "republicans", "democrat", "democrats", "reform", "pis", "konfederacja", "akp", "chp", "brexit", "maga", "greens", "snp", "ukip", "afd", "fidesz"],
    /** Leanings a person may call themselves or be called. */
    LEANING: ["links", "rechts", "linkse", "rechtse", "socialistisch", "conservatief", "progressief", "communistisch", "liberaal", "anarchistisch", "nationalistisch"],
    DEGREE: ["erg", "heel", "zeer", "best", "nogal", "behoorlijk", "flink", "extreem", "uitgesproken", "ultra", "radicaal", "fel", "echt", "very", "quite", "really"],
  },
  patterns: [
    ...englishMore.politics,
    ...verbFinal.politics,
    ...newsStories.politics,
    ...notePhrasings.politics,
    ...activity.patterns,
    ...partyMoves.patterns,
    ...news.patterns,
    // Vote and support.
    { id: "vote", pattern: "stemt|stemde|stemmen|gestemd|stem|votes|voted ~1 op|voor|for? ~2 @PARTY_VOTE", strength: "weak" },
    // A finite verb comes at most one word after the party ("op de PVV heeft gestemd" takes the participle
    // two words on): a wider gap ran over a second clause ("stemt op Forum en Achmed stemt DENK") and
    // merged two votes into one finding.
    { id: "vote.before", pattern: "op|voor de|het? @PARTY_VOTE ~2 gestemd|stemmen", strength: "weak" },
    { id: "vote.before-finite", pattern: "op|voor de|het? @PARTY_VOTE ~1 stemt|stemde|stem", strength: "weak" },
    // A subordinate clause puts the verb last: "dat ze altijd BBB stemt"; not a party voting ("de BBB stemt tegen").
    { id: "vote.clause-final", pattern: "@PARTY_VOTE stemt|stemde|stemmen|stem|gestemd", strength: "weak", notAfter: ["de", "het", "the"], notBefore: ["tegen", "voor", "in", "mee", "met", "over", "af", "niet"] },
    // "partij" is also a party to a contract ("stemmen af met partij B"): only "stemt op die partij".
    { id: "vote.partij", pattern: "stemt|stemde|stemmen|gestemd|stem op|voor de|een|die|deze|welke partij", strength: "weak" },
    { id: "role.party", pattern: "@ROLE van|voor|bij|of|for|namens|vanuit|vd ~1 de|het|the? @PARTY", strength: "weak" },
    { id: "seat.party", pattern: "zit|zat|zitting voor|namens ~1 de|het? @PARTY_VOTE", strength: "weak" },
    // Changing party, as local news tells it: "stapte van de VVD over naar …", "verliet GroenLinks",
    // "sloot zich aan bij het CDA", "de overstap naar D66", "in de gemeenteraad voor de PvdA".
    { id: "party.left", pattern: "verliet|verlieten|verlaat|verlaten|opzeggen|opgezegd ~1 de|het? @PARTY_VOTE", strength: "weak" },
    { id: "party.crossed", pattern: "stapte|stapten|stapt|overgestapt|overstap ~4 naar de|het? @PARTY_VOTE", strength: "weak" },
    // Not "sloot de deur bij …": joining is "aangesloten bij" or "sloot zich aan bij".
    { id: "party.joined-at", pattern: "aangesloten|aansluiten ~1 bij de|het? @PARTY_VOTE", strength: "weak" },
    { id: "party.joined-self", pattern: "sloot|sluit|sloten|sluiten zich aan bij de|het? @PARTY_VOTE", strength: "weak" },
    { id: "party.council", pattern: "gemeenteraad|raad|fractie|kamer|staten voor|namens de|het? @PARTY_VOTE", strength: "weak" },
    // Party leaders stand for their party: "fan van Wilders", "stemt op Baudet".
    // "stemt duidelijk Wilders": a vote for the leader is a vote for the party.
    { id: "leader.vote", pattern: "stemt|stemde|stemmen|stemden|gestemd|votes|voted ~1 @LEADER", strength: "weak" },
    // "kwam bij de PvdA terecht", "is bij D66 aangesloten": joining a party.
    { id: "party.joined", pattern: "@PARTY_ONLY terecht|terechtgekomen|aangesloten|ingeschreven", strength: "weak" },
    { id: "leader", pattern: "fan|aanhanger|supporter|volgeling|stemt|stemde|gestemd|votes|voted ~2 op|van|of|for @LEADER", strength: "weak" },
    // Not "denk actief mee over de planning": only a name that is nothing but a party.
    { id: "party.role", pattern: "@PARTY_ONLY ~1 @ROLE|stemmer|aanhanger|raadslid|wethouder|kamerlid", strength: "weak" },
    // Generated compounds are exact (EXACT): hundreds of them share their last letters with ordinary words
    // ("-nederlands", "-ander"), which made the typo tolerance compare every such word against them.
    { id: "party-compound", pattern: `@PARTY_COMPOUND+@ROLE_HEAD ${EXACT}`, strength: "weak" },
    { id: "party-person", pattern: "@PARTY_PERSON", strength: "weak" },
    // "Als de PVV'er dit aan de orde stelt …" (a ruling about one employee): the member is the person.
    { id: "party-person.definite", pattern: "<de|deze|die|onze|jullie|zijn|haar|the @PARTY_PERSON_ONE", strength: "strong" },
    { id: "party-en.active", pattern: "active|activist|volunteer|volunteers|campaigns|campaigned in|for ~1 the ~1 party", strength: "weak" },
    { id: "party-en", pattern: "member|members|supporter|voter of|for ~1 the ~1 party", strength: "weak" },
    // Seats and candidacy: a candidate on a list stands for a party.
    { id: "council.seat", pattern: "zit|zat|zitting|gekozen ~3 in|voor de|het ~1 gemeenteraad|deelraad|waterschap|statenfractie", strength: "weak" },
    // "zit in de tweede ploeg" is a crew: the chamber must be named.
    { id: "council.chamber", pattern: "zit|zat|zitting|gekozen ~1 in|voor de tweede|eerste|provinciale kamer|staten", strength: "weak" },
    // Party roles by themselves; not "raadslid", "Kamerlid", "Statenlid": a public office without its
    // party states no opinion ("oud-raadslid Alfred trok aan de bel"), as the wethouder's does not.
    { id: "office", pattern: "fractievoorzitter|lijsttrekker", strength: "weak" },
    { id: "candidacy", pattern: "kieslijst|kandidatenlijst|verkiesbaar|kandidaatsraadslid|kandidaatraadslid|kandidaatkamerlid", strength: "weak" },
    { id: "candidate-for", pattern: "kandidaat|candidate voor|for|bij ~1 de|the? gemeenteraad|tweede|staten|provinciale|verkiezingen|statenverkiezingen|gemeenteraadsverkiezingen|kamerverkiezingen|council|election|elections", strength: "weak" },
    // News writes a politician's party after the name: "Wethouder Karin Dekker (GroenLinks)". The title
    // comes first: a pattern starting with @CAP would be tried at every word of every sentence.
    { id: "party-after-name", pattern: "wethouder|burgemeester|raadslid|gemeenteraadslid|kamerlid|minister|staatssecretaris|gedeputeerde|statenlid|senator|europarlementarier|fractievoorzitter @CAP ~2 @PARTY", strength: "weak" },
    // Working for a party is a political role: "fractiemedewerker bij de PVV", "zijn werk voor de PVV".
    { id: "works-for-party", pattern: "werk|werkte|werkt|werkzaam|fractiemedewerker|fractiemedewerkster voor|bij ~1 de|het? @PARTY", strength: "weak" },
    { id: "candidate-at", pattern: "kandidaat|verkiesbaar|candidate bij|in|at ~1 de|the? verkiezingen|statenverkiezingen|gemeenteraadsverkiezingen|raadsverkiezingen|kamerverkiezingen|waterschapsverkiezingen|election|elections", strength: "weak" },
    // Campaigning for a party or an election.
    { id: "campaign.word", pattern: "verkiezingscampagne|campagneteam|campagnevrijwilliger|campagneleider", strength: "weak" },
    { id: "campaign.for-party", pattern: "campagne|campaign|flyers|folders|flyeren|flyert|flyerde|geflyerd|campaigns|campaigning ~2 voor|for ~1 de|het|the? @PARTY", strength: "weak" },
    // Helping with or running a campaign is activism; a safety campaign says what it is about
    // ("campagne Veilig werken", "voert campagne over valgevaar").
    { id: "campaign.helps", pattern: "helpt|helpen|hielp|hielpen|meegeholpen|voert|voerde|gevoerd|voeren ~3 campagne|campagnes", strength: "weak", notBefore: ["veilig", "veiligheid", "over", "rond", "om", "voor"] },
    // Demonstrating: "liep mee in de demonstratie", "demonstreerde tegen", "demonstrant".
    { id: "campaign.run", pattern: "campagne|campagnes ~1 gevoerd|voeren", strength: "weak" },
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
    // "Henk is fanatiek PVV", "hij is echt GroenLinks": the party as what someone is.
    { id: "party.is", pattern: "<@BE fanatiek|echt|helemaal|gewoon|hardcore|overtuigd|diehard @PARTY_ONLY", strength: "weak" },
    // A petition for a cause, going to demonstrate, activists by their cause.
    { id: "petition", pattern: "petitie|handtekeningenactie|burgerinitiatief tegen|voor ~2 @CAUSE", strength: "weak" },
    { id: "protest.going", pattern: "gaat|ging|gaan|gingen|wil|wilde ~2 demonstreren|betogen|protesteren", strength: "weak", notBefore: ["hoe", "wat", "de", "het", "een", "dat", "met", "aan"] },
    { id: "activist.cause", pattern: "boerenactivist|boerenactivisten|milieuactivist|milieuactivisten|klimaatactivisten|klimaatactiviste|anti-azc|antiazc", strength: "weak" },
    { id: "ideology", pattern: "communist|socialist|extreemrechts|extreemlinks|nationalist|fascist|nazi|neonazi|anarchist|klimaatactivist|linksradicaal|rechtsradicaal|populist|farright|farleft", strength: "weak" },
    // --- Classes added for written notes about one colleague (issue 10). ---
    // A bare vote: "ik heb BBB gestemd", "hij stemt altijd links"; the party or leader right before the verb.
    // Not "de BBB stemt tegen de motie": with an article the party itself votes.
    { id: "vote.bare", pattern: "@PARTY_ONLY gestemd|stemt|stemde|stem|stemmen", strength: "weak", notAfter: ["de", "het", "the"] },
    { id: "vote.leader-before", pattern: "op @LEADER gestemd|stemt|stemde|stem|stemmen", strength: "weak" },
    { id: "vote.leaning", pattern: "stemt|stemde|stemmen|gestemd|votes|voted altijd|meestal|toch|nog|ook|always? @LEANING|left|right", strength: "weak" },
    { id: "vote.en", pattern: "voted|votes|vote|voting|supports|supported|backs|backed ~1 for? the? @PARTY_EN|@LEADER", strength: "weak" },
    { id: "leaning.far-en", pattern: "supports|supported|supporter|backs|backed|votes|voted ~1 the? far|extreme right|left", strength: "weak" },
    // What a person calls themselves: "noemt zichzelf links".
    { id: "leaning.self", pattern: "noemt|noemde zichzelf|zich @LEANING|socialist|communist|anarchist|nationalist", strength: "weak" },
    // Opinions of a politician said of a person: "vindt Wilders een held", "heeft een hekel aan Rutte".
    { id: "leader.opinion", pattern: "vindt|vond|haat|haatte|bewondert|bewonderde|adores|hates|loves @LEADER", strength: "weak" },
    { id: "leader.feeling", pattern: "hekel|respect|bewondering|haat|fan ~1 aan|voor|van @LEADER", strength: "weak" },
    // Lists and candidacy for a party: "staat op de lijst van D66", "kandidaat gesteld voor de BBB".
    { id: "candidacy.list", pattern: "lijst|kieslijst|kandidatenlijst|lijstplek|plek van|voor ~1 de|het? @PARTY_VOTE", strength: "weak" },
    { id: "candidacy.party", pattern: "kandidaat|verkiesbaar|candidate ~2 voor|namens|bij|for ~1 de|het|the? @PARTY_VOTE", strength: "weak" },
    // Membership after "geworden": "is lid geworden van de Partij voor de Dieren".
    { id: "role.became", pattern: "lid|member geworden|gebleven|become|became van|bij|of ~1 de|het|the? @PARTY", strength: "weak" },
    // Party sections: "voorzitter van de jongerenafdeling van de VVD".
    { id: "party.section", pattern: "jongerenafdeling|jongerenorganisatie|kiesvereniging|partijafdeling van|vd ~1 de|het? @PARTY_ONLY", strength: "weak" },
    // Posters and canvassing for a party: "plakt affiches voor de PVV".
    { id: "campaign.posters", pattern: "affiches|affiche|posters|plakt|plakte|plakken|geplakt|canvast|canvassen|huisaanhuis ~2 voor|for ~1 de|het|the? @PARTY", strength: "weak" },
    // Demonstrating and taking action as the person's own cause: "demonstreerde zaterdag tegen het azc",
    // "ging naar het boerenprotest", "heeft actiegevoerd voor Palestina". A product demo has no "tegen".
    { id: "protest.against", pattern: "demonstreert|demonstreerde|demonstreerden|gedemonstreerd|demonstreren|betoogt|betoogde|betogen|protesteert|protesteerde|geprotesteerd|protesteren ~4 tegen|against", strength: "weak" },
    // Action for a political cause only: "actie gevoerd voor een veiliger bouwplaats" is workplace safety.
    { id: "protest.action", pattern: "actievoeren|actiegevoerd|actievoert|actievoerde ~1 voor|tegen ~2 @CAUSE", strength: "weak" },
    { id: "protest.action-words", pattern: "actie ~1 gevoerd|voeren|voert|voerde ~1 voor|tegen ~2 @CAUSE", strength: "weak" },
    { id: "protest.for-cause", pattern: "demonstreert|demonstreerde|demonstreren|gedemonstreerd|demonstratie|demonstraties|betoging|protest|protesteert|protesteerde|protesteren|demonstrated|protested|march|marched|marching|mars ~2 voor|tegen|for|against ~2 @CAUSE", strength: "weak" },
    { id: "protest.went", pattern: "ging|gaat|gingen|gaan|was|waren|stond|stonden|went ~2 naar|bij|op|to|at ~1 de|het|een|the|a? @PROTEST", strength: "weak", notBefore: ["van", "of"] },
    // A public office with its party: "wethouder Karin Dekker (GroenLinks)", "minister X (VVD)".
    { id: "office.party", pattern: "wethouder|raadslid|gemeenteraadslid|kamerlid|statenlid|gedeputeerde|burgemeester|minister|staatssecretaris|fractievoorzitter ~3 @PARTY_ONLY", strength: "weak" },
    // A leader's or party's supporter in English word order: "a Trump supporter", "Labour voter".
    { id: "leader.supporter-en", pattern: "@LEADER|@PARTY_EN|@PARTY_ONLY supporter|supporters|fan|voter|voters|aanhanger|stemmer", strength: "weak" },
    // Against the core topics of Dutch political debate: "is tegen immigratie", "anti-azc".
    // Not "hekken tegen het azc" (against the building): a person who is against it.
    { id: "opinion.against", pattern: "is|was|zijn|fel|erg|mordicus|faliekant|fervent|fiercely tegen|anti|against het|de? immigratie|migratie|asielzoekers|azc|islamisering|abortus|vluchtelingen|buitenlanders|immigration|immigrants|refugees", strength: "weak" },
    { id: "opinion.abuse", pattern: "scheldt|scheld|schold|scholden|kankert|kankerde|moppert ~2 op|over de|het? @PARTY_ONLY|@LEADER", strength: "weak" },
    // English protests named by their cause: "went to the climate protest", "joined the farmers' demo".
    { id: "protest.named-en", pattern: "climate|farmers|farmers'|peace|antiwar|antiracism|pro-palestine|propalestine protest|protests|demonstration|demo|rally|strike|march", strength: "weak" },
    { id: "protest.activist", pattern: "activist|activiste|actievoerder|vrijwilliger|volunteer ~2 bij|van|voor|of|for ~1 xr|greenpeace|milieudefensie|extinction|fdf|kozp", strength: "weak" },
    // Speaking or sitting for a party: "zit in gemeenteraad namens CDA".
    { id: "on-behalf.party", pattern: "namens ~1 de|het? @PARTY_ONLY", strength: "weak" },
    // English party membership and campaigning: "a Labour party member", "campaigned for the Greens".
    { id: "party-member-en", pattern: "@PARTY_EN|green party member|members|voter|voters|supporter|activist|candidate", strength: "weak" },
    { id: "campaign-en", pattern: "campaigned|campaigns|campaigning|canvassed|canvassing|leafleted|leafleting ~2 for|against the? @PARTY_EN|greens|@LEADER", strength: "weak" },
    // In a text about a party or an election (topic-gate.ts: the rule holds only after a party, a
    // "kieslijst" or the elections were named): a place on the list, an office in the party or the
    // council. "Erik staat op plek 2", "In het bestuur is hij nog altijd penningmeester", "waar ze
    // gemeenteraadslid is". Trap: the same words in a text that names no party ("staat op plek 2 in de
    // ranglijst van aannemers", "penningmeester van de voetbalclub"), a party as subject ("de PVV staat
    // op plek 2 in de peiling": no person).
    { id: "topic.list-place", pattern: "plek|plaats|nummer|positie|lijstplek @LIST_PLACE", strength: "weak" },
    { id: "topic.office", pattern: "raadslid|gemeenteraadslid|statenlid|kamerlid|fractielid|penningmeester|partijvoorzitter|bestuurslid|commissielid", strength: "weak" },
  ],
};
