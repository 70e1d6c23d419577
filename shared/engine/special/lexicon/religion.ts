import type { LexiconList } from "../patterns.ts";

// Religion or belief (AVG art. 9). Religions per the CBS categories, curated by hand. Buildings
// (kerk, moskee as worksites), street names (Kerkstraat) and holidays as events (Kerstborrel) do not
// count; a person's practice (gaat naar de moskee, viert Divali, vast) does.
export const religion: LexiconList = {
  category: "religion",
  source: "hand-curated from the CBS religion categories; practices and holidays reviewed for worksite false alarms",
  classes: {
    WORSHIP_PLACE: ["kerk", "moskee", "synagoge", "sjoel", "tempel", "mandir", "gurdwara", "mis", "dienst", "kerkdienst", "vrijdaggebed", "gebed", "church", "mosque", "synagogue", "temple"],
    HOLIDAY: ["ramadan", "suikerfeest", "offerfeest", "divali", "diwali", "pesach", "chanoeka", "holi", "eid", "vastenmaand", "sabbat", "sjabbat", "keti"],
    BELIEVER: [
      "moslim", "moslima", "moslims", "islamitisch", "islamitische", "christen", "christenen", "christelijk",
      "christelijke", "katholiek", "katholieke", "protestant", "protestants", "protestantse", "gereformeerd",
      "gereformeerde", "hervormd", "hervormde", "evangelisch", "evangelische", "joods", "joodse", "jood",
      "hindoe", "hindoes", "hindoeistisch", "hindoeistische", "boeddhist", "boeddhistisch", "boeddhistische",
      "sikh", "atheist", "atheistisch", "gelovig", "gelovige", "religieus", "religieuze", "vroom", "vrome",
      "jehova's", "jehovagetuige", "muslim", "christian", "jewish", "catholic", "hindu", "buddhist",
      "religious", "islam", "orthodox", "orthodoxe",
    ],
  },
  patterns: [
    { id: "believer", pattern: "@BELIEVER", strength: "weak", notBefore: ["school", "basisschool", "scholengemeenschap", "kerk", "gemeente", "vereniging", "omroep", "partij", "ziekenhuis", "begraafplaats", "kerkhof", "centrum", "stichting", "feestdag", "feestdagen", "kalender", "moskee", "synagoge", "kapel", "instelling", "zorginstelling", "woningcorporatie"] },
    { id: "faith.own", pattern: "zijn|haar|z'n|hun|his|her geloof|religie|overtuiging|geloofsovertuiging|faith|religion", strength: "weak" },
    { id: "faith.because", pattern: "vanwege|voor|om|door|uit ~1 geloof|religie|geloofsovertuiging|levensovertuiging", strength: "weak" },
    { id: "worship.goes", pattern: "gaat|ga|gaan|ging|gingen|goes|went ~3 naar|to ~1 @WORSHIP_PLACE", strength: "weak" },
    { id: "worship.attends", pattern: "bezoekt|bezocht|viert|vierde|houdt|hield|doet|deed|celebrates ~3 @HOLIDAY", strength: "weak" },
    { id: "fasting", pattern: "vastende|vasten|fasting", strength: "weak", notAfter: ["aan", "op"] },
    { id: "prayer", pattern: "bidt|bidden|bidde|prays|praying|gebedsmat|gebedspauze|gebedstijden", strength: "weak" },
    { id: "headscarf", pattern: "hoofddoek|keppel|tulband|boerka|nikab|kruisje|hijab|keppeltje|tulbanden", strength: "weak" },
    { id: "scripture", pattern: "koran|bijbel|koranles|koranschool|bijbelstudie|thora|catechisatie|quran|bible", strength: "weak" },
    { id: "diet", pattern: "halal|kosher|koosjer", strength: "weak" },
    { id: "holiday.person", pattern: "@HOLIDAY", strength: "weak" },
  ],
};
