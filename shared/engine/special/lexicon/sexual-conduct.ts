import type { LexiconList } from "../patterns.ts";

// Sexual (AVG art. 9; misconduct also criminal, LABELLING), what notes, rulings and news tell one
// person did or had: groping told by the verb and an intimate body part ("bij haar billen gepakt"),
// kissing or touching against someone's will, harassment named as the reason of a dismissal ("ontslagen
// vanwege seksuele intimidatie") or aimed at someone ("seksuele intimidatie jegens een stagiaire"),
// handtastelijkheden, and an affair or a relationship a person has ("een affaire heeft met de planner",
// "waar de vrouw een relatie mee had"). The spelling with x ("sexuele") is how many write it.
// Hand-curated. Traps beside each in the tests: falling on one's bottom, being made to work against one's
// will, a policy's or a talk's topic, a good working relationship with a client.

/** What makes harassment a topic when it follows: "vanwege seksuele intimidatie-beleid", "for sexual harassment training". */
const TOPIC_AFTER = ["training", "beleid", "policy", "prevention", "preventie", "awareness", "cursus", "toolbox", "voorlichting", "protocol", "klachtenregeling", "klachtencommissie"];

export const conduct: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Intimate body parts a groping names; not "borst" (a hand to one's chest is a heart) nor "kruis" alone (bracing). */
    INTIMATE: ["billen", "bil", "kont", "achterwerk", "borsten", "boezem", "tieten", "kruis", "geslachtsdeel", "geslachtsdelen", "bottom", "bum", "butt", "backside", "breasts", "crotch"],
    /** Whose: a possessive only, so "in het kruis van de steiger" stays bracing. */
    WHOSE: ["haar", "zijn", "z'n", "d'r", "hun", "her", "his"],
    /** Grabbing and touching; not "gevallen" or "gezeten" (one falls and sits on one's bottom). */
    GRAB: ["gepakt", "vastgepakt", "gegrepen", "grijpen", "pakken", "betast", "betasten", "geknepen", "knijpen", "aangeraakt", "aanraken", "aangezeten", "aanzitten", "grabbed", "groped", "touched", "pinched"],
    GRABBED: ["greep", "grepen", "kneep", "knepen", "pakte", "pakten", "betastte", "raakte", "grijpt", "knijpt", "grabbed", "groped", "touched", "pinched"],
    /** Kissing and touching that "tegen haar wil" makes misconduct. */
    KISS: ["zoenen", "kussen", "gezoend", "gekust", "zoende", "kuste", "aangeraakt", "aanraken", "betast", "betasten", "vastgepakt", "omhelsd", "omhelzen", "geknuffeld", "knuffelen", "kissed", "kiss", "touched", "touch", "hugged"],
    /** Harassment by its name, both spellings. */
    HARASSMENT: ["intimidatie", "grensoverschrijdend", "grensoverschrijdende", "misbruik", "harassment", "misconduct"],
    SEXUAL_ADJ: ["seksuele", "sexuele", "seksueel", "sexueel", "sexual"],
    /** Whom an affair is with, after an article: "een verhouding met de stagiaire". */
    LOVER: ["collega", "stagiaire", "stagiair", "uitvoerder", "secretaresse", "receptioniste", "baas", "planner", "leidinggevende", "buurvrouw", "buurman", "chef", "directeur", "manager", "werkneemster", "werknemer"],
  },
  patterns: [
    // Groping by an intimate part: "heeft haar in de lift bij haar billen gepakt", "bij haar billen te grijpen".
    { id: "groping.part", pattern: "bij|aan|in|op|naar|tussen @WHOSE @INTIMATE ~2 @GRAB", strength: "weak" },
    { id: "groping.verb-first", pattern: "@GRABBED ~4 in|bij|aan|op|naar|by|on @WHOSE @INTIMATE", strength: "weak" },
    // "aan haar billen gezeten": sitting "aan" is touching (not "op zijn billen gezeten").
    { id: "groping.sat-at", pattern: "aan @WHOSE @INTIMATE ~2 gezeten|zitten|zat|zaten", strength: "weak" },
    { id: "groping.words", pattern: "handtastelijkheden|handtastelijke|handtastelijker|handtastelijkheid", strength: "weak" },
    // Kissing or touching against someone's will: "heeft een collega tegen haar wil geprobeerd te zoenen".
    { id: "against-will", pattern: "tegen haar|zijn|hun|her|his wil|zin ~6 @KISS", strength: "weak" },
    { id: "against-will.after", pattern: "@KISS ~4 tegen haar|zijn|hun|her|his wil|zin", strength: "weak" },
    { id: "unwanted-touch", pattern: "ongewenst|ongewenste|ongevraagd ~1 gezoend|gekust|aangeraakt|betast|aanrakingen|aanraking|intimiteiten|zoenen", strength: "weak" },
    // Harassment as the reason of a sanction: "ontslagen vanwege seksuele intimidatie", "op grond van
    // sexuele intimidatie gegeven ontslag" (not "beleid tegen seksuele intimidatie": the topic).
    { id: "harassment.reason", pattern: "wegens|vanwege|grond|beschuldiging|verdenking|for ~2 @SEXUAL_ADJ ~1 @HARASSMENT", strength: "weak", notBefore: TOPIC_AFTER },
    // Aimed at someone: "seksuele intimidatie jegens een stagiaire", "schuldig gemaakt aan seksuele intimidatie".
    { id: "harassment.towards", pattern: "@SEXUAL_ADJ intimidatie|handelingen|toenadering|toenaderingen|harassment jegens|tegenover|richting|towards", strength: "weak" },
    { id: "harassment.guilty", pattern: "schuldig ~3 aan|een ~1 @SEXUAL_ADJ ~1 @HARASSMENT", strength: "weak" },
    // An affair or a relationship a person has: "dat Kees een affaire heeft met de planner", "waar de
    // vrouw een relatie mee had". With "een" right before it: "een goede relatie met de klant" is work.
    { id: "affair.has", pattern: "<een affaire|verhouding|scharrel|relatie heeft|had|hebben|hadden|gehad|kreeg|kregen|begon|begonnen met|mee", strength: "weak" },
    { id: "affair.had-with-whom", pattern: "<een affaire|verhouding|scharrel|relatie mee heeft|had|hebben|hadden|gehad|kreeg|begon", strength: "weak" },
    // A name after "met" is no @WHO (a person right after a preposition is not the subject): any capital.
    { id: "relationship.with", pattern: "<een relatie met hem|haar|@CAP", strength: "weak" },
    // "De stukadoor, met wie Anouk een relatie heeft": the partner before, in a relative clause.
    { id: "affair.with-whom", pattern: "met|with wie|whom ~3 een|an|a affaire|verhouding|relatie|scharrel|affair|relationship", strength: "weak" },
    { id: "relationship.with-role", pattern: "<een relatie met de|een|zijn|haar @LOVER", strength: "weak" },
  ],
};
