import type { Token } from "../text/tokenize.ts";
import { isRoleNoun } from "./persons.ts";
import { CAUSAL_VERBS, DEADLINE_UNITS, DEADLINE_WORDS, AFTER_VERB_ZIJN, DENIALS, POSSIBILITY, CLAUSE_SUBJECTS, CONDITIONALS, GE_NOUNS, HABITUAL, PLURAL_PAST, INVERTED_VERBS, MODALS, NUMBER_WORDS, OPENING_CONJUNCTIONS, PAST, PROCEDURE_VERBS, SUBJECTS_OF_ZIJN } from "./lexicon/reference-words.ts";

// Sentence frames that decide whether a statement is about someone: questions, conditions, possibilities,
// modals, habits, reports of harm. Small tests over a sentence's tokens [from, to), used by reference.ts
// and the context checks; split out of reference.ts so each file reads alone.

/** What happened to a victim, as news reports it. */
export const HARMED: ReadonlySet<string> = new Set(["gewond", "zwaargewond", "lichtgewond", "bekneld", "verongelukt", "omgekomen", "overleden", "injured", "hurt"]);
/** Auxiliaries of a report in the past: "is … gewond geraakt", "raakte gewond", "werd bekneld". */
export const REPORTED: ReadonlySet<string> = new Set(["is", "werd", "raakte", "was", "zijn", "werden", "raakten", "got", "were"]);

/** A past report of harm, with no condition or modal in the sentence. */
export function isHarmReported(tokens: readonly Token[], from: number, to: number): boolean {
  let harmed = false, reported = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.word;
    if (CONDITIONALS.has(w) || MODALS.has(w)) return false;
    if (HARMED.has(w)) harmed = true;
    else if (REPORTED.has(w)) reported = true;
  }
  return harmed && reported;
}

/** "Het komt (ook, regelmatig) voor dat …", "Het kwam vaak voor dat …". */
export function isHowOftenFrame(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k]!.word;
    if ((w !== "komt" && w !== "kwam") || tokens[k - 1]!.word !== "het") continue;
    for (let n = k + 1; n < to && n <= k + 4; n++) if (tokens[n]!.word === "voor") return tokens[n + 1]?.word === "dat" && n + 1 < to;
  }
  return false;
}

/** Question words that, followed by a finite verb instead of a subject, open a question ("Wanneer vertelt …"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(["hoe", "wanneer", "waarom", "wat", "welke", "waar", "how", "when", "why", "what"]);

/** A question: it ends with a question mark, or opens with a question word and a verb ("Wanneer meldt een …", not "Wanneer een …"). */
export function isQuestion(tokens: readonly Token[], folded: string, from: number, to: number): boolean {
  if (endsWithQuestion(tokens, folded, to)) return true;
  return from + 1 < to && QUESTION_WORDS.has(tokens[from]!.word) && !opensClause(tokens[from + 1]) && !isRoleNoun(tokens[from + 1]!.word);
}

/** A noun right before a colon: "Bij een brandwond: koelen", the case a rule is headed by. */
export const headsRule = (t: Token | undefined, folded: string) => t !== undefined && folded.charCodeAt(t.end) === 58;

/**
 * Whether token `i` opens a clause: the sentence's first word, or the first after a colon, a comma, a
 * bracket or a dash ("Teken: controleer je huid", "Bij twijfel, bel de huisarts").
 */
export function clauseStart(tokens: readonly Token[], folded: string, i: number, from: number): boolean {
  if (i === from || (i === from + 1 && OPENING_CONJUNCTIONS.has(tokens[from]!.word))) return true;
  for (let c = tokens[i - 1]!.end; c < tokens[i]!.start; c++) {
    const ch = folded.charCodeAt(c);
    if (ch === 58 || ch === 44 || ch === 40 || ch === 45 || ch === 8211) return true;
  }
  return false;
}


/**
 * "Collega's begonnen direct te reanimeren", "Omstanders belden 112": a bare plural opening a report of
 * what people did, in the past, is neither a rule about anyone nor the person the note is about. It
 * leaves the sentence neutral, so the person named before still counts for it.
 */
export const isBystandersAtWork = (tokens: readonly Token[], i: number, from: number, to: number) =>
  i === from && i + 1 < to && PLURAL_PAST.has(tokens[i + 1]!.word) && !hasModal(tokens, from, to);

// Not after "te": "bloed toe te dienen", "om te kunnen werken" are infinitives, no rule's "dient" or "kan".
export const hasModal = (tokens: readonly Token[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (MODALS.has(tokens[k]!.word) && !(k > from && tokens[k - 1]!.word === "te")) return true;
  return false;
};

/** "een collega", "een 34-jarige bouwvakker", "a worker": an indefinite singular role. */
export function isIndefinite(tokens: readonly Token[], i: number, from: number): boolean {
  const a = i > from ? tokens[i - 1]!.word : "";
  const b = i - 1 > from ? tokens[i - 2]!.word : "";
  const isArticle = (w: string) => w === "een" || w === "a" || w === "an";
  const c = i - 2 > from ? tokens[i - 3]!.word : "";
  // "een (langdurig) zieke werknemer": an adverb and an adjective between.
  return isArticle(a) || (isArticle(b) && (a.endsWith("jarige") || /^\d/.test(a) || a.length > 2)) || (isArticle(c) && a.endsWith("e") && b.length > 2);
}

/** Participles of separable verbs: "toegestaan", "opgepakt", "aangehouden", "meegenomen", "uitgevoerd". */
export const SEPARABLE_PARTICIPLE = /^(?:toe|aan|af|op|uit|in|mee|door|over|vast|weg|bij|na|vrij|terug)ge[a-z]{2,}[dtn]$/;

const PLURAL_END = /(?:en|s|'s)$/;
/**
 * "blijkt dat zijn heup uit de kom is": after "dat" or "die" a bare singular noun makes "zijn" his;
 * "dat zijn de regels", "dat zijn problemen", "die zijn mooie dingen" keep it the verb.
 */
function isSingularAfterThat(tokens: readonly Token[], i: number, before: string): boolean {
  if (before !== "dat" && before !== "die") return false;
  const next = tokens[i + 1];
  if (!next || next.sentence !== tokens[i]!.sentence || AFTER_VERB_ZIJN.has(next.word) || PLURAL_END.test(next.word) || !/^[a-z]{3,}$/.test(next.word)) return false;
  const after = tokens[i + 2];
  return !(next.word.endsWith("e") && after !== undefined && after.sentence === next.sentence && PLURAL_END.test(after.word));
}

/** "zijn helm" (his) rather than "de steigers zijn gecontroleerd" (are). */
export function isPossessiveZijn(tokens: readonly Token[], i: number, from: number): boolean {
  const before = i > from ? tokens[i - 1]!.word : undefined;
  const next = tokens[i + 1];
  if (before && (SUBJECTS_OF_ZIJN.has(before) || (before.length > 3 && /(?:s|en|'s)$/.test(before))) && !isSingularAfterThat(tokens, i, before)) return false;
  // "Wat zijn mogelijke redenen …?", "Hoe zijn de regels?": after a question word that opens the
  // sentence, "zijn" is the verb.
  if (before !== undefined && i - 1 === from && QUESTION_WORDS.has(before)) return false;
  if (!next || next.sentence !== tokens[i]!.sentence) return false;
  const w = next.word;
  if (AFTER_VERB_ZIJN.has(w) || (w.startsWith("ge") && /[dtn]$/.test(w) && w.length > 4 && !GE_NOUNS.has(w)) || /(?:ig|lijk|isch|baar)$/.test(w)) return false;
  // "zijn toegestaan", "zijn opgepakt", "zijn aangehouden": a participle of a separable verb.
  if (SEPARABLE_PARTICIPLE.test(w)) return false;
  return true;
}


/** "de werknemer", "de zieke werknemer". */
export function hasArticle(tokens: readonly Token[], i: number, from: number): boolean {
  const a = i > from ? tokens[i - 1]!.word : "";
  const b = i - 1 > from ? tokens[i - 2]!.word : "";
  return a === "de" || (b === "de" && a.endsWith("e"));
}

/** "heeft recht op", "hebben recht op": an entitlement, stated for anyone it applies to. */
export function hasEntitlement(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (tokens[k]!.word === "recht" && tokens[k + 1]!.word === "op") return true;
  return false;
}

/**
 * The sentence of token `i` states a possibility in the present ("Een schok van 230V kan
 * hartritmestoornissen geven", "Alcoholmisbruik kan een dringende reden opleveren"): with nobody in the
 * field it is information, not a report.
 */
export function statesPossibility(tokens: readonly Token[], i: number): boolean {
  const [from, to] = sentenceOf(tokens, i);
  return isPossibility(tokens, from, to) && !hasPast(tokens, from, to);
}

/** Whether the sentence of token `i` has a past-tense verb of a report ("kwam", "werd", "had"). */
export function reportsPast(tokens: readonly Token[], i: number): boolean {
  const [from, to] = sentenceOf(tokens, i);
  return hasPast(tokens, from, to);
}

export function sentenceOf(tokens: readonly Token[], i: number): [number, number] {
  const sentence = tokens[i]!.sentence;
  let from = i;
  while (from > 0 && tokens[from - 1]!.sentence === sentence) from--;
  let to = i + 1;
  while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
  return [from, to];
}

/** Whether the sentence ending with token `to - 1` ends with a question mark. */
export function endsWithQuestion(tokens: readonly Token[], folded: string, to: number): boolean {
  const end = tokens[to - 1]!.end;
  for (let c = end; c < folded.length && c < end + 3; c++) {
    const ch = folded.charCodeAt(c);
    if (ch === 63) return true;
    if (ch !== 32 && ch !== 34 && ch !== 39) return false;
  }
  return false;
}

/** Whether the text before `start` (spaces and quotes aside) ends with a question mark, within the line. */
export function followsQuestion(folded: string, start: number): boolean {
  for (let c = start - 1; c >= 0 && c >= start - 4; c--) {
    const ch = folded.charCodeAt(c);
    if (ch === 63) return true;
    if (ch !== 32 && ch !== 34 && ch !== 39 && ch !== 8217 && ch !== 8221) return false;
  }
  return false;
}

/** A modal of possibility and no denial: "kan bewusteloos zijn" (not "kan niet lopen"). */
export function isPossibility(tokens: readonly Token[], from: number, to: number): boolean {
  let possible = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.word;
    // "al dan niet resulterend in …" is "whether or not", no denial.
    if (DENIALS.has(w) && !(w === "niet" && k - 2 >= from && tokens[k - 1]!.word === "dan" && tokens[k - 2]!.word === "al")) return false;
    if (POSSIBILITY.has(w)) possible = true;
  }
  return possible;
}

export const hasHabitual = (tokens: readonly Token[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (HABITUAL.has(tokens[k]!.word)) return true;
  return false;
};

/** A sentence opening with a finite verb whose later clause starts with "dan": a hypothetical, not a report. */
export function isInvertedCondition(tokens: readonly Token[], folded: string, from: number, to: number): boolean {
  if (!INVERTED_VERBS.has(tokens[from]!.word)) return false;
  for (let k = from + 2; k < to; k++) if (tokens[k]!.word === "dan" && clauseStart(tokens, folded, k, from)) return true;
  return false;
}

/** The modal of the role's own clause: "de werkgever moet …", "dan moet de werkgever …", not "…, wat volgens de cao niet mag". */
export function hasModalNear(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  for (let k = i + 1; k < to && k <= i + 3; k++) if (MODALS.has(tokens[k]!.word)) return true;
  const det = i - 1 >= from && tokens[i - 1]!.word === "de" ? i - 1 : i - 2;
  return det - 1 >= from && MODALS.has(tokens[det - 1]!.word);
}

export const hasPast = (tokens: readonly Token[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (PAST.has(tokens[k]!.word)) return true;
  return false;
};
export const hasProcedure = (tokens: readonly Token[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (PROCEDURE_VERBS.has(tokens[k]!.word)) return true;
  return false;
};

export const opensClause = (t: Token | undefined) => t !== undefined && (CLAUSE_SUBJECTS.has(t.word) || t.capital || /^\d/.test(t.word) || NUMBER_WORDS.has(t.word));

/** Pronouns that, paired with the other gender's, stand for whoever it is: "hij/zij", "zijn of haar". */
const EITHER_GENDER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["hij", new Set(["zij", "ze"])], ["zij", new Set(["hij"])], ["ze", new Set(["hij"])], ["hem", new Set(["haar"])],
  ["haar", new Set(["hem", "zijn"])], ["zijn", new Set(["haar"])], ["he", new Set(["she"])], ["she", new Set(["he"])],
  ["his", new Set(["her"])], ["her", new Set(["his", "him"])], ["him", new Set(["her"])],
]);

/**
 * "of hij/zij al naar een dokter is geweest", "zijn of haar ziekte", "he/she must report": a pronoun
 * written with the other gender's beside it is a placeholder for anyone, the language of rules, forms
 * and HR pages; a note about someone knows which one it is. Source: Dutch and English gender-neutral
 * writing conventions (slash or "of"/"or" pairs). Trap: "hij en zij waren ziek" (two people: "en").
 */
export function hasEitherGenderPronoun(tokens: readonly Token[], folded: string, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const pair = EITHER_GENDER.get(tokens[k]!.word);
    if (!pair) continue;
    const next = tokens[k + 1]!;
    if (pair.has(next.word) && folded.slice(tokens[k]!.end, next.start).trim() === "/") return true;
    if ((next.word === "of" || next.word === "or") && k + 2 < to && pair.has(tokens[k + 2]!.word)) return true;
  }
  return false;
}

/** Openings that are no verb: "Toen je …", "Nu je …" are clauses of a statement, not a question to the reader. */
const NOT_A_VERB: ReadonlySet<string> = new Set(["dat", "wat", "toen", "als", "omdat", "waar", "hoe", "wanneer", "zodra", "nu", "zoals", "terwijl", "voordat", "nadat", "of", "en", "maar", "want", "dan", "doordat", "zodat", "tot", "totdat", "sinds", "wie", "welke", "waarom"]);

/**
 * "Ben jij herstellende van een burn-out en vraag je je af: wanneer kan ik weer aan het werk?", "Heb
 * je last van je rug?": a question that opens with a verb and the reader ("je", "jij", "u") asks anyone
 * reading; an "ik" inside it is the reader's imagined voice, not the writer's. Source: the yes/no question
 * of Dutch grammar (ANS: finite verb first, then the subject). Trap: a statement about the reader's own
 * case ("Jij hebt griep?" opens with the pronoun, not a verb).
 */
export function isQuestionToReader(tokens: readonly Token[], folded: string, from: number, to: number): boolean {
  if (to - from < 3) return false;
  const second = tokens[from + 1]!.word;
  if (second !== "je" && second !== "jij" && second !== "u") return false;
  const first = tokens[from]!.word;
  if (NOT_A_VERB.has(first) || QUESTION_WORDS.has(first) || CONDITIONALS.has(first)) return false;
  return endsWithQuestion(tokens, folded, to);
}

/** An age before a role: "30-jarige", "48-jarige". */
export const isAge = (word: string) => /^\d{1,3}-?jarige$/.test(word);

/** "vóór 09.30 uur", "uiterlijk binnen 2 werkdagen", "binnen 24 uur": a deadline a procedure sets. */
export function hasDeadline(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 2 < to; k++) {
    if (!DEADLINE_WORDS.has(tokens[k]!.word)) continue;
    const n = tokens[k + 1]!.word === "binnen" ? k + 2 : k + 1;
    if (n + 1 < to && /^\d/.test(tokens[n]!.word) && DEADLINE_UNITS.has(tokens[n + 1]!.word)) return true;
    if (n + 2 < to && /^\d/.test(tokens[n]!.word) && /^\d/.test(tokens[n + 1]!.word) && DEADLINE_UNITS.has(tokens[n + 2]!.word)) return true;
  }
  return false;
}

/** "Stel dat …", "Stel je (eens) voor", "Gesteld dat …", "Veronderstel …", "Suppose …", "Imagine …" at a sentence's start. */
export function isSupposition(tokens: readonly Token[], from: number, to: number): boolean {
  const w = tokens[from]!.word;
  const next = from + 1 < to ? tokens[from + 1]!.word : "";
  if (w === "stel") return next === "dat" || next === "je" || next === "u" || next === "nu";
  return (w === "gesteld" && next === "dat") || w === "veronderstel" || w === "suppose" || w === "imagine";
}

/** A present-tense verb of causing in the sentence: "Alcoholverslaving leidt vaak tot …". */
export const hasCausalVerb = (tokens: readonly Token[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (CAUSAL_VERBS.has(tokens[k]!.word)) return true;
  return false;
};
