import type { LexiconList } from "../patterns.ts";

// Sexual (AVG art. 9; misconduct also criminal, LABELLING), what notes, rulings and news tell one
// person did or had: groping told by the verb and an intimate body part ("bij haar billen gepakt"),
// kissing or touching against someone's will, harassment named as the reason of a dismissal ("ontslagen
// vanwege seksuele intimidatie"), handtastelijkheden, and an affair or a relationship a person has ("een affaire heeft met de planner",
// "waar de vrouw een relatie mee had"). The spelling with x ("sexuele") is how many write it.
// Hand-curated. Traps beside each in the tests: falling on one's bottom, being made to work against one's
// will, a policy's or a talk's topic, a good working relationship with a client. Aimed at someone
// ("seksuele intimidatie jegens een stagiaire") is sexual.ts' sexual-acts.between.

// The word lists are inline and short: the content script's size budget (150 KB) leaves little room.
export const conduct: Pick<LexiconList, "patterns"> = {
  patterns: [
    // Pinching and slapping: "gaf haar een kneep in de billen". Not "greep naar zijn borst" (a heart attack).
    { id: "groping.pinch", pattern: "kneep|kneepje|knijpt|geknepen|tikje|klap|klapje ~1 in|aan|op de|haar|zijn|z'n billen|bil|kont|borsten|kruis", strength: "weak" },
    // Groping by an intimate part, with a possessive (so "in het kruis van de steiger" stays bracing;
    // not "borst": a hand to one's chest is a heart): "heeft haar bij haar billen gepakt", "bij haar
    // billen te grijpen", "aan haar billen gezeten" (not "gevallen": one falls on one's bottom).
    // Whose part after it: "heeft aan de billen van de stagiaire gezeten"; sitting at them: "zat aan haar billen"
    // (not "kont", which a truck has too).
    { id: "groping.part-of", pattern: "aan|bij de billen|kont|borsten|kruis van ~4 gezeten|gepakt|gegrepen|betast|aangeraakt|geknepen|gezeten", strength: "weak" },
    { id: "groping.sat-at", pattern: "zat|zit|zitten|zaten ~4 aan haar|zijn|z'n|de billen|borsten", strength: "weak" },
    { id: "groping.part", pattern: "bij|aan|in haar|zijn billen|kont|borsten|kruis ~2 gepakt|gegrepen|grijpen|pakken|betast|geknepen|aangeraakt|gezeten", strength: "weak" },
    // The pinch told with its subject between, as news writes a past incident: "kneep de directeur van de
    // Stichting een werknemer in de bil". Trap: "kneep de tube kit leeg in de voeg" (no intimate part).
    { id: "groping.pinch-far", pattern: "kneep|knepen|knijpt|knijpen ~8 in|aan de|haar|zijn|z'n|mijn|m'n bil|billen|kont|borsten", strength: "weak" },
    { id: "groping.words", pattern: "handtastelijkheden|handtastelijke|handtastelijker", strength: "weak" },
    // Kissing or touching against someone's will: "heeft een collega tegen haar wil geprobeerd te zoenen".
    { id: "against-will", pattern: "tegen haar|zijn wil ~6 zoenen|kussen|gezoend|gekust|aangeraakt|betast", strength: "weak" },
    // Harassment as the reason of a sanction: "ontslagen vanwege seksuele intimidatie", "op grond van
    // sexuele intimidatie gegeven ontslag" (not "beleid tegen seksuele intimidatie": the topic).
    { id: "harassment.reason", pattern: "wegens|vanwege|grond ~2 seksuele|sexuele intimidatie", strength: "weak", notBefore: ["beleid"] },
    // Harassment found or committed, as rulings and reports say it: "stelt vast dat er sprake was van
    // seksuele intimidatie", "zich schuldig heeft gemaakt aan seksuele intimidatie", "seksueel
    // grensoverschrijdend gedrag heeft vertoond". Trap: "om te voorkomen dat er sprake is van seksuele
    // intimidatie" (prevention), "een cursus over seksuele intimidatie" (no finding word).
    { id: "harassment.found", pattern: "sprake|schuldig|schuldiggemaakt ~4 seksuele|sexuele|ongewenste intimidatie|omgangsvormen", strength: "weak" },
    { id: "harassment.crossing", pattern: "seksueel|sexueel|seksuele|sexuele grensoverschrijdend|grensoverschrijdende|overschrijdend|overschrijdende gedrag", strength: "weak" },
    // Advances about one's body or to bed, told by the one they were aimed at: "vraagt naar mijn cupmaat",
    // "zegt dat hij met me naar bed wil". Trap: "de cupmaat van de nieuwe bh's in het assortiment" (weak:
    // a person is needed), "de kinderen gaan naar bed" (no "met me/haar" before).
    { id: "advances.body", pattern: "cupmaat|bhmaat|borstomvang|cupmaten", strength: "weak" },
    { id: "advances.bed", pattern: "met me|mij|haar|hem mee? naar bed", strength: "weak" },
    // An affair or a relationship a person has: "dat Kees een affaire heeft met de planner", "waar de
    // vrouw een relatie mee had". With "een" right before it: "een goede relatie met de klant" is work.
    { id: "affair.has", pattern: "<een affaire|verhouding|relatie mee? heeft|had|hebben|hadden|gehad|begon", strength: "weak" },
  ],
};
