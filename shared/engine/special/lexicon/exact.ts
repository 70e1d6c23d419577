/**
 * Appended to a one-word pattern whose word is one letter from a common English word ("created" read as
 * "cheated", "fasten" as "vasten", "mishandled" as "mishandeld", "sentence" as "sentenced"): only
 * one-element patterns are typo-tolerant (detect-special.ts), and a gap of at most 0 words adds an
 * element without adding a word to the match. The real-words list that guards the typo tolerance is
 * Dutch (OpenTaal), so it cannot protect English notes from these. Found with Debian's wamerican list.
 */
export const EXACT = "~0";
