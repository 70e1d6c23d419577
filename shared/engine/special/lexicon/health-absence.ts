import type { LexiconList } from "../patterns.ts";

// Health, sickness and absence: sick reports in their many phrasings, common illnesses, symptoms of a
// person, and return-to-work and fitness-for-work language. The AP's policy rules "De zieke
// werknemer" treat a bare sick report as health data, and the Wet verbetering poortwachter's
// vocabulary (hersteldmelding, re-integratie, arbeidstherapeutisch werken, aangepast werk) is what
// employers write about a sick employee. Illnesses and symptoms: the everyday names of Thuisarts.nl's
// topics. English: the phrasings of mixed crews ("called in sick", "off sick"). Hand-curated.
// Traps: "ziek" as an intensifier ("ziek veel werk"), "hersteld" of a leak or power, "uitgevallen" of a
// crane, "aangepast, werk gaat door" (no person), "overgeven" of a shift.

/** Adjectives and adverbs that "ziek" intensifies in slang ("ziek scheef", "ziek veel"): then it is no illness. */
const SICK_INTENSIFIED = [
  "veel", "scheef", "duur", "goed", "lang", "hard", "druk", "mooi", "vet", "snel", "zwaar", "lastig", "irritant", "vaag",
  "strak", "laat", "vroeg", "warm", "koud", "heet", "groot", "klein", "hoog", "laag", "ver", "raar", "gek", "traag",
  "langzaam", "smerig", "vies", "slecht", "lelijk", "nat", "glad", "steil", "krap", "vol", "leeg", "stom", "dom",
  "krom", "dik", "heftig", "gaaf", "lekker", "chill", "zwaar",
];

export const absence: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Common illnesses a colleague is off with. */
    ILLNESS: [
      "griep", "buikgriep", "griepje", "verkoudheid", "verkouden", "snotverkouden", "keelontsteking",
      "oorontsteking", "blaasontsteking", "voorhoofdsholteontsteking", "bronchitis", "longontsteking", "waterpokken",
      "mazelen", "gordelroos", "roodvonk", "kinkhoest", "ziekte", "infectie", "flu",
      "migraine", "hooikoorts", "maagklachten", "darmklachten", "voedselvergiftiging", "diarree",
    ],
    /** Symptoms of a person, as a note names them. */
    SYMPTOM_MORE: [
      "buikpijn", "maagpijn", "keelpijn", "oorpijn", "kiespijn", "tandpijn", "rugpijn", "nekpijn", "spierpijn",
      "rillingen", "rillerig", "grieperig", "hoesten", "hoest", "hoestte", "benauwdheid",
      "hyperventilatie", "hyperventileren", "hyperventileerde", "hartkloppingen", "braakneiging", "overgegeven",
      "gekotst", "gespuugd", "diarree", "huiduitslag", "eczeem", "jeuk", "oorsuizen", "tinnitus",
      "krampen", "kortademigheid", "ademnood", "niezen", "niesde", "niest", "niesbui", "niesbuien", "unwell", "headache", "vomiting", "vomited", "fever", "fainted",
    ],
  },
  patterns: [
    // Sick reports: "meldde zich ziek", "is ziek", "ziek thuis", "ziek naar huis".
    // Not "ziek" as an intensifier before an adjective ("ze zijn ziek scheef", "is ziek duur"): slang, no illness.
    { id: "sick.report", pattern: "@BE|meldde|meldt ziek", strength: "weak", notBefore: SICK_INTENSIFIED },
    // With words between: "is sinds maandag ziek". Not "ik ben er echt ziek van" (fed up: "er … ziek van").
    // Notes that drop the verb: "mijn moeder heel ziek", "kees erg ziek vandaag" (a person right before).
    { id: "sick.verbless", pattern: "<@WHO heel|erg|zwaar|ernstig|hartstikke|flink|behoorlijk ziek", strength: "weak" },
    // A partner or relative who gave birth: "mijn vrouw bevallen gisteren nacht", "zijn vriendin is bevallen van
    // een zoon". Not what pleased someone ("het rooster is goed bevallen"): a person right before.
    { id: "birth.relative", pattern: "<vrouw|vriendin|partner|zus|zuster|dochter|echtgenote|wife|girlfriend bevallen|beviel", strength: "weak", notBefore: ["goed", "prima", "slecht", "niet", "wel", "beter", "uitstekend"] },
    { id: "birth.relative-is", pattern: "<vrouw|vriendin|partner|zus|zuster|dochter|echtgenote is|was bevallen", strength: "weak", notBefore: ["goed", "prima", "slecht", "niet", "wel", "beter", "uitstekend"] },
    { id: "sick.report-apart", pattern: "@BE|meldde|meldt ~3 ziek", strength: "weak", notBefore: [...SICK_INTENSIFIED, "van"] },
    // Phone notes drop the verb: "Kees ziek", "piet vandaag ziek, komt morgen". Not "ziek van" (fed up
    // with) or "ziek druk" (very busy).
    // The verb last, in a clause after "dat" or "omdat": "het bericht dat Albert helaas ernstig ziek is",
    // "omdat hij sinds maandag ziek was". Trap: "wie ziek is, blijft thuis", "als je ziek bent" (the
    // reference makes them anyone's), "het is ziek" (slang: "het" before it is no person).
    { id: "sick.verb-final", pattern: "ziek is|was|werd|wordt|bleek|geworden", strength: "weak", notAfter: ["het", "dat", "niet", "nooit", "wie", "ziek"] },
    { id: "sick.telegraphic", pattern: "<@WHO ziek", strength: "weak", notBefore: ["van", "druk", "veel", "goed"] },
    { id: "sick.telegraphic-when", pattern: "<@WHO vandaag|weer|nog|ook ziek", strength: "weak", notBefore: ["van", "druk", "veel", "goed"] },
    // Not the figure: "ziekteverzuim in de regio was 4,2%" (an aggregate names nobody).
    { id: "sick.absence-noun", pattern: "ziekteverzuim", strength: "weak", notBefore: ["in", "was", "is", "ligt", "lag", "steeg", "daalde", "bedroeg", "percentage", "cijfers", "op", "binnen", "onder", "per", "van", "dit", "vorig", "is", "gaat", "terugdringen", "omlaag", "omhoog", "beleid"] },
    { id: "sick.report-noun", pattern: "ziekmelding|ziekteverlof|ziek-gemeld|sick-leave|ziekgemeld|ziekgemelde|ziekteperiode|ziektedag|ziektedagen|verzuimmelding", strength: "weak" },
    // The infinitive is a person's act only right after "zich": "Jan wil zich ziekmelden". Bare, it names the act
    // in rules and protocols: "Ziekmelden altijd voor 7.00 bij de uitvoerder", "bij ziekmelden bellen".
    { id: "sick.report-self", pattern: "<zich|me|mij|je ziekmelden", strength: "weak" },
    { id: "sick.at-home", pattern: "ziek thuis|gemeld|geworden|naar|geweest|afgemeld|uitgevallen", strength: "weak" },
    { id: "sick.long", pattern: "langdurig|langer|al|nog|weer|vaak|regelmatig ziek|zieke", strength: "weak", notBefore: ["veel", "mooi", "goed", "druk", "hard", "lang"] },
    { id: "sick.because", pattern: "wegens|vanwege|door|ivm|met ziekte|ziekenhuisbezoek|ziekenhuisopname", strength: "weak" },
    { id: "sick.medical-reasons", pattern: "om|wegens|vanwege|uit medische redenen|reden|klachten|problemen|ingreep", strength: "weak" },
    { id: "sick.because-short", pattern: "want|omdat|ivm ziek|ziekte|griep|koorts", strength: "weak" },
    { id: "sick.absence-talk", pattern: "verzuimgesprek|verzuimdossier|ziekteverzuimgesprek|verzuimhistorie|verzuimfrequentie|ziekmeldingen", strength: "weak" },
    { id: "sick.health-reasons", pattern: "gezondheidsredenen|gezondheidsproblemen|gezondheidsklachten", strength: "weak" },
    { id: "sick.out", pattern: "uitgevallen|uitgeschakeld|thuis|home|off ~1 met|door|wegens|vanwege|with ~2 @ILLNESS|@SYMPTOM_MORE|@BODY_STEM+@INJURY_HEAD|ziekte|klachten|blessure|stress|burnout|overspannenheid|spanningsklachten|stressklachten|illness|injury", strength: "weak" },
    // "heeft griep", "zit thuis met buikgriep", "2 mdw hadden griep".
    { id: "sick.illness-name", pattern: "infectie|infecties|flu|griep|buikgriep|griepje|verkoudheid|verkouden|snotverkouden|keelontsteking|oorontsteking|blaasontsteking|voorhoofdsholteontsteking|bronchitis|waterpokken|mazelen|gordelroos|roodvonk|kinkhoest|hooikoorts|voedselvergiftiging", strength: "weak" },
    // Not "door corona" alone: a project delayed by the pandemic names nobody's illness.
    { id: "sick.corona", pattern: "corona|covid|covid19 ~1 positief|besmet|opgelopen|gehad|gekregen|test|getest", strength: "weak" },
    { id: "symptom.more", pattern: "@SYMPTOM_MORE", strength: "weak", notBefore: ["van", "door"] },
    // "voelt zich niet lekker", "voelde zich beroerd".
    // "voelde zich beroerd"; "ik voel me fit" (an LMRA's all-clear) says nothing sensitive, so "lekker",
    // "fit" and "goed" count only after "niet" (health.ts' felt-unwell).
    { id: "symptom.unwell", pattern: "voelt|voelde|voelen|voelden|voel zich|me? niet? beroerd|ziek|slap|zwak|grieperig|misselijk|duizelig|ellendig|rot", strength: "weak" },
    { id: "symptom.faint", pattern: "viel|valt|vallen|gevallen flauw", strength: "weak" },
    { id: "symptom.vomit", pattern: "moest|moet|ging|gaat overgeven|braken|kotsen|spugen", strength: "weak" },
    // The progressive of the same: "ben de hele nacht aan het spugen geweest". Trap: "aan het braken van
    // de vloer" (the verb of breaking up: an object follows with "van").
    { id: "symptom.vomit-progressive", pattern: "aan het spugen|overgeven|braken|kotsen", strength: "weak", notBefore: ["van"] },
    { id: "symptom.vision", pattern: "zag|ziet|zien|zie wazig|dubbel|sterretjes", strength: "weak" },
    { id: "symptom.rash", pattern: "uitslag|eczeem|jeuk|bultjes|blaasjes op|aan ~1 @SIDE? @BODY", strength: "weak" },
    { id: "symptom.light-headed", pattern: "licht in zijn|haar|het|mijn|m'n|z'n hoofd", strength: "weak" },
    // Pain and complaints that a person has, feels or suffers (one pattern for body and mind: both
    // start with the same verbs). Not "stress op de planning".
    { id: "symptom.pain", pattern: "@HAVE|kreeg|voelde|voelt|last|ervaart|ervoer|kampt|kampte|lijdt|leed ~3 pijn|kramp|krampen|koorts|steken|pijnen|stress|angst|paniek|nachtmerries|herbelevingen|trauma", strength: "weak", notBefore: ["op", "van", "bij", "tussen", "tijdens"] },
    { id: "symptom.chest", pattern: "pijn|druk|steken op|in|aan de|zijn|haar borst", strength: "weak" },
    { id: "symptom.breath", pattern: "buiten adem", strength: "weak" },
    { id: "symptom.breath-en", pattern: "short of breath", strength: "weak" },
    { id: "symptom.chest-pain-en", pattern: "chest pain|pains", strength: "weak" },
    { id: "symptom.felt-unwell-en", pattern: "felt|feeling|feels|was|got|is|went|called|phoned|rang|reported|off|fell|home ~1 sick|ill|unwell|dizzy|nauseous|faint|lightheaded|light-headed|poorly", strength: "weak", notBefore: ["of"] },
    { id: "symptom.passed-out-en", pattern: "passed|blacked out", strength: "weak" },
    // Return to work and fitness for work (Wet verbetering poortwachter).
    // Not "herstelt" alone: on a site it repairs a leak far more often than it recovers.
    { id: "rehab", pattern: "reintegratie|re-integratie|revalidatie|revalideert|herstellende|reintegreert|reintegreren|reintegratietraject|reintegratieplan|reintegratiebedrijf|werkhervatting|hersteldmelding|betermelding|hersteldgemeld|betergemeld", strength: "weak" },
    { id: "rehab.recovering", pattern: "herstelt|herstellende goed|voorspoedig|langzaam|thuis", strength: "weak" },
    // "beter gemeld"; not "kun je beter melden" (advice).
    { id: "rehab.reported-fit", pattern: "hersteld|beter gemeld", strength: "weak" },
    { id: "rehab.reports-fit", pattern: "meldt|meldde zich hersteld|beter", strength: "weak" },
    { id: "rehab.adapted-work", pattern: "aangepaste ~1 werkzaamheden|taken|functie|werkplek|uren|werktijden|arbeid", strength: "weak" },
    { id: "rehab.adapted-work-verb", pattern: "doet|op|voorlopig|tijdelijk|alleen|krijgt|zit|werkt|in aangepast werk", strength: "weak" },
    // The plan after an injury, as incident analyses list it: "daarna aangepast werk", "eerst 4 uur per
    // dag aangepast werk". Trap: "Aangepast werk voor zwangere medewerkers is mogelijk" (a group: the
    // reference decides), "het rooster is aangepast" (no "werk" after it).
    { id: "rehab.adapted-work-bare", pattern: "aangepast werk", strength: "weak" },
    // Lost time of an injury or illness, as incident reports give it: "Verzuim: 4 weken", "verzuim
    // verwacht 10 werkdagen", "uitval naar verwachting 6 weken". Trap: "het verzuim daalde dit kwartaal
    // naar 3,8%" (no unit of time), "verzuimcijfers van de afgelopen maanden" (a compound, not listed).
    { id: "absence.lost-time", pattern: "verzuim|ziekteverzuim|uitval|verzuimduur ~3 dag|dagen|werkdagen|week|weken|maand|maanden", strength: "weak", notBefore: ["gedaald", "gestegen", "gehalveerd", "lager", "hoger"] },
    { id: "rehab.therapeutic", pattern: "arbeidstherapeutisch|arbeidstherapeutische|therapeutisch|therapeutische", strength: "weak" },
    { id: "rehab.half-days", pattern: "halve dagen|uren ~4 opbouw|opbouwen|herstel|hersteld|therapeutisch|arbeidstherapeutisch|reintegratie|reintegreert|bedrijfsarts", strength: "weak" },
    { id: "fitness.rejected", pattern: "afgekeurd|goedgekeurd|gekeurd|ongeschikt ~1 door|bij|op|voor|tijdens|na de|het? @SPECIALIST|medische|aanstellingskeuring|keuringsarts|uwv|pmo|pago", strength: "weak" },
    { id: "fitness.medically", pattern: "medisch|medische afgekeurd|goedgekeurd|ongeschikt|geschikt|keuring|redenen|klachten|dossier|verleden|behandeling|beperking|beperkingen", strength: "weak" },
    { id: "fitness.doctor-says", pattern: "mag|moet|mocht|moest van de|zijn|haar? @SPECIALIST", strength: "weak" },
    { id: "fitness.ban", pattern: "tilverbod|tilbeperking|hoogteverbod|werkverbod", strength: "weak" },
    { id: "fitness.light-duties-en", pattern: "light|restricted|modified|adjusted|lighter duties|duty", strength: "weak" },
    { id: "fitness.return-en", pattern: "phased|gradual return", strength: "weak" },
    { id: "sick.cold-en", pattern: "has|got|caught|having|with a ~1 cold|flu", strength: "weak", notBefore: ["drink", "drinks", "beer", "water", "shower", "wind", "day", "spell", "snap", "room", "start"] },
    // Not "crew briefed, all fit for work": everyone fine is no one's health.
    { id: "fitness.unfit-en", pattern: "unfit|fit for work|duty", strength: "weak", notAfter: ["all", "everyone", "everybody", "both", "crew", "team"] },
    // "not fit for work" is unfit, though it holds a negation.
    { id: "fitness.not-fit-en", pattern: "not|isnt|wasnt|isn't|wasn't fit for work|duty", strength: "weak" },
    // Disability and the schemes for it (Wajong, Participatiewet's banenafspraak).
    { id: "disability", pattern: "wajong|wajonger|wajongers|banenafspraak|doelgroepregister|arbeidsbeperking|arbeidsbeperkt|arbeidsgehandicapt", strength: "weak" },
    // Intellectual disability in the words of news and courts ("de zwakbegaafde medewerker", "licht
    // verstandelijk beperkt", LVB). Trap: "zwak" alone is how a bolt or a plan is.
    // Time lost to illness: "na een jaar uitval terugkwam", "drie maanden uitval". Not a machine's ("twee
    // weken uitval van de kraan"), which "van" follows.
    { id: "absence.time-out", pattern: "jaar|jaren|maand|maanden|week|weken uitval|ziekteuitval", strength: "weak", notBefore: ["van", "door", "bij"] },
    { id: "disability.intellectual", pattern: "zwakbegaafd|zwakbegaafde|zwakzinnig|zwakzinnige|lvb|lvber", strength: "weak" },
    { id: "disability.intellectual-adj", pattern: "verstandelijk beperkt|beperkte|gehandicapt|gehandicapte", strength: "weak" },
    { id: "disability.kind", pattern: "lichamelijke|verstandelijke|visuele|auditieve|fysieke|psychische beperking|beperkingen|handicap", strength: "weak" },
    // Not a golf handicap ("handicap 12", "een handicap van 12").
    { id: "disability.handicap", pattern: "handicap", strength: "weak", notAfter: ["geen"], notBefore: ["van", ...Array.from({ length: 55 }, (_, i) => String(i))] },
    { id: "pregnancy.more", pattern: "zwangerschapsecho|zwangerschapsdiabetes|ivf|ivftraject|vruchtbaarheidsbehandeling|kinderwens", strength: "weak" },
    // The sickness benefit counted in time or after a number: "na 6 weken ziektewet", "14 maanden in de ziektewet";
    // and the UWV's assessments by their compounds: "UWV-keuring voor de WIA".
    { id: "sick.benefit-span", pattern: "weken|maanden|jaar|wk|wkn|mnd ~2 ziektewet", strength: "weak" },
    { id: "sick.assessment", pattern: "uwvkeuring|wiakeuring|uwvbeoordeling|wiabeoordeling|herbeoordeling", strength: "weak" },
    { id: "sick.benefit", pattern: "@BE|zit|zat|zitten ~1 in de ziektewet|wia|wao", strength: "weak" },
    { id: "sick.benefit-noun", pattern: "wiauitkering|waouitkering|wgauitkering|ivauitkering|wajonguitkering|arbeidsongeschiktheidsuitkering|ziektewetuitkering|arbeidsongeschiktheidsklasse|arbeidsongeschiktheidspercentage", strength: "weak" },
    // The UWV's disability classes (WAO/WIA): "toegekend in de klasse 80 tot 100%", "herzien naar 65-80%".
    // With a hyphen it is one token: "klasse 65-80%".
    { id: "sick.benefit-class", pattern: "klasse 15|25|35|45|55|65|80|1525|2535|3545|4555|5565|6580|80100 tot? 25|35|45|55|65|80|100?", strength: "weak" },
    // Work capacity of an employee on sick leave, in the words of the Wet verbetering poortwachter and
    // its rulings: "de arbeidsongeschikte werknemer", "zijn belastbaarheid", "passende arbeid", "loon
    // tijdens ziekte". Not a floor's "belastbaarheid" (load capacity) nor "arbeidsongeschikten" in general.
    { id: "capacity.unfit-person", pattern: "arbeidsongeschikte werknemer|werkneemster|medewerker|medewerkster|collega|man|vrouw|chauffeur", strength: "weak" },
    { id: "capacity.load", pattern: "zijn|haar|z'n|zn|mijn|m'n|fysieke|lichamelijke|psychische|mentale|verminderde|beperkte|geringe belastbaarheid|belastbaarheidsprofiel", strength: "weak" },
    { id: "capacity.suitable-work", pattern: "passende arbeid|werkzaamheden|functie|taken", strength: "weak" },
    { id: "capacity.adapted-form", pattern: "werkzaamheden|werk|arbeid in aangepaste|gedeeltelijke vorm", strength: "weak" },
    { id: "capacity.sick-pay", pattern: "loon|salaris|loondoorbetaling tijdens|bij ziekte", strength: "weak" },
    // Absence recorded for a person: "valt onder verzuim", "ziek gemeld bij de arbodienst", "aangemeld bij
    // de bedrijfsarts".
    { id: "absence.counts-as", pattern: "valt|viel|vallen onder|in het? verzuim|ziekteverzuim", strength: "weak" },
    { id: "absence.reported-to", pattern: "melding|gemeld|aangemeld ~4 bij|via|van de|het? arbodienst|arboarts|bedrijfsarts", strength: "weak" },
    // A restriction after an illness told in the paragraph: "Geen tillen boven 10 kg". Alone it is as
    // often a rule for everyone ("niet tillen boven 23 kg").
    { id: "restriction.episode", pattern: "geen|niet tillen|sjouwen|bukken|knielen|klimmen ~1 boven|meer|zwaarder", strength: "episode" },
    { id: "fitness.light-work-en", pattern: "light|restricted work|tasks", strength: "weak", notAfter: ["made", "make", "makes"] },
  ],
};
