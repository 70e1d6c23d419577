// Word classes shared by several category lists. Folded forms: lower case, no accents, no hyphens.
// Source: hand-curated from Dutch incident reports on building sites; English forms for mixed crews.
// Body parts follow the regions of Dutch anatomy teaching (hoofd-hals, romp, arm, been) with the
// informal words crews write ("kop", "kont") and left/right compounds; ligaments and tendons that
// sports and lifting injuries name ("kruisband", "meniscus") are body parts too.

/** The body parts most injuries name; with "linker"/"rechter" as compounds ("linkerknie"). */
const SIDED = [
  "oog", "oor", "hand", "arm", "been", "voet", "knie", "enkel", "pols", "schouder", "heup", "elleboog",
  "duim", "wijsvinger", "middelvinger", "ringvinger", "pink", "teen", "kuit", "dij", "bovenbeen", "onderbeen",
  "bovenarm", "onderarm", "hiel", "wang", "sleutelbeen", "scheenbeen", "long", "nier", "borst", "zij",
];

/**
 * Participles with their d/t slip, the commonest Dutch spelling error ("gekneust", "verstuikd",
 * "geklemt"): typo tolerance reads only single-word entries, so predicates list the slip themselves.
 */
export function withDtSlips(words: string[]): string[] {
  const slips = words
    .filter((w) => w.length >= 6 && /^(ge|ver|be|ont|op|in|uit)/.test(w) && /[dt]$/.test(w) && !/[dt]{2}$/.test(w))
    .map((w) => w.slice(0, -1) + (w.endsWith("d") ? "t" : "d"));
  return [...new Set([...words, ...slips])];
}

export const COMMON_CLASSES: Record<string, string[]> = {
  /** Possessives and articles between a verb and a body part: "brak zijn pols", "in de hand". */
  DET: ["de", "het", "een", "zijn", "z'n", "haar", "hun", "mijn", "m'n", "his", "her", "the", "a", "their", "my"],
  /** Sides and modifiers of a body part: "zijn linker pols". */
  SIDE: ["linker", "rechter", "left", "right", "beide", "both", "onder", "boven"],
  BODY: [
    // head and neck
    "hoofd", "kop", "hersenen", "hersens", "hersen", "gezicht", "voorhoofd", "achterhoofd", "kruin", "schedel",
    "oog", "ogen", "ooglid", "oogkas", "oogbol", "hoornvlies", "netvlies", "wenkbrauw", "oor", "oren",
    "trommelvlies", "gehoor", "neus", "neusbeen", "wang", "kaak", "kaakbeen", "kin", "mond", "lip", "lippen",
    "tand", "tanden", "voortand", "kies", "kiezen", "gebit", "keel", "nek", "hals", "nekwervel",
    // trunk
    "borst", "borstkas", "borstbeen", "ribbenkast", "rib", "ribben", "rug", "onderrug", "bovenrug", "wervel",
    "wervels", "ruggenwervel", "rugwervel", "wervelkolom", "tussenwervelschijf", "stuitje", "staartbeen",
    "buik", "lende", "lendenen", "lies", "liezen", "bekken", "bil", "billen", "kont", "flank",
    "luchtwegen", "luchtweg", "long", "longen", "hart", "lever", "nier", "nieren", "milt", "maag", "darm", "darmen", "blaas", "huid",
    "prostaat", "blindedarm", "galblaas", "schildklier", "alvleesklier", "baarmoeder", "eierstok", "eierstokken",
    "hartklep", "slokdarm", "luchtpijp", "amandelen", "bijholtes", "voorhoofdsholte", "middenoor", "bloedvaten",
    // arm and hand
    "schouder", "schouders", "schouderblad", "sleutelbeen", "arm", "armen", "bovenarm", "onderarm",
    "elleboog", "ellebogen", "pols", "polsen", "hand", "handen", "handpalm", "handrug", "knokkel", "knokkels",
    "vinger", "vingers", "vingertop", "vingertoppen", "vingerkootje", "kootje", "duim", "duimen", "wijsvinger",
    "middelvinger", "ringvinger", "pink", "nagel", "nagels", "duimnagel", "teennagel",
    // leg and foot
    "heup", "heupen", "been", "benen", "bovenbeen", "onderbeen", "dij", "dijbeen", "hamstring", "hamstrings",
    "knie", "knieen", "knieschijf", "meniscus", "kruisband", "kruisbanden", "scheen", "scheenbeen", "kuit",
    "kuiten", "enkel", "enkels", "enkelband", "enkelbanden", "voet", "voeten", "voetzool", "hiel", "hielen",
    "teen", "tenen", "achillespees", "knieholte", "kniekuil", "oksel", "okselholte", "liesstreek",
    // tissue
    "pees", "pezen", "spier", "spieren", "zenuw", "zenuwen", "bot", "botten", "gewricht", "gewrichten",
    // bones, muscles and ligaments that fracture and sprain reports name
    "middenvoet", "middenvoetsbeentje", "middenvoetsbeen", "middenhand", "middenhandsbeentje", "middenhandsbeen",
    "spaakbeen", "ellepijp", "kuitbeen", "opperarmbeen", "hielbeen", "jukbeen", "oogkas", "handwortel",
    "kraakbeen", "kniepees", "bicepspees", "biceps", "triceps", "kuitspier", "dijspier", "rugspier",
    "nekspier", "buikspier", "borstspier", "liesspier", "schouderspier", "bovenbeenspier", "hamstringspier",
    "nekwervels", "lendenwervel", "borstwervel", "halswervel", "ruggenmerg", "tong", "tandvlees",
    "oorlel", "bovenlip", "onderlip", "wreef", "kniebanden", "polsbanden", "schouderkom", "pupil", "pupillen",
    // diminutives a note uses for a small hurt ("teentje gebroken", "sneetje in zijn vingertje")
    "vingertje", "vingertjes", "teentje", "teentjes", "duimpje", "knietje", "neusje", "sleutelbeentje",
    "kootjes", "vingerkootjes",
    // plurals of both sides ("uitslag op beide onderarmen") and the knee's ligament
    "onderarmen", "bovenarmen", "onderbenen", "bovenbenen", "dijen", "wangen", "handpalmen", "scheenbenen", "knieband",
    ...SIDED.flatMap((p) => [`linker${p}`, `rechter${p}`]),
    // English
    // Not "back" ("cut back the hours") nor "face" (of a wall): health-injury.ts names the back apart.
    "head", "forehead", "eye", "eyes", "ear", "ears", "nose", "cheek", "chin", "jaw", "mouth", "lip",
    "tooth", "teeth", "neck", "throat", "shoulder", "shoulders", "collarbone", "chest", "rib", "ribs",
    "spine", "stomach", "abdomen", "hip", "hips", "groin", "arm", "arms", "elbow", "wrist", "wrists", "hand",
    "hands", "palm", "thumb", "finger", "fingers", "fingertip", "knuckle", "fingernail", "toenail", "leg",
    "legs", "thigh", "knee", "knees", "shin", "calf", "ankle", "ankles", "foot", "feet", "heel", "toe", "toes",
    "skull", "skin", "muscle", "muscles", "ligament", "ligaments", "tendon", "tendons", "forearm",
    "kneecap", "knuckles", "fingertips", "eyebrow", "eyelid", "cheekbone", "pelvis",
  ],
  /**
   * Body parts as the first part of a compound ("knie"+"blessure", "heup"+"kneuzing"): Dutch singular
   * stems only, so that the compounds made from them stay a few thousand words (every one of them is
   * indexed and typo-tolerant).
   */
  BODY_STEM: [
    "hoofd", "kop", "hersen", "gezicht", "oog", "ooglid", "oor", "neus", "kaak", "kin", "mond", "lip", "tand",
    "kies", "keel", "nek", "hals", "borst", "borstkas", "rib", "rug", "onderrug", "wervel", "stuit", "buik",
    "lies", "bekken", "bil", "long", "luchtweg", "hart", "lever", "nier", "maag", "darm", "blaas", "huid",
    "schouder", "sleutelbeen", "arm", "bovenarm", "onderarm", "elleboog", "pols", "hand", "vinger", "duim",
    "nagel", "heup", "been", "bovenbeen", "onderbeen", "dij", "hamstring", "knie", "knieband", "kruisband",
    "meniscus", "scheen", "kuit", "enkel", "enkelband", "voet", "teen", "hiel", "achillespees", "pees", "spier",
    "zenuw", "bot", "gewricht", "gehoor", "trommelvlies", "netvlies", "schedel", "wang",
    "middenvoet", "middenvoets", "middenhand", "middenhands", "spaakbeen", "kuitbeen", "dijbeen", "scheenbeen",
    "jukbeen", "neusbeen", "staartbeen", "bovenarm", "oogkas", "tong", "kraakbeen", "hoornvlies",
  ],
  /** Organs in compounds: "hartpatient", "longkanker", "schildklier". */
  ORGAN: [
    "hart", "long", "lever", "nier", "darm", "maag", "hersen", "borst", "huid", "prostaat", "bot", "bloed",
    "baarmoederhals", "baarmoeder", "eierstok", "alvleesklier", "schildklier", "blaas", "slokdarm", "keel", "hoofd", "rug", "knie",
    "heup", "oog", "oor", "spier", "gewricht", "zenuw",
  ],
  /** Heads of injury and complaint compounds: "knieblessure", "rugklachten", "hersenletsel", "heupkneuzing". */
  INJURY_HEAD: [
    "beschadiging", "blessure", "blessures", "letsel", "breuk", "breuken", "fractuur", "klachten", "klacht", "pijn", "pijnen",
    "wond", "wonden", "wondje", "kneuzing", "kneuzingen", "verstuiking", "operatie", "ontsteking", "trauma", "hernia",
    "schade", "infarct", "aanval", "stoornis", "ritmestoornis", "afwijking", "kanker", "patient",
    "patienten", "ziekte", "aandoening", "probleem", "problemen", "prothese", "vervanging",
    "scheur", "scheuring", "verrekking", "bloeding", "zwelling", "irritatie", "infectie", "amputatie",
    "verlamming", "kramp", "krampen", "slijtage", "ingreep",
    // diminutives and the words for an old complaint ("teenbreukje", "knieblessuretje", "hartkwaal")
    "breukje", "blessuretje", "scheurtje", "kwaal", "kwalen", "kwaaltje", "kwaaltjes",
  ],
  /** Injury verbs in every form: past tense, participle and present ("brak", "gebroken", "breekt"). */
  INJURY_VERB: withDtSlips([
    "brak", "braken", "breekt", "gebroken", "kneusde", "gekneusd", "verstuikte", "verstuikt", "verzwikte",
    "verzwikt", "verdraaide", "verdraaid", "ontwrichtte", "ontwricht", "bezeerde", "bezeerd", "blesseerde",
    "geblesseerd", "verwondde", "verwond", "sneed", "gesneden", "verbrandde", "verbrand", "stootte", "gestoten",
    "bekneld", "klemde", "geklemd", "scheurde", "gescheurd", "verrekte", "verrekt", "amputeerde", "geamputeerd",
    "schaafde", "geschaafd", "verbrijzeld", "verbrijzelde", "gezwollen", "opgezwollen",
    // trapped, torn and opened: "ingeklemd", "ingescheurd", "hand opengehaald", "brandde zijn hand"
    "ingeklemd", "ingescheurd", "gekneld", "klemde", "brandde", "opengehaald", "opengeschaafd", "opengesneden",
    // torn off or through, the words of sports injuries: "een biceps afscheurde", "kruisband doorgescheurd"
    "afscheurde", "afgescheurd", "doorgescheurd", "scheurt",
    // Flemish for sprained: "hij heeft zijn pols geforceerd" (with a body part only: "deur geforceerd" is a door)
    "geforceerd", "forceerde",
    "opengevallen", "opengereten", "ontwrichtte",
    // The present tense that news and first-person stories tell in ("Robert verwondt zijn hand", "hij snijdt
    // zich in zijn duim"), and the Flemish "gekwetst" (wounded: "zijne pols gekwetst").
    "verwondt", "kneust", "verdraait", "bezeert", "blesseert", "snijdt", "verbrandt", "klemt", "schaaft", "kwetst", "kwetste", "gekwetst",
    // "zijn hand gebrand aan de lasnaad": burned, of a body part only.
    "gebrand",
    "broke", "broken", "injured", "hurt", "sprained", "fractured", "cut", "burned", "burnt", "crushed",
    "twisted", "bruised", "dislocated", "grazed", "strained", "tore", "torn", "banged", "bumped", "trapped",
    "jammed", "smashed", "stubbed", "knocked", "scalded", "pinched", "ripped",
  ]),
  /** Places and people that give care: a person taken there is health data. */
  CARE: [
    "ziekenhuis", "huisarts", "huisartsenpost", "seh", "spoedeisende", "eerstehulp", "spoedpost", "mc", "umc",
    "amc", "kliniek", "polikliniek", "fysiotherapeut", "fysio", "bedrijfsarts", "arts", "dokter",
    "oogarts", "tandarts", "psycholoog", "psychiater", "ggz", "revalidatiecentrum", "verpleeghuis", "ic",
    "intensive", "brandwondencentrum", "longarts",
    "traumacentrum", "afkickkliniek", "hospital", "doctor", "gp", "ziekenhuizen", "traumahelikopter",
    // first aid as a place a person is taken to, and the spellings notes use: "naar de EHBO(-post)", "fisio"
    "ehbo", "ehbopost", "ehboruimte", "ehbokamer", "fisio", "fisiotherapeut", "huisdokter", "ggd", "arbodienst",
    "arboarts",
  ],
  /** Verbs a person takes medicine with. */
  USE: [
    "gebruikt", "gebruikte", "gebruiken", "slikt", "slikte", "slikken", "neemt", "nam", "krijgt", "kreeg",
    "spuit", "spoot", "inhaleert", "takes", "took", "uses", "on",
  ],
  /** Copulas and auxiliaries: "is homo", "werd aangehouden". */
  BE: ["is", "was", "werd", "wordt", "raakte", "bleek", "blijkt", "ben", "zijn", "waren", "werden", "lijkt", "is", "are", "was"],
  HAVE: ["heeft", "had", "hebben", "hadden", "kreeg", "krijgt", "kregen", "loopt", "liep", "has", "had", "got", "gets"],
};
