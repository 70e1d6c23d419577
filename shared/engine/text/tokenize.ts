import { isUpperAt } from "./fold.ts";
import { WORD_CHAR, isDigitCode } from "./word-chars.ts";
import { INTERN_FROM, INTERN_MAX, internSlice, sliceHash } from "./word-intern.ts";

const CAPITAL = 1;
const ACRONYM = 2;
const SENTENCE_START = 4;

/**
 * A word of the text. A class with its three flags and its sentence in one field, and its end read
 * from its word: a token is 56 bytes instead of 88 for a literal, and a long text's tokens were most
 * of what the engine allocated (and what its scavenges copied). The getters are inlined where read.
 */
export class Token {
  /** Folded form (lower case, no accents), hyphens and apostrophes kept: "dna-test", "collega's". */
  readonly word: string;
  /** Lookup key: the folded form without hyphens ("burn-out" and "burnout" are one key). */
  readonly key: string;
  readonly start: number;
  /** The sentence index times 8, plus the flags. */
  private readonly bits: number;

  constructor(word: string, key: string, start: number, sentence: number, flags: number) {
    this.word = word;
    this.key = key;
    this.start = start;
    this.bits = sentence * 8 + flags;
  }

  /** End offset, exclusive: the word is the text's characters from `start`, hyphens and all. */
  get end(): number {
    return this.start + this.word.length;
  }

  /** Sentence index; person context and predicates are judged within one sentence. */
  get sentence(): number {
    return this.bits >> 3;
  }

  /** The original starts with an upper-case letter. */
  get capital(): boolean {
    return (this.bits & CAPITAL) !== 0;
  }

  /** The original's first two letters are upper case (FNV, MC, PVV): an acronym, not a name. */
  get acronym(): boolean {
    return (this.bits & ACRONYM) !== 0;
  }

  /** First token of its sentence (where a capital says nothing about names). */
  get sentenceStart(): boolean {
    return (this.bits & SENTENCE_START) !== 0;
  }
}

/** Abbreviations whose full stop does not end a sentence. Single letters (initials) are handled apart. */
const ABBREVIATIONS = new Set([
  "dhr", "mevr", "mw", "mr", "mrs", "ms", "dr", "ir", "ing", "drs", "prof", "mdw", "nr", "tel", "ca", "bijv",
  "evt", "ivm", "i.v.m", "o.a", "oa", "etc", "geb", "vlg", "zgn", "m.b.t", "mbt", "t.a.v", "tav", "st", "str", "vs",
  // "ds. Post", "ds. J. de Vries": the dominee's title before a name, as church news writes it (religion.ts).
  "ds",
]);

/**
 * The most words a sentence holds: a longer run without a break is cut there, as if a full stop stood
 * after its last word. The engine's readings of a sentence (who it is about, whether it is negated) look
 * across the whole sentence for each term in it, so an unbroken megabyte ("epilepsie epilepsie …") was
 * quadratic; cut, each costs at most this many words per word. Written text stays far below it: the
 * longest sentence of the labelled files and the bench corpus has 71 words. The pre-scan cuts here too.
 */
export const MAX_SENTENCE_WORDS = 200;

/** Whether `word` (folded, without its full stop) is an abbreviation whose full stop ends no sentence. */
export const isAbbreviation = (word: string): boolean => ABBREVIATIONS.has(word);

/** Longest entry of ABBREVIATIONS: longer words need no lookup. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * Whether the gap `folded[from, to)` between two words ends a sentence; the word before the gap is
 * `folded[previousStart, from)`. Shared with the sentence pre-scan, which must cut sentences exactly here.
 */
export function isSentenceBreak(folded: string, from: number, to: number, previousStart: number): boolean {
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (c === 32) continue;
    if (c === 10 || c === 13 || c === 124 /* | */) return true;
    if (c === 33 /* ! */ || c === 63 /* ? */ || c === 59 /* ; */) return true;
    if (c === 46 /* . */) {
      // "R. Bakker", "Dhr. Jansen", "mdw. Piet": the full stop belongs to the word before it.
      if (i === from) {
        // "12.03.2026", "€ 12.500": a full stop between digits is part of the number.
        if (to === from + 1 && isDigitCode(folded.charCodeAt(from - 1)) && isDigitCode(folded.charCodeAt(to))) continue;
        const length = from - previousStart;
        const letter = !isDigitCode(folded.charCodeAt(previousStart));
        // A single letter is an initial; a single digit is not ("windkracht 7. Draag …" is two sentences),
        // nor the letter of a unit after a slash ("boven 9 m/s. If someone …").
        if (length === 1 && letter && folded.charCodeAt(previousStart - 1) !== 47 /* / */) continue;
        if (letter && length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(folded.slice(previousStart, from))) continue;
      }
      return true;
    }
  }
  return false;
}

/**
 * Splits folded text into word tokens, each tagged with its sentence. `from`/`to` limit the scan to a
 * range, and a word that runs past `to` is cut there; offsets stay offsets into the whole text.
 * Tokens are appended to `tokens`, numbering sentences from `firstSentence`, so the tokens of several
 * ranges can be judged together.
 */
export function tokenize(original: string, folded: string, from = 0, to = folded.length, tokens: Token[] = [], firstSentence = 0): Token[] {
  let sentence = firstSentence;
  // A short text's tokens die young, and a new string costs less than the table's probe; a long
  // text's stay alive through scavenges, which copy every one of them.
  const intern = folded.length >= INTERN_FROM;
  let lastEnd = from;
  let previous: Token | undefined;
  let wordsInSentence = 0;
  // A loop over the word-character table rather than a regex: the same words (word-chars.ts), and
  // no match array per word.
  let i = from;
  while (i < to) {
    if (WORD_CHAR[folded.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    let hyphens = false;
    let kinds = 0;
    for (;;) {
      let kind = 0;
      while (i < to && (kind = WORD_CHAR[folded.charCodeAt(i)]!) !== 0) {
        kinds |= kind;
        i++;
      }
      const c = folded.charCodeAt(i);
      if ((c === 45 || c === 39) && i + 1 < to && WORD_CHAR[folded.charCodeAt(i + 1)] !== 0) {
        if (c === 45) hyphens = true;
        i++;
        continue;
      }
      break;
    }
    // In a long text, words of letters come back often: one string each (word-intern.ts); numbers seldom do.
    const word = intern && kinds === 1 && i - start <= INTERN_MAX ? internSlice(folded, start, i, sliceHash(folded, start, i)) : folded.slice(start, i);
    const breaks = previous !== undefined && (wordsInSentence === MAX_SENTENCE_WORDS || isSentenceBreak(folded, lastEnd, start, previous.start));
    if (breaks) sentence++;
    wordsInSentence = breaks ? 1 : wordsInSentence + 1;
    const capital = isUpperAt(original, start);
    const flags = (capital ? CAPITAL : 0) | (capital && i - start > 1 && isUpperAt(original, start + 1) ? ACRONYM : 0) |
      (previous === undefined || breaks ? SENTENCE_START : 0);
    const token = new Token(word, hyphens ? word.replaceAll("-", "") : word, start, sentence, flags);
    tokens.push(token);
    previous = token;
    lastEnd = i;
  }
  return tokens;
}
