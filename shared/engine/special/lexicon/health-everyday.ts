import type { LexiconList } from "../patterns.ts";

// Health in everyday words: what a note says of a colleague who is out of action without using a
// clinical word ("ligt plat", "is uit de running", "zit thuis", "ligt op bed"), walking aids and casts
// ("loopt met een stok", "gipsen been"), being admitted ("is opgenomen"), the time of an illness
// ("zolang hij ziek is", "na zijn operatie"), a person's absence record ("verzuimt vaak", "zijn
// verzuim"), being well again ("is weer hersteld"), and the same in the English of mixed crews ("went
// to A&E", "could not walk", "had surgery", "fit note"). Source: hand-curated from the phrasings Dutch
// site notes and UK site diaries use for these; the absence words are those of the Wet verbetering
// poortwachter's practice (verzuimgesprek, verzuimbegeleiding).
// Most of these words also describe things ("het werk ligt plat", "de wijziging is opgenomen in het
// plan", "de bout zit vast", "de lekkage is hersteld"), so the patterns ask for a person as the
// subject: `<@WHO` right before the verb, or `@WHO` right after it in an inverted clause ("Gisteren
// is Kees opgenomen").

/** Where a person lies flat to work, not ill: "ligt plat op de grond om onder de kraan te kijken". */
const LYING_TO_WORK = ["op", "onder", "om", "tegen", "naast", "achter", "over", "langs", "te", "in"];
/** What a person may not or cannot do on a rule, not a health restriction: "mag niet klimmen zonder harnas". */
const RULE_NOT_HEALTH = ["zonder", "boven", "op", "in", "met", "als", "want", "omdat", "of", "wat", "hoe", "wie", "waar", "de", "het", "dat", "een", "meer", "dan",
  // where one cannot walk or stand: "kan niet lopen over de natte vloer"
  "over", "langs", "door", "via", "naar", "onder", "worden"];
/** Conjunctions that open a clause with its verb last: "dat Kees plat ligt", "omdat hij opgenomen is". */
const CLAUSE_START = "dat|omdat|doordat|nu|toen|zodat|zolang|sinds|terwijl|aangezien|nadat|voordat|of";

/** Dismissal, not absence: "hij is eruit gegooid", "er niet uit gekomen" (could not solve it). */
const OUT_NOT_ILL = ["gegooid", "gezet", "gehaald", "gestapt", "gevlogen", "geknikkerd", "geschopt", "gekomen", "komen", "kwam", "gelazerd", "gewerkt", "om", "naar", "tot"];

export const everyday: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Copulas of a state a person is in: "is", "ligt", "zit". */
    IS_OUT: ["is", "was", "ligt", "lag", "zit", "zat", "blijft", "bleef", "raakte"],
    /** Aids a person walks with after an injury or with a disability. */
    WALKING_AID: ["stok", "wandelstok", "kruk", "krukken", "elleboogkrukken", "rollator", "looprek", "brace", "spalk", "loopgips", "loopschoen", "gips"],
    /** What a person's illness or operation is called when a note dates something by it. */
    ILLNESS_TIME: ["ziekte", "ziekteperiode", "ziekzijn", "operatie", "ingreep", "surgery", "operation", "illness", "injury", "ziekenhuisopname", "herstel", "revalidatie", "burnout", "chemo", "bevalling", "zwangerschap"],
    POSSESSIVE: ["zijn", "haar", "z'n", "zn", "mijn", "m'n", "mn", "his", "her", "my"],
  },
  patterns: [
    // Out of action: "Kees ligt (al twee dagen) plat", "Sinds maandag ligt Jan plat".
    { id: "absence.flat", pattern: "<@WHO ligt|lag ~3 plat", strength: "weak", notBefore: LYING_TO_WORK },
    { id: "absence.flat-inverted", pattern: "ligt|lag @WHO ~2 plat", strength: "weak", notBefore: LYING_TO_WORK },
    // The same with the verb last: "dat Kees (al een week) plat ligt", "omdat hij opgenomen is".
    { id: "absence.flat-clause", pattern: `${CLAUSE_START} @WHO ~3 plat ligt|lag`, strength: "weak" },
    { id: "admitted.clause", pattern: `${CLAUSE_START} @WHO ~3 opgenomen is|was|wordt|werd`, strength: "weak" },
    { id: "absence.out-of-running", pattern: "<@WHO @IS_OUT ~4 uit de running|roulatie", strength: "weak" },
    { id: "absence.out-of-running-inverted", pattern: "is|ligt @WHO ~4 uit de running|roulatie", strength: "weak" },
    { id: "absence.field-out", pattern: "<@WHO @IS_OUT ~2 veld|velduit uit?", strength: "weak", notBefore: ["de", "het", "naar"] },
    { id: "absence.lappenmand", pattern: "lappenmand", strength: "weak" },
    // "is er even uit", "is er een paar weken uit"; not "is er niet uit gekomen", "is eruit gegooid".
    { id: "absence.out", pattern: "<@WHO is|was|ligt er ~3 uit", strength: "weak", notBefore: OUT_NOT_ILL },
    { id: "absence.out-word", pattern: "<@WHO is|was|ligt ~3 eruit", strength: "weak", notBefore: OUT_NOT_ILL },
    { id: "absence.out-for", pattern: "<@WHO is|was|ligt|raakte ~3 uitgeschakeld|uitgevallen|geveld|gevloerd", strength: "weak" },
    // "zit (ziek) thuis"; not "zit thuis te wachten", "zit thuis zonder werk".
    // Not "zit 3 weken thuis met vakantie": what follows "met" flags on its own when it is health ("met griep").
    { id: "absence.at-home", pattern: "<@WHO zit|zat ~3 thuis", strength: "weak", notBefore: ["te", "op", "zonder", "tot", "voor", "omdat", "want", "vanwege", "wegens", "door", "ivm", "met"] },
    { id: "absence.at-home-part", pattern: "thuis|uitgevallen|off ~1 met|door|wegens|vanwege|ivm|with @POSSESSIVE @SIDE? @BODY", strength: "weak" },
    { id: "absence.in-bed", pattern: "<@WHO ligt|lag ~3 op|in bed", strength: "weak" },
    { id: "absence.in-bed-inverted", pattern: "ligt|lag @WHO ~2 op|in bed", strength: "weak" },
    // "werd niet goed", "is niet lekker", "voelt zich niet goed"; not "dit is niet goed".
    // Apart, so that only "goed" (an everyday word, as is "niet") makes "niet" the pre-scan's anchor.
    // A time between verb and state: "(Theo) werd rond 13:00 niet lekker".
    { id: "unwell.became", pattern: "<@WHO werd|wordt ~3 niet lekker|fit", strength: "weak" },
    { id: "unwell.became-good", pattern: "<@WHO werd|wordt niet goed", strength: "weak" },
    { id: "unwell.is", pattern: "<@WHO is|was|ben|bent|zijn|waren ~2 niet|minder lekker|fit", strength: "weak" },
    { id: "unwell.fainted", pattern: "van zijn|haar|z'n|zn|mijn|m'n stokje", strength: "weak" },
    { id: "unwell.collapsed", pattern: "<@WHO zakte|zakt|is|was ~1 in elkaar gezakt?", strength: "weak" },
    // A restriction for health: "Jan mag niet tillen", "kan niet meer lopen"; not a site rule.
    { id: "restriction.may-not", pattern: "<@WHO mag|mocht ~2 niet|geen tillen|bukken|knielen|traplopen|sjouwen|zwaar", strength: "weak", notBefore: RULE_NOT_HEALTH },
    // A body part as the reason: "niet inzetbaar vanwege zijn rug", "aangepast werk ivm zijn knie".
    // Also without its subject, as notes drop it: "Kan niet meer bukken", "rook naar drank en kon niet recht lopen".
    // Lasting harm: "zal nooit meer goed kunnen lopen", "nooit meer helemaal herstellen", "zijn hand zal nooit
    // meer goed functioneren". Not "werken" or "functioneren" alone: a pump will never work again either.
    { id: "restriction.never-again", pattern: "nooit meer ~2 lopen|herstellen|tillen|zien|horen|praten|sporten|knielen|traplopen", strength: "weak", notBefore: RULE_NOT_HEALTH },
    { id: "restriction.part-never-again", pattern: "@BODY zal|kan|kon ~4 functioneren|bewegen|buigen|gebruiken", strength: "weak", notAfter: ["de", "het", "met", "per"] },
    { id: "restriction.cannot", pattern: "kan|kon ~1 niet|nauwelijks|amper|moeilijk|slecht meer|recht|goed|zelf|zelfstandig? tillen|lopen|staan|bukken|knielen|traplopen|slikken|ademen|ademhalen|praten|spreken|functioneren", strength: "weak", notBefore: RULE_NOT_HEALTH },
    { id: "reason.body-part", pattern: "vanwege|ivm|wegens @POSSESSIVE @SIDE? @BODY", strength: "weak" },
    { id: "reason.body-part-spelled", pattern: "verband met @POSSESSIVE @SIDE? @BODY", strength: "weak" },
    { id: "recovery.recovering", pattern: "<@WHO is|was ~2 aan het herstellen|revalideren|aansterken", strength: "weak", notBefore: ["van"] },
    { id: "absence.sickbed", pattern: "ziekbed|ziekenhuisbed|hartbewaking|brandwondencentrum|brandwondenafdeling|verkoeverkamer", strength: "weak" },
    { id: "absence.unconscious", pattern: "buiten ~1 westen", strength: "weak" },
    // Where a patient lies: "ligt op de intensive care", "ligt op de IC".
    { id: "absence.ward", pattern: "ligt|lag|liggen|lagen|opgenomen|verblijft op|in de|het? intensive|ic|ccu|hartbewaking|traumacentrum|brandwondencentrum", strength: "weak" },
    // Named conditions and injuries a note or a report gives a person, without an everyday second meaning.
    // Not the diseases of asbestos and quartz dust (mesothelioom, asbestose, silicose): pages about
    // exposure name them for whole trades far more often than for one person.
    { id: "condition.named-more", pattern: "dwarslaesie|schedelbasisfractuur|bekkenfractuur|heupfractuur|rolstoelafhankelijk|rolstoelgebonden|verslavingsachtergrond|concentratieproblemen|geheugenproblemen|evenwichtsproblemen|evenwichtsstoornis", strength: "weak" },
    { id: "condition.internal", pattern: "inwendige|inwendig bloeding|bloedingen|verwondingen|letsel|kneuzingen|bloedde", strength: "weak" },
    // A measurement of a person's body out of range: "bloeddruk te hoog", "suiker veel te laag".
    { id: "measurement.out-of-range", pattern: "bloeddruk|cholesterol|hartslag|saturatie|bloedwaarden|ijzergehalte te|veel|erg|flink|wat ~1 hoog|laag", strength: "weak" },
    // Fitness for work at a medical exam: "Dhr. Kuipers is afgekeurd bij de periodieke keuring ivm zijn ogen".
    { id: "fitness.rejected-person", pattern: "<@WHO is|werd ~2 afgekeurd|goedgekeurd ~4 keuring|keuringsarts|medisch|medische|ivm|vanwege|wegens", strength: "weak" },
    // Sleep: "slaapt niet door stress", "al 3 nachten niet geslapen".
    // Not "kon niet slapen van de herrie": noise keeps anyone awake.
    { id: "sleep.not", pattern: "niet|slecht|nauwelijks|amper|weinig|onrustig slaap|slaapt|sliep|geslapen|slapen", strength: "weak", notBefore: ["op", "in", "bij", "tijdens", "van", "door", "vanwege", "ivm", "want", "omdat"] },
    // Starts at "niet": after it the sleep words would read as negated ("niet slaapt door stress").
    { id: "sleep.not-because", pattern: "niet|slecht|nauwelijks slaapt|sliep|geslapen|slapen door|vanwege|van|ivm ~1 de? stress|zorgen|pijn|piekeren|spanning|nachtmerries", strength: "weak" },
    { id: "sleep.because", pattern: "slaapt|sliep|slapen|geslapen ~3 door|vanwege|van|ivm de? stress|zorgen|pijn|piekeren|spanning|nachtmerries", strength: "weak" },
    // Walking aids and casts: "loopt nog met een stok", "gipsen been", "gips voor 6 weken".
    // All forms of walking, hobbling too: with fewer words than the aids, the verb would be the pre-scan's anchor.
    { id: "aid.walks-with", pattern: "loopt|liep|lopen|liepen|loop|gelopen|lopend|strompelt|strompelde|strompelen|hobbelt|hobbelde|sjokt ~2 met|op een|de? @WALKING_AID", strength: "weak", notBefore: ["de", "het", "naar", "in", "over", "langs", "door", "rond", "van", "tegen", "om"] },
    { id: "aid.wears", pattern: "<@WHO heeft|had|draagt|droeg|kreeg|krijgt ~2 brace|spalk|mitella|nekkraag|orthese|steunkousen|loopgips", strength: "weak", notBefore: ["nodig", "voor", "op", "aan", "tegen", "besteld", "geplaatst", "gemonteerd"] },
    { id: "aid.cast-part", pattern: "gipsen|gegipste|gespalkte @SIDE? @BODY", strength: "weak" },
    // The supports that exist, not every body part + "brace" (each typo-tolerant word costs a lookup).
    { id: "aid.brace-compound", pattern: "kniebrace|polsbrace|enkelbrace|rugbrace|nekbrace|duimbrace|elleboogbrace|schouderbrace|kniebandage|polsbandage|enkelbandage|polsspalk|vingerspalk|duimspalk|orthese|nekkraag", strength: "weak" },
    // Admitted: "Kees is (gisteren) opgenomen"; not "opgenomen in het plan/register/als".
    { id: "admitted.person", pattern: "<@WHO is|werd|wordt|ligt ~2 opgenomen", strength: "weak", notBefore: ["in", "op", "als", "door", "bij", "onder", "met", "voor", "tussen"] },
    { id: "admitted.person-inverted", pattern: "is|werd|wordt @WHO ~2 opgenomen", strength: "weak", notBefore: ["in", "op", "als", "door", "bij", "onder", "met", "voor", "tussen"] },
    { id: "admitted.observation", pattern: "ter observatie ~3 opgenomen|gehouden|gebleven|gebracht|@CARE", strength: "weak" },
    // The time of an illness: "zolang hij ziek is", "tijdens zijn ziekte", "na haar operatie".
    { id: "illness.while-sick", pattern: "zolang|nu|sinds|omdat|doordat|aangezien|terwijl ~2 ziek", strength: "weak", notBefore: ["druk", "veel", "lang", "hard", "mooi", "goed", "duur", "vet"] },
    { id: "illness.time", pattern: "tijdens|sinds|na|door|vanwege|wegens|ivm|voor|since|after|during @POSSESSIVE @ILLNESS_TIME", strength: "weak" },
    // A person's absence record: "verzuimt vaak", "zijn verzuim", "verzuim van Jan", "heeft veel verzuim".
    { id: "absence.verb", pattern: "verzuimt|verzuimde|verzuimen|verzuimd", strength: "weak", notBefore: ["te", "om", "het", "de", "een", "dit", "dat", "deze", "die", "zijn", "haar", "z'n", "melding", "plicht", "aangifte", "nooit", "niet", "zelden", "geen"] },
    { id: "absence.record", pattern: "@POSSESSIVE ~1 verzuim|ziekteverzuim|verzuimdagen|verzuimpercentage|verzuimfrequentie|verzuimgedrag", strength: "weak" },
    { id: "absence.record-of", pattern: "verzuim|ziekteverzuim|verzuimdagen|verzuimgedrag van @CAP|hem|haar", strength: "weak" },
    { id: "absence.has-record", pattern: "<@WHO heeft|had ~2 veel|vaak|hoog|frequent|kort|langdurig|regelmatig verzuim|ziekteverzuim", strength: "weak" },
    { id: "absence.guidance", pattern: "verzuimbegeleiding|verzuimspreekuur|verzuimtraject|verzuimcoach", strength: "weak" },
    // Well again: "Henk is weer hersteld", "voelt zich weer beter", "eerst halve dagen".
    // Not "hersteld van de schrik": a fright is no illness (an illness named after "van" warns itself).
    { id: "recovery.well", pattern: "<@WHO is|was|voelt|voelde ~2 hersteld|genezen|opgeknapt", strength: "weak", notBefore: ["door", "met", "van"] },
    { id: "recovery.better", pattern: "<@WHO is|was|voelt|voelde ~1 weer beter|fit|opgeknapt", strength: "weak", notBefore: ["in", "dan", "op", "met", "bij", "voor", "genoeg", "om"] },
    { id: "recovery.part-healed", pattern: "@BODY ~2 genezen|geheeld|aangegroeid|hersteld", strength: "weak", notAfter: ["de", "het"] },
    { id: "recovery.half-days", pattern: "eerst|voorlopig|tijdelijk|alleen halve dagen|ochtenden|middagen", strength: "weak", notBefore: ["door", "vanwege", "ivm", "wegens", "omdat"] },
    { id: "recovery.hours-a-day", pattern: "eerst|voorlopig|tijdelijk|alleen ~1 uur|uurtjes|uren per|a dag|day", strength: "weak", notBefore: ["door", "vanwege", "ivm", "wegens", "omdat"] },
    { id: "symptom.blacked-out", pattern: "zwart|sterretjes voor zijn|haar|z'n|zn|mijn|m'n|de ogen", strength: "weak" },

    // English field notes. Advice is not care received: "I send him home and say go to doctor", "boss say
    // go to hospital tomorrow if not better", "he should go to the GP" (a verb of telling or a modal before).
    { id: "care.went-to-en", pattern: "went|go|goes|gone|going|got ~1 to ~1 ae|er|casualty|hospital|emergency|urgent|gp|doctor|doctors", strength: "weak", notAfter: ["say", "says", "said", "told", "tell", "should", "must", "will", "can", "could", "advised", "advise", "maybe", "please", "would", "might", "to"], notBefore: ["site", "building", "project", "job", "wing", "car", "park", "entrance", "roof", "construction", "extension"] },
    { id: "care.in-hospital-en", pattern: "in|into|from hospital", strength: "weak", notBefore: ["ward", "wards", "grounds", "car", "corridors", "corridor", "kitchens", "buildings", "building", "settings", "projects", "construction", "extension", "wing"] },
    { id: "care.saw-en", pattern: "see|saw|seen|visit|visited|visiting|seeing ~2 gp|doctor|physio|physiotherapist|consultant|surgeon|nurse|paramedic|paramedics|dentist|optician|specialist", strength: "weak" },
    { id: "symptom.threw-up-en", pattern: "threw|throwing|thrown|throws up", strength: "weak", notBefore: ["the", "a", "his", "her", "it", "some", "an"] },
    { id: "recovery.en", pattern: "recovering|recovers|recovered|recovery from ~2 surgery|operation|op|injury|illness|flu|stroke|fracture|accident|fall|covid", strength: "weak" },
    // "A&E": the ampersand is no word character, so the abbreviation is two words.
    { id: "care.ae-en", pattern: "to|at|in|from a e", strength: "weak" },
    { id: "symptom.cannot-walk-en", pattern: "<@WHO could|couldn't|couldnt|can't|cant|cannot ~1 not? walk|stand|breathe|bend|weight", strength: "weak", notBefore: ["the", "a", "it", "there", "here", "near", "under", "in", "up", "that", "this"] },
    { id: "symptom.unable-en", pattern: "unable|struggling|struggled ~1 to walk|stand|breathe|bend|weight", strength: "weak", notBefore: ["the", "a", "it", "there", "here", "near", "under", "in", "up", "that", "this"] },
    // Not "operation" after "for"/"after": the operation of a crane.
    { id: "surgery.had-en", pattern: "had|has|having|needs|needed|need|underwent|undergo|undergoing|booked|scheduled|after|for ~2 surgery", strength: "weak", notBefore: ["room", "rooms", "block", "wing", "hours", "car", "park"] },
    { id: "surgery.an-operation-en", pattern: "had|has|having|needs|needed|need|underwent|undergo|undergoing an|another|the operation", strength: "weak", notBefore: ["of", "manual", "mode"] },
    // English body parts only before "op": Dutch "oog op", "hand op" are "eye on", "hand on".
    { id: "surgery.part-en", pattern: "@BODY surgery", strength: "weak" },
    { id: "surgery.part-op-en", pattern: "knee|back|hip|shoulder|wrist|ankle|eye|heart|elbow|neck|spine|hernia|cataract|foot op|ops", strength: "weak" },
    { id: "sick.note-en", pattern: "fit|doctor's|doctors|gp|sick note|notes", strength: "weak" },
    { id: "sick.fitnote-en", pattern: "fitnote|fit-note", strength: "weak" },
    { id: "sick.signed-off-en", pattern: "signed off ~2 sick|weeks|week|days|months|month", strength: "weak" },
    { id: "sick.off-work-en", pattern: "off work ~2 after|with|due|because|since ~2 accident|injury|surgery|operation|illness|knee|back|fall|stress", strength: "weak" },
    { id: "care.first-aider-en", pattern: "first|firstaider aider|aiders ~2 bandaged|treated|cleaned|dressed|checked|patched|applied|strapped|looked", strength: "weak" },
    { id: "care.tetanus-en", pattern: "tetanus shot|jab|injection|booster", strength: "weak" },
    { id: "care.xray-en", pattern: "x|xray|scan|mri ~1 ray? showed|revealed|confirmed|shows", strength: "weak" },
    { id: "care.cast-en", pattern: "@BODY ~2 in a|the? cast|plaster|sling|splint|brace", strength: "weak", notAfter: ["by", "the", "de", "met"] },
  ],
};
