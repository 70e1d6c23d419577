import type { LexiconList } from "../patterns.ts";

// Criminal data (AVG art. 10) as news and court rulings write about one person: the conditions of a
// sentence (Sr art. 14a-14c: proeftijd, bijzondere voorwaarden), the court finding someone guilty or
// standing trial ("vindt de rechtbank hem schuldig", "stond donderdag voor de rechter"), the verdict's
// verb with its person ("veroordeelt verdachte tot"), the held person by a participle ("de aangehouden
// man", "de opgepakte activist"), the main and co-suspects, resisting or assaulting police at an arrest
// (Sr art. 180 wederspannigheid, 267 belediging, 300-304 mishandeling of an official), and someone still
// held ("de activist die nog vastzit"). Sources: the Wetboek van Strafrecht and Strafvordering, rulings on
// rechtspraak.nl and the wording of Dutch crime news. Traps in test/unit/lexicon-criminal-news.test.ts.

/** Person nouns after a participle of arrest or trial: "de aangehouden man", "de veroordeelde chauffeur". */
const HELD_PERSON = "man|vrouw|persoon|personen|jongen|jongens|jongeman|meisje|verdachte|verdachten|bestuurder|chauffeur|automobilist|" +
  "werknemer|medewerker|directeur|eigenaar|activist|activisten|klimaatactivist|demonstrant|demonstranten|mannen|vrouwen|tiener|scholier|agent";

export const news: Pick<LexiconList, "patterns"> = {
  patterns: [
    // A criminal probation period is counted in years (Sr art. 14b: at most three years); a contract's
    // "proeftijd" is one or two months (BW 7:652). Trap: "een proeftijd van twee maanden" in a contract.
    { id: "news.probation-years", pattern: "proeftijd|proeftijden van ~1 jaar|jaren", strength: "weak" },
    { id: "news.special-conditions", pattern: "bijzondere voorwaarden|voorwaarde ~3 reclassering|meldplicht|contactverbod|locatieverbod|behandeling|enkelband", strength: "weak" },
    // The court finds someone guilty: "vindt de rechtbank hem schuldig aan het ongeluk", "werd schuldig
    // bevonden aan doodslag". Trap: "voelt zich schuldig" (a feeling), "ben je iets schuldig" (a debt):
    // only a court as the one who finds, or "bevonden/verklaard"; "Jan vindt zichzelf schuldig aan de
    // vertraging" has no court.
    { id: "news.found-guilty", pattern: "rechtbank|rechter|hof|politierechter|strafrechter|jury|kamer ~4 schuldig aan|wegens|bevonden|verklaard", strength: "weak" },
    { id: "news.found-guilty-passive", pattern: "schuldig bevonden|verklaard", strength: "weak" },
    // Standing trial: "stond donderdag voor de rechter", "moet zich voor de politierechter verantwoorden".
    // Not the kantonrechter (labour and rent cases). Trap: "staat voor de rechtbank geparkeerd" (a place:
    // a place verb follows), "voor de rechter gaan" in a civil claim is rare in news and still a trial.
    { id: "news.on-trial", pattern: "stond|staat|stonden|staan|moest|moet ~2 voor de rechter|rechtbank|politierechter|strafrechter|meervoudige|strafkamer", strength: "weak", notBefore: ["geparkeerd", "gebouwd", "afgezet", "opgesteld", "om", "te"] },
    { id: "news.answer-to-court", pattern: "verantwoorden|verantwoordt|verantwoordde ~2 voor de rechter|rechtbank|politierechter|strafrechter", strength: "weak" },
    // The verdict's verb with its person, as rulings and news write it: "veroordeelt verdachte tot een
    // taakstraf", "veroordeelde de man tot twee jaar cel". Trap: "veroordeelt het geweld" (no tot/wegens after).
    // "veroordeelt een bouwbedrijf tot een boete" is a company's: the object must be a person.
    { id: "news.sentences-person", pattern: "veroordeelt|veroordeelde|veroordeelden hem|haar|verdachte|verdachten ~2 tot|wegens|voor", strength: "weak" },
    { id: "news.sentences-person.noun", pattern: `veroordeelt|veroordeelde|veroordeelden de|een|twee|drie ~1 ${HELD_PERSON} ~2 tot|wegens|voor`, strength: "weak" },
    // The person by a participle of arrest or trial: "de aangehouden persoon", "de opgepakte man".
    // Strong: the pattern holds the person, with a definite article. Trap: "de aangehouden afstand" (no
    // person noun after it), "een veroordeelde moet zich melden" (indefinite, a rule).
    { id: "news.held-person", pattern: `<de|deze|die|twee|drie|vier|vijf|zes aangehouden|gearresteerde|opgepakte|veroordeelde|vervolgde|aangeklaagde|voorgeleide|gedetineerde ${HELD_PERSON}`, strength: "strong" },
    // Main and co-suspects are persons by the word itself: "De hoofdverdachte is voorgeleid".
    // Trap: none needed beyond the person test (weak): "hoofdverdachte" has no other sense.
    // Counted suspects: "drie verdachten van een bouwbedrijf aangehouden", "beide verdachten". Trap: "drie
    // verdachte pakketjes" (the adjective: a noun follows, suspect.noun's list; here only the plural noun).
    { id: "news.suspects-counted", pattern: "<twee|drie|vier|vijf|zes|zeven|acht|negen|tien|beide|andere|overige verdachten", strength: "weak" },
    { id: "news.suspect-kinds", pattern: "hoofdverdachte|hoofdverdachten|medeverdachte|medeverdachten|verdachtes", strength: "weak" },
    // Resisting arrest and assaulting police (Sr art. 180, 267, 304): "zou zich bij zijn aanhouding hebben
    // verzet", "een agent hebben gebeten". Trap: "de agent regelde het verkeer" (no violence verb),
    // "verzet tegen de plannen" (no arrest).
    { id: "news.resisted", pattern: "aanhouding|arrestatie ~3 verzet|verzette|verzetten|gebeten|geschopt|geslagen", strength: "weak" },
    { id: "news.assaulted-police", pattern: "agent|agente|agenten|politieagent|politieagente|politieman|politievrouw|boa|boas|handhaver|handhavers|conducteur ~2 gebeten|geschopt|geslagen|bespuugd|mishandeld|bedreigd|aangevallen|gestoken|beledigd", strength: "weak" },
    { id: "news.assaulted-police.verb", pattern: "beet|schopte|sloeg|bespuugde|bedreigde|mishandelde|beledigde ~2 een|de|twee agent|agente|agenten|politieagent|politieagenten|boa|handhaver|conducteur", strength: "weak" },
    // Awaiting one's trial, a case against a person, a police report drawn up against them, a confession:
    // "zit vast in afwachting van zijn proces", "de zaak tegen de directeur", "tegen de man is
    // proces-verbaal opgemaakt", "heeft bekend de inbraak te hebben gepleegd". Trap: "in afwachting van
    // de vergunning" (no trial word), "de zaak tegen de gemeente" (a civil case: a person noun is needed),
    // "het proces-verbaal van de vergadering" (minutes: no "opgemaakt tegen").
    { id: "news.awaiting-trial", pattern: "afwachting van ~1 zijn|haar|hun|het|de proces|rechtszaak|berechting|strafzaak|uitspraak|voorgeleiding", strength: "weak" },
    { id: "news.case-against", pattern: `zaak|strafzaak|strafproces|proces|onderzoek tegen de|een|twee|drie|zijn|haar ~1 ${HELD_PERSON}|verdachte|verdachten|hem|haar`, strength: "weak" },
    { id: "news.police-report", pattern: "procesverbaal ~2 opgemaakt|uitgeschreven|tegen", strength: "weak" },
    { id: "news.police-report.against", pattern: "tegen hem|haar|de|een ~2 procesverbaal ~2 opgemaakt", strength: "weak" },
    { id: "news.confessed", pattern: "bekend|bekende|bekenden|bekent ~4 te hebben ~1 gepleegd|gestolen|gedood|vermoord|geslagen|mishandeld|ingebroken|gefraudeerd|verduisterd|aangestoken|gereden", strength: "weak" },
    // Taken to the station with the verb split: "De politie nam de man mee naar het bureau" (criminal-court
    // reads "meegenomen naar het bureau"). Trap: "nam de stempel mee naar het bureau" (weak: a person is needed;
    // "bureau" alone is also a desk: only the police's words).
    { id: "news.taken-to-station", pattern: "nam|namen|neemt|nemen ~4 mee naar het|de? politiebureau|cellencomplex|arrestantencomplex|politiecel", strength: "weak" },
    // Still held: "de enige klimaatactivist die nog vastzit". Only after a person, in a relative clause:
    // "de bout die nog vastzit" names a thing (no person before "die").
    { id: "news.still-held", pattern: `<@WHO|${HELD_PERSON} die nog|al|langer? vastzit|vastzat|vastzitten|vastzaten|vastgehouden`, strength: "weak" },
  ],
};
