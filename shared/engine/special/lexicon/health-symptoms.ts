import type { LexiconList } from "../patterns.ts";

// Health, symptoms of a named person in the words a hurried note uses rather than a clinical one:
// dizziness, nausea and vomiting, breathlessness, going pale, collapsing, numbness, eyes and ears that
// hurt, a fever, being dazed; and the words of being off sick, recovering and building up hours again
// (Wet verbetering poortwachter practice). Sources: the symptom words of Thuisarts.nl's pages on
// dizziness, fainting, nausea, hyperventilation and heat illness (draaierig, kotsmisselijk, lijkbleek,
// groggy), and the EHBO manual's signs of shock and heat stroke. Hand-curated.
// Traps: "gaf de sleutel over" (handed over), "zag groen licht", "verhoging van zijn loon", "een spit
// diep" (digging), "doodziek van de planning" (fed up), "bouwt de steiger op", a crane's "moeite met
// tillen", "door de knieën" when lifting (the right way to lift, not a collapse).

export const symptoms: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Single words that only a person's body is: "draaierig", "lijkbleek", "hoestbui". */
    SYMPTOM_WORD: [
      "draaierig", "duizeligheid", "kotsmisselijk", "doodmisselijk", "misselijkheid", "lijkbleek", "asgrauw",
      "krijtwit", "groggy", "versuft", "verdwaasd", "hoestbui", "hoestbuien", "migraineaanval", "astmaaanval",
      "hyperventilatieaanval", "benauwdheidsaanval", "flauwte", "flauwtes", "flauwgevallen", "braakneigingen",
      "braaksel", "kokhalzen", "kokhalsde", "kotste", "kotsen", "braakte", "braakt", "overgeefde", "bloedneus",
      "hartkloppingen", "hartritmestoornis", "duizelingen", "hoofdpijnklachten",
      "gevoelloosheid", "krachtverlies", "spierzwakte", "hoorverlies", "gehoorverlies", "doofheid",
      "slechthorendheid", "slechtziendheid", "dubbelzien", "heatstroke", "lightheaded", "lightheadedness",
      "nausea", "dizziness", "breathless", "drowsy", "drowsiness", "woozy", "queasy", "nauseated", "shivering", "wheezing", "migraine", "migraines", "headaches", "vomit",
      "zweterig", "hitteuitputting", "hittestress", "hitteklachten", "warmtestuwing", "zonneallergie", "lyme",
    ],
    /**
     * How a person feels when something is wrong, in words that also describe things ("het touw werd slap",
     * "het beeld was wazig"): only with the person right before the verb, or felt ("voelde zich ...").
     */
    WEAK_FEELING: ["slap", "wazig", "trillerig", "beverig", "rillerig", "klam", "lamlendig", "slapjes", "wiebelig", "suf", "zweverig", "verward", "benauwd"],
  },
  patterns: [
    { id: "symptom.word", pattern: "@SYMPTOM_WORD", strength: "weak", notBefore: ["van", "door"] },
    // "gaf over in de keet"; not "gaf de sleutel over aan Piet" (not adjacent) or "gaf over aan" (handed over).
    // Not "geeft informatie over welke …", "gaf uitleg over de planning": "over" then a phrase is "about".
    { id: "symptom.threw-up", pattern: "gaf|geeft|gaven over", strength: "weak", notBefore: ["aan", "naar", "op", "de", "het", "een", "welke", "wat", "hoe", "zijn", "haar", "hun", "alle", "dit", "dat", "deze", "die", "je", "uw", "mijn", "ons", "onze", "waarom", "wanneer"] },
    { id: "symptom.pale", pattern: "zag|ziet|zagen bleek|grauw|lijkbleek|spierwit|asgrauw|krijtwit|wit|groen", strength: "weak", notBefore: ["licht", "van", "af", "uit", "het", "de", "een", "dat", "op"] },
    // "Bram werd slap", "werd de afwerker (Bram) slap", "voelde zich trillerig".
    { id: "symptom.feeling-weak", pattern: "<@WHO werd|was|is|raakte ~3 @WEAK_FEELING", strength: "weak" },
    { id: "symptom.feeling-weak-inverted", pattern: "werd|was|raakte ~1 @WHO ~3 @WEAK_FEELING", strength: "weak" },
    { id: "symptom.feeling-weak-felt", pattern: "voelde|voelt|voel|voelden zich|me ~1 @WEAK_FEELING", strength: "weak" },
    // "was even van de wereld" (dazed); not "de grootste van de wereld" (no copula or adverb right before).
    { id: "symptom.out-of-world", pattern: "was|is|raakte|leek|even|effe|ff|helemaal|compleet|totaal van de wereld", strength: "weak" },
    // A body starting to do what it does when ill: "begon te braken"; not "begon te regenen".
    { id: "symptom.began-to", pattern: "begon|begint|begonnen ~2 te braken|overgeven|kotsen|hoesten|trillen|beven|bloeden|zweten|hyperventileren|kokhalzen", strength: "weak" },
    // Trembling and keeping nothing down, in lay words: "stond te trillen op zn benen", "houdt niks binnen".
    { id: "symptom.trembling-legs", pattern: "trillen|trilde|trilt|beven|beefde|bibberen op zijn|zn|z'n|haar|mijn|m'n benen", strength: "weak" },
    { id: "symptom.sat-trembling", pattern: "<@WHO zat|stond|zit|staat ~2 te trillen|beven|bibberen|rillen", strength: "weak" },
    { id: "symptom.keeps-nothing", pattern: "niks|niets binnenhoudt|binnenhouden|binnenhield", strength: "weak" },
    { id: "symptom.keeps-nothing-split", pattern: "houdt|hield|houden|kan|kon ~1 niks|niets binnen", strength: "weak", notBefore: ["zonder", "voor", "tot", "komen", "laten"] },
    { id: "symptom.bleeding", pattern: "bloedde|bloedt|bloedden|bloeden flink|hevig|erg|veel|behoorlijk|enorm|als", strength: "weak" },
    { id: "symptom.slurred", pattern: "met een? dubbele tong|slurred", strength: "weak" },
    { id: "symptom.back-shot", pattern: "schoot|schiet|schoten ~2 in zijn|zn|z'n|haar|mijn|m'n rug|onderrug|nek|lies", strength: "weak" },
    { id: "symptom.lumbago-likely", pattern: "vermoedelijk|waarschijnlijk|mogelijk|echt spit", strength: "weak" },
    { id: "symptom.split-compound", pattern: "hoofd|rug|buik|keel|nek|oor|kies|tand|knie|schouder|maag|borst pijn|klachten|kramp", strength: "weak", notAfter: ["de", "het", "een"] },
    { id: "symptom.dead-fingers", pattern: "dove|witte|gevoelloze|tintelende|slapende vingers|tenen|handen|voeten", strength: "weak" },
    { id: "symptom.blisters", pattern: "onder de blaren|blaasjes|bulten|vlekken|uitslag", strength: "weak" },
    { id: "symptom.inflamed-spots", pattern: "ontstoken plekken|plek|wond|wonden|wondje|teen|vinger", strength: "weak" },
    // Hungover at work: "komt maandag vaak brak binnen". (The pattern was "brak binnen|op het werk|…": a "|"
    // joins single words only, so it read as eight elements and never matched.)
    // Not "brak op de bouw" or "de paal brak binnen een dag" (the verb "broke": a time or a place after).
    { id: "symptom.hungover-in", pattern: "brak binnen", strength: "weak", notBefore: ["de", "het", "een", "enkele", "korte", "twee", "drie", "vijf", "tien", "minuten", "seconden", "uren", "dagen", "no"] },
    { id: "symptom.withdrawn", pattern: "in zichzelf gekeerd", strength: "weak" },
    { id: "injury.bitten-in", pattern: "in|aan zijn|haar|z'n|zn|mijn|m'n @SIDE? @BODY gebeten|gestoken|geprikt", strength: "weak" },
    { id: "absence.falls-out", pattern: "valt|viel uit tot|voorlopig|minimaal|zeker|langere|enkele|weken|maanden", strength: "weak" },
    { id: "absence.stays-home", pattern: "<@WHO blijft|bleef|blijf ~2 thuis", strength: "weak", notBefore: ["vanwege", "wegens", "ivm", "omdat", "want", "tot", "om", "voor", "bij", "en", "werken", "te"] },
    // Much pain: "had hevige pijn", "had daarna veel pijn". Not "het doet (Jan) veel pijn dat …", which is
    // grief: "veel" only after the verb of having, the physical adjectives alone.
    { id: "symptom.much-pain", pattern: "hevige|ondraaglijke|helse|stekende|zeurende pijn", strength: "weak" },
    { id: "symptom.had-much-pain", pattern: "had|heeft|hebben|hadden|kreeg|kregen ~3 veel|erge|flinke pijn", strength: "weak" },
    { id: "symptom.drained", pattern: "wit|bleek|grauw weggetrokken", strength: "weak" },
    { id: "symptom.collapsed-late", pattern: "zakte|zakt|zakten ~6 in elkaar|ineen", strength: "weak" },
    { id: "symptom.mark-on-part", pattern: "rode|blauwe|paarse|dikke kring|vlek|vlekken|plek|plekken|bult|bulten|zwelling|uitslag op|aan ~1 @SIDE? @BODY", strength: "weak" },
    { id: "symptom.red-eyes-en", pattern: "red|bloodshot|watery|itchy|sore|puffy eyes|eye", strength: "weak" },
    // Blood sugar of a diabetic: "zijn suiker was 2,8"; not "zijn suiker in de koffie".
    { id: "symptom.sugar-value", pattern: "mijn|m'n|mn|zijn|z'n|zn|haar suiker|glucose|suikerwaarde was|is|stond|zat|daalde|zakte|liep|te|onder|boven", strength: "weak" },
    // What the doctor said: "huisarts zegt waarschijnlijk Lyme", "doctor say stay home 2 days", "de fysio zegt
    // minimaal 2 wk rust". Not "de specialist": on a site as often a subcontractor ("de specialist zegt dat de vloer niet …").
    { id: "symptom.doctor-says", pattern: "huisarts|dokter|arts|bedrijfsarts|doctor|doctors|gp|lekarz|neuroloog|orthopeed|fysio|fysiotherapeut|tandarts|physio|chirurg|cardioloog zegt|zei|zeggen|denkt|dacht|vond|vindt|say|says|said|told|thinks ~3 waarschijnlijk|misschien|thuis|rust|home|rest|stay|off|niet|geen|moet|mag|probably|maybe", strength: "weak" },
    // A restriction until a doctor clears it: "niet op de kraan tot de neuroloog groen licht geeft".
    { id: "fitness.until-cleared", pattern: "tot|totdat|zolang|voordat de|het|zijn|haar? @SPECIALIST|neuroloog|specialist ~3 groen|toestemming|akkoord|goedkeuring|vrijgeeft|vrijgegeven|goedgekeurd", strength: "weak" },
    { id: "fitness.light-work", pattern: "alleen|voorlopig|tijdelijk|enkel licht|lichte|lichter werk|werkzaamheden|taken|klussen|werkjes", strength: "weak" },
    { id: "symptom.unwell-degree", pattern: "voel|voelt|voelde|voelden zich|me niet zo|helemaal|echt|erg|zo'n lekker|goed|fit", strength: "weak" },
    { id: "symptom.worn-part", pattern: "mijn|m'n|mn|me|zijn|z'n|zn|haar rug|knie|knieen|schouders|schouder|lijf|lichaam|nek is|zijn|was|waren op|kapot|versleten|gesloopt|naar", strength: "weak", notBefore: ["de", "het", "een", "zijn", "haar", "weg", "tijd"] },
    { id: "symptom.tooth-pulled", pattern: "kies|kiezen|tand|tanden|verstandskies|verstandskiezen ~1 laten? trekken|getrokken|gezet|geplaatst", strength: "weak" },
    // A hangover dated by its night out; "kater van de buren" is a tomcat.
    { id: "symptom.hangover-when", pattern: "kater|katertje van gisteren|gisteravond|vannacht|zaterdag|vrijdag|carnaval", strength: "weak" },
    { id: "symptom.hangover-party", pattern: "kater|katertje van het|de weekend|feest|feestje|borrel|bbq|stappen|bruiloft", strength: "weak" },
    { id: "injury.electric-shock", pattern: "kreeg|kregen|gekregen|opgelopen|had een? stroomschok|stroomstoot|opdonder|stroomslag", strength: "weak" },
    // The shock before its verb: "heeft een stroomstoot gekregen", "stroomschok opgelopen".
    { id: "injury.electric-shock-got", pattern: "stroomschok|stroomstoot|stroomslag ~1 gekregen|opgelopen|gehad", strength: "weak" },
    // Shivering of a person ("rilde hevig", "klappertandde"); not a machine that "trilde hevig".
    { id: "symptom.shivering", pattern: "rilde|rilt|rillen|rillend|bibberde|bibbert|bibberen|bibberend ~1 hevig|flink|erg|enorm|helemaal|van|als|nog|over", strength: "weak" },
    // "trillende handen" of a person; not "trillende machines" (vibration), which names no body part.
    { id: "symptom.trembling-part", pattern: "trillende|bevende|klamme|zweterige|schuddende @SIDE? handen|hand|vingers|benen|knieen|lippen|lijf", strength: "weak" },
    { id: "symptom.breath-trouble", pattern: "moeite met|bij ademen|ademhalen|slikken", strength: "weak" },
    { id: "symptom.legs-gave-way", pattern: "zakte|zakt|gezakt|zakten door zijn|haar|z'n|zn|mijn|m'n benen|knieen", strength: "weak" },
    { id: "symptom.chest-pressure", pattern: "drukkend|beklemmend|benauwd gevoel op|in|aan de|zijn|haar|mijn? borst|borstkas", strength: "weak" },
    { id: "symptom.trembling", pattern: "trilde|trilt|beefde|beeft|rilde|rilt|trillen|beven over zijn|haar|z'n|het hele? lijf|lichaam", strength: "weak" },
    // "had geen gevoel in zijn vingers": a numb part, though said with "geen".
    { id: "symptom.numb", pattern: "geen|weinig|minder|doof|raar|slapend|tintelend|prikkelend|branderig|brandend|stekend|zeurend|dood gevoel ~1 in|aan zijn|haar|z'n|zn|mijn|m'n|de @SIDE? @BODY", strength: "weak" },
    { id: "symptom.eyes", pattern: "tranende|branderige|jeukende|geirriteerde|prikkende|rode|droge ogen|oog|keel|huid", strength: "weak" },
    { id: "symptom.eyes-verb", pattern: "ogen|oog|keel ~1 brandden|brandt|branden|prikten|prikt|prikken|jeuken|jeukt|jeukte|traanden|tranen|traant|irriteerde", strength: "weak" },
    { id: "symptom.ear", pattern: "piep|piepen|fluittoon|gesuis|suizen|ruis in zijn|haar|z'n|zn|mijn|m'n|de @SIDE? oor|oren|linkeroor|rechteroor", strength: "weak" },
    // "heeft spit", "liep tegen spit aan"; not "een spit diep" (a spade's depth).
    { id: "symptom.lumbago", pattern: "heeft|had|hebben|kreeg|krijgt|van|met|door|tegen spit", strength: "weak", notBefore: ["diep", "dieper"] },
    // "had verhoging" (fever); not "verhoging van zijn loon" or a raised floor.
    { id: "symptom.fever", pattern: "heeft|had|hebben|met|lichte|flinke verhoging", strength: "weak", notBefore: ["van", "gekregen", "aangevraagd", "op", "in", "aangebracht", "gemaakt", "nodig", "voor"] },
    { id: "symptom.responsive", pattern: "niet|slecht|nauwelijks|moeilijk|weer aanspreekbaar", strength: "weak" },
    // "doodziek", "hondsziek"; not "doodziek van de planning" (fed up).
    { id: "symptom.very-ill", pattern: "doodziek|hondsziek|ziekjes|kotsziek|sikkeneurig", strength: "weak", notBefore: ["van", "om", "op", "word", "wordt"] },
    // English: "collapsed" of a person only (a scaffold collapses too); "trouble breathing".
    { id: "symptom.collapsed-en", pattern: "<@WHO collapsed|fainted|keeled", strength: "weak", notBefore: ["the", "a", "an", "it", "them", "his", "her", "their", "our"] },
    { id: "symptom.out-cold-en", pattern: "out cold", strength: "weak" },
    { id: "symptom.trouble-en", pattern: "trouble|difficulty|problems|struggling|struggles|struggled sleeping|breathing|swallowing", strength: "weak" },
    // Sick leave and recovery in more words: "bouwt zijn uren op", "herstelt van zijn operatie".
    { id: "rehab.hours-built-up", pattern: "bouwt|bouwde|bouwen zijn|haar|z'n|zn|de? uren|werkuren op", strength: "weak" },
    { id: "rehab.hours-word", pattern: "urenopbouw|opbouwschema|probleemanalyse|reintegratieverslag|eerstejaarsevaluatie|arbeidsdeskundige|deskundigenoordeel|wiaaanvraag|wiabeoordeling|wiakeuring|arbeidsgeschikt|arbeidsgeschiktheid|loonwaarde|loondoorbetaling|loonsanctie", strength: "weak" },
    { id: "rehab.recovers-from", pattern: "herstelt|herstelde|herstellende|herstellen|hersteld|recovering|recovered van|from zijn|haar|z'n|zn|mijn|m'n|een|de|his|her|my? operatie|ingreep|ziekte|blessure|griep|breuk|val|ongeval|burnout|hernia|infectie|longontsteking|hartaanval|beroerte|operation|surgery|illness|injury|fall|@ILLNESS|@BODY_STEM+@INJURY_HEAD", strength: "weak" },
    // An illness counted in time: "na 6 wkn ziekte", "drie dagen griep".
    { id: "sick.duration", pattern: "weken|wkn|wk|dagen|maanden|week|maand ziekte|ziek|griep|ziekteverlof|ziekenhuis|revalidatie", strength: "weak" },
    { id: "rehab.second-track", pattern: "tweede|2e spoor traject|trajecten|reintegratie|reintegratietraject|bureau", strength: "weak" },
    // Rejected for a kind of work: "is voorlopig afgekeurd voor klimwerk"; a design "afgekeurd voor
    // uitvoering" has no person before the verb.
    { id: "fitness.rejected-for", pattern: "<@WHO is|werd|wordt|was ~3 afgekeurd voor", strength: "weak" },
    // Off work for a span after an injury: "mag 3 dagen niet werken", "mag twee weken niet tillen".
    { id: "fitness.off-for-span", pattern: "mag|mocht ~2 dagen|weken|maanden|dag|week niet ~1 werken|tillen|klimmen|sporten|knielen|bukken", strength: "weak", notBefore: ["zonder", "vanwege", "wegens", "ivm", "door", "omdat"] },
    { id: "fitness.rejected-fully", pattern: "<@WHO is|werd|wordt ~1 volledig|gedeeltelijk|deels|definitief|medisch afgekeurd", strength: "weak" },
    // The cause first: "door haar zwangerschap minder inzetbaar", "vanwege zijn rug niet inzetbaar".
    { id: "fitness.less-deployable", pattern: "minder|niet|beperkt|gedeeltelijk inzetbaar|belastbaar", strength: "weak" },
    { id: "fitness.not-deployable", pattern: "niet|beperkt|gedeeltelijk inzetbaar vanwege|ivm|wegens|door ~1 @POSSESSIVE? @SIDE? @BODY|@ILLNESS|@SYMPTOM_MORE|klachten|blessure|ziekte|operatie|@BODY_STEM+@INJURY_HEAD", strength: "weak" },
  ],
};
