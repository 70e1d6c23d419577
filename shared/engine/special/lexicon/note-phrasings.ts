import type { PatternDef } from "../patterns.ts";

// Everyday phrasings of hurried notes that the category lists phrase otherwise: a wound by how bad it
// is ("een diepe snee"), bleeding as a participle, an organ taken out, flu-like complaints, working
// "aangepast", driving "met drank op", an aid worn (English), fasting by the meal after sunset, a
// belief stated in English, a warrant, a night in a cell, a named suspect, one's own court case, a
// party's flyers put up. Sources: the wording of Dutch incident and verzuim notes (wound care:
// NHG-standaard "Snijwonden"; UWV's "aangepast werk"), the Wegenverkeerswet's "onder invloed" in lay
// words, ONS religion categories for the English. Weak: only about a person in the text. Traps beside
// each; tests in test/unit/lexicon-note-phrasings.test.ts.

/** Degree adjectives of a wound: how notes say it needed care. */
const WOUND_DEGREE = "diepe|flinke|lelijke|grote|forse|gapende|bloedende|nare|behoorlijke|diep|flink";

export const notePhrasings: Record<"health" | "religion" | "criminal" | "politics", PatternDef[]> = {
  health: [
    // "had een diepe snee", "flinke jaap boven zijn oog". Not "een diepe snee in de folie": a place after
    // it goes to the body-part rules ("snee in zijn hand"), so "in" ends this one.
    { id: "wound.degree", pattern: `${WOUND_DEGREE} snee|wond|jaap|snijwond|vleeswond|hoofdwond|hap|schaafwond`, strength: "weak", notBefore: ["in"] },
    // "flink gebloed", "heeft erg gebloed"; the finite forms are health.ts' bleeding. Not "het beton is
    // uitgebloed" (another word).
    { id: "bleeding.participle", pattern: "gebloed|nagebloed", strength: "weak" },
    // An organ taken out: "blindedarm eruit gehaald", "galblaas verwijderd". Trap: "de meterkast eruit
    // gehaald" (no organ).
    { id: "surgery.organ-out", pattern: "blindedarm|appendix|galblaas|amandelen|milt|nier|baarmoeder|galstenen|nierstenen|prostaat|schildklier ~2 eruit|verwijderd|weggehaald|geknipt|gehaald", strength: "weak" },
    // "griepachtige klachten", "astma-achtige verschijnselen". Trap: "bij griepachtige klachten thuisblijven"
    // is advice (the reference reads the frame).
    { id: "symptom.like", pattern: "griepachtige|griepachtig|verkoudheidsachtige|migraineachtige|astmaachtige|hooikoortsachtige klachten|verschijnselen|symptomen", strength: "weak" },
    // Back at work on adapted terms: "werkt nog aangepast", "begint met aangepast werk". Trap: "de
    // planning is aangepast" (no work word after it, no "werkt" before).
    { id: "rehab.works-adapted", pattern: "werkt|werken|werkte|werkten|werk nog|voorlopig|tijdelijk? aangepast", strength: "weak", notBefore: ["schema", "rooster", "plan"] },
    // A fall onto a body part: "viel op haar stuitje". Trap: "viel op zijn plek" (no body part). A misstep
    // alone ("verstapte zich … maar liep gewoon door") is no injury: only what it did to the body counts.
    { id: "injury.fell-on-part", pattern: "viel|vielen|gevallen|valt op|met zijn|haar|z'n|zn|mijn|m'n @SIDE? @BODY", strength: "weak" },
    // A diagnosis named with it: "kreeg de diagnose kanker", "de diagnose MS". Trap: "de diagnose van de storing".
    { id: "diagnosis.named", pattern: "diagnose|diagnoses kanker|ms|diabetes|burnout|depressie|parkinson|alzheimer|epilepsie|reuma|copd|astma|artrose|adhd|autisme|ptss|dementie|hernia", strength: "weak" },
    // Blood sugar or pressure out of range: "had een lage suiker", "hoge bloeddruk gemeten".
    { id: "symptom.sugar-pressure", pattern: "lage|hoge|lagere|hogere suiker|bloedsuiker|suikers|bloeddruk", strength: "weak" },
    // Medicines by their form: "morfinetabletten", "slaappillen", "pijnstillers".
    { id: "medication.form-words", pattern: "morfinetabletten|slaaptabletten|slaappillen|pijnstillers|kalmeringsmiddelen|kalmeringspillen|antibioticakuur|prednisonkuur|morfinepleister", strength: "weak" },
    // The burns unit of a hospital: "naar de brandwondenpost in Beverwijk".
    { id: "care.burns-unit", pattern: "brandwondenpost|brandwondenafdeling|brandwondenunit", strength: "weak" },
    // Hours or days of adapted work in a return-to-work plan: "vanaf maandag 2x4 uur aangepast werk".
    { id: "rehab.hours-adapted", pattern: "uur|uren|dagdelen|dagen aangepast|aangepaste werk|werkzaamheden|taken", strength: "weak" },
    // Which week of sickness a verzuim follow-up is in: "week 6 ziek", "wk 3 ziek". Trap: "week 6 planning".
    { id: "sick.week-n", pattern: "week|wk|dag ~1 ziek|ziekte|verzuim", strength: "weak" },
    { id: "rehab.adapted-work-prep", pattern: "met|op|naar|voor aangepast|aangepaste werk|werkzaamheden|taken", strength: "weak" },
    // Driving or working "met drank op": under the influence in lay words. Trap: "kwam met drank op het
    // feest" (brought drinks: no driving or working verb).
    { id: "alcohol.drove-drinking", pattern: "reed|reden|rijden|gereden|rijdt|werkte|werkten|gewerkt ~2 met drank op", strength: "weak" },
    { id: "alcohol.drinking-drove", pattern: "met drank op ~4 reed|reden|gereden|rijden|werkte|werkten|gewerkt", strength: "weak" },
    // Bitten or stung: "werd gebeten door een politiehond", "door een wesp gestoken". Trap: "gestoken door
    // de muur" (a pipe through a wall: no animal).
    { id: "bitten", pattern: "gebeten|gestoken door een|de hond|politiehond|teek|wesp|bij|slang|rat|paard|kat", strength: "weak" },
    { id: "bitten-before", pattern: "door een|de hond|politiehond|teek|wesp|bij|slang|rat|paard|kat ~1 gebeten|gestoken", strength: "weak" },
    // Advice of a doctor or specialist: "geen nachtdiensten op advies van de gynaecoloog". Trap: "op advies van
    // de constructeur" (no care giver).
    { id: "care.advice-of", pattern: "op advies|aanraden|verzoek van de|zijn|haar|z'n|een gynaecoloog|verloskundige|cardioloog|specialist|longarts|neuroloog|orthopeed|uroloog|psychiater|psycholoog|bedrijfsarts|huisarts|arts|dokter|fysiotherapeut|fysio", strength: "weak" },
    // Symptoms people list: "huilbuien", "verkrampte spieren", "trillen en zweten", "een suikerdip".
    { id: "symptom.listed", pattern: "huilbui|huilbuien|spierkrampen|zweetaanvallen|nachtzweten|concentratieproblemen|geheugenproblemen|suikerdip|suikerdipje", strength: "weak" },
    { id: "symptom.cramped", pattern: "verkrampte|gespannen spieren|nek|schouders", strength: "weak" },
    { id: "symptom.shaking-sweating", pattern: "trillen|beven|trillende handen en|of zweten|zweet|misselijk", strength: "weak" },
    // Injuries named by how they came about or what they hit, compounds of "letsel" beside the body-part
    // ones (@BODY_STEM+@INJURY_HEAD): "injectieletsel", "brandletsel", "hersenletsel". Listed rather than a
    // suffix, which the pre-scan would test on every word. Trap: "letselschade" (another word), "geen
    // letsel" (negated).
    { id: "injury.letsel-compound", pattern: "injectieletsel|brandletsel|snijletsel|inhalatieletsel|verbrandingsletsel|knelletsel|valletsel|" +
      "hersenletsel|zenuwletsel|peesletsel|kraakbeenletsel|botletsel|weefselletsel|gehoorletsel|whiplashletsel|spierletsel|ruggenmergletsel|" +
      "bandletsel|wervelletsel|oogletsel|drukletsel|explosieletsel", strength: "weak" },
    // Oxygen a person is given or lives on: "zuurstofapparaat met slangetje", "na zuurstoftoediening".
    // Trap: "zuurstofflessen in de container" (bottles for welding: not listed).
    { id: "aid.oxygen", pattern: "zuurstofapparaat|zuurstoftoediening|zuurstofbril|zuurstofslangetje|zuurstofconcentrator|beademing|beademd", strength: "weak" },
    // Handed over to the ambulance: "door de BHV overgedragen aan de ambulancedienst".
    { id: "care.handed-over", pattern: "overgedragen|overgegeven aan de|het ambulance|ambulancedienst|ambulancepersoneel|ambulancebroeders|traumateam|mmt", strength: "weak" },
    // An aid or a device worn, in English notes: "wears an insulin pump". Trap: "pump" alone (a concrete pump).
    { id: "aid.worn-en", pattern: "insulin pump|pen", strength: "weak" },
    { id: "aid.worn-en.more", pattern: "hearing aid|aids", strength: "weak" },
    { id: "aid.device-en", pattern: "inhaler|epipen|pacemaker", strength: "weak" },
  ],
  religion: [
    // Fasting by its meal: "eet pas na zonsondergang", "drinkt niks tot zonsondergang". Trap: "we werken tot
    // zonsondergang" (no eating or drinking).
    { id: "fasting.sunset", pattern: "eet|eten|at|aten|drinkt|drinken|dronk ~3 na|tot|voor zonsondergang|iftar", strength: "weak" },
    // A non-believer says so: "hij zegt dat hij niet gelovig is" (LABELLING.md labels atheism as a belief).
    // Trap: "niet gelovig genoeg" is rare; "geen gelovige" of a group ("geen gelovigen aanwezig") is weak.
    { id: "non-believer", pattern: "niet gelovig|religieus|kerkelijk", strength: "weak" },
    // Christmas night mass and high mass as worship one goes to: "ik ga naar de nachtmis".
    { id: "worship.mass", pattern: "nachtmis|kerstnachtmis|hoogmis|nachtmissen", strength: "weak" },
    // A belief stated in English: "I'm a Christian", "he is a Muslim". "Christian" is also a given name,
    // so the article leads. Trap: "a Christian school" (what follows is no end: notBefore).
    { id: "believer-is-en", pattern: "i'm|im|am|is|he's|she's|was|being a|an christian|muslim|catholic|hindu|sikh|buddhist|jew|mormon|protestant", strength: "weak",
      notBefore: ["school", "schools", "charity", "organisation", "organization", "country", "name", "holiday"] },
  ],
  criminal: [
    // The probation service or order in English notes (criminal-offences.ts has bail, criminal.ts parole).
    { id: "probation-service-en", pattern: "probation|parole service|order|worker", strength: "weak" },
    // Arrested by the police, with the agent: "gister opgepakt door de politie". Trap: "de spullen zijn
    // meegenomen door de politie" (things: weak, a person needed).
    { id: "arrest.participle-by-police", pattern: "opgepakt|aangehouden|gearresteerd|meegenomen|afgevoerd|ingerekend ~1 door de|het? politie|marechaussee|recherche|douane|agenten", strength: "weak" },
    // A sentence received: "heeft daar straf gekregen voor rijden met alcohol". Trap: "strafschop gekregen"
    // (another word), "geen straf gekregen" (negated).
    // Not a disciplinary measure of an employer or a club ("een disciplinaire straf gekregen").
    { id: "sentence-got", pattern: "straf|celstraf|gevangenisstraf|taakstraf|werkstraf|rijverbod gekregen|opgelegd|gehad|uitgezeten", strength: "weak",
      notAfter: ["disciplinaire", "disciplinair", "interne", "sportieve", "tijdstraf"] },
    // Violence in English notes: "assaulted the shift lead", "was stabbed in town". Trap: "punched" (holes).
    { id: "assault-en", pattern: "assaulted|assaulting|stabbed|mugged|glassed", strength: "weak" },
    // "arrested on an old warrant". Trap: "warranty" (another word).
    { id: "warrant-en", pattern: "warrant|warrants", strength: "weak", notBefore: ["card", "officer"] },
    // A night in a cell: "opgepakt en een nacht vastgehouden". Trap: "de ladder een uur vastgehouden" (an
    // hour is no night, a day or a weekend).
    { id: "held-night", pattern: "nacht|nachten|nachtje|etmaal|weekend|dag|dagen ~1 vastgehouden|vastgezet|opgesloten", strength: "weak" },
    // The defendant as rulings name him, without an article: "Verdachte heeft zich niet gehouden aan …",
    // "dat verdachte wist dat …". Strong: the word is the person. Trap: "Een verdachte heeft recht op een
    // advocaat", "De verdachte heeft het recht te zwijgen" (an article: anyone's rights), "verdachte
    // pakketten" (no verb after it).
    { id: "defendant-bare", pattern: "verdachte heeft|had|is|was|wordt|werd|verklaarde|verklaart|ontkent|ontkende|bekent|bekende|stelt|stelde|zou|wist", strength: "strong",
      notAfter: ["de", "een", "elke", "iedere", "ieder", "als", "geen", "die", "deze", "dat", "zo'n", "zulke", "welke", "a"] },
    // Someone described by an arrest or a conviction: "de zaterdag aangehouden man", "de veroordeelde
    // chauffeur". Not "verdachte" (a suspicious man), not things ("de aangehouden auto").
    { id: "arrested-person", pattern: "aangehouden|gearresteerde|opgepakte|veroordeelde|veroordeelden ~1 man|vrouw|jongen|meisje|persoon|personen|chauffeur|bestuurder|werknemer|medewerker|mannen|vrouwen|jongens", strength: "weak" },
    // One's own case in court: "moet naar de rechtbank voor zijn zaak". Trap: "de rechtbank voor de zaak
    // van de gemeente" (no possessive).
    { id: "own-court-case", pattern: "rechtbank|rechter|politierechter|kantonrechter|rechtszaal ~1 voor zijn|haar|z'n|zn zaak|rechtszaak|strafzaak|zitting", strength: "weak" },
  ],
  politics: [
    // One protester among them: "een van de demonstranten werd afgevoerd" (demonstrating is a political act,
    // LABELLING.md). Trap: "de demonstranten" as a crowd (no one of them picked out).
    { id: "one-of-protesters", pattern: "een van de demonstranten|betogers|actievoerders|activisten|klimaatactivisten|boerenactivisten", strength: "weak" },
    // Demonstrating against a policy: "(demonstratie tegen de stikstofregels)", "ging demonstreren tegen".
    // Trap: "de demonstratie van de nieuwe machine" (a product demo: no "tegen").
    { id: "protest-against", pattern: "demonstratie|demonstraties|betoging|betogingen|protestmars|manifestatie|demonstreren|betogen|demonstreert|demonstreerde|protesteert|protesteerde tegen", strength: "weak" },
    // A party's flyers or posters put up or handed out: "heeft een flyer van de SP in de keet gehangen".
    // Trap: "flyers van de SP lagen bij de ingang" (nobody put them there: no act).
    { id: "flyer-put-up", pattern: "flyer|flyers|folder|folders|poster|posters|affiche|affiches|pamflet|pamfletten|sticker|stickers van|voor de|het? @PARTY_VOTE ~4 gehangen|opgehangen|uitgedeeld|verspreid|geplakt|opgeplakt", strength: "weak" },
    { id: "flyer-hands-out", pattern: "deelt|deelde|hangt|hing|plakt|plakte|verspreidt|verspreidde ~3 flyer|flyers|folder|folders|poster|posters|affiches|pamfletten|stickers van|voor de|het? @PARTY_VOTE", strength: "weak" },
  ],
};
