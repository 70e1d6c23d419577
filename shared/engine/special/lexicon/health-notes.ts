import type { LexiconList } from "../patterns.ts";

// Health, classes of a field worker's own wording that the other health files name by their clinical
// word only: an electric shock given with its voltage, something that flew into an eye, time at home
// counted in months, a stay in hospital with a time between verb and place, drowsiness from a medicine,
// a skin reacting on hands and arms, a body part that no longer carries, the depressive idiom "ziet het
// niet meer zitten", talks with a psychologist, blisters from a burn, a relapse into drink or gambling,
// and the same in the English of mixed crews.
// Sources: Thuisarts.nl's pages on electrical accidents ("een schok van het stopcontact"), eye injuries
// ("iets in je oog"), contact eczema ("rode, jeukende handen, bultjes"), burns ("blaren"), depression and
// suicidal thoughts ("het niet meer zien zitten", 113.nl's words), side effects in the package leaflets
// of antidepressants and antibiotics ("suf", "slaperig"); the NHS pages on sprains and strains for the
// English. Hand-curated.
// Traps (each class's own, also in test/unit/lexicon-health-notes.test.ts): "een schok van herkenning",
// "kreeg de kraan in het oog" (spotted), "in zijn ogen te weinig tijd" (his view), "werkt 2 dagen thuis"
// (remote work), "de tekeningen liggen in het ziekenhuis" (worksite), "ik word er moe van" (fed up),
// "dat was wat suf van me" (silly), "rode handschoenen", "de ladder kon niet staan", "ziet het niet
// zitten om zaterdag te werken" (does not fancy), "gesprekken met een psycholoog aanvragen" (an offer to
// all), "blaren in de dakbedekking" (roofing), "zorg dat iedereen flink drinkt" (heat advice), "cannot
// stand the noise" (tolerate).

export const notes: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** What an electric shock comes from, said after "schok van": a voltage, the mains, a cable. */
    VOLTAGE: [
      "12v", "24v", "48v", "110v", "230v", "380v", "400v", "230", "400", "volt", "stroom", "spanning",
      "netspanning", "krachtstroom", "hoogspanning", "laagspanning", "lichtnet", "stopcontact", "kabel",
      "groepenkast", "meterkast", "draad", "leiding",
    ],
    /** How a drowsy or dazed person feels from a medicine or an illness; not "moe" (fed up: "word er moe van"). */
    DROWSY: ["suf", "suffig", "sloom", "slaperig", "duf", "draaierig", "duizelig", "wazig", "versuft", "loom", "lusteloos"],
    /** Skin that reacts (contact eczema, a burn): before a body part or skin word. */
    SKIN_STATE: [
      "rode", "jeukende", "schrale", "kapotte", "gebarsten", "schilferende", "branderige", "ontstoken", "opgezette",
      "gezwollen", "prikkende", "verbrande", "itchy", "sore", "cracked",
    ],
    SKIN_PART: [
      "handen", "hand", "armen", "onderarmen", "onderarm", "huid", "vingers", "polsen", "gezicht", "nek",
      "benen", "voeten", "hands", "arms", "skin", "fingers",
    ],
    /** Small skin marks that only a body has ("rode bultjes"); not "vlekjes" (on a drawing, a floor). */
    SKIN_MARK: ["bultjes", "bultje", "pukkels", "pukkeltjes", "puistjes", "blaasjes", "bobbeltjes", "bulten"],
    /** Blisters from a burn or from friction; "blaren" of a roof covering is the trap. */
    BLISTER: ["blaar", "blaren", "blaartje", "blaartjes", "brandblaar", "brandblaren", "bloedblaar", "blister", "blisters"],
    /** What a foot or a leg does no more when it is hurt. */
    CARRY: ["staan", "steunen", "lopen", "leunen", "rusten"],
  },
  patterns: [
    // An electric shock with what gave it: "kreeg een schok van 230V", "een opdonder van de groepenkast",
    // "shock from the cable". Not "een schok van herkenning", "de schok van de klap" (no voltage word).
    { id: "injury.shock-voltage", pattern: "schok|schokje|opdonder|shock van|via|door|uit|from|off ~2 @VOLTAGE|*volt", strength: "weak", notAfter: ["elektrische"] },
    // The shock with the person between verb and shock: "kreeg de monteur van de installateur een stroomschok".
    { id: "injury.shock-got-late", pattern: "kreeg|kregen|krijgt|krijg ~6 een? stroomschok|stroomstoot|stroomslag|stroomschokje", strength: "weak" },
    { id: "injury.shock-got-late-adj", pattern: "kreeg|kregen|krijgt|krijg|got|received|gets ~6 een|an|a? elektrische|electric|electrical schok|shock", strength: "weak" },
    // Something flown into a person's eye: "kreeg een stuk tegel in zijn oog", "got dust in his eye".
    // Not "kreeg de kraan in het oog" (spotted it: no possessive) or "in zijn ogen te weinig tijd" (his view).
    { id: "injury.into-eye", pattern: "kreeg|kregen|krijgt|krijg|vloog|vlogen|kwam|got|gets ~6 in|into zijn|haar|z'n|zn|mijn|m'n|me|his|her|my @SIDE? oog|ogen|eye|eyes|oogje", strength: "weak", notBefore: ["te", "niet", "wel", "een", "geen", "is", "was", "teveel", "te"] },
    // A stay in hospital with a time between verb and place: "mijn dochter ligt sinds gisteren in het
    // ziekenhuis". Only after a person: "de tekeningen liggen in het ziekenhuis" is the worksite.
    { id: "care.lies-in-hospital", pattern: "<@WHO ligt|lag|liggen|lagen ~3 in|op het|de ziekenhuis|@HOSPITAL_NAME|ic|umc|kliniek|revalidatiecentrum|intensive|hospital", strength: "weak" },
    // Drowsy from a medicine or an illness: "word er wat suf van", "is 's ochtends wat suf". Not "ik word
    // er moe van" (fed up: not in the class) or "dat was wat suf van me" (silly of me).
    { id: "symptom.drowsy-from", pattern: "word|wordt|werd|worden|raak|raakt|raakte er ~2 @DROWSY van", strength: "weak" },
    { id: "symptom.drowsy-degree", pattern: "wat|beetje|erg|nogal|vaak|snel|soms|heel|ontzettend|behoorlijk suf|suffig|sloom|slaperig|duf|versuft", strength: "weak", notBefore: ["van", "idee", "om", "dat"], notAfter: ["het", "dat", "dit", "wel", "echt", "ook"] },
    // Skin reacting: "rode, jeukende handen", "schrale kapotte handen", "rode bultjes", "itchy hands".
    // Not "een rode arm aan de graafmachine" (a machine's arm: no singular "arm" in the class, no article before).
    { id: "symptom.skin", pattern: "@SKIN_STATE ~1 @SKIN_STATE? @SKIN_PART", strength: "weak", notAfter: ["de", "het", "een", "die", "deze"] },
    { id: "symptom.skin-mark", pattern: "rode|jeukende|witte|kleine|dikke @SKIN_MARK", strength: "weak" },
    // A body part that no longer carries: "kon niet meer op zijn voet staan", "kan niet op haar been steunen".
    // Not "de ladder kon niet staan" (no body part, no possessive).
    { id: "injury.cannot-stand-on", pattern: "kon|kan|konden|kunnen|kunt ~1 niet|nauwelijks|amper|moeilijk|slecht meer? op zijn|haar|z'n|zn|mijn|m'n @SIDE? voet|voeten|been|benen|enkel|knie|hand|arm @CARRY", strength: "weak" },
    // The depressive idiom: "ziet het niet meer zitten", "het niet meer ziet zitten". Not "ziet het niet
    // zitten om zaterdag te werken" (does not fancy: no "meer", a following "om").
    { id: "mind.sees-no-way", pattern: "ziet|zie|zag|zagen ~2 het ~1 niet meer zitten", strength: "weak", notBefore: ["om", "met", "dat", "voor", "als"] },
    { id: "mind.sees-no-way-end", pattern: "het ~1 niet meer ziet|zie|zag|zagen zitten", strength: "weak", notBefore: ["om", "met", "dat", "voor", "als"] },
    // Sleep gone: "dat hij niet meer slaapt". Not "bewoners kunnen niet meer slapen door het heien" (a
    // complaint about noise: the infinitive after a modal is left out).
    { id: "sleep.no-more", pattern: "niet|nauwelijks|amper|slecht meer slaapt|sliep|slaap", strength: "weak" },
    // Talks with a psychologist: "heeft wekelijks gesprekken met een psycholoog", "in therapie bij de GGZ".
    // Not "via de arbodienst kan iedereen gesprekken met een psycholoog aanvragen" (no person meant).
    { id: "mind.talks-with", pattern: "gesprekken|gesprek|sessies|sessie|afspraken|therapie|behandeling|traject|loopt|liep|praat ~3 met|bij een|de|zijn|haar|z'n|zn? psycholoog|psychiater|therapeut|psychotherapeut|ggz|praktijkondersteuner|poh|psychologe|psych|shrink", strength: "weak" },
    // Blisters: flag after an injury reported earlier in the paragraph ("ik heb me gebrand. blaar en erg
    // pijnlijk"), and with a person when their size is told ("blaren zo groot als een euro").
    { id: "episode.blister", pattern: "@BLISTER", strength: "episode", notBefore: ["in", "op", "onder"], notAfter: ["dakbedekking", "bitumen", "verf", "lak", "vertoont", "vertonen", "geen"] },
    { id: "injury.blister-size", pattern: "@BLISTER zo|ter|size|as groot|grootte|big|large|of", strength: "weak" },
    // A relapse into drink, drugs or gambling: "dat Niels weer gokt en drinkt", "zuipt stevig".
    // Not "zorg dat iedereen flink drinkt" (heat advice: no "weer", no "stevig").
    { id: "addiction.again", pattern: "weer|stevig|zwaar gokt|gokte|gokken|drinkt|dronk|zuipt|zoop|zuipen|blowt|blowde|snuift|snoof", strength: "weak", notBefore: ["water", "koffie", "thee", "op", "erop"] },
    // English sprains and strains with the part's side: "strained his lower back", "twisted her left knee".
    { id: "injury.strained-part-en", pattern: "strained|sprained|pulled|twisted|tweaked|wrenched|jarred|hurt|injured|bruised|dislocated his|her|my lower|upper|left|right back|@BODY", strength: "weak" },
    // A body part a person "sits with" (has trouble with): "zit al de hele week met zijn rug", "loopt al
    // maanden met haar knie". Not "zit met zijn rug naar de muur", "met zijn handen in het haar" (a place or
    // direction follows: notBefore), nor "met zijn hoofd" (distracted: not in the list).
    { id: "complaint.sits-with-part", pattern: "zit|zat|zitten|zaten|loopt|liep|lopen|tobt|tobde|sukkelt|sukkelde ~4 met zijn|haar|z'n|zn|mijn|m'n|me @SIDE? rug|onderrug|knie|knieen|schouder|schouders|nek|enkel|heup|pols|elleboog|voet|been|kies|maag|darmen", strength: "weak", notBefore: ["naar", "tegen", "op", "in", "langs", "richting", "aan", "bij", "onder", "boven", "over", "tussen", "voor", "achter", "vast", "klem", "en"] },
    // How much a hurt part has swollen or bled, after an injury the paragraph reported: "'s avonds was het
    // flink opgezwollen", "bloedde flink". Episode only: "het hout is flink opgezwollen" names nobody.
    { id: "episode.swollen-degree", pattern: "flink|erg|behoorlijk|helemaal|enorm|nogal|lelijk|dik|goed opgezwollen|gezwollen|opgezet|ontstoken|beurs", strength: "episode" },
    { id: "episode.bled-degree", pattern: "bloedde|bloedt|bloedden|bloedend|bled|bleeding ~1 flink|hevig|erg|veel|behoorlijk|enorm|als|badly|heavily|lot", strength: "episode" },
    // Vision in the writer's words: "zie slecht door de bril", "ziet dubbel", "last van fel licht".
    // Not "de machinist ziet slecht wat er achter gebeurt" (a view, said of a third person: only "zie"
    // with "slecht"), "de camera heeft last van tegenlicht" (not "fel licht", no person).
    { id: "symptom.sees-poorly", pattern: "zie slecht|wazig|dubbel|troebel|vlekken|sterretjes", strength: "weak", notBefore: ["weer", "zicht"] },
    { id: "symptom.sees-double", pattern: "ziet|zag|zagen dubbel|wazig|sterretjes|troebel", strength: "weak" },
    { id: "symptom.light-sensitive", pattern: "last van fel licht|prikkels|beeldschermen", strength: "weak" },
    { id: "symptom.light-sensitive-word", pattern: "lichtgevoelig|geluidsgevoelig|prikkelgevoelig|overprikkeld|overprikkeling", strength: "weak" },
    // A value of the body measured by a first-aider, the object first: "suiker gemeten door BHV: 3,1".
    // Not "temperatuur gemeten" (of concrete: not in the list).
    { id: "care.measured-value", pattern: "suiker|bloedsuiker|glucose|bloeddruk|hartslag|saturatie|pols gemeten|geprikt|opgemeten|gecontroleerd|gecheckt", strength: "weak" },
    { id: "episode.measured-value", pattern: "suiker|bloedsuiker|glucose|bloeddruk|hartslag|saturatie gemeten|geprikt|opgemeten|gecontroleerd|gecheckt", strength: "episode" },
    // What a doctor found in English: "his doctor found reduced lung function", "the GP diagnosed asthma".
    // Not "the specialist found a crack in the weld" (a specialist or consultant is as often an engineer).
    { id: "care.doctor-found-en", pattern: "doctor|gp|physio|doctors found|diagnosed|discovered|detected|confirmed", strength: "weak" },
    // Follow-up care in English: "follow-up at the fracture clinic", "check-up for his wrist".
    { id: "care.clinic-en", pattern: "fracture|eye|pain|burns|physio|diabetes|heart|asthma clinic|appointment|unit", strength: "weak" },
    { id: "care.follow-up-en", pattern: "followup|follow-up|checkup|check-up|appointment ~3 for|on his|her|my @SIDE? back|@BODY", strength: "weak" },
    // A birth with its place or time between: "zijn vriendin is in het ziekenhuis bevallen". Not "het is
    // goed bevallen" (liked: "het" is nobody).
    { id: "childbirth.late", pattern: "<@WHO is|was ~4 bevallen", strength: "weak", notBefore: ["goed", "prima", "slecht"] },
    { id: "childbirth.of", pattern: "bevallen|bevalt|beviel van een? zoon|zoontje|dochter|dochtertje|tweeling|jongen|meisje|kindje|baby", strength: "weak" },
    // Stopped drinking or using: "is gestopt met drinken", "stopt met blowen". Not "gestopt met werken".
    { id: "addiction.stopped", pattern: "gestopt|stopt|stopte|stoppen|quit|stopped met|with? drinken|de? drank|alcohol|blowen|gebruiken|drugs|gokken|drinking|gambling", strength: "weak", notBefore: ["van", "tijdens", "in", "op", "voor"] },
    // A breath-alcohol value: "had 0,8 promille", "blies 1,2 promille". Not "afschot van 5 promille" (a slope).
    { id: "alcohol.per-mille-inverted", pattern: "had|heeft|blies|blaast|blaasde|testte|scoorde de|het|onze|die? @WHO ~2 promille", strength: "weak" },
    { id: "alcohol.per-mille", pattern: "had|heeft|blies|blaast|blaasde|testte|scoorde ~2 promille", strength: "weak", notBefore: ["afschot", "helling", "verval", "hellingshoek"], notAfter: ["afschot", "helling"] },
    // A body part "killing" its owner: "my back is killing me". Not "the heat is killing me" (no part).
    { id: "pain.killing-me-en", pattern: "back|knee|knees|shoulder|neck|feet|foot|head|hands|wrist|hip|tooth ~1 is|are|was killing me", strength: "weak" },
    // Waiting for or undergoing care: "op de wachtlijst voor een operatie", "operatie aan mijn schouder".
    { id: "care.waiting-list", pattern: "wachtlijst voor ~2 operatie|ingreep|behandeling|opname|therapie|psycholoog|ggz|@BODY_STEM+operatie", strength: "weak" },
    { id: "care.operation-on", pattern: "operatie|ingreep|kijkoperatie|onderzoek aan|van zijn|haar|z'n|zn|mijn|m'n|de @SIDE? @BODY|@ORGAN", strength: "weak" },
    // Cancer treatment received: "krijgt bestraling", "start met immunotherapie". Not "UV-bestraling van de
    // coating" (no verb of receiving).
    { id: "care.cancer-treatment", pattern: "krijgt|kreeg|ondergaat|onderging|start|begint|begon|heeft|had ~2 bestraling|bestralingen|radiotherapie|immunotherapie|chemokuur|hormoontherapie|chemotherapie", strength: "weak" },
    // A joint replaced: "heeft een kunstknie", "nieuwe heup gekregen".
    { id: "implant.joint", pattern: "kunstknie|kunstheup|kunstknieen|kunstheupen|kunstgewricht|knieprothese|heupprothese|kunstbeen|kunstarm|kunstoog|kunstlens", strength: "weak" },
    { id: "implant.new-joint", pattern: "nieuwe heup|knie|schouder|heupen|knieen ~1 gekregen|gehad|krijgt|kreeg|geplaatst", strength: "weak" },
    // A cure in a clinic: "is aan het kuren in een kliniek". Not a coating that cures (no clinic, no "aan het").
    { id: "addiction.cure", pattern: "kuren|kuurt|kuurde ~3 kliniek|instelling|verslavingszorg|centrum|afkickkliniek", strength: "weak" },
    // The lumbago idiom: "is door zijn rug gegaan". Not "door de knieën gaan" (to give in: only "rug").
    { id: "back.went-through", pattern: "door zijn|haar|z'n|zn|mijn|m'n|me rug|onderrug gegaan|gaat|ging|gezakt|geschoten", strength: "weak" },
    // Feeling ill in English: "I feel sick, going home", "he felt faint". Not "I feel sick of this planning"
    // (fed up: "of", "about" after it) or "feel bad about the delay" ("bad" is not in the list).
    { id: "unwell.feel-en", pattern: "feel|feels|felt|feeling sick|ill|unwell|rough|faint|dizzy|weak|nauseous|poorly|lousy|feverish", strength: "weak", notBefore: ["of", "about", "for", "that"] },
    // A drug or alcohol test's outcome in English: "tested positive for cocaine". Not "the concrete tested
    // positive for chlorides" (not a drug, alcohol or an infection).
    { id: "test.positive-en", pattern: "tested|tests|test|was|came positive|negative for ~1 cocaine|cannabis|thc|alcohol|drugs|amphetamine|amphetamines|opiates|methadone|ketamine|covid|corona|coronavirus|mdma|ecstasy|weed", strength: "weak" },
    // First aid named with who gave it: "EHBO door onze BHV'er", "eerste hulp van de collega's", "first aid by
    // our medic". Not "EHBO-cursus door de BHV'er gegeven" (a course: not adjacent) nor "EHBO-koffer".
    { id: "care.first-aid-by-who", pattern: "ehbo verleend|gegeven|given? door|van|by onze|de|een|the|our|a? bhv'er|bhver|bhvers|ehbo'er|ehboer|ehboers|bhv|collega|collega's|medic|medics|firstaider|aider|paramedic|paramedics", strength: "weak" },
    { id: "care.first-aid-by-who-words", pattern: "eerste|first hulp|aid verleend|gegeven|given? door|van|by onze|de|een|the|our|a? bhv'er|bhver|bhvers|ehbo'er|ehboer|ehboers|bhv|collega|collega's|medic|medics|firstaider|aider|paramedic|paramedics", strength: "weak" },
    // A collapse in English after a role and what crew it is from: "Roofer from the bitumen crew collapsed".
    // Not a structure that collapsed ("the scaffold collapsed", "trench collapsed": the word before), nor one
    // collapsed by someone ("John collapsed the scaffold tower": an object after).
    { id: "symptom.collapsed-en-late", pattern: "collapsed|fainted", strength: "weak", notAfter: ["scaffold", "scaffolding", "roof", "wall", "trench", "ceiling", "floor", "structure", "tower", "crane", "building", "it", "shelf", "stack", "pile", "formwork", "tent", "bridge", "tunnel", "excavation", "racking", "hoarding", "fence", "ground", "slab", "beam", "deal", "plan", "project", "market", "talks", "that", "which"], notBefore: ["into", "under", "the", "a", "an", "it", "them", "his", "her", "their", "our"] },
    // A fever in the words of someone who feels it coming: "voel me wat koortsig", "koortsachtig".
    { id: "symptom.feverish", pattern: "koortsig|koortsachtig|snotterig|hoesterig|cough|coughing|coughed", strength: "weak", notBefore: ["van", "op", "in", "gekregen", "aangevraagd", "nodig", "voor"] },
  ],
};
