import type { LexiconList } from "../patterns.ts";
import { COMMON_CLASSES, withDtSlips } from "./common.ts";

// Health, injuries: a body part (common.ts @BODY) with an injury predicate in every form a note uses:
// verb ("brak zijn pols"), participle after the part ("heup gekneusd"), adjective before it ("blauw
// oog"), noun with a preposition ("snee in bovenbeen"), compound ("heupkneuzing"), and wound kinds.
// Source: hand-curated; the wound kinds are those the Dutch first-aid course (EHBO-diploma, Het
// Oranje Kruis) teaches (snij-, schaaf-, brand-, steek-, prik-, scheur-, kneus-, bijtwond); sports and
// lifting injuries from the LABELLING examples' classes (zweepslag, spit, whiplash).
// Traps on a building site: "snee in de plaat", "scheur in de muur", "breuk in de leiding", "blauw"
// paint, "gebroken ruit": every word here that also describes material needs a body part beside it.

/** "has been broken": after these the Dutch leg "been" is the English verb. */
const ENGLISH_AUXILIARIES = ["has", "have", "had", "having", "hasn't", "haven't", "it's", "that's", "s"];

export const injury: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /**
     * Body parts other than the hand, for patterns where the part comes first: "met de hand gesneden"
     * is work done by hand. The hand has its own pattern that skips that phrase.
     */
    BODY_NO_HAND: COMMON_CLASSES.BODY!.filter((w) => w !== "hand" && w !== "handen"),
    /** Predicates after a body part: "heup gekneusd", "nagel blauw", "knie dik", "vinger eraf". */
    INJURY_STATE: withDtSlips([
      "gekneusd", "gebroken", "gezwollen", "opgezwollen", "dik", "ontstoken", "blauw", "beurs", "verstuikt",
      "verzwikt", "verdraaid", "ontwricht", "gescheurd", "bekneld", "geklemd", "geschaafd", "verbrand",
      "opengehaald", "opengesneden", "opengereten", "bloedt", "bloedde", "bloedend", "gevoelloos", "stijf",
      "pijnlijk", "afgezaagd", "afgesneden", "afgerukt", "geamputeerd", "verbrijzeld", "gekneld", "geplet",
      "geirriteerd", "opspeelt", "opspeelde", "opgespeeld", "opspelen", "swollen", "bruised", "bleeding", "broken",
      "fractured", "sprained", "numb", "ingescheurd", "ingeklemd", "klem", "opengeschaafd", "opengevallen",
      "gebarsten", "geprikt", "dislocated", "ontveld", "afgescheurd", "doorgescheurd",
    ]),
    /**
     * Predicates that say less on their own ("dik", "rood", "geraakt": a plate is thick, a pipe is hit),
     * so they must follow the body part directly: "enkel dik", "ogen rood", "oog geraakt".
     */
    INJURY_STATE_NEAR: ["dik", "rood", "stijf", "geraakt", "opengehaald", "opgezet"],
    /**
     * Joints and soft parts that are no part of a machine or a building (not "kop", "arm", "voet",
     * "neus", "teen", "rib", "nagel", "knie" of a pipe): only these take the predicates that also
     * describe things ("kapot", "beschadigd", "overbelast", "uit de kom", "omgeslagen").
     */
    SOFT_BODY: [
      "pols", "polsen", "enkel", "enkels", "schouder", "schouders", "heup", "heupen", "elleboog", "ellebogen",
      "nek", "rug", "onderrug", "bovenrug", "knie", "knieen", "knieschijf", "meniscus", "kruisband", "kruisbanden",
      "enkelband", "enkelbanden", "pees", "pezen", "achillespees", "spier", "spieren", "hamstring", "kuit",
      "lies", "liezen", "duim", "pink", "vinger", "vingers", "trommelvlies", "netvlies", "hoornvlies",
      "zenuw", "zenuwen", "kraakbeen", "gehoor", "sleutelbeen", "schouderkom", "middenvoet", "wreef",
      "linkerknie", "rechterknie", "linkerenkel", "rechterenkel", "linkerpols", "rechterpols",
      "linkerschouder", "rechterschouder", "linkerheup", "rechterheup", "linkerduim", "rechterduim",
    ],
    /** What also happens to things, so said only of a SOFT_BODY part: "schouder overbelast", "knieen kapot". */
    /** Hedges and degrees a note puts between a part and its state: "pols is waarschijnlijk gebroken". */
    HEDGE: [
      // Flemish and spoken degrees: "de enkel is serieus opgezwollen", "fors gekneusd".
      "serieus", "fors",
      "waarschijnlijk", "misschien", "vermoedelijk", "mogelijk", "flink", "behoorlijk", "erg", "zwaar", "licht",
      "lichtelijk", "ernstig", "lelijk", "helemaal", "nogal", "echt", "enorm", "heel", "zeer", "wellicht", "duidelijk",
      "probably", "possibly", "badly", "really", "very", "quite", "slightly", "severely", "nog", "steeds",
    ],
    SOFT_STATE: ["kapot", "beschadigd", "overbelast", "versleten", "omgeslagen", "omgezwikt", "doorgezakt", "verschoven", "ingeklapt"],
    /** Adjectives before a body part: "blauw oog", "gekneusde ribben", "dikke enkel". */
    INJURY_ADJ: [
      "blauw", "blauwe", "gekneusde", "gezwollen", "opgezwollen", "ontstoken", "verstuikte",
      "verzwikte", "verdraaide", "ontwrichte", "gescheurde", "gebroken", "geschaafde", "verbrande", "bloedende",
      "pijnlijke", "zere", "stijve", "geblesseerde", "gewonde", "bruised", "swollen", "sprained",
      "twisted", "injured", "sore", "opengehaalde", "opengesneden", "opengeschaafde", "geklemde", "beklemde",
      "verbrijzelde", "ingescheurde", "gebarsten", "gekwetste", "ontwrichte", "gescheurde", "tintelende",
      "gevoelloze", "dislocated", "fractured", "broken", "cut", "burnt", "burned", "grazed",
    ],
    /** Injury and wound nouns that stand before "in/aan/op" + body part: "snee in bovenbeen". */
    WOUND_NOUN: [
      "snee", "snede", "sneetje", "sneet", "jaap", "wond", "wondje", "scheur", "scheurtje", "breuk", "breukje",
      "kneuzing", "splinter", "splinters", "glassplinter", "metaalsplinter", "houtsplinter", "bult", "buil",
      "blaar", "blaren", "beet", "ontsteking", "bloeding", "zwelling", "fractuur", "klap",
      "spit", "kramp", "krampen", "brandwond", "snijwond", "schaafwond", "cut", "wound", "bruise", "burn",
      "splinter", "injury", "injuries", "fracture", "laceration", "gash", "schram", "schrammen", "schrammetje",
      "kras", "krassen", "krasje", "haarscheur", "haarscheurtje", "teek", "teken", "hematoom", "bloeduitstorting", "bloedblaar", "scheurwond", "graze",
      "sprain", "strain", "abrasion", "puncture",
      // sores and abscesses a note names by their lay word: "zweer in mijn mond", "abces aan zijn kies"
      "zweer", "zweertje", "zweren", "aft", "aften", "abces", "steenpuist", "koortslip", "ulcer", "abscess", "boil",
    ],
    /** First parts of wound compounds: "snijwond", "kneuswond", "bijtwondje". */
    WOUND_KIND: [
      "snij", "schaaf", "brand", "steek", "prik", "scheur", "kneus", "bijt", "schot", "hak", "zaag", "vlees",
      "hoofd", "open", "splinter", "beet", "klem", "knel", "plet", "zuur", "loog",
    ],
    WOUND_HEAD: ["wond", "wonden", "wondje", "wondjes"],
    /** Fingers and toes by name, the parts a machine takes off: "verloor zijn pink", "twee vingers eraf". */
    DIGIT: [
      "vinger", "vingers", "duim", "duimen", "pink", "pinken", "wijsvinger", "middelvinger", "ringvinger", "teen",
      "tenen", "vingertje", "duimpje", "teentje", "linkerduim", "rechterduim", "linkerwijsvinger", "rechterwijsvinger",
      "linkermiddelvinger", "rechtermiddelvinger", "linkerringvinger", "rechterringvinger", "linkerpink", "rechterpink",
      "finger", "fingers", "thumb", "toe", "toes",
    ],
    /** Parts of a digit that are lost: "een kootje", "de toppen van zijn vingers", "een stuk van zijn duim". */
    // Not "top": a surname too, and every word of a pattern is read as a term, not a name ("Jan Top").
    DIGIT_PART: ["topje", "topjes", "toppen", "kootje", "kootjes", "stuk", "stukje", "deel", "helft", "nagel", "nagels"],
    /** Cutting a part off, in every form a note or a ruling uses: "afsnijdt", "zaagde af", "afgerukt". */
    CUT_OFF: withDtSlips([
      "afsnijdt", "afsneed", "afgesneden", "afzaagt", "afzaagde", "afgezaagd", "afrukt", "afrukte", "afgerukt", "afhakt",
      "afhakte", "afgehakt", "afknipt", "afknipte", "afgeknipt", "afgeklemd", "afgekneld", "afgeknepen", "geamputeerd", "eraf",
      "afgeplet",
    ]),
    /** Injuries a person "loopt op" (incurs): "liep verschillende breuken op", "letsel opgelopen". */
    INCURRED: [
      "breuk", "breuken", "botbreuk", "botbreuken", "fractuur", "fracturen", "verwonding", "verwondingen", "wonden",
      "kneuzing", "kneuzingen", "letsel", "letsels", "brandwonden", "snijwonden", "schaafwonden", "blessure",
      "blessures", "bloeduitstorting", "bloeduitstortingen", "snee", "sneetje", "jaap",
      "wond", "wondje", "bult", "buil", "blaar", "blaren", "schram", "schrammen", "schaafwond", "snijwond", "brandwond",
    ],
    /** Insects and animals whose sting or bite is a wound (and the allergy trigger): "wespensteek". */
    STINGER: ["wespen", "wesp", "bijen", "bij", "insecten", "insect", "horzel", "muggen", "mug", "teken", "teek", "honden", "hond", "ratten", "rat"],
  },
  patterns: [
    // A sharp thing in a person's body part: "kreeg een wapeningsstaaf in zijn dij", "spijker door zijn voet".
    // Only after a possessive: "schroef in de kop" is a screw's head.
    { id: "injury.object-in-part", pattern: "spijker|spijkers|schroef|naald|scherf|scherven|glasscherf|wapeningsstaaf|staaf|ijzerdraad|draad|pin|stekel|doorn|boor|beitel|mes|nail|screw|needle|shard|rebar ~2 in|door|into|through zijn|haar|z'n|zn|mijn|m'n|his|her|my @SIDE? @BODY", strength: "weak" },
    { id: "injury.body-part-compound", pattern: "@BODY_STEM+@INJURY_HEAD", strength: "weak" },
    // Not "gebroken, aan de hand van de foto's": "aan de hand van" means "judging by".
    { id: "injury.verb-body-part", pattern: "@INJURY_VERB zich? ~2 @SIDE? @BODY", strength: "weak", notBefore: ["van"] },
    // A time between the verb and whose part: "scheurde vorig seizoen zijn kruisband", "brak gisteren bij het
    // voetballen zijn pols". Only with the owner's possessive: "brak de tegel met zijn hand" has no time word.
    { id: "injury.verb-time-body-part", pattern: "@INJURY_VERB gisteren|vandaag|vorig|vorige|afgelopen|vanochtend|vanmorgen|vanmiddag|eerder|toen|ooit|opnieuw|weer|nogmaals|twee|drie ~3 zijn|haar|z'n|zn|mijn|m'n @SIDE? @BODY", strength: "weak", notBefore: ["van"] },
    // Patterns that start with a body part are tried at every body part of a candidate sentence, so
    // the forms that follow the part directly share one pattern.
    { id: "injury.body-part-participle", pattern: "@BODY_NO_HAND @INJURY_VERB|@INJURY_STATE_NEAR|injury|injuries|wound|pain|fracture|laceration|burn|burns", strength: "weak", notAfter: ENGLISH_AUXILIARIES },
    // "Heup gekneusd", "nagel blauw", "rechterhand flink gezwollen": the part comes first in a hurried note.
    { id: "injury.body-part-state", pattern: "@BODY_NO_HAND ~1 @INJURY_STATE", strength: "weak", notAfter: ENGLISH_AUXILIARIES },
    // "blauw oog", "gekneusde ribben", "dikke linkerenkel"; not "blauwe bak" or "gebroken ruit".
    // "dikke enkel"; not "dikke huid" or "dikke nek" (idioms) or a thick arm of a crane.
    { id: "injury.swollen-part", pattern: "dikke @SIDE? enkel|knie|pols|lip|oog|wang|voet|vinger|duim|teen|kaak|linkerenkel|rechterenkel|linkerknie|rechterknie|linkervoet|rechtervoet", strength: "weak" },
    { id: "injury.hand-state", pattern: "hand|handen ~2 @INJURY_STATE", strength: "weak", notAfter: ["de", "met", "per", "by", "the", "aan"] },
    { id: "injury.hand-state-near", pattern: "hand|handen @INJURY_STATE_NEAR", strength: "weak", notAfter: ["de", "met", "per", "by", "the", "aan"] },
    { id: "injury.adjective-body-part", pattern: "@INJURY_ADJ @SIDE? @BODY", strength: "weak" },
    // "snee in bovenbeen", "splinter in zijn oog", "kramp in de kuit"; not "snee in de plaat".
    { id: "injury.wound-in-body-part", pattern: "@WOUND_NOUN in|op|onder|boven|over|to|on ~1 @SIDE? @BODY", strength: "weak" },
    { id: "injury.wound-at-body-part", pattern: "@WOUND_NOUN aan ~1 @SIDE? @BODY", strength: "weak", notBefore: ["van"] },
    { id: "injury.wound-kind", pattern: "@WOUND_KIND+@WOUND_HEAD", strength: "weak" },
    { id: "injury.sting", pattern: "@STINGER+steek|@STINGER+steken|@STINGER+beet|@STINGER+beten|tekenbeet|tekenbeten", strength: "weak" },
    { id: "injury.stung-by", pattern: "gestoken|gebeten|stung|bitten door|by een|a|de|the? @STINGER", strength: "weak" },
    { id: "injury.wound", pattern: "bloeduitstorting|bloeduitstortingen|hematoom|brandwond|brandwonden|snijwond|snijwonden|schaafwond|schaafwonden|wonden|kneuzing|kneuzingen|verstuiking|fractuur|botbreuk|verwondingen|blessure|blessures|kwetsuur|kwetsuren|geblesseerd|gewond|lichtgewond|bloedneus|hechtingen|letsel|splinter|splinters", strength: "weak" },
    // Named injuries and conditions of muscles and joints (sports, lifting, repetitive work).
    { id: "injury.named", pattern: "zweepslag|hersenkneuzing|spierscheuring|peesontsteking|slijmbeursontsteking|tennisarm|muisarm|golfarm|rsi|lumbago|ischias|hexenschuss|spierpijn", strength: "weak" },
    { id: "injury.bruise", pattern: "blauwe plek|plekken|plekjes", strength: "weak" },
    { id: "injury.open-wound", pattern: "open wond|wonde|fracture|breuk", strength: "weak" },
    { id: "injury.black-eye", pattern: "black eye|eyes", strength: "weak" },
    // Bleeding of a person; not paint or stain that "bloedt door" a coat.
    { id: "injury.bleeding", pattern: "bloedde|bloedt|bloedden|bloedend|bloedende|bloedverlies|bleeding|bled", strength: "weak", notBefore: ["door", "through"] },
    // Not "verstapte zich": a misstep is an event, like a fall; the hurt that follows is the span ("enkel verzwikt").
    { id: "injury.reflexive", pattern: "sneed|bezeerde|verwondde|brandde|verbrandde|stootte|prikte|stak|verslikte zich|zichzelf|me|mezelf", strength: "weak" },
    { id: "injury.reflexive-participle", pattern: "zich|me|mezelf|zichzelf ~1 gesneden|bezeerd|verwond|gebrand|verbrand|gestoten|geprikt|verstapt|verstuikt|verrekt|overtild", strength: "weak" },
    { id: "injury.limp", pattern: "mank|kreupel|hinkt|hinkte|strompelt|limping|limps", strength: "weak" },
    // "rug speelt weer op", "knie doet pijn", "schouder zit vast".
    // "rug speelt weer op", "knie doet pijn".
    { id: "injury.body-part-hurts", pattern: "@BODY ~1 doet|deed|doen|speelt|speelde|speelden ~1 pijn|zeer|op", strength: "weak" },
    { id: "injury.lost-part", pattern: "@DIGIT|vingertop|vingertoppen|vingerkootje|kootje|kootjes|nagel|nagels|duimnagel|teennagel|vingernagel|tand|tanden|voortand ~1 kwijt|kwijtgeraakt|eraf|afgezet|verloren", strength: "weak" },
    // Amputations: a digit lost or cut off ("verloor zijn pink", "verloor een kootje van zijn wijsvinger",
    // "de zaag sneed twee vingers van zijn hand af", "twee vingers van zijn hand afsnijdt", "topje van de
    // wijsvinger eraf"). The part must be of a digit or a hand: "verloor de top" (a ranking), "knipte de
    // vingers van de handschoen af" (gloves cut for grip) and "top van de paal eraf" are no injuries.
    // The verb last: "nadat een werknemer een vinger verloor in de machine".
    { id: "injury.lost-digit-verb-last", pattern: "een|zijn|haar|twee|drie|enkele @DIGIT verloor|verloren|kwijtraakte|kwijtgeraakt", strength: "weak" },
    { id: "injury.lost-digit", pattern: "verloor|verliest|verloren|verliezen|kwijtgeraakt ~2 @DIGIT|kootje|kootjes|topje|topjes|toppen", strength: "weak", notBefore: ["uit"] },
    { id: "injury.digit-part-off", pattern: "@DIGIT_PART van @DET? @SIDE? @DIGIT ~2 @CUT_OFF|af|kwijt|kwijtgeraakt|verloren|verbrijzeld|geplet", strength: "weak" },
    { id: "injury.digit-cut-off", pattern: "@DIGIT van? @DET|@CAP? @SIDE? hand|handen|voet|voeten|linkerhand|rechterhand|linkervoet|rechtervoet? bijna|half|gedeeltelijk|deels? @CUT_OFF", strength: "weak" },
    { id: "injury.cut-off-digit", pattern: "sneed|zaagde|rukte|hakte|knipte|klemde|plette ~3 @DIGIT van? @DET? @SIDE? hand|handen|voet|voeten|linkerhand|rechterhand|linkervoet|rechtervoet? bijna|half? af|eraf", strength: "weak" },
    // A phalanx is named only when it is broken or lost: "anderhalf kootje van zijn linkerwijsvinger".
    { id: "injury.phalanx", pattern: "kootje|kootjes|vingerkootje|toppen|topjes van zijn|haar|z'n|zn|mijn|m'n|de @SIDE? @DIGIT|ring", strength: "weak" },
    // "de toppen van zijn ring- en middelvinger", "Topje eraf" after the accident was told: in an episode the
    // part is the person's; alone "het topje eraf" is as often a sealant cartridge's.
    { id: "injury.digit-part-off-episode", pattern: "topje|topjes|kootje|kootjes|vingertopje|nagel|nagels eraf|af", strength: "episode" },
    { id: "injury.poisoning", pattern: "vergiftiging|koolmonoxidevergiftiging|rookvergiftiging|koolmonoxidevergiftigd|vergiftigd|bedwelmd|zonnesteek|hitteberoerte|onderkoeld|onderkoeling|uitgedroogd|uitdroging|heatstroke", strength: "weak" },
    // Eye injuries of welders and grinders: arc eye, dust, chips, cement in the eye.
    { id: "injury.arc-eye", pattern: "lasogen|lasoog|geelektrocuteerd|elektrocutie", strength: "weak" },
    { id: "injury.in-eye", pattern: "stof|steenstof|betonstof|houtstof|boorstof|gipsstof|zandkorrel|vuiltje|spaan|spaander|spaantje|zaagsel|cement|cementmelk|kalk|metaaldeeltje|metaaldeeltjes|vonk|vonken|gruis|slijpsel|vijlsel|ijzervijlsel|slijpstof|roest|glas|glassplinter|betonspat|spat|verf|kit in|tegen ~1 @SIDE? oog|ogen|linkeroog|rechteroog|eye|eyes", strength: "weak" },
    // "had iets in zijn oog", "wat in mijn oog gekregen": only with the person's own eye, for "iets in het
    // oog houden" (keep an eye on) and "in het oog springen" (stand out) are idioms.
    { id: "injury.something-in-eye", pattern: "iets|wat|vuil|troep|rommel in|tegen zijn|haar|z'n|zn|mijn|m'n|mn @SIDE? oog|ogen|linkeroog|rechteroog", strength: "weak" },
    // Swelling and bleeding that start: "knie zwol op", "throat started to swell".
    { id: "injury.part-swelled", pattern: "@BODY ~1 zwol|zwollen|zwelt|zwellen ~3 op", strength: "weak", notAfter: ["de", "het", "met"] },
    { id: "injury.part-began-en", pattern: "@BODY started|began|begun|starting ~1 to? swell|swelling|bleed|bleeding|hurt|hurting|itch|itching|throb|throbbing", strength: "weak", notAfter: ["the", "a"] },
    // A metal splinter taken out of someone: "metaalsplinter verwijderd". Not glass, dirt or wood, which
    // are also taken out of frames, gutters and machines.
    { id: "injury.removed", pattern: "metaalsplinter|metaalsplinters|metaalsplintertje ~3 verwijderd|uitgehaald|eruitgehaald|weggehaald|removed", strength: "weak" },
    // Not "injured party" (the insurer's word for the claimant).
    { id: "injury.english", pattern: "injured|wounded|concussion|laceration|lacerations|stitches|bruising|unconscious", strength: "weak", notBefore: ["party", "parties"] },
    { id: "injury.lost-consciousness-en", pattern: "lost consciousness", strength: "weak" },
    { id: "injury.back-en", pattern: "hurt|injured|strained|pulled|twisted|tweaked|put|broke his|her|my back", strength: "weak" },
    { id: "injury.back-pain-en", pattern: "back pain|injury|problems|ache|spasm", strength: "weak" },
    // The predicates that also describe things, only of a joint or soft part: "schouder overbelast",
    // "knie kapot", "enkel omgeslagen", "wervel verschoven"; not "kop kapot" (a bolt) or "arm overbelast" (a crane).
    { id: "injury.soft-part-state", pattern: "@SOFT_BODY ~1 @SOFT_STATE", strength: "weak", notAfter: ["de", "het"] },
    { id: "injury.soft-part-adjective", pattern: "kapotte|beschadigde|overbelaste|versleten @SIDE? @SOFT_BODY", strength: "weak" },
    { id: "injury.dislocated", pattern: "@BODY ~2 uit de kom", strength: "weak" },
    { id: "injury.dislocated-en", pattern: "dislocated|popped @DET? @SIDE? @BODY", strength: "weak" },
    // Going over on an ankle: "ging door zijn enkel", "door zijn enkel gegaan", "sloeg zijn enkel om".
    { id: "injury.over-ankle", pattern: "ging|gaat|gaan|zakte|zakt|schoot door zijn|haar|z'n|zn|mijn|m'n|de @SIDE? enkel|enkels|knie|linkerenkel|rechterenkel|linkerknie|rechterknie", strength: "weak" },
    { id: "injury.over-ankle-participle", pattern: "door zijn|haar|z'n|zn|mijn|m'n|de @SIDE? enkel|enkels|knie|linkerenkel|rechterenkel|linkerknie|rechterknie gegaan|gezakt|geschoten", strength: "weak" },
    { id: "injury.ankle-turned", pattern: "sloeg|slaat|verzwikte|zwikte zijn|haar|z'n|zn|mijn|m'n @SIDE? enkel|voet|linkerenkel|rechterenkel|linkervoet|rechtervoet om", strength: "weak" },
    // A hammer on a thumb: "sloeg met de hamer op zijn duim"; not "op zijn kop" (upside down).
    { id: "injury.hammer-on", pattern: "sloeg|slaat|mepte|ramde|geslagen|hamer|moker ~4 op|tegen zijn|haar|z'n|zn|mijn|m'n @SIDE? duim|vinger|vingers|hand|pink|nagel|duimnagel|wijsvinger|linkerhand|rechterhand|linkerduim|rechterduim", strength: "weak" },
    // A hand or finger caught: "vinger tussen de deur gekomen", "hand ertussen gekomen".
    { id: "injury.caught-between", pattern: "@BODY ~1 ertussen|tussen ~4 gekomen|gezeten|geraakt|gekneld|geklemd|bekneld|ingeklemd|geplet|klem", strength: "weak" },
    // "haalde zijn hand open aan een plaat", "hand open gehaald".
    { id: "injury.opened", pattern: "haalde|haalt|haalden|reet|scheurde @DET? @SIDE? @BODY open", strength: "weak" },
    { id: "injury.opened-participle", pattern: "@BODY open gehaald|gereten|gesneden|geschaafd|gevallen|gescheurd", strength: "weak" },
    // A named small wound: "bloedneus", "blauw oog" are elsewhere; a nosebleed, "nasty cut", "deep gash".
    { id: "injury.wound-en", pattern: "nasty|deep|small|minor|bad|big|little|slight|superficial|severe|large cut|gash|burn|burns|bruise|bruising|graze|wound|laceration|sprain|strain|injury|fracture|nosebleed", strength: "weak" },
    { id: "injury.nosebleed-en", pattern: "nosebleed|whiplash|concussed", strength: "weak" },
    // A blow, a wheel or a load on a part: "klap van de hijsband tegen zijn hoofd", "heftruck reed over zijn
    // voet", "hand kwam onder de plaat", "liep met zijn hoofd tegen de steiger", "gat in zijn hoofd"; not a
    // friendly "tik op zijn schouder" or a fist on the table ("sloeg met zijn hand op tafel").
    { id: "injury.blow-to-part", pattern: "klap|knal|dreun|oplawaai|smak ~4 tegen|op|aan zijn|haar|z'n|zn|mijn|m'n @SIDE? @BODY", strength: "weak" },
    { id: "injury.run-over-part", pattern: "reed|rijdt|reden|gereden ~3 over zijn|haar|z'n|zn|mijn|m'n @SIDE? @BODY", strength: "weak" },
    { id: "injury.part-caught-under", pattern: "@BODY kwam|kwamen|raakte|raakten|geraakt onder|tussen|klem", strength: "weak", notAfter: ["de", "het", "met"] },
    { id: "injury.part-against", pattern: "liep|knalde|botste|stootte|kwam|viel|raakte met zijn|haar|z'n|zn|mijn|m'n @SIDE? @BODY tegen|onder|tussen", strength: "weak" },
    { id: "injury.hole-in-part", pattern: "gat|gaatje|bult|buil|jaap|deuk in|op|aan zijn|haar|z'n|zn|mijn|m'n @SIDE? @BODY", strength: "weak" },
    { id: "injury.blood-from", pattern: "bloed uit zijn|haar|z'n|zn|mijn|m'n @SIDE? @BODY", strength: "weak" },
    { id: "injury.landed-badly", pattern: "ongelukkig|verkeerd neer|terecht|gevallen|gesprongen ~2 op|met zijn|haar|z'n|zn|mijn|m'n @SIDE? @BODY", strength: "weak" },
    // Something that struck a part: "kreeg de sleutel tegen zijn onderarm", "kreeg een spetter bitumen op zijn arm".
    { id: "injury.struck-part", pattern: "kreeg|kregen|krijgt|gekregen ~3 op|tegen zijn|haar|z'n|zn|mijn|m'n @SIDE? @BODY", strength: "weak" },
    { id: "injury.stung-by-before", pattern: "door|by een|de|a|the? @STINGER ~1 gestoken|gebeten|geprikt|stung|bitten", strength: "weak" },
    { id: "injury.needle", pattern: "prikaccident|naaldprik|naaldprikaccident|prikincident|naaldenprik|needlestick", strength: "weak" },
    { id: "injury.needle-prick", pattern: "prik|prikje|prikwond|steek|steekje van|met|aan een|de? injectienaald|naald|spuit|naaldje|injectiespuit|needle", strength: "weak" },
    // Out for weeks after an injury: "minstens 8 weken uit de roulatie", in an incident report without a name.
    { id: "injury.out-for-weeks", pattern: "weken|wk|wkn|dagen|maanden|maand|week|tijdje|poosje|tijd ~1 uit de running|roulatie", strength: "weak" },
    { id: "injury.got-caught-en", pattern: "got|had his|her|my @BODY caught|trapped|stuck|crushed|jammed|pinched", strength: "weak" },
    { id: "injury.part-state-en", pattern: "@BODY is|was|feels|felt|looks|looked ~1 bad|sore|painful|swollen|killing|hurting|bruised|numb", strength: "weak", notAfter: ["the", "a", "de", "het"] },
    { id: "injury.part-hedged-state", pattern: "@BODY is|was|werd|raakte|lijkt|leek|bleek|is|was|looks|seems? @HEDGE @INJURY_STATE|@INJURY_VERB|@INJURY_STATE_NEAR", strength: "weak", notAfter: ["de", "het", "met", "per", "the", "by"] },
    { id: "injury.wound-got", pattern: "@INCURRED ~1 opgelopen|opgedaan|overgehouden", strength: "weak" },
    // "liep verschillende breuken op", "loopt een hersenschudding op"; not "liep vertraging/schade op".
    { id: "injury.incurred", pattern: "liep|loopt|liepen|lopen ~3 @INCURRED op", strength: "weak" },
    { id: "injury.part-hanging", pattern: "@BODY hing|hangt|bungelde ~2 af|eraf", strength: "weak" },
    { id: "injury.muscle-en", pattern: "pulled|strained|tore|torn|ripped a|his|her|my muscle|hamstring|ligament|tendon|calf|groin", strength: "weak" },
    { id: "injury.hit-part-en", pattern: "hit|smacked|whacked|cracked his|her|my @BODY", strength: "weak" },
    { id: "injury.in-eye-en", pattern: "dust|grit|debris|particle|particles|sand|something|chip|swarf|splinter|concrete|cement|paint|spark|sparks|fragment in|into his|her|my|the eye|eyes", strength: "weak" },
    { id: "injury.hurt-self", pattern: "hurt|cut|burned|burnt|injured himself|herself|myself", strength: "weak" },
  ],
};
