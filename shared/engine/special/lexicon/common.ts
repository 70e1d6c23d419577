// Word classes shared by several category lists. Folded forms: lower case, no accents, no hyphens.
// Source: hand-curated from Dutch incident reports on building sites; English forms for mixed crews.

export const COMMON_CLASSES: Record<string, string[]> = {
  /** Possessives and articles between a verb and a body part: "brak zijn pols", "in de hand". */
  DET: ["de", "het", "een", "zijn", "z'n", "haar", "hun", "mijn", "m'n", "his", "her", "the", "a", "their", "my"],
  /** Sides and modifiers of a body part: "zijn linker pols". */
  SIDE: ["linker", "rechter", "left", "right", "beide", "both", "onder", "boven"],
  BODY: [
    "hoofd", "kop", "hersenen", "hersen", "gezicht", "oog", "ogen", "oor", "oren", "neus", "kaak", "mond",
    "lip", "tand", "tanden", "kies", "nek", "hals", "schouder", "schouders", "arm", "armen", "bovenarm",
    "onderarm", "elleboog", "pols", "polsen", "hand", "handen", "vinger", "vingers", "duim", "borst",
    "borstkas", "rib", "ribben", "rug", "onderrug", "bovenrug", "wervel", "wervels", "ruggenwervel",
    "heup", "heupen", "bekken", "been", "benen", "bovenbeen", "onderbeen", "dij", "knie", "knieen",
    "enkel", "enkels", "voet", "voeten", "teen", "tenen", "hiel", "achillespees", "pees", "spier", "spieren",
    "long", "longen", "hart", "lever", "nier", "nieren", "maag", "darm", "darmen", "huid", "schedel",
    "sleutelbeen", "scheenbeen", "kuit", "lies", "buik", "gehoor", "trommelvlies", "netvlies", "bot",
    "linkerhand", "rechterhand", "linkerarm", "rechterarm", "linkerbeen", "rechterbeen", "linkervoet",
    "rechtervoet", "linkeroog", "rechteroog", "middelvinger", "wijsvinger", "pink",
    "head", "eye", "eyes", "arm", "wrist", "hand", "finger", "fingers", "leg", "legs", "knee", "ankle",
    "foot", "feet", "back", "neck", "shoulder", "rib", "ribs", "hip", "nose", "jaw", "toe", "elbow",
  ],
  /** Organs in compounds: "hartpatient", "longkanker", "schildklier". */
  ORGAN: [
    "hart", "long", "lever", "nier", "darm", "maag", "hersen", "borst", "huid", "prostaat", "bot", "bloed",
    "baarmoederhals", "alvleesklier", "schildklier", "blaas", "slokdarm", "keel", "hoofd", "rug", "knie",
    "heup", "oog", "oor", "spier", "gewricht", "zenuw",
  ],
  /** Heads of injury and complaint compounds: "knieblessure", "rugklachten", "hersenletsel". */
  INJURY_HEAD: [
    "blessure", "blessures", "letsel", "breuk", "breuken", "fractuur", "klachten", "klacht", "pijn",
    "wond", "wonden", "kneuzing", "kneuzingen", "verstuiking", "operatie", "ontsteking", "trauma", "hernia",
    "schade", "infarct", "aanval", "stoornis", "ritmestoornis", "afwijking", "kanker", "patient",
    "patienten", "ziekte", "aandoening", "probleem", "problemen", "prothese", "vervanging",
  ],
  INJURY_VERB: [
    "brak", "braken", "breekt", "gebroken", "kneusde", "gekneusd", "verstuikte", "verstuikt", "verzwikte",
    "verzwikt", "ontwrichtte", "ontwricht", "bezeerde", "bezeerd", "blesseerde", "geblesseerd", "verwondde",
    "verwond", "sneed", "gesneden", "verbrandde", "verbrand", "stootte", "gestoten", "bekneld", "klemde",
    "geklemd", "scheurde", "gescheurd", "verrekte", "verrekt", "amputeerde", "geamputeerd",
    "broke", "broken", "injured", "hurt", "sprained", "fractured", "cut", "burned", "burnt", "crushed",
  ],
  /** Places and people that give care: a person taken there is health data. */
  CARE: [
    "ziekenhuis", "huisarts", "huisartsenpost", "seh", "spoedeisende", "eerstehulp", "spoedpost", "mc", "umc",
    "amc", "kliniek", "polikliniek", "fysiotherapeut", "fysio", "bedrijfsarts", "arts", "dokter", "specialist",
    "oogarts", "tandarts", "psycholoog", "psychiater", "ggz", "revalidatiecentrum", "verpleeghuis", "ic",
    "traumacentrum", "afkickkliniek", "hospital", "doctor", "gp", "ziekenhuizen", "traumahelikopter",
  ],
  /** Verbs a person takes medicine with. */
  USE: [
    "gebruikt", "gebruikte", "gebruiken", "slikt", "slikte", "slikken", "neemt", "nam", "krijgt", "kreeg",
    "takes", "took", "uses", "on",
  ],
  /** Copulas and auxiliaries: "is homo", "werd aangehouden". */
  BE: ["is", "was", "werd", "wordt", "raakte", "bleek", "blijkt", "ben", "zijn", "waren", "werden", "lijkt", "is", "are", "was"],
  HAVE: ["heeft", "had", "hebben", "hadden", "kreeg", "krijgt", "kregen", "loopt", "liep", "has", "had", "got", "gets"],
};
