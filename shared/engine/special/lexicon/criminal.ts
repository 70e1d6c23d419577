import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";
import { court } from "./criminal-court.ts";
import { reports } from "./criminal-reports.ts";
import { news } from "./criminal-news.ts";
import { UNKNOWN_THIEF, offences } from "./criminal-offences.ts";
import { arrests } from "./criminal-arrests.ts";
import { verbFinal } from "./verb-final.ts";
import { flemish } from "./flemish.ts";
import { notePhrasings } from "./note-phrasings.ts";

// Criminal data (AVG art. 10): convictions, sentences and measures, detention and served time,
// probation, arrests, investigations and accusations against a person, offences described with
// criminal-law words ("met een mes bedreigd"), and a refused certificate of conduct (VOG). Not labelled:
// police stations and prisons as worksites, police directing traffic, a theft with no suspect, a routine
// VOG request, site-rule breaches ("gele kaart"), fines and offences of a company, "verboden toegang".

/**
 * Offences by their names in the Wetboek van Strafrecht (titles of Boek 2: diefstal art. 310, afpersing
 * 317, verduistering 321, oplichting 326, heling 416, mishandeling 300, bedreiging 285, vernieling 350,
 * doodslag 287, moord 289, verkrachting 242, aanranding 246, valsheid in geschrifte 225) and the
 * Opiumwet and Wegenverkeerswet offences that site notes mention; English forms for mixed crews.
 */
const OFFENCES = [
  "diefstal", "fraude", "mishandeling", "inbraak", "heling", "oplichting", "geweld", "drugshandel",
  "witwassen", "verduistering", "bedreiging", "bedreigingen", "vernieling", "doodslag", "moord", "zedendelict",
  "aanranding", "verkrachting", "belediging", "afpersing", "valsheid", "openlijke", "geweldpleging", "stalking",
  "belaging", "smokkel", "drugssmokkel", "wapenbezit", "brandstichting", "overval", "beroving", "zwartwerk",
  "uitkeringsfraude", "urenfraude", "winkeldiefstal", "koperdiefstal", "inbraken", "diefstallen", "dealen",
  "theft", "fraud", "assault", "burglary", "robbery", "drunk", "dui", "manslaughter", "murder", "stealing",
];

/** What follows "zit vast" when someone is stuck, not detained: "zit vast in de lift", "aan zijn contract". */
const STUCK_NOT_JAILED = ["in", "aan", "op", "tussen", "met", "onder", "achter", "bij", "klem", "te", "door", "vanwege", "wegens", "ivm", "omdat", "want", "zonder", "qua", "vast", "en"];
/** Where one sits: "heeft gezeten op de steiger", "naast hem". */
const SAT_SOMEWHERE = ["op", "in", "aan", "naast", "bij", "achter", "te", "met", "tussen", "klem", "vast", "zonder", "thuis", "stil", "erbij", "erop", "erin", "erachter", "ernaast", "mee", "onder", "voor", "tegenover", "boven"];

export const criminal: LexiconList = {
  category: "criminal",
  source: "offences, sentences and measures from the Wetboek van Strafrecht and Wetboek van Strafvordering (public domain: straffen art. 9, taakstraf art. 22c, tbs art. 37a, aanhouding art. 53-54 Sv); VOG from the Wet justitiële en strafvorderlijke gegevens; predicates hand-curated",
  classes: {
    ...court.classes,
    POLICE: ["politie", "agent", "agenten", "marechaussee", "boa", "wijkagent", "police", "recherche", "cops"],
    ARREST: ["aangehouden", "gearresteerd", "opgepakt", "meegenomen", "verhoord", "ondervraagd", "staandegehouden", "geboeid", "ingerekend", "afgevoerd", "gefouilleerd", "arrested", "detained", "questioned"],
    ARREST_PERSON: ["aangehouden", "gearresteerd", "verhoord", "ondervraagd", "staandegehouden", "geboeid", "ingerekend", "gefouilleerd", "arrested", "detained", "questioned"],
    PRISON: ["gevangenis", "cel", "bajes", "nor", "gevang", "petoet", "detentie", "jeugdgevangenis", "jeugdinrichting", "prison", "jail", "tbs-kliniek", "tbskliniek"],
    CRIME: [...OFFENCES, "stelen", "rijden"],
    OFFENCE: OFFENCES,
    /** Persons pointed at as the offender (not "onbekenden", "de dader"). */
    OFFENDER: ["collega", "uitzendkracht", "monteur", "chauffeur", "voorman", "uitvoerder", "onderaannemer", "medewerker", "mdw", "stagiair", "leerling", "hem", "haar", "colleague", "worker", "driver", "him", "her",
      "excollega", "klant", "bewoner", "buurman", "voorbijganger", "automobilist", "beveiliger", "portier", "machinist", "timmerman"],
    /** Weapons in a threat or an assault: "met een mes bedreigd". */
    WEAPON: ["mes", "messen", "stanleymes", "wapen", "vuurwapen", "pistool", "hamer", "koevoet", "schroevendraaier", "knuppel", "honkbalknuppel", "bijl", "knife", "gun", "weapon"],
    /** Acts against a person that are offences by their very words (art. 285, 300-302, 310-312 Sr). */
    /** Not "gestoken": "met het stanleymes in zijn hand gestoken" is an accident. */
    ASSAULT: ["bedreigd", "bedreigde", "bedreigt", "aangevallen", "neergestoken", "mishandeld", "mishandelde", "beroofd", "afgeperst", "gechanteerd", "threatened", "attacked", "stabbed", "assaulted", "robbed"],
    /** Who news reports as held: "De man is aangehouden", "Een 45-jarige machinist uit Venlo is zondag aangehouden". */
    HELD_PERSON: [
      "man", "vrouw", "jongen", "meisje", "jongeman", "tiener", "verdachte", "verdachten", "dader", "daders", "hij", "zij", "ze",
      "bestuurder", "automobilist", "chauffeur", "machinist", "bouwvakker", "werknemer", "medewerker", "inbreker", "inbrekers", "dief", "dieven",
    ],
    /** Procedural steps after an arrest (Wetboek van Strafvordering): "meegenomen voor verhoor". */
    PROCEDURE: ["verhoor", "bloedproef", "ademanalyse", "questioning", "interrogation"],
  },
  patterns: [
    ...court.patterns,
    ...verbFinal.criminal,
    ...flemish.criminal,
    ...notePhrasings.criminal,
    ...reports.patterns,
    ...news.patterns,
    // Sentences, measures and records (Sr art. 9, 22c, 37a, 38v): these name a person's record wherever they stand.
    ...[
      "strafblad", "strafbladen", "taakstraf", "werkstraf", "celstraf", "gevangenisstraf",
      "tbs", "gedetineerd", "gedetineerde", "exgedetineerde", "exgedetineerd", "straatverbod",
      "contactverbod", "voorarrest", "jeugddetentie",
    ].map((w) => ({ id: `lexicon.${w}`, pattern: w, strength: "strong" as const })),
    ...[
      "veroordeeld", "veroordeling", "reclassering", "reclasseringstoezicht", "reclasseringsambtenaar", "gebiedsverbod",
      "hechtenis", "vrijgesproken", "geseponeerd", "strafzaak", "strafrechter", "politierechter", "gedagvaard",
      "convicted", "conviction", "acquitted",
    ].map((w) => ({ id: `lexicon.${w}`, pattern: w, strength: "weak" as const })),
    { id: "sentenced", pattern: `sentenced|parole ${EXACT}`, strength: "weak" },
    // A probation period of a contract is "proeftijd" too, so only the criminal one: "voorwaardelijk veroordeeld".
    { id: "suspended", pattern: "voorwaardelijk|voorwaardelijke veroordeeld|celstraf|gevangenisstraf|straf|taakstraf|werkstraf|vrijgelaten|invrijheidstelling", strength: "weak" },
    { id: "record-en", pattern: "criminal record|past|history|conviction|charges|offence|offense", strength: "weak" },
    // Not "strafrechtelijk onderzoek": the OM investigates every serious accident, of the company.
    // Also "een crimineel verleden" (rulings and news) and "de strafrechtelijke procedure" against a person.
    { id: "criminal-past", pattern: "strafrechtelijk|strafrechtelijke|justitieel|justitiele|crimineel|criminele verleden|documentatie|antecedenten|vervolging|procedure", strength: "weak" },
    { id: "probation-en", pattern: "probation officer", strength: "weak" },
    // Arrests and police custody (Sv art. 53-54).
    // The police take things too ("de politie heeft de camerabeelden meegenomen", "de melding opgepakt"):
    // with any object in between, only verbs that take a person.
    { id: "arrest.by-police", pattern: "@POLICE ~8 @ARREST_PERSON", strength: "weak" },
    // A person taken by the police: "de politie heeft Ronald van de bouwplaats meegenomen" (not "de beelden").
    { id: "arrest.person", pattern: "@POLICE heeft|hebben|had ~1 hem|hen|@CAP ~4 @ARREST", strength: "weak" },
    // "haar" only right before the verb: "de politie heeft haar fiets meegenomen" takes a bike.
    { id: "arrest.person-her", pattern: "@POLICE heeft|hebben|had ~1 haar @ARREST", strength: "weak" },
    { id: "arrest.passive", pattern: "@ARREST ~2 door|by ~1 de|the? @POLICE", strength: "weak" },
    // The police before the verb, with the person as the subject: "Sven is door de politie meegenomen",
    // "Gisteren werd Sven door de politie opgepakt"; not "de beelden zijn door de politie meegenomen".
    { id: "arrest.passive-police-first", pattern: "<@WHO is|werd|wordt|was ~2 door|by de|het|the? @POLICE ~3 @ARREST", strength: "weak" },
    { id: "arrest.passive-police-first-inverted", pattern: "is|werd|wordt|was @WHO ~2 door|by de|het|the? @POLICE ~3 @ARREST", strength: "weak" },
    // Arrested, with the person as the subject and no police named: "Jan is opgepakt"; not "het werk is opgepakt".
    { id: "arrest.person-subject", pattern: "<@WHO is|werd|wordt|was ~3 opgepakt|gearresteerd|aangehouden|ingerekend", strength: "weak", notBefore: ["als", "voor", "tot"] },
    { id: "arrest.clause", pattern: "dat|omdat|doordat|nu|toen|nadat|of @WHO ~3 opgepakt|gearresteerd|aangehouden|ingerekend|meegenomen is|was|werd|wordt", strength: "weak" },
    { id: "arrest.fetched", pattern: "@POLICE heeft|hebben|had ~1 hem|haar|@CAP ~4 gehaald|weggehaald|opgehaald|weggevoerd", strength: "weak" },
    { id: "arrest.took-along", pattern: "@POLICE nam|namen|neemt ~1 hem|haar|@CAP ~3 mee", strength: "weak" },
    { id: "arrest.plain", pattern: "gearresteerd|arrested|ingerekend|handcuffed", strength: "weak" },
    // "aangehouden" is also "kept" (de afstand aangehouden): only with an offence or a procedural step.
    { id: "arrest.for", pattern: "aangehouden|opgepakt|gearresteerd|meegenomen|arrested|detained|picked ~2 voor|wegens|ivm|vanwege|for ~2 @OFFENCE|@PROCEDURE|verdenking|suspicion", strength: "weak" },
    { id: "arrest.suspicion", pattern: "op verdenking van", strength: "weak" },
    // News: "De politie heeft zondagnacht een 36-jarige man uit Groningen aangehouden" (the police as
    // subject, a person in between), "De man is aangehouden", "De verdachte is ingesloten". Not "de zaak
    // wordt aangehouden" (adjourned) nor "afstand aangehouden" (kept): a person must be the one held.
    { id: "arrest.police-held", pattern: "@POLICE heeft|hebben|had ~8 aangehouden|gearresteerd|ingerekend|ingesloten", strength: "weak" },
    { id: "arrest.person-held", pattern: "@HELD_PERSON ~3 is|werd|zijn|werden ~3 aangehouden|ingesloten|gearresteerd|opgepakt|vastgezet", strength: "weak" },
    // Police custody after an arrest (Sv art. 57, 63): "in verzekering gesteld", "in bewaring gesteld".
    // "naar het bureau" is also an office: only with the police in the sentence.
    { id: "to-station", pattern: "meegenomen naar het|een politiebureau|cellencomplex", strength: "weak" },
    { id: "to-station.police", pattern: "@POLICE ~6 meegenomen naar het bureau", strength: "weak" },
    { id: "report-against.passive", pattern: "tegen hem|haar|de|een ~2 is|werd|wordt ~1 aangifte", strength: "weak" },
    { id: "arrest.collared", pattern: "in de kraag gevat|gegrepen", strength: "weak" },
    // An attempt at theft by a person in the report: "waar hij bezig was koperdraad te stelen".
    { id: "attempted-theft", pattern: "probeerde|probeerden|probeert|bezig|wilde|wilden ~8 te stelen|ontvreemden|jatten", strength: "weak", notAfter: UNKNOWN_THIEF },
    { id: "arrest.cuffs", pattern: "in de boeien|handboeien", strength: "weak" },
    { id: "arrest.en", pattern: "taken ~1 away|in by|into ~1 the? police", strength: "weak" },
    { id: "arrest.en-active", pattern: "police|cops took|picked|hauled him|her|them|@CAP ~1 away|in|up", strength: "weak" },
    // Detention and served time: "zat vast voor inbraak", "heeft gezeten voor inbraak", "zat drie jaar in de bajes".
    { id: "prison", pattern: "zat|zit|zitten|zaten|gezeten|vastgezeten|opgesloten|sat|served|spent ~3 in|jail|prison ~1 de|het|the|jail|prison? @PRISON", strength: "weak" },
    { id: "prison.reversed", pattern: "in|uit de|het|jail|prison @PRISON ~1 gezeten|vastgezeten|opgesloten|beland|belandde|terechtgekomen", strength: "weak" },
    // Prison slang that is also a container ("in de bak"): only with "gezeten".
    { id: "prison.slang", pattern: "in de bak|lik|nor|petoet gezeten|vastgezeten", strength: "weak" },
    { id: "serving", pattern: "zit|zat|zitten|zaten|zitting ~2 straf|celstraf|gevangenisstraf|taakstraf|werkstraf uit", strength: "weak" },
    { id: "served-out", pattern: "straf|celstraf|gevangenisstraf|taakstraf|werkstraf ~1 uitgezeten|uitzitten|uitzit|uitzat", strength: "weak" },
    { id: "detained", pattern: "zit|zat|zitten|zaten vast voor|wegens ~2 @OFFENCE|@PROCEDURE|verdenking|onderzoek", strength: "weak" },
    // "Jan zit (sinds maandag) vast": detained; not "de bout zit vast", "zit vast in de file/aan zijn contract".
    // Not the writer: "ik zit vast" is how a note says the work is stuck.
    { id: "detained.person", pattern: "<@WHO zit|zat ~3 vast", strength: "weak", notBefore: STUCK_NOT_JAILED, notAfter: ["ik", "i"] },
    { id: "detained.person-inverted", pattern: "zit|zat @WHO ~2 vast", strength: "weak", notBefore: STUCK_NOT_JAILED },
    { id: "detained.clause", pattern: "dat|omdat|doordat|nu|toen|sinds|of @WHO ~3 vast zit|zat|zitten", strength: "weak", notBefore: STUCK_NOT_JAILED },
    { id: "served.clause", pattern: "dat|omdat|of @WHO ~3 gezeten heeft|had|hebben", strength: "weak" },
    // Prison slang that is also a container: only a person in it ("hij zit in de bak", not "de schroeven").
    { id: "prison.slang-person", pattern: "<@WHO zit|zat ~2 in de bak|lik|nor|petoet|cel", strength: "weak" },
    { id: "prison.bars", pattern: "achter de tralies", strength: "weak" },
    { id: "prison.bars-en", pattern: "behind bars", strength: "weak" },
    { id: "prison.been-en", pattern: "been|was|is|sent|back ~1 in|to|into jail|prison", strength: "weak" },
    { id: "prison.did-time-en", pattern: "did|doing|done time|porridge", strength: "weak", notBefore: ["sheet", "sheets", "off", "and", "keeping"] },
    { id: "detained.locked-up", pattern: "<@WHO is|werd|zit|zat ~3 vastgezet|opgesloten|gedetineerd", strength: "weak" },
    // "Piet heeft (vroeger) gezeten": served time; not "heeft op de steiger gezeten".
    { id: "served.has-sat", pattern: "<@WHO heeft|had vroeger|ooit|eerder|al|ook|wel|jaren|toen? gezeten", strength: "weak", notBefore: SAT_SOMEWHERE },
    { id: "served-for", pattern: "gezeten|vastgezeten|opgesloten|served|jailed ~2 voor|wegens|for ~2 @OFFENCE", strength: "weak" },
    // "heeft twee jaar gezeten"; not "is twee jaar vast in dienst".
    { id: "served-years", pattern: "jaar|maanden|jaren|weken gezeten|vastgezeten|opgesloten|gedetineerd", strength: "weak" },
    { id: "served-en", pattern: "served ~2 time|sentence|years|months", strength: "weak" },
    { id: "prison.just-out", pattern: "@BE ~2 uit de|het @PRISON", strength: "weak" },
    { id: "prison.came-out", pattern: "uit de|het|jail|prison ~1 @PRISON ~1 gekomen|vrijgelaten|ontslagen|released", strength: "weak" },
    { id: "released", pattern: "vrijgelaten|released ~2 uit|from ~1 de|het? @PRISON|detentie|voorarrest|custody", strength: "weak" },
    ...offences.patterns,
    ...arrests.patterns,
  ],
};
