import type { LexiconList } from "../patterns.ts";

// Criminal data (AVG art. 10): convictions, offences, suspicion, sentences, court-imposed bans. A theft
// with no suspect ("diefstal van de aggregaat"), police directing traffic and a prison as a worksite are
// not labelled; a person's record, arrest or sentence is. Terms from the Wetboek van Strafrecht.
export const criminal: LexiconList = {
  category: "criminal",
  source: "sentences and measures from the Wetboek van Strafrecht (public domain); predicates hand-curated",
  classes: {
    POLICE: ["politie", "agent", "agenten", "marechaussee", "boa", "wijkagent", "police", "recherche"],
    ARREST: ["aangehouden", "gearresteerd", "opgepakt", "meegenomen", "verhoord", "ondervraagd", "staandegehouden", "geboeid", "ingerekend", "arrested", "detained", "questioned"],
    PRISON: ["gevangenis", "cel", "bajes", "nor", "gevang", "detentie", "jeugdgevangenis", "jeugdinrichting", "prison", "jail", "tbs-kliniek"],
    CRIME: [
      "diefstal", "fraude", "mishandeling", "inbraak", "heling", "oplichting", "geweld", "drugshandel",
      "witwassen", "verduistering", "bedreiging", "vernieling", "stelen", "rijden", "doodslag", "moord",
      "zedendelict", "aanranding", "verkrachting", "openlijke", "belediging", "theft", "fraud", "assault",
    ],
  },
  patterns: [
    ...[
      "strafblad", "strafbladen", "taakstraf", "werkstraf", "celstraf", "gevangenisstraf", "enkelband",
      "tbs", "gedetineerd", "gedetineerde", "exgedetineerde", "rijontzegging", "straatverbod",
      "contactverbod", "voorarrest",
    ].map((w) => ({ id: `lexicon.${w}`, pattern: w, strength: "strong" as const })),
    ...["veroordeeld", "veroordeling", "reclassering", "gebiedsverbod", "hechtenis", "convicted", "conviction", "parole"]
      .map((w) => ({ id: `lexicon.${w}`, pattern: w, strength: "weak" as const })),
    { id: "record-en", pattern: "criminal record|past|history", strength: "weak" },
    { id: "criminal-past", pattern: "strafrechtelijk|strafrechtelijke|justitieel|justitiele verleden|documentatie|antecedenten", strength: "weak" },
    { id: "arrest.by-police", pattern: "@POLICE ~3 @ARREST", strength: "weak" },
    { id: "arrest.passive", pattern: "@ARREST ~2 door|by ~1 de|the? @POLICE", strength: "weak" },
    { id: "arrest.plain", pattern: "gearresteerd|arrested|ingerekend", strength: "weak" },
    { id: "prison", pattern: "zat|zit|zitten|zaten|gezeten|vastgezeten|sat|served ~4 @PRISON", strength: "weak" },
    // Not @CRIME: "de hoogwerker zit vast voor het rijden" is a machine, so only offences proper.
    { id: "detained", pattern: "zit|zat|zitten|zaten vast voor|wegens ~2 diefstal|fraude|mishandeling|inbraak|heling|oplichting|geweld|drugshandel|witwassen|verduistering|bedreiging|doodslag|moord|zedendelict|aanranding|verkrachting|vernieling", strength: "weak" },
    { id: "prison.just-out", pattern: "@BE ~2 uit de|het @PRISON", strength: "weak" },
    { id: "prison.came-out", pattern: "uit de|het|jail|prison ~1 @PRISON ~1 gekomen|vrijgelaten|ontslagen|released", strength: "weak" },
    { id: "suspect", pattern: "verdacht|verdachte|beschuldigd|suspected|accused van|of|voor|wegens", strength: "weak" },
    { id: "as-suspect", pattern: "als verdachte|suspect", strength: "weak" },
    { id: "prosecuted", pattern: "aangeklaagd|vervolgd|prosecuted|charged", strength: "weak" },
    { id: "caught", pattern: "betrapt ~1 op|bij ~2 @CRIME|drugsgebruik|drinken", strength: "weak" },
    { id: "caught-en", pattern: "caught stealing", strength: "weak" },
    { id: "stole", pattern: "stal|steelt|stalen|pleegde|stole|steals", strength: "weak" },
    { id: "has-stolen", pattern: "heeft|hebben ~3 gestolen|gepleegd", strength: "weak" },
    { id: "vog.refused", pattern: "vog ~2 geweigerd|afgewezen|ingetrokken|refused|denied", strength: "weak" },
    { id: "vog.none", pattern: "geen|no vog ~1 gekregen|ontvangen|afgegeven|verleend|granted", strength: "weak" },
    { id: "dui", pattern: "rijden|reed|rijdt|gereden|driving onder|under invloed|influence", strength: "weak" },
    { id: "licence-seized", pattern: "rijbewijs ~1 ingevorderd|ingenomen|afgepakt", strength: "weak" },
    { id: "report-against", pattern: "aangifte|proces-verbaal|procesverbaal|pv ~2 tegen", strength: "weak" },
  ],
};
