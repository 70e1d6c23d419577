import { onLexiconLoaded } from "../special/lexicon/ready.ts";
import { BSN_KEYWORDS, COMPANY_WORDS, FILLER, OTHER_LABELS, OTHER_LABEL_SUFFIXES, PERSONAL_CONTEXT } from "./label-words.ts";

// Binding a number to the label in front of it (BSN SPEC §4.5–4.6). The word lists are in
// label-words.ts, packed with the lexicon.

export { BSN_KEYWORDS, COMPANY_WORDS, FILLER, OTHER_LABELS, OTHER_LABEL_SUFFIXES, PERSONAL_CONTEXT };

/** Longest keyword in words ("sociaal fiscaal nummer", "citizen service number"). */
export const MAX_KEYWORD_WORDS = 3;

export function isBsnKeyword(key: string): boolean {
  return BSN_KEYWORDS.has(key);
}

/** Keywords long enough that one typo cannot make another word of them. */
const TYPO_TOLERANT_KEYWORDS: string[] = [];

/** One substitution, insertion, deletion or swap of neighbours turns `a` into `b`. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Text that may hold a BSN keyword, typed with one typo or not: one edit leaves at least one of these
 * pieces of every keyword intact. A cheap gate before reading words.
 */
export const MAY_HOLD_KEYWORD = /b\.?s\.?n|bns|sbn|burg|serv|sofi|soci|fisc|persoonsn|persoonsg|citizen/;

/**
 * One edit cannot change both the first and the last three letters of a word of eight or more. The
 * three letters as a small integer (threeAt: ten bits of each, so other letters may share a number and
 * pass on to the full test), so asking costs no substring: the detector asks for every word near a
 * number that passes the elfproef, joined with the one or two before it.
 */
const KEYWORD_ENDS = new Set<number>();
const threeAt = (s: string, at: number) => ((s.charCodeAt(at) & 0x3ff) << 20) | ((s.charCodeAt(at + 1) & 0x3ff) << 10) | (s.charCodeAt(at + 2) & 0x3ff);
// Filled once the keywords are there: in the extension they are unpacked after start-up (lexicon/ready.ts).
onLexiconLoaded(() => {
  for (const k of BSN_KEYWORDS) if (k.length >= 9 && !k.includes("'")) TYPO_TOLERANT_KEYWORDS.push(k);
  for (const k of TYPO_TOLERANT_KEYWORDS) KEYWORD_ENDS.add(threeAt(k, 0)).add(threeAt(k, k.length - 3));
});

/** A BSN keyword, or one typed with a single typo ("burgerservicenumer", "sofinumer"). */
export function isBsnKeywordTyped(key: string): boolean {
  if (BSN_KEYWORDS.has(key)) return true;
  if (key.length < 8 || (!KEYWORD_ENDS.has(threeAt(key, 0)) && !KEYWORD_ENDS.has(threeAt(key, key.length - 3)))) return false;
  for (const k of TYPO_TOLERANT_KEYWORDS) if (Math.abs(k.length - key.length) <= 1 && withinOneEdit(key, k)) return true;
  return false;
}

export function isOtherLabel(key: string): boolean {
  if (OTHER_LABELS.has(key)) return true;
  for (const suffix of OTHER_LABEL_SUFFIXES) {
    if (key.length > suffix.length + 1 && key.endsWith(suffix)) return true;
  }
  return false;
}
