import type { LexiconList } from "../patterns.ts";

// Health, conditions and care in the words colleagues use about each other rather than a diagnosis:
// phobias, confusion, the aids a person uses (hearing aid, walker, prosthesis), a body part in a cast
// or a sling, being under treatment, a stay in a hospital named by its name, a stroke by its
// abbreviation, maternity leave. Weak: about a person only.
// Sources: phobias and aids are the Thuisarts.nl topics "angst voor ...", "hulpmiddelen"; the
// hospitals are the member hospitals of the NVZ (Nederlandse Vereniging van Ziekenhuizen) and the
// eight UMCs of the NFU, by the short names news and colleagues use ("ligt in het Rijnstate"); TIA and
// CVA as Thuisarts.nl writes them. Traps: "in verband met" (regarding), a "beugel" or "steun" that
// holds a pipe, "in de war" of a planning, a hospital as a worksite ("steiger bij het Isala": no
// "ligt in", no finding).

export const conditions: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Short names of Dutch hospitals that are not also ordinary words or common first names. */
    HOSPITAL_NAME: [
      "amc", "vumc", "umcg", "umcu", "lumc", "radboudumc", "erasmusmc", "mumc", "isala", "rijnstate", "amphia",
      "maasstad", "olvg", "spaarne", "dijklander", "tergooi", "zuyderland", "treant", "bravis", "zorgsaam",
      "adrz", "ikazia", "alrijne", "jbz", "etz", "zgt", "mst", "catharinaziekenhuis", "antoniusziekenhuis",
      "diakonessenhuis", "maxima", "maximamc", "hmc", "haga", "flevoziekenhuis", "gelreziekenhuizen",
      "slingeland", "wilhelminaziekenhuis", "meander", "tjongerschans", "frisius", "ommelander",
      "martiniziekenhuis", "st-jansdal", "jansdal", "bernhoven", "elkerliek", "viecuri", "laurentius",
      // more hospitals by their short names; not "Sophia", "Emma" or "Franciscus": a word in a pattern is read
      // as a term everywhere, never as the first name it also is
      "sophiakinderziekenhuis", "wkz", "vlietland", "franciscusgasthuis",
    ],
    PHOBIA: [
      "claustrofobie", "claustrofobisch", "hoogtevrees", "smetvrees", "pleinvrees", "agorafobie",
      "straatvrees", "faalangst", "pleinangst", "claustrophobic", "claustrophobia",
    ],
    /** Aids a person uses because of a condition; not "beugel" or "steun", which hold pipes. */
    AID: [
      "gehoorapparaat", "gehoorapparaten", "hoortoestel", "hoortoestellen", "rollator", "wandelstok",
      "prothese", "beenprothese", "armprothese", "insulinepomp", "stomazakje", "stoma", "pacemaker",
      "steunkousen", "walker",
    ],
    CONFUSED: ["verward", "onsamenhangend", "wartaal", "gedesoriënteerd", "gedesorienteerd", "confused", "disoriented"],
    CAST: ["verband", "gips", "mitella", "brace", "spalk", "tape", "sling", "cast"],
    /**
     * Everyday ailments by Thuisarts.nl's topic names that have no meaning on a building site (not
     * "overgewicht", which a lorry has, nor "staar" alone).
     */
    AILMENT: [
      "snipverkouden", "loopneus", "abces", "steenpuist", "niersteen", "nierstenen", "galsteen", "galstenen",
      "nierbekkenontsteking", "blindedarmontsteking", "galblaasontsteking", "alvleesklierontsteking",
      "navelbreuk", "liesbreuk", "littekenbreuk", "spataderen", "aambeien", "obesitas", "schimmelinfectie",
      "voetschimmel", "wortelkanaalbehandeling", "zenuwbehandeling", "kaakontsteking", "tandvleesontsteking",
      "bijholteontsteking", "sinusitis", "amandelontsteking", "oogontsteking", "bindvliesontsteking",
      "hoornvliesontsteking", "netvliesloslating", "vertigo", "carpaaltunnelsyndroom", "tenniselleboog",
      "peesschedeontsteking", "hielspoor", "fasciitis", "hypothyreoidie", "hyperthyreoidie", "bloedarmoede",
      "anemie", "ijzertekort", "longembolie", "embolie", "angina", "hartvaatziekte", "vaatvernauwing",
      "etalagebenen", "nierinsufficientie", "dialyse", "prikkelbaredarmsyndroom", "maagzweer", "maagbloeding",
      "reflux", "klierkoorts", "gordelroos", "wondroos", "koortslip", "zwangerschapsvergiftiging",
      "hersenvliesontsteking", "hartritmestoornissen", "prostaatklachten",
      "overgangsklachten", "opvliegers", "menstruatieklachten", "hoofdluis", "schurft", "legionella",
      "autoimmuunziekte", "autoimmuunaandoening", "stofwisselingsziekte", "zenuwziekte", "weeen",
      "vermoeidheidssyndroom", "vermoeidheidsyndroom", "verlammingsverschijnselen", "klaplong", "lasflits", "lasogen",
      "gokverslaafd", "gokprobleem", "gokproblemen", "trillingsletsel", "witte-vingerziekte", "wittevingerziekte",
    ],
    /**
     * Adjectives that make "ziekte" or "aandoening" a person's medical condition: "een chronische ziekte",
     * "een zeldzame aandoening". Not "ernstige afwijking" (of a measurement) nor "lichte klachten" of a client.
     */
    ILLNESS_KIND: [
      "chronische", "chronisch", "ongeneeslijke", "neurologische", "medische", "psychische", "lichamelijke", "terminale",
      "progressieve", "slopende", "zeldzame", "ernstige", "levensbedreigende", "besmettelijke", "erfelijke", "aangeboren",
    ],
  },
  patterns: [
    { id: "condition.ailment", pattern: "@AILMENT", strength: "weak" },
    { id: "condition.under-knife", pattern: "onder het mes", strength: "weak" },
    { id: "condition.doctors-note", pattern: "doktersbriefje|doktersverklaring|artsenverklaring|ziekteverklaring|ziektebriefje|doktersattest|ziekteattest", strength: "weak" },
    // Flemish "een attest voor een week" (the doctor's note by its length). Trap: "VCA-attest", "een attest
    // van de keuring" (no length of time after it).
    { id: "condition.attest-for", pattern: "attest voor ~2 dag|dagen|week|weken|maand|maanden", strength: "weak" },
    // Limping: "loopt te hinkelen sinds vrijdag". Trap: "de planning loopt te hinken" (weak: no person).
    { id: "symptom.limping", pattern: "loopt|liep|lopen te hinkelen|hinken|strompelen|manken", strength: "weak" },
    // How someone looked: "hij zag er bleek uit", "ziet er grauw uit". Trap: "de steiger zag er slecht uit"
    // (a thing as subject).
    { id: "symptom.looked", pattern: "zag|ziet|zagen er ~1 bleek|lijkbleek|grauw|ziek|beroerd|slecht|gammel uit", strength: "weak" },
    // Stitches as the reason of a visit: "daarna HA ivm hechten", "naar de SEH om te laten hechten".
    // Trap: "belang hechten aan" (the verb of valuing: "aan" after it).
    { id: "care.stitching", pattern: "ivm|voor|laten hechten", strength: "weak", notBefore: ["aan"] },
    { id: "condition.note-from", pattern: "briefje|verklaring van de|het? dokter|huisarts|arts|specialist|ziekenhuis", strength: "weak" },
    { id: "condition.struggles", pattern: "kwakkelt|kwakkelde|kwakkelen|sukkelt|sukkelde|sukkelen|tobt|tobde|tobben|kampt|kampte|worstelt|worstelde met zijn|haar|z'n|zn|mijn|m'n @SIDE? @BODY|gezondheid", strength: "weak" },
    { id: "condition.measured", pattern: "hoog|laag|verhoogd|hoge|lage|verhoogde|snelle|onregelmatige cholesterol|hartslag|bloeddruk|bloedsuiker|suikerspiegel|hartritme", strength: "weak" },
    { id: "condition.swollen-glands", pattern: "dikke|opgezette|gezwollen keel|amandelen|klieren|lymfeklieren", strength: "weak" },
    { id: "condition.doctors-advice", pattern: "op advies|aanraden|verzoek|voorschrift van de|zijn|haar|z'n? @SPECIALIST", strength: "weak" },
    { id: "care.first-aid-on-site", pattern: "ehbo|ehboer|ehbo'er|bhv|bhver|bhv'er ter plaatse|plekke", strength: "weak" },
    // Relatives' health and family history: "zijn zieke vader", "zorgverlof", "kanker zit in de familie".
    { id: "relative.ill", pattern: "zieke|doodzieke|terminale|dementerende|demente vader|moeder|vrouw|man|zoon|dochter|kind|kinderen|partner|echtgenote|broer|zus|opa|oma|schoonmoeder|schoonvader|zoontje|dochtertje|vriendin", strength: "weak" },
    { id: "relative.care-leave", pattern: "zorgverlof|mantelzorger|mantelzorgtaken|mantelzorgverlof|langdurigzorgverlof", strength: "weak" },
    { id: "relative.in-family", pattern: "kanker|ziekte|ziektes|aandoening|hartproblemen|hartziekte|suikerziekte|diabetes|reuma|dementie|depressie|epilepsie|migraine ~2 zit|zitten|zat|komt|komen in|voor de|zijn|haar familie", strength: "weak" },
    { id: "condition.dementia", pattern: "dement|dementerend|dementerende|alzheimerpatient", strength: "weak" },
    // Side effects: "suf van de pijnstillers", "moe door zijn medicijnen".
    { id: "medication.side-effect", pattern: "suf|slaperig|duf|draaierig|misselijk|moe|versuft|sloom van|door de|zijn|haar? @MED", strength: "weak" },
    // Medical fitness checks of a person: "herkeurd door de bedrijfsarts", "bij de periodieke keuring afgekeurd".
    { id: "fitness.rechecked", pattern: "herkeurd|herkeuring", strength: "weak" },
    { id: "fitness.medical-check-result", pattern: "periodieke|medische|arbo|aanstellings|cbr keuring|onderzoek|keuringsonderzoek ~1 afgekeurd|goedgekeurd|herkeurd|ongeschikt", strength: "weak" },
    { id: "condition.eyes-lasered", pattern: "ogen|oog ~2 gelaserd|laseren", strength: "weak" },
    { id: "condition.eye-laser-word", pattern: "ooglaseren|ooglaserbehandeling|lasik|staaroperatie", strength: "weak" },
    { id: "symptom.wheezing", pattern: "piept|piepte|piepen|reutelt|reutelde bij|tijdens het? ademen|ademhalen", strength: "weak" },
    { id: "symptom.short-breath", pattern: "kort|snel van adem", strength: "weak" },
    { id: "condition.phobia", pattern: "@PHOBIA", strength: "weak" },
    { id: "condition.aid", pattern: "@AID", strength: "weak" },
    { id: "condition.hearing-aid-en", pattern: "hearing aid|aids", strength: "weak" },
    { id: "condition.confused", pattern: "@CONFUSED", strength: "weak", notBefore: ["aanzicht", "plan"] },
    // "Zijn hand zit nog in het verband", "arm in de mitella", "his arm in a cast". Not "in verband met".
    { id: "condition.body-in-cast", pattern: "@BODY ~3 in het|de|een|a|the @CAST", strength: "weak" },
    // "onder behandeling bij een psycholoog", "dat ze onder behandeling is" (the verb last).
    { id: "condition.under-treatment", pattern: "onder behandeling bij|van|voor|is|staat", strength: "weak" },
    // "Hij ligt in het Rijnstate", "opgenomen in het UMCG", "naar het Isala gebracht".
    { id: "care.hospital-named", pattern: "ligt|lag|liggen|opgenomen|gebracht|overgebracht|vervoerd|afgevoerd|weggebracht|gevlogen|overgevlogen ~1 in|naar het|de? @HOSPITAL_NAME", strength: "weak" },
    { id: "care.hospital-named-after", pattern: "in|naar het|de? @HOSPITAL_NAME ~2 opgenomen|gebracht|overgebracht|vervoerd|afgevoerd|gevlogen|geopereerd|behandeld", strength: "weak" },
    // An appointment or a check at a hospital by its name: "afspraak in het AMC".
    { id: "care.hospital-named-visit", pattern: "afspraak|controle|onderzoek|opname|consult|poli ~1 in|bij|op het|de? @HOSPITAL_NAME", strength: "weak" },
    // Paralysis of a person: "linkszijdig verlamd", "raakte verlamd"; not "het verkeer was verlamd" (no
    // person right before) nor "verlamd van schrik".
    { id: "condition.paralysed-side", pattern: "linkszijdig|rechtszijdig|halfzijdig|gedeeltelijk|deels|blijvend|volledig verlamd|verlamming", strength: "weak" },
    { id: "condition.paralysed", pattern: "<@WHO is|was|raakte|werd|bleef ~2 verlamd", strength: "weak", notBefore: ["van", "door"] },
    // A stroke by its abbreviation: "bleek een TIA", "heeft een CVA gehad".
    { id: "condition.stroke-abbreviation", pattern: "een|de|zijn|haar|z'n|mijn|m'n tia|cva|herseninfarct", strength: "weak" },
    { id: "condition.maternity-en", pattern: "maternity leave", strength: "weak" },
    // A part that has long been bad: "heeft een slechte rug", "zijn slechte knie", "a dodgy knee". Joints
    // and senses only: "slechte kop" is a bolt's, "slechte voet" a ladder's.
    { id: "condition.bad-part", pattern: "slechte|zwakke|kwetsbare|versleten rug|knie|knieen|heup|heupen|schouder|schouders|ogen|oren|nek|enkel|enkels|longen|nieren|gezondheid|hart|pols|polsen", strength: "weak" },
    { id: "condition.bad-part-en", pattern: "bad|dodgy|gammy|weak|bum|dicky back|knee|knees|hip|hips|shoulder|ankle|heart|chest|wrist", strength: "weak" },
    // Covid of a person: "heeft corona", "long covid"; not "door corona" (a project delayed by the pandemic).
    { id: "condition.covid", pattern: "@HAVE|met corona|covid|covid19|coronavirus", strength: "weak", notBefore: ["maatregelen", "regels", "tijd", "crisis", "periode", "beleid"] },
    { id: "condition.long-covid", pattern: "long|post|langdurige covid|corona", strength: "weak" },
    { id: "condition.long-covid-word", pattern: "postcovid|longcovid|coronaklachten|covidklachten", strength: "weak" },
    // Pregnancy and birth in more words: "verwacht een kindje", "bevallingsverlof", "expecting a baby".
    { id: "pregnancy.expects", pattern: "verwacht|verwachten|verwachtte een kindje|baby|tweeling|kind|zoon|dochter|zoontje|dochtertje", strength: "weak", notBefore: ["op", "bij", "die", "dat", "met"] },
    { id: "pregnancy.leave", pattern: "bevallingsverlof|moederschapsverlof|zwangerschapscontrole|zwangerschapsklachten|zwangerschapsmisselijkheid|bekkeninstabiliteit", strength: "weak" },
    { id: "pregnancy.en", pattern: "expecting|having a baby|twins", strength: "weak" },
    // "Maria told us she's expecting", "his wife is expecting": the verb with nothing expected after it.
    // Trap: "she's expecting the delivery at noon", "is expecting rain" (an object follows).
    { id: "pregnancy.expecting-en", pattern: "<she's|shes|she|wife|girlfriend|partner|is|was expecting", strength: "weak",
      notBefore: ["the", "a", "an", "to", "that", "it", "some", "more", "any", "rain", "delivery", "you", "him", "her", "them", "us", "me", "news", "trouble", "problems", "delays", "our", "his", "their", "visitors", "guests"] },
    { id: "pregnancy.weeks", pattern: "weken|maanden zwanger|pregnant", strength: "weak" },
    // "ik ben 22 weken in verwachting", with words between the verb and the phrase (health.ts has it without). Not "in verwachting van de levering".
    // A condition told by its kind, not its name: "heeft een chronische ziekte", "een zeldzame spierziekte".
    { id: "condition.kind-of-illness", pattern: "@ILLNESS_KIND ziekte|ziektes|aandoening|aandoeningen|spierziekte|longziekte|darmziekte|huidziekte|hartaandoening|ziektebeeld|illness|condition|disease", strength: "weak" },
    { id: "condition.kind-of-complaints", pattern: "chronische|psychische|lichamelijke|medische klachten|problemen|beperking|beperkingen", strength: "weak" },
    // Having an illness, unnamed: "Kees heeft een ziekte onder de leden"; a tree's or a machine's
    // "ziekte" has no person before the verb.
    { id: "condition.has-illness", pattern: "<@WHO heeft|had|kreeg|heb een|de ziekte|aandoening", strength: "weak" },
    // Giving birth: "ze is gisteren bevallen", "Sanne is aan het bevallen"; "het is hem goed bevallen"
    // (pleased him) has no person right before the verb.
    { id: "childbirth.person", pattern: "<@WHO is|was|zijn ~2 bevallen", strength: "weak" },
    { id: "childbirth.in-labour", pattern: "aan het bevallen", strength: "weak" },
    { id: "pregnancy.expecting-gap", pattern: "ben|is|was|zijn ~3 in verwachting", strength: "weak", notBefore: ["van", "dat", "om"] },
  ],
};
