import type { LexiconList } from "../patterns.ts";

// Health in the idioms people use for being ill, worn out or hurting, instead of any medical word:
// "zit er helemaal doorheen", "loopt op zijn tandvlees", "ligt onder de wol", "mijn oren zijn naar de
// knoppen", "hoofd barst uit elkaar", "under the weather". Weak: about a person only. Sources: the
// Van Dale idioms under "doorheen", "tandvlees", "wol", "knop", "apegapen", "laatste benen", and
// Thuisarts.nl's pages on overspannenheid and burn-out, which quote these phrasings from patients.
// Traps: the same idioms about machines, budgets and plans ("de compressor is naar de knoppen", "het
// budget zit erdoorheen", "de planning loopt op zijn laatste benen"): the body part or the person must
// be the subject, and the reference logic drops things as subjects (persons.ts, OBJECT_SUBJECTS).

export const idioms: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** What a person cannot stand because it makes them ill: allergens and intolerances. */
    INTOLERANCE: [
      "gluten", "lactose", "melk", "noten", "pinda", "pindas", "pinda's", "schaaldieren", "gras", "pollen",
      "huisstof", "latex", "nikkel", "penicilline", "wespensteken", "bijensteken", "koemelk",
    ],
  },
  patterns: [
    // Worn out, burnt out: "zit er (helemaal) doorheen", "is opgebrand", "loopt op zijn tandvlees".
    { id: "idiom.worn-through", pattern: "zit|zat|zitten er ~2 doorheen", strength: "weak" },
    { id: "idiom.burnt-out", pattern: "opgebrand", strength: "weak", notAfter: ["kaars", "lamp", "vuur"] },
    { id: "idiom.on-gums", pattern: "op zijn|haar|z'n|zn|mijn|m'n|mn|het tandvlees", strength: "weak" },
    { id: "idiom.last-legs", pattern: "op zijn|haar|z'n|zn|mijn|m'n|mn laatste benen", strength: "weak" },
    { id: "idiom.apegapen", pattern: "apegapen", strength: "weak" },
    // Ill in bed: "ligt onder de wol"; going to bed ("vroeg onder de wol") has no "ligt" and stays silent.
    { id: "idiom.under-wool", pattern: "ligt|lag|liggen onder de wol", strength: "weak" },
    // A body part broken down: "mijn oren zijn naar de knoppen", "zijn knieën zijn op".
    { id: "idiom.body-broken", pattern: "@BODY ~3 naar de knoppen|gallemiezen|filistijnen", strength: "weak" },
    // "hoofd barst (uit elkaar)", "barstende koppijn".
    // Not "kop": a bolt's head bursts too.
    { id: "idiom.head-bursts", pattern: "hoofd barst|bonkt|knalt", strength: "weak" },
    { id: "idiom.head-bursts-adj", pattern: "barstende|bonkende koppijn|hoofdpijn", strength: "weak" },
    // "kan niet tegen gluten", "kan slecht tegen noten": an intolerance or allergy of the person.
    { id: "idiom.cannot-stand", pattern: "kan|kon niet|slecht tegen de|het? @INTOLERANCE", strength: "weak" },
    // Diabetes in a note's shorthand: "ivm mijn suikers", "zijn suiker is te laag".
    { id: "idiom.sugars", pattern: "mijn|m'n|mn|zijn|z'n|zn|haar suikers|suikerspiegel|bloedsuiker", strength: "weak" },
    // (Was "suiker ~1 te laag|te hoog|ontregeld|schommelt": a "|" joins single words, so it asked for "te laag
    // hoog" and never matched.) "zijn suiker was te laag", "suiker ontregeld".
    { id: "idiom.sugar-level", pattern: "suiker ~1 te laag|hoog", strength: "weak" },
    { id: "idiom.sugar-unsettled", pattern: "suiker ~3 ontregeld|schommelt|schommelde|ontspoord", strength: "weak" },
    // English: "under the weather", "feeling rough", "off sick", "called in sick".
    { id: "idiom.weather-en", pattern: "under the weather", strength: "weak" },
    { id: "idiom.rough-en", pattern: "feeling|feels|felt rough|awful|terrible|poorly", strength: "weak" },
    { id: "idiom.called-sick-en", pattern: "called|phoned|rang in sick", strength: "weak" },
  ],
};
