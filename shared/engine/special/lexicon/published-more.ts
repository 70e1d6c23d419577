import type { LexiconList } from "../patterns.ts";

// The other categories as news, rulings and members' magazines tell them of one person: a union role
// named as a compound ("arbeidsvoorwaardenonderhandelaar bij CNV") or a machinists' union by its name,
// church roles and a religious background, the Caribbean parts of the Kingdom as an origin, descent,
// grabbing an intimate part, whom a person is attracted to said in the negative, a gene fault found or
// carried, ex-prisoners and court, party offices and lists. Each with its trap in the tests.
// Sources: the union federations' own names (VCP, Het Zwarte Corps, AOb); CBS herkomst for the
// Caribbean Netherlands; Erfelijkheid.nl's wording of gene-test results ("genfout", "drager").
// Traps: "de Europese Unie" (not listed), "een fout in het gen-script" (not a gene fault word), "de
// mutatie in het rooster" (HR: no gene after it).

const UNION_ROLE_COMPOUND = "*onderhandelaar|*bestuurder|*consulent|*secretaris|*voorzitter|*kaderlid|*afgevaardigde";
const UNION_BODY = "fnv|cnv|vcp|hzc|aob|acv|abvv|aclvb|vakbond|vakcentrale|bond";

const union: LexiconList = {
  category: "union",
  source: "union role compounds and the names of professional unions (VCP, Het Zwarte Corps, AOb), hand-curated",
  patterns: [
    { id: "role.compound-at", pattern: `${UNION_ROLE_COMPOUND} bij|van|namens de|het? ${UNION_BODY}`, strength: "weak" },
    { id: "member.machinists", pattern: "zwarte corps", strength: "weak" },
    { id: "member.named-body", pattern: "lid|kaderlid|bestuurslid|aangesloten|toegetreden ~3 vcp|hzc|aob", strength: "weak" },
  ],
};

const ethnicity: LexiconList = {
  category: "ethnicity",
  source: "the islands of the Caribbean Netherlands as CBS herkomst names them; descent; English racist abuse aimed at a person as incident reports word it",
  classes: {
    CARIBBEAN_ORIGIN: ["curacaose", "curacaos", "curacaoenaar", "arubaanse", "arubaans", "arubaan", "bonairiaanse", "bonairiaans", "statiaanse", "sabaanse"],
  },
  patterns: [
    { id: "origin.caribbean", pattern: "@CARIBBEAN_ORIGIN", strength: "weak" },

    // "mocked his dark skin", "made monkey sounds at Kwame". Trap: "dark skin tones in the photo" (no possessive).
    { id: "skin.own-en", pattern: "his|her dark|black|brown skin|complexion", strength: "weak" },
    { id: "slur.koelie", pattern: "koelie|koelies", strength: "weak" },
    // Descent: "zelf ook nazaat van gastarbeiders", "een verre nazaat van Surinaamse slaven".
    { id: "descent.nazaat", pattern: "nazaat|nazaten|afstammeling|afstammelingen|kleinkind|kleinzoon|kleindochter van ~2 gastarbeiders|slaven|migranten|immigranten|@CAP", strength: "weak" },
    { id: "slur.monkey-en", pattern: "monkey|ape sounds|noises|chants|gestures", strength: "weak" },
  ],
};

const sexual: LexiconList = {
  category: "sexual",
  source: "orientation told by whom one falls for, also in the negative (it still tells); groping of the genitals; hand-curated",
  patterns: [
    { id: "attracted.not", pattern: "val|valt|viel|vallen niet|nooit op mannen|vrouwen|jongens|meiden|meisjes", strength: "weak" },
    { id: "groping.genitals", pattern: "greep|pakte|betastte|aanraakte|grijpt|pakt ~3 geslachtsdeel|geslachtsdelen|penis|borsten", strength: "weak" },
  ],
};

const genetic: LexiconList = {
  category: "genetic",
  source: "gene-test results in Erfelijkheid.nl's and patients' words (genfout, genmutatie, drager van), hand-curated",
  patterns: [
    { id: "fault.in-gene", pattern: "mutatie|afwijking|fout in het|de ~1 gen|brca|brca1|brca2|brcagen|brca1gen|brca2gen", strength: "weak" },
    // Found to carry it: "de twee anderen bleken de mutatie wel te hebben", "drager van de genmutatie".
    // Not "we hebben de mutatie doorgevoerd" (a change in HR records): "bleek" or "drager" only.
    { id: "fault.found-carried", pattern: "bleek|bleken ~2 de mutatie", strength: "weak", notBefore: ["in", "van", "op"] },
    { id: "fault.carrier", pattern: "drager|draagster|draagt van? de|het|een ~1 mutatie|genfout|genmutatie|gen", strength: "weak" },
  ],
};

const criminal: LexiconList = {
  category: "criminal",
  source: "ex-prisoners in news on employers who hire them, serving a sentence and release in colleagues' words, English background checks; hand-curated",
  patterns: [
    // "Van zijn 14 personeelsleden is er nu eentje ex-gevangene"; "ex-gedetineerden" as a group stay generic (reference.ts).
    { id: "ex-prisoner", pattern: "ex-gevangene|exgevangene|ex-gedetineerde|exgedetineerde|oud-gedetineerde|ouddetineerde|ex-bajesklant|exbajesklant", strength: "weak" },
    // "moest hij alsnog een jaar zitten": serving time. Trap: "moest een jaar zitten wachten" (a verb follows).
    { id: "served-time", pattern: "moest|moet|moesten|ging ~4 jaar|maanden|weken zitten", strength: "weak", notBefore: ["wachten", "te", "op", "in", "aan", "bij"] },
    { id: "released.own", pattern: "zijn|haar|z'n na? vrijlating", strength: "weak" },
    { id: "conviction-en", pattern: "conviction|convictions|convicted for|of", strength: "weak" },
    // "ik heb vroeger gezeten", "hij heeft gezeten voor diefstal". Trap: "op de steiger gezeten" (a place between).
    { id: "served-time.past", pattern: "vroeger|ooit|eerder|jaren|maanden gezeten", strength: "weak", notBefore: ["op", "in", "aan", "bij", "naast", "te"] },
    { id: "served-time.for", pattern: "gezeten|vastgezeten|gevangen|vast voor|wegens ~2 diefstal|inbraak|geweld|mishandeling|drugs|fraude|iets", strength: "weak" },
    // Caught, confessed, stolen, kept a suspect, questioned, to answer in court: as rulings and news tell one person's.
    { id: "caught-passive", pattern: "betrapt werd|wordt|is|was", strength: "weak" },
    { id: "stolen-had", pattern: "gestolen|ontvreemd|verduisterd had|heeft|hadden|hebben", strength: "weak" },
    { id: "theft-by", pattern: "diefstal|verduistering|fraude|mishandeling|oplichting door een|de|zijn|haar ~1 werknemer|medewerker|collega|werkneemster|medewerkster|chauffeur|monteur", strength: "weak" },
    { id: "confession", pattern: "bekentenis|bekentenissen ~2 afgelegd|afleggen|aflegde", strength: "weak" },
    { id: "guilty-of", pattern: "schuldig|schuldiggemaakt ~2 aan ~3 toeeigenen|diefstal|verduistering|fraude|mishandeling|oplichting|geweld|bedreiging|witwassen|afpersing", strength: "weak" },
    { id: "full-restrictions", pattern: "volledige beperkingen|alle beperkingen", strength: "weak" },
    { id: "suspect-remains", pattern: "blijft|bleef ~3 verdachte", strength: "weak" },
    { id: "questioned", pattern: "na|tijdens|voor het? verhoor", strength: "weak" },
    { id: "answer-in-court", pattern: "zich ~2 verantwoorden voor|bij de|het ~1 rechter|rechtbank|politierechter|strafrechter|kantonrechter|tuchtrechter|hof|rechters", strength: "weak" },
    { id: "answer-for-part", pattern: "zich ~2 verantwoorden wegens|voor zijn|haar|z'n aandeel|rol|betrokkenheid", strength: "weak" },
    // "betrapt bij het wegnemen van drie dozen kaas".
    { id: "caught-taking", pattern: "betrapt|caught ~1 op|bij het? wegnemen|stelen|meenemen|ontvreemden|jatten|verduisteren|stealing|taking", strength: "weak" },
  ],
};

const politics: LexiconList = {
  category: "politics",
  source: "membership of a party named in its own language, farmers' and climate activism, founding or joining a party; hand-curated",
  classes: {
    PARTY_WORD: ["partij", "partido", "partei", "party", "parti", "partia", "partidul", "partito"],
    ACTIVIST_GROUP: ["fdf", "xr"],
    /** Parties by their names on Dutch and Belgian lists (the Kiesraad's and the Belgian lists). */
    LIST_PARTY: ["pvv", "vvd", "cda", "d66", "sp", "pvda", "groenlinks", "bbb", "nsc", "fvd", "ja21", "sgp", "christenunie", "pvdd", "denk", "volt",
      "bij1", "50plus", "leefbaar", "gemeentebelangen", "dorpsbelangen", "stadsbelangen", "vooruit", "nva", "cdenv", "openvld", "vlaamsbelang"],
  },
  patterns: [
    // "is lid van de Partido Comunista Português". Not "een partij mortel" (no membership before it).
    { id: "member.party-word", pattern: "lid|member|kandidaat|voorzitter|secretaris van|of de|het|the|a? @PARTY_WORD", strength: "weak" },
    { id: "activism.farmers", pattern: "farmers defence force", strength: "weak" },
    // "zat zaterdag bij de klimaatblokkade op de A12". Trap: none needed beyond a person (weak).
    { id: "activism.climate", pattern: "klimaatblokkade|klimaatblokkades|klimaatdemonstratie|klimaatprotest|klimaatmars|klimaatactie|klimaatacties|klimaatactivist|klimaatactiviste", strength: "weak" },
    { id: "activism.group", pattern: "actie|acties|demonstratie|blokkade|blokkades|protest van|met|bij @ACTIVIST_GROUP", strength: "weak" },
    // Offices of a party's group: "de Utrechtse raadskandidaat Rob Jansen", "fractieleider Bakker".
    { id: "party.office", pattern: "raadskandidaat|kamerkandidaat|fractieleider|fractievoorzitter|lijsttrekker|wethouderskandidaat|statenkandidaat", strength: "weak" },
    // On a party's list: "staat op de lijst van Vooruit", "op de kieslijst voor de SP". Trap: "staat op de
    // lijst van de keuring" (no party or capital after it).
    { id: "on-list", pattern: "op de|het? lijst|kieslijst|kandidatenlijst|stembiljet van|voor de|het? @PARTY_WORD|@LIST_PARTY", strength: "weak" },
  ],
};

const religion: LexiconList = {
  category: "religion",
  source: "a person's religious background or conviction, and sport headscarves; hand-curated",
  patterns: [
    { id: "background.own", pattern: "zijn|haar|hun|mijn|m'n|z'n godsdienstige|religieuze|islamitische|christelijke|joodse|katholieke|protestantse|gereformeerde achtergrond|overtuiging|opvoeding", strength: "weak" },
    // Church roles and activities of a person: "op zondag organist in de kerk", "organiseerde Alpha-cursussen".
    { id: "church.role", pattern: "organist|organiste|dirigent|voorzanger|kerkmusicus in|bij|van de|het? kerk|parochie|gemeente|kerkkoor", strength: "weak" },
    { id: "church.activity", pattern: "kerkkoor|zondagsschool|catechisatie|alphacursus|alphacursussen|bijbelstudie|bijbelkring|gebedsgroep|gebedskring|jeugdkerk", strength: "weak" },
    { id: "headscarf.sport", pattern: "sporthijab|sporthoofddoek|sporthijabs|werkhijab|werkhoofddoek", strength: "weak" },
  ],
};

/** Published phrasings of the categories beside health, one list each (lexicon/index.ts). */
export const PUBLISHED_MORE: readonly LexiconList[] = [union, religion, ethnicity, sexual, genetic, criminal, politics];
