import type { LexiconList } from "../patterns.ts";
import { absence } from "./health-absence.ts";
import { ambiguousNames } from "./health-ambiguous-names.ts";
import { signs } from "./health-signs.ts";
import { course } from "./health-course.ts";
import { noteWords } from "./health-note-words.ts";
import { care } from "./health-care.ts";
import { everyday } from "./health-everyday.ts";
import { english } from "./health-english.ts";
import { episode } from "./health-episode.ts";
import { idioms } from "./health-idioms.ts";
import { conditions } from "./health-conditions.ts";
import { injury } from "./health-injury.ts";
import { mind } from "./health-mind.ts";
import { news } from "./health-news.ts";
import { notes } from "./health-notes.ts";
import { polish } from "./health-polish.ts";
import { substances } from "./health-substances.ts";
import { symptoms } from "./health-symptoms.ts";
import { treatment } from "./health-treatment.ts";
import { verbFinal } from "./verb-final.ts";
import { flemish } from "./flemish.ts";
import { newsStories } from "./news-stories.ts";
import { notePhrasings } from "./note-phrasings.ts";

// Health (AVG art. 9): illness, injury, disability, pregnancy, addiction, medication, care visits and
// sick reports. The AP's policy rules "De zieke werknemer" treat a bare sick report as health data.
// Buildings (ziekenhuis), equipment (EHBO-koffer, brancard), prevention advice and curses built on
// disease names are deliberately absent or need a person and a predicate.
// The classes by meaning live beside this file, each with its sources and traps: injuries
// (health-injury.ts), care received (health-care.ts), sickness, symptoms and return to work
// (health-absence.ts), medicines, alcohol, drugs, tests and allergies (health-substances.ts,
// health-medicines.ts), mental health, stress and sleep (health-mind.ts), and the follow-up of an
// episode already reported about a person (health-episode.ts), and the idioms for being ill or worn
// out (health-idioms.ts), and conditions, aids and hospital stays in colleagues' words
// (health-conditions.ts), and everyday phrasings with a person as their subject and their English
// (health-everyday.ts), and treatment received beyond a dressing: injections, operations, scans, a
// stay in hospital (health-treatment.ts), and symptoms and recovery in a hurried note's words
// (health-symptoms.ts), and the commonest English of mixed crews beyond each class's own
// (health-english.ts), and the Polish words Polish crews mix in (health-polish.ts), and a field
// worker's own wording of shocks, eyes, drowsiness, skin, blisters and relapse (health-notes.ts).
/** A vaccine named before the disease it protects from ("vaccinatie hepatitis B", "griepprik"): the disease is nobody's. */
const VACCINE_WORDS = ["vaccinatie", "vaccinaties", "vaccin", "vaccins", "prik", "inenting", "inentingen", "vaccination", "vaccine", "jab", "booster"];

export const health: LexiconList = {
  category: "health",
  source: "hand-curated Dutch/English terms; diseases cross-checked against the Thuisarts.nl topic list; reviewed for building-site false alarms (LEXICON-NOTES)",
  classes: {
    ...injury.classes,
    ...care.classes,
    ...absence.classes,
    ...substances.classes,
    ...mind.classes,
    ...episode.classes,
    ...idioms.classes,
    ...conditions.classes,
    ...everyday.classes,
    ...treatment.classes,
    ...symptoms.classes,
    ...english.classes,
    ...polish.classes,
    ...notes.classes,
    ...ambiguousNames.classes,
    ...signs.classes,
    ...course.classes,
    ...noteWords.classes,
    ATTACK: [
      "aanval", "toeval", "insult", "hartaanval", "infarct", "hartinfarct", "beroerte", "hypo", "epileptische",
      "paniekaanval", "black-out", "blackout", "flauwte", "herseninfarct", "seizure", "stroke",
    ],
    SYMPTOM: [
      "hoofdpijn", "misselijk", "misselijkheid", "duizelig", "duizeligheid", "koorts", "benauwd",
      "kortademig", "tintelingen", "bewusteloos", "onwel", "flauwgevallen",
      "gevoelloos", "dizzy", "nauseous",
    ],
    /** People and practices that give care, not buildings that are also worksites (ziekenhuis) or words for a subcontractor (specialist). */
    CARE_GIVER: [
      "huisarts", "bedrijfsarts", "dokter", "arts", "fysio", "fysiotherapeut", "psycholoog", "psychiater", "tandarts",
      "oogarts", "therapeut", "ggz", "doctor", "gp", "fisio", "fisiotherapeut", "huisdokter",
    ],
    SYNDROME_NAME: [
      "down", "asperger", "tourette", "sjogren", "raynaud", "marfan", "klinefelter", "turner", "cushing", "korsakov",
      "usher", "noonan", "lynch", "reiter", "guillain", "tietze", "rett", "prader", "williams", "angelman", "ehlers",
    ],
    DISEASE_NAME: [
      "huntington", "crohn", "lyme", "parkinson", "alzheimer", "pfeiffer", "weil", "bechterew", "kahler",
      "hodgkin", "graves", "hashimoto", "menière", "meniere",
    ],
  },
  patterns: [
    ...verbFinal.health,
    ...flemish.health,
    ...newsStories.health,
    ...notePhrasings.health,
    // Strong: these say something about a person's health wherever they stand.
    ...[
      "epilepsie", "epileptisch", "epilepticus", "epilepsy", "diabetes", "diabeet", "suikerziekte",
      "suikerpatient", "diabetisch", "zwanger", "zwangerschap", "zwangerschapsverlof", "pregnant", "miskraam",
      "burnout", "overspannenheid", "depressie", "depressief",
      "depressieve", "depression", "angststoornis", "paniekaanval", "paniekaanvallen", "paniekstoornis",
      "hoogtevrees", "claustrofobie", "ptss", "psychose", "psychotisch", "schizofrenie", "schizofreen",
      "bipolair", "adhd", "autisme", "autistisch", "dyslexie", "astma", "astmatisch", "copd",
      "reuma", "artrose", "artritis", "hernia", "migraine", "crohn", "colitis", "parkinson", "alzheimer",
      "dementie", "hiv", "hepatitis", "tuberculose", "leukemie", "tumor", "hersentumor",
      "chemo", "chemotherapie", "hersenschudding", "whiplash", "beroerte", "herseninfarct", "hartinfarct",
      "hartaanval", "trombose", "longontsteking", "hartritmestoornis", "verslaafd", "verslaving",
      "alcoholist", "alcoholisme", "zelfmoordpoging", "suicidaal", "gehandicapt", "slechthorend",
      "gehoorgestoord", "slechtziend", "kleurenblind", "hoortoestel", "hoortoestellen", "pacemaker",
      "ziekgemeld", "arbeidsongeschikt", "arbeidsongeschiktheid", "hivpositief", "gereanimeerd",
      "geamputeerd", "amputatie", "zwaargewond",
      // chronic conditions named by Thuisarts.nl topics that have no everyday second meaning
      "taaislijmziekte", "spierdystrofie", "spierziekte", "sikkelcelanemie", "hemofilie", "fibromyalgie",
      "boezemfibrilleren", "hartfalen", "nierfalen", "coeliakie", "glaucoom", "maculadegeneratie", "psoriasis",
      "lupus", "sclerose", "hypertensie", "aneurysma", "hartritmestoornissen", "jicht", "bechterew",
    // "voor het goede doel tegen borstkanker", "vaccin tegen hepatitis", "vaccinatie hepatitis B": the disease
    // fought, nobody's.
    ].map((w) => ({ id: `lexicon.${w}`, pattern: w, strength: "strong" as const, notAfter: ["tegen", "against", ...VACCINE_WORDS] })),
    // Weak: a steel cable or a spring "is overspannen" too (stretched beyond its limit).
    { id: "lexicon.overspannen", pattern: "overspannen", strength: "weak" },
    // "Zwangere vrouwen mogen niet in de loods": a rule about a group names nobody.
    { id: "lexicon.zwangere", pattern: "zwangere", strength: "strong", notBefore: ["vrouwen", "werknemers", "werkneemsters", "medewerkers", "medewerksters", "collega's", "personen", "mensen", "moeders"] },
    { id: "lexicon.addiction-compound", pattern: "*verslaafd|*verslaving", strength: "strong" },
    { id: "lexicon.organ-condition", pattern: "@ORGAN+patient|@ORGAN+patienten|@ORGAN+kanker|@ORGAN+afwijking|@ORGAN+ziekte|@ORGAN+aandoening|@ORGAN+infarct|@ORGAN+ontsteking|@ORGAN+transplantatie", strength: "strong", notAfter: ["tegen", "against"] },
    { id: "lexicon.named-disease", pattern: "ziekte van @DISEASE_NAME|@CAP", strength: "strong" },
    // Syndromes named after a person (eponyms in the Pschyrembel/NHG glossaries): "het syndroom van Down",
    // "syndroom van Asperger". Not "syndroom van de lege nest", whose word is no name.
    // Any cancer by its organ, beyond the listed organs: "endeldarmkanker", "alvleesklierkanker". Not a
    // disease fought ("de strijd tegen longkanker").
    // Not the rot of materials: "betonkanker in de balkons", "houtkanker".
    { id: "lexicon.cancer-compound", pattern: "*kanker", strength: "strong", notAfter: ["tegen", "against"],
      except: ["betonkanker", "houtkanker", "boomkanker", "bastkanker", "stamkanker", "metaalkanker", "betonrot", "kankerzooi"] },
    // A diagnosis received: "kreeg tot twee keer toe de diagnose kanker". Not a fault's ("de diagnose van de storing").
    { id: "diagnosis.received", pattern: "kreeg|krijgt|kregen|kreeg ~4 de|een? diagnose", strength: "weak", notBefore: ["van", "voor", "over", "op"] },
    { id: "lexicon.named-syndrome", pattern: "syndroom van @SYNDROME_NAME|@CAP", strength: "strong" },
    { id: "lexicon.hiv-positive", pattern: "hiv positief|positive|besmet", strength: "strong" },
    { id: "lexicon.heart-attack", pattern: "heart attack", strength: "strong" },
    { id: "childbirth", pattern: "@BE ~1 bevallen van", strength: "weak" },
    // Weak, not strong: the typo tolerance reads the English "invalid" of software manuals as "invalide".
    { id: "lexicon.invalide", pattern: "invalide", strength: "weak" },
    // English names of conditions that Dutch spells differently (the Dutch ones are strong above).
    { id: "condition.english", pattern: "diabetic|epileptic|asthma|asthmatic|arthritis|migraines|dementia|cancer|tumour|tumor|seizures", strength: "weak" },
    { id: "condition.panic-attack-en", pattern: "panic|anxiety attack|attacks", strength: "weak" },
    // Patterns start with their rarest word where the span allows: every pattern that starts with an
    // auxiliary ("heeft", "is") is tried at every auxiliary of every candidate sentence.
    { id: "condition.tia", pattern: "tia|tia's ~1 gehad|gekregen|doorgemaakt|opgelopen", strength: "weak" },
    { id: "condition.tia-word", pattern: "herseninfarctje|staaroperatie", strength: "weak" },
    { id: "condition.cataract", pattern: "grauwe|groene staar", strength: "weak" },
    { id: "condition.has-it-in", pattern: "heeft|had|hebben|hadden het ~1 aan zijn|haar|z'n|m'n|mijn|de @SIDE? @BODY", strength: "weak" },
    { id: "condition.sugar", pattern: "heeft|had|hebben suiker|suikers", strength: "weak", notBefore: ["in", "voor", "bij", "gehaald", "gekocht", "nodig", "mee", "op"] },
    // Not "zag slecht weer aankomen" (the weather), "ziet slecht zicht" (the view).
    { id: "sense.poor", pattern: "hoort|ziet|hoorde|zag slecht", strength: "weak", notBefore: ["weer", "zicht", "nieuws", "wat", "waar", "wie", "of"] },
    { id: "childbirth-noun", pattern: "bevalling|bevallingsverlof|manisch|aids", strength: "weak" },

    // Weak: need a person in the sentence.
    { id: "injury.in-plaster", pattern: "in het gips", strength: "weak" },
    // Up to three words between the place and the verb: "naar het ziekenhuis in Rotterdam gebracht".
    { id: "care.taken-to", pattern: "naar|in|op|bij ~2 @CARE ~3 gebracht|opgenomen|afgevoerd|vervoerd|geholpen|behandeld|onderzocht|gehecht|gecontroleerd|nagekeken|overgebracht|taken", strength: "weak" },
    // Going to a hospital is also going to work on one ("naar het ziekenhuis geweest om de meterkast te
    // bekijken"); going to a doctor is not.
    { id: "care.went-to", pattern: "naar|bij de|het? @CARE_GIVER ~1 gegaan|geweest|kwam|kwamen", strength: "weak" },
    // Treated at a care place for a body part: "hij wordt in het ziekenhuis poliklinisch aan zijn vinger behandeld".
    { id: "care.treated-body-part", pattern: "in|op|bij ~2 @CARE ~2 aan zijn|haar|z'n|de @SIDE? @BODY ~1 behandeld|geopereerd|gehecht", strength: "weak" },
    // Occupational diseases of asbestos and dust (the Instituut Asbestslachtoffers' list) and states of
    // the gravely ill that news on victims reports: weak, for statistics name them too.
    { id: "occupational-disease", pattern: "mesothelioom|asbestose|asbestkanker|asbestziekte|longvlieskanker|silicose|stoflong", strength: "weak" },
    { id: "grave-state", pattern: "coma|bedlegerig|bedlegerigheid|hulpbehoevend|hulpbehoevendheid|rolstoelafhankelijk|dwarslaesie", strength: "weak" },
    // How news reports a victim's state: "verkeert buiten levensgevaar", "in kritieke toestand".
    { id: "condition-state", pattern: "verkeert|verkeerde|verkeren|is|was ~1 buiten|in levensgevaar", strength: "weak" },
    { id: "condition-state.noun", pattern: "kritieke|zorgelijke|levensbedreigende toestand", strength: "weak" },
    { id: "care.discharged", pattern: "ontslagen uit het|de @CARE", strength: "weak" },
    { id: "rehab-verb", pattern: "revalideren|revalideerde|revalideerden|amputeren|amputeerden|gerevalideerd|revalideert", strength: "weak" },
    { id: "dying", pattern: "lag|ligt ~2 op sterven", strength: "weak" },
    { id: "lost-consciousness", pattern: "verloor|verliest|verloren ~2 bewustzijn", strength: "weak" },
    { id: "felt-unwell", pattern: "voelde|voelt|voelden|voelen|voel zich|me niet lekker|goed|fit", strength: "weak" },
    // A time or a place between: "voelde zich om 13.15 niet lekker", "voelt zich sinds gisteren niet fit".
    { id: "felt-unwell.later", pattern: "voelde|voelt|voelden|voelen|voel zich|me ~4 niet lekker|fit", strength: "weak" },
    { id: "felt-unwell.clause", pattern: "zich|me niet lekker|goed|fit voelde|voelt|voelden|voel", strength: "weak" },
    // Care by emergency staff: "werd ter plaatse door ambulancepersoneel behandeld".
    { id: "care.by-staff", pattern: "door ~1 de|het? ambulancepersoneel|ambulancebroeders|ambulancemedewerkers|traumateam|artsen|verpleegkundigen ~1 behandeld|geholpen|verzorgd|gestabiliseerd|opgevangen|gereanimeerd", strength: "weak" },
    { id: "care.was-admitted", pattern: "opgenomen geweest", strength: "weak" },
    { id: "bleeding", pattern: "inwendige|interne|ernstige bloeding|bloedingen", strength: "weak" },
    { id: "fracture-compound", pattern: "*fractuur|*fracturen", strength: "weak" },
    // Limbs and senses only: "zijn hoofd verliezen" (temper), "zijn hart verliezen" (love) and "gezicht verliezen" are idioms.
    { id: "lost-body-part", pattern: "verloor|verloren|kwijtgeraakt ~2 @SIDE? vinger|vingers|vingertop|vingertoppen|duim|duimen|hand|handen|arm|armen|been|benen|voet|voeten|teen|tenen|oog|ogen|gezichtsvermogen|gehoor|linkerhand|rechterhand|linkerarm|rechterarm|linkerbeen|rechterbeen|linkeroog|rechteroog|finger|fingers|thumb|hand|arm|leg|foot|toe|toes|eye", strength: "weak", notBefore: ["uit", "van"] },
    { id: "cognitive-complaints", pattern: "concentratieproblemen|geheugenproblemen|concentratiestoornissen|geheugenverlies|hersenletsel", strength: "weak" },
    { id: "sick.became", pattern: "ziek werd|werden|geworden|meldde|meldt|melden", strength: "weak" },
    { id: "badly-off", pattern: "slecht|ernstig|kritiek|zorgwekkend aan toe", strength: "weak" },
    { id: "injured-person", pattern: "zwaargewonde|zwaargewonden|lichtgewonde|lichtgewonden|zwaargewond|gewonde", strength: "weak" },
    { id: "diagnosis", pattern: "kwam|kreeg|kregen|krijgt de|een? diagnose", strength: "weak" },
    { id: "care.admitted", pattern: "opgenomen|ligt|lag|verblijft ~1 in|op ~3 @CARE", strength: "weak" },
    { id: "care.treated-by", pattern: "@CARE heeft|hebben|had ~2 verwijderd|gehecht|behandeld|geholpen|onderzocht|doorverwezen|afgekeurd", strength: "weak" },
    { id: "care.visit", pattern: "moet|moest|gaat|ging|ga ~2 naar de|het @CARE_GIVER", strength: "weak" },
    // Hurried notes drop the article: "ik moet dinsdag naar ziekenhuis".
    { id: "care.must-visit", pattern: "moet|moest ~2 naar de|het? ziekenhuis|specialist|seh|spoedpost|huisartsenpost", strength: "weak" },
    // Not @CARE: on a building site "de specialist" is as often a subcontractor ("loopt bij de specialist vertraging op").
    { id: "care.in-treatment", pattern: "loopt|liep|lopen bij|onder de|een? psycholoog|psychiater|therapeut|fysio|fysiotherapeut|huisarts|bedrijfsarts|dokter|ggz|behandeling", strength: "weak" },
    { id: "care.under-treatment", pattern: "@BE|staat|stond ~1 onder behandeling", strength: "weak" },
    { id: "surgery", pattern: "geopereerd|geopereerde|operated", strength: "weak" },
    { id: "surgery.body-part", pattern: "operatie|operaties|ingreep aan|op zijn|haar|z'n|de|het? @SIDE? @BODY", strength: "weak" },
    { id: "pregnancy.expecting", pattern: "@BE in blijde? verwachting", strength: "weak" },
    { id: "sick.leave-en", pattern: "sick leave|note", strength: "weak" },
    { id: "attack", pattern: "@HAVE een|an|a ~1 @ATTACK", strength: "weak" },
    // Attacks in the plural or as a compound: "heeft vaak epileptische aanvallen", "epilepsieaanvallen".
    { id: "attack.kind", pattern: "epileptische|astmatische|epilepsie|astma|paniek|angst|migraine aanval|aanvallen|insult|insulten", strength: "weak" },
    { id: "attack.compound", pattern: "epilepsieaanval|epilepsieaanvallen|astmaaanvallen|angstaanval|angstaanvallen|migraineaanvallen|paniekaanvallen|hartaanvallen|hyperventilatieaanvallen", strength: "weak" },
    { id: "symptom", pattern: "@SYMPTOM", strength: "weak" },
    { id: "symptom.tired", pattern: "snel|vaak|chronisch|altijd|extreem moe|vermoeid", strength: "weak" },
    { id: "symptom.sugar", pattern: "suiker|bloedsuiker te|veel ~1 laag|hoog", strength: "weak" },
    { id: "complaint.body-part", pattern: "pijn|last|klachten|pijnklachten|pijnlijke|pain ~1 aan|in|op|van|his|her ~1 @SIDE? @BODY", strength: "weak" },
    // Not "doof voor kritiek", "blind op de planning vertrouwen", "blind geklonken" (figurative, a rivet).
    { id: "sense.impaired", pattern: "@BE ~1 blind|doof|slechthorend|slechtziend|deaf", strength: "weak", notBefore: ["voor", "op", "geklonken", "gemaakt", "afgewerkt", "uitgevoerd", "vertrouwen", "to"] },
    { id: "sense.one-side", pattern: "blind|doof aan een|een|zijn|haar|1 oog|oor|kant", strength: "weak" },
    { id: "implant", pattern: "nieuwe heup|knie|hartklep", strength: "weak" },
    { id: "implant-compound", pattern: "@BODY_STEM+prothese|@BODY_STEM+vervanging|prothese", strength: "weak" },
    { id: "blood-pressure", pattern: "hoge|lage|verhoogde bloeddruk|cholesterol|bloedsuiker", strength: "weak" },
    { id: "cancer", pattern: "@HAVE|lijdt|overleden|behandeld ~2 kanker|cancer", strength: "weak" },
    // A diagnosis made: "Bij de cabaretier werd kanker vastgesteld", "epilepsie geconstateerd". Strong: "bij X"
    // before such a participle is the patient. Statistics and groups ("bij kinderen wordt ADHD vaak laat
    // vastgesteld") stay generic in the sentence's reading.
    { id: "diagnosis.made", pattern: "*kanker|kanker|tumor|tumoren|leukemie|uitzaaiingen|diabetes|suikerziekte|hernia|parkinson|alzheimer|dementie|epilepsie|hartfalen|burnout|depressie|adhd|autisme|reuma|artrose|astma|copd|longziekte|hartziekte vastgesteld|geconstateerd|gediagnosticeerd|gediagnostiseerd", strength: "strong" },
    { id: "wheelchair", pattern: "rolstoel|krukken|wheelchair|crutches", strength: "weak" },
    { id: "psychological", pattern: "psychische|psychisch|mentale klachten|problemen|gezondheid|toestand", strength: "weak" },
    { id: "unconscious", pattern: "buiten bewustzijn", strength: "weak" },
    { id: "reanimation", pattern: "reanimatie|gereanimeerd|reanimeren", strength: "weak" },
    ...injury.patterns,
    ...care.patterns,
    ...absence.patterns,
    ...substances.patterns,
    ...mind.patterns,
    ...episode.patterns,
    ...idioms.patterns,
    ...conditions.patterns,
    ...everyday.patterns,
    ...treatment.patterns,
    ...symptoms.patterns,
    ...english.patterns,
    ...polish.patterns,
    ...news.patterns,
    ...notes.patterns,
    ...ambiguousNames.patterns,
    ...signs.patterns,
    ...course.patterns,
    ...noteWords.patterns,
  ],
};
