import type { LexiconList } from "../patterns.ts";
import { MEDICINE_NAMES, PATIENT_ONLY_MEDICINES } from "./health-medicines.ts";

// Health, substances: medicines a person uses, alcohol and drugs (use, drinking, being under the
// influence) and the tests for them with their results; allergies and what treats them.
// LABELLING: a test of a person's body is labelled also when clean ("blaastest negatief").
// Sources: medicines in health-medicines.ts; drug names from the Opiumwet lists' everyday names
// (Trimbos-instituut's drugs information pages use the same); allergens are the common ones of the
// Voedingscentrum and of occupational contact allergy in construction (chromate in cement, epoxy,
// isocyanates). Hand-curated.
// Traps: "drinken" water in the heat ("drink voldoende", "veel water gedronken"), "kater" a tomcat,
// "coke" a cola, "speed" a setting, "joint" a seam, "lithium" a battery, paracetamol in the EHBO-koffer.

/** What one is "allergic to" in the figurative sense: a thing pointed at, office life, people, nonsense. */
const FIGURATIVE_ALLERGY = [
  "die", "dat", "deze", "dit", "zulke", "zulk", "zo'n", "dat", "al", "alles", "mensen", "gezeur", "gezever", "gedoe", "vergaderingen",
  "vergaderen", "papierwerk", "regels", "regeltjes", "bureaucratie", "maandagen", "maandag", "maandagochtend", "onzin",
  "kritiek", "jou", "hem", "hun", "ons", "formulieren", "apps", "app", "administratie", "managers", "uitvoerders",
  "planning", "planners", "werk", "haast", "politiek", "ochtenden", "regen", "that", "this", "those", "meetings",
  "paperwork", "mondays", "work", "rules", "bureaucracy", "people", "nonsense",
];

export const substances: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    MED: MEDICINE_NAMES,
    /** Not "coke", "speed" or "joint": cola, a machine setting and a seam on a building site. */
    DRUG: [
      "cocaine", "heroine", "wiet", "hasj", "xtc", "ghb", "lachgas", "drugs", "amfetamine", "ketamine", "mdma",
      "cannabis", "thc", "crack", "opiaten", "blowtjes", "jointjes", "harddrugs", "softdrugs", "weed", "skunk",
      "marihuana", "marijuana", "spliff", "spliffs",
    ],
    /** Drinks that make a person drunk; not water, coffee or energy drinks. */
    BOOZE: ["alcohol", "drank", "bier", "biertjes", "pilsjes", "wijn", "jenever", "sterkedrank", "wodka", "whisky", "booze"],
    ALLERGEN: [
      "pinda", "noten", "gluten", "lactose", "latex", "wespen", "bijen", "insecten", "huisstof", "stof", "pollen",
      "gras", "hooi", "katten", "honden", "penicilline", "nikkel", "chroom", "cement", "epoxy", "isocyanaat",
      "vis", "schaaldieren", "ei", "medicijn", "antibiotica", "pleister", "voedsel", "zon",
      // the rest of the EU's fourteen allergens a label must name (Regulation 1169/2011, annex II)
      "sesam", "soja", "selderij", "mosterd", "lupine", "sulfiet", "weekdieren", "eieren", "melk", "pinda's", "bijensteek", "wespensteek",
    ],
  },
  patterns: [
    // Medicines: named with a person's use, possession or prescription.
    // One pattern for medicines and drugs taken: both start with the same verbs.
    { id: "medication.use", pattern: "@USE|spuit|spoot|inhaleert|puft|vergat|vergeten|moet|snuift|snoof|rookt|rookte|blowt|blowde ~2 @MED|@DRUG", strength: "weak" },
    { id: "medication.for", pattern: "@MED voor|tegen ~2 @ORGAN|@BODY|@SYMPTOM|@ILLNESS|@SYMPTOM_MORE|pijn|klachten|zijn|haar", strength: "weak" },
    { id: "medication.taken", pattern: "@MED ~1 gebruikt|gebruiken|toegediend|gegeven|gezet|geprikt|ingenomen|genomen|geslikt|voorgeschreven|gekregen|vergeten|nodig|used|taken|prescribed|slikt|slikte|slikken|slik|inneemt|innam|neemt|nam|krijgt|kreeg|takes|took", strength: "weak", notAfter: ["geen"] },
    // "zijn insuline", "haar epipen", "m'n paracetamol": the person's own medicine.
    { id: "medication.own", pattern: "zijn|haar|z'n|zn|mijn|m'n|his|her|my @MED", strength: "weak" },
    { id: "medication.on", pattern: "op|aan de|het? @MED", strength: "weak", notBefore: ["in", "uit", "van", "staan", "staat", "ligt", "liggen", "zitten", "zit"], notAfter: ["kijk", "let"] },
    { id: "medication.prescribed", pattern: "voorgeschreven|prescribed ~2 @MED", strength: "weak" },
    { id: "medication.patient-only", pattern: PATIENT_ONLY_MEDICINES.join("|"), strength: "weak", notBefore: ["in", "uit", "aanvullen", "aangevuld", "bijvullen"] },
    // Alcohol: drinking too much, hangovers, being drunk, smelling of drink.
    // "drinkt te veel"; not "drinkt koffie te heet" or "drink veel water" in the heat.
    { id: "alcohol.drinks-too-much", pattern: "drinkt|dronk|zuipt|zoop te|teveel|flink|stevig|zwaar veel?", strength: "weak", notBefore: ["water", "koffie", "thee", "fris", "cola", "energiedrank", "energydrink", "energydrinks", "limonade", "melk", "weinig"] },
    { id: "alcohol.drank", pattern: "te|fors veel gedronken|gezopen", strength: "weak" },
    { id: "alcohol.drank-much", pattern: "teveel|flink|stevig|zwaar gedronken|gezopen", strength: "weak" },
    // "had gedronken", "gedronken te hebben"; not water, coffee or enough of them in the heat.
    { id: "alcohol.had-drunk", pattern: "gedronken|gezopen", strength: "weak", notAfter: ["water", "koffie", "thee", "fris", "cola", "limonade", "melk", "soep", "genoeg", "voldoende", "weinig", "niets", "niks", "veel"], notBefore: ["water", "koffie", "thee"] },
    { id: "alcohol.booze", pattern: "@USE|drinkt|dronk ~2 @BOOZE", strength: "weak", notBefore: ["vrije", "vrij", "loos", "free", "om", "voor", "als", "bij", "op", "tegen", "te"] },
    // Drink smelled on a person: "rook al naar alcohol om 7 uur", "stonk naar bier"; not "alcoholvrij".
    { id: "alcohol.smelled", pattern: "ruikt|rook|riekt|rieken|stinkt|stonk|roken|ruiken|smelled|smelt|smells|smelling ~2 naar|of de|het? @BOOZE", strength: "weak", notBefore: ["vrije", "vrij", "loos", "free"] },
    // "was dronken"; not the verb: "ze dronken koffie".
    { id: "alcohol.drunk", pattern: "dronken|beschonken|aangeschoten|bezopen|lazarus|drunk|intoxicated|tipsy", strength: "weak", notBefore: ["koffie", "thee", "water", "fris", "cola", "limonade", "melk", "soep", "een", "wat", "samen", "ze", "we", "wij", "zij", "het", "de", "uit", "van", "nog", "allemaal", "beiden", "wild"] },
    // Drinking a lot, of a person, in the subordinate order: "dat hij sinds zijn scheiding veel drinkt" (the
    // main-clause order is alcohol.drinks-too-much above). Not what is drunk: "veel water drinkt" is no match.
    { id: "alcohol.drinks-a-lot", pattern: "veel|teveel drinkt|dronk|zuipt", strength: "weak" },
    { id: "alcohol.drunk-word", pattern: "stomdronken|straalbezopen|ladderzat|beschonken|dronkenschap|zuipt|zoop", strength: "weak" },
    // A hangover; not the neighbours' tomcat walking over the scaffold.
    { id: "alcohol.hangover", pattern: "kater|katertje|hangover", strength: "weak", notBefore: ["van", "loopt", "liep", "zit", "zat", "ligt", "lag", "op", "in", "bij", "miauwt", "is", "was", "rent", "sprong", "springt"] },
    { id: "alcohol.hungover", pattern: "hungover|brakke|katerig", strength: "weak" },
    { id: "alcohol.use-noun", pattern: "alcoholgebruik|drankgebruik|drugsgebruik|middelengebruik|cocainegebruik|alcoholmisbruik|drankmisbruik|drugsmisbruik|middelenmisbruik|drinkgedrag|comazuipen", strength: "weak" },
    { id: "addiction.problem", pattern: "alcoholprobleem|alcoholproblemen|drankprobleem|drankproblemen|drugsprobleem|drugsproblemen|gokprobleem|gokproblemen|gokverslaving|drankzucht", strength: "weak" },
    { id: "addiction.care", pattern: "afkickkliniek|afkickprogramma|afkicken|afkickt|verslavingszorg|verslavingskliniek|tactus|jellinek|brijder|aa-bijeenkomst|aabijeenkomst", strength: "weak" },
    { id: "addiction.aa", pattern: "anonieme alcoholisten", strength: "weak" },
    // Drugs: use and being high.
    // Not "high": a wall, a voltage and a risk are high.
    { id: "drug.high", pattern: "blowen|blowt|blowde|geblowd|stoned|gesnoven|snuiven", strength: "weak" },
    // Tests and their results: breath, blood, urine and saliva tests of a person.
    { id: "alcohol.test", pattern: "promillage|alcoholpromillage|bloedalcoholgehalte|ademalcoholgehalte|bloedalcoholpromillage|blaastest|drugstest|alcoholtest|ademtest|urinetest|drugtest|alcoholcontrole|drugscontrole|blaaspijp|ademanalyse|speekseltest|drugsscreening|breathalyser|breathalyzer|drugscreening", strength: "weak" },
    // The plurals rulings use ("twee alcoholtesten"), and the law's word for drunk: "in kennelijke staat".
    { id: "alcohol.tests", pattern: "alcoholtesten|blaastesten|drugstesten|urinetesten|speekseltesten|ademtesten|drugtesten", strength: "weak" },
    { id: "alcohol.apparent-state", pattern: "in kennelijke staat", strength: "weak" },
    { id: "alcohol.test-en", pattern: "breath|drug|alcohol|urine|saliva test|tests|screening", strength: "weak" },
    // "onder invloed van de wind/een optie" is no substance: after "van" a substance must follow.
    { id: "alcohol.influence", pattern: "onder invloed", strength: "weak", notAfter: ["rijden", "reed", "rijdt", "gereden", "driving"], notBefore: ["van"] },
    { id: "alcohol.influence-of", pattern: "onder invloed van een|de? @DRUG|@BOOZE|@MED|middelen|verdovende|iets|drug", strength: "weak", notAfter: ["rijden", "reed", "rijdt", "gereden", "driving"] },
    // What a blood test found: "twee promille alcohol in zijn bloed", "sporen van cocaïne in het bloed".
    { id: "drugs.smelled", pattern: "rook|ruikt|riekt|stonk|stinkt ~3 naar @DRUG", strength: "weak" },
    { id: "addiction.background", pattern: "verslavingsachtergrond|verslavingsproblematiek|verslavingsprobleem|verslavingsverleden|verslavingsproblemen", strength: "weak" },
    // A level measured in a person: "te hoge alcoholgehalte in zijn bloed"; not a drink's strength.
    { id: "alcohol.in-blood", pattern: "@BOOZE|@DRUG|promille|alcoholgehalte|alcoholpercentage|promillage|gehalte|waarde ~2 in|van zijn|haar|z'n|zn|het|mijn|m'n bloed|adem|urine", strength: "weak" },
    // "aangehouden met 1,2 promille"; not "promille" alone, a slope's unit too.
    { id: "alcohol.level-caught", pattern: "aangehouden|betrapt|blies|bleek|gemeten ~3 promille", strength: "weak" },
    { id: "alcohol.influence-en", pattern: "under the influence", strength: "weak" },
    // A breath test failed without a figure: "hij blies te hoog", "blies rood" (alcohol.blew below has the figure).
    { id: "alcohol.blew-high", pattern: "blies|blaast|bliezen|blazen|geblazen ~2 te hoog|boven|teveel|fout|rood", strength: "weak" },
    // Tested, the substance first: "wordt maandelijks op drugs getest".
    { id: "tested-on-first", pattern: "op|voor @DRUG|@BOOZE|drugs|alcohol ~1 getest|gecontroleerd|gescreend|testen|controleren|tested", strength: "weak" },
    // Starting or stopping a medicine: "start met statines", "is gestopt met de bloedverdunners".
    // A medicine started or changed, the medicine first: "Statines gestart", "nieuwe pillen gekregen".
    { id: "medication.started", pattern: "@MED ~1 gestart|gestopt|afgebouwd|verhoogd|verlaagd|aangepast|opgehoogd", strength: "weak" },
    { id: "medication.new", pattern: "nieuwe|andere|sterkere|zwaardere pillen|medicijnen|medicatie|pijnstillers|tabletten", strength: "weak" },
    { id: "medication.given-by", pattern: "huisarts|dokter|arts|bedrijfsarts|specialist|doctor gaf|gaven|schreef|schreven|heeft ~3 @MED|zalf|pillen|medicijnen|medicatie|antibiotica|crème|creme", strength: "weak" },
    // A medicine a person carries: "puffer bij me", "insulinepen bij zich"; not "bij de poort".
    { id: "medication.carried", pattern: "@MED bij me|mij|zich|hem|haar", strength: "weak" },
    // Drink in a person: "met te veel drank op", "teveel alcohol op".
    { id: "alcohol.too-much-on", pattern: "veel|teveel drank|alcohol|bier op", strength: "weak", notBefore: ["het", "de", "een", "tafel", "voorraad", "zaterdag", "vrijdag"] },
    { id: "medication.start-stop", pattern: "start|startte|begint|begon|gestart|begonnen|stopt|stopte|gestopt ~1 met de? @MED", strength: "weak" },
    // "positief getest op asbest" is a material sample: "op/voor" needs one of the substances.
    { id: "tested-positive", pattern: "positief|negatief getest|bevonden|testte|test", strength: "weak", notBefore: ["op", "voor", "for"] },
    { id: "tested-on", pattern: "getest|bevonden|tested|testte|testen|controle|gecontroleerd|screening op|voor|for ~1 @DRUG|@BOOZE|corona|covid|drugs|cocaine|thc", strength: "weak" },
    { id: "tested-for", pattern: "positief|negatief|positive|negative op|voor|for ~1 @DRUG|@BOOZE|corona|covid|drugs", strength: "weak" },
    { id: "tested-positive-en", pattern: "tested|test|tests|came positive|negative", strength: "weak", notBefore: ["for"] },
    { id: "tested-positive-noun", pattern: "positieve|negatieve test|drugstest|alcoholtest|blaastest|uitslag|drugtest|bloedtest|bloedproef", strength: "weak" },
    // Drink on the breath and being drunk in the words of a note: "alcoholwalm", "had een kegel", "te diep
    // in het glaasje gekeken", "nog brak van het weekend"; not a traffic cone ("legde een kegel neer") or
    // brackish water ("het water is brak"), nor "ze dronken koffie".
    { id: "alcohol.breath", pattern: "alcoholwalm|drankwalm|dranklucht|alcohollucht|alcoholgeur|drankgeur|bierwalm|dranklijf|alcoholkegel|drankkegel|alcoholadem", strength: "weak" },
    { id: "alcohol.cone", pattern: "<@WHO had|heeft een flinke|stevige? kegel", strength: "weak", notBefore: ["neergezet", "geplaatst", "bij", "in", "op", "mee", "weggehaald", "omgereden"] },
    { id: "alcohol.glass", pattern: "diep in het glaasje|glas", strength: "weak" },
    { id: "alcohol.still-drunk", pattern: "nog|erg|flink|behoorlijk|helemaal|half|zwaar|lichtelijk|was|werd|is dronken|beschonken|aangeschoten|brak", strength: "weak", notAfter: ["water", "grond"], notBefore: ["water", "zijn", "haar", "z'n", "de", "het", "een", "koffie", "thee"] },
    // Also clean, a test result too: "Chauffeur blies 0,0".
    { id: "alcohol.blew", pattern: "blies|blaast|bliezen|geblazen ~3 promille|positief|negatief|0|nul", strength: "weak" },
    { id: "alcohol.must-blow", pattern: "moest|moet|moesten|liet|laten|weigerde blazen", strength: "weak", notBefore: ["met", "op"] },
    { id: "drug.joint", pattern: "rookte|rookt|roken|rookten|gerookt|opgestoken|draaide een? joint|jointje|blowtje|blow", strength: "weak" },
    { id: "drug.pupils", pattern: "verwijde|grote|vergrote|wijde|kleine|rare pupillen|pupil", strength: "weak" },
    { id: "drug.pupils-as", pattern: "pupillen ~1 als|waren|wijd|groot|verwijd|speldenknoppen", strength: "weak" },
    // Drinking or using at work: "betrapt op het nuttigen van alcohol tijdens werktijd", "gebruik van cocaïne".
    { id: "alcohol.consumed", pattern: "nuttigen|nuttigde|nuttigt|genuttigd|gebruik van? @BOOZE|@DRUG", strength: "weak" },
    // "wegens het drinken van alcohol tijdens het werk", "Cor had alcohol gebruikt", "0.8 promille": the
    // drinking itself of the person. Not "promille" alone: a slope is given in promille too.
    { id: "alcohol.drinking-noun", pattern: "drinken|gebruiken|snuiven|roken van @BOOZE|@DRUG", strength: "weak" },
    { id: "alcohol.used-participle", pattern: "@BOOZE|@DRUG ~1 gebruikt|gedronken|gesnoven|geslikt", strength: "weak", notAfter: ["geen", "nooit", "no"] },
    { id: "alcohol.at-work", pattern: "@BOOZE|@DRUG ~1 tijdens|onder|in werktijd|diensttijd|werkuren|dienst", strength: "weak" },
    { id: "medication.english", pattern: "blood|beta thinners|thinner|blockers|blocker", strength: "weak" },
    // A reaction to a work substance: "kreeg uitslag van de epoxy", "eczeem door het cement".
    { id: "allergy.reaction-to", pattern: "uitslag|eczeem|jeuk|bultjes|blaren|blaasjes|irritatie|reactie|ademhalingsklachten ~1 van|door|op de|het? @ALLERGEN", strength: "weak", notAfter: ["de", "het"] },
    // Allergies and what treats them.
    // "allergisch voor" with what it is for taken into the match, so that a figurative object right after
    // it stops the match: "ik ben echt allergisch voor die nieuwe urenapp", "allergisch voor vergaderingen",
    // "allergic to paperwork" — an allergy to a thing pointed at with "die/dat/deze" or to a part of office
    // life is a dislike (Van Dale: "allergisch voor iets zijn", fig. "een hekel hebben aan"). A real
    // allergen follows bare: "allergisch voor noten", "allergisch voor wespensteken".
    { id: "allergy", pattern: "allergisch|allergic voor|for|to?", strength: "weak", notBefore: FIGURATIVE_ALLERGY },
    { id: "allergy.word", pattern: "allergische|allergie|allergieen|allergy|allergies|intolerantie|anafylaxie|anafylactische|anaphylaxis|anaphylactic", strength: "weak" },
    { id: "allergy.sensitive", pattern: "overgevoelig|overgevoeligheid voor ~1 @ALLERGEN|medicijnen|zonlicht|pollen", strength: "weak" },
    { id: "allergy.compound", pattern: "@ALLERGEN+allergie|@ALLERGEN+allergieen|@ALLERGEN+allergisch|cementeczeem|contacteczeem|cementallergie", strength: "weak" },
  ],
};
