import type { Confidence, Finding } from "../types.ts";
import { elfproefAt } from "./elfproef.ts";
import { BSN_SHAPES, shapeNeedsKeyword } from "./shapes.ts";
import {
  BSN_KEYWORDS, COMPANY_WORDS, FILLER, MAX_KEYWORD_WORDS, OTHER_LABELS, PERSONAL_CONTEXT, isBsnKeyword, isBsnKeywordTyped, isOtherLabel,
  MAY_HOLD_KEYWORD,
} from "./labels.ts";
import { NO_LINE_CONTEXT, columnAt, nextLineContext, type LineContext } from "./line-context.ts";
import { isAbbreviation, tokenize, type Token } from "../text/tokenize.ts";
import { isPersonName } from "../special/persons.ts";
import { onLexiconLoaded } from "../special/lexicon/ready.ts";

// BSN detection following ../shared/eval/bsn/SPEC.md §4: candidate shapes, strict boundaries,
// elfproef, then the label bound to the number decides (binding beats proximity).

const WORD_CHAR = /[a-z0-9_\u00c0-\u024f]/;
const INTERNATIONAL_PREFIX = /(?:\+|(?:^|[^\d])00)\d{1,3}[ .-]?(?:\(0\)[ ]?)?$/;
const CURRENCY_BEFORE = /(?:€|eur|euro|\$|£)\s?$/;
const PART_OF_LARGER_BEFORE = /(?:[a-z0-9][-/]|\d[.,]|\/)$/;
const PART_OF_LARGER_AFTER = /^(?:[.,]\d|-\d|\/\d)/;
const DRIVING_LICENCE_AFTER = /^\/\d{10}(?!\d)/;
const KEYWORD_AFTER = /^\s*\(\s*(?:bsn|b\.s\.n\.?|burgerservicenummer|sofinummer)\s*\)/;
const MAX_BINDING_DISTANCE = 45;
/** Capitalised articles start names of places and schools ("De Regenboog"), not of people. */
const ARTICLES = new Set(["de", "het", "een", "den", "der", "ter", "ten", "in", "op", "bij", "voor", "the"]);
const NEARBY_KEYWORD_WINDOW = 300;
const NEARBY_KEYWORD = /\b(?:bsn|burger ?service ?nummer|sofi-?nummer|persoonsnummer)\b/;

type Binding = "bsn" | "other" | "none";

export interface BsnOptions {
  /** "bsn" when the field's label, name or placeholder names a BSN; "other" when it names another number. */
  fieldKind?: "bsn" | "other";
  includeLow?: boolean;
  /** What the lines before this text said (a table header, a label line): see line-context.ts. */
  lineContext?: LineContext;
}

/** Up to NEARBY_KEYWORD_WINDOW characters around a candidate, within its paragraph (so a paragraph's
 * findings never depend on another paragraph: the incremental detector relies on that). */
function paragraphWindow(folded: string, start: number, end: number): string {
  const from = Math.max(0, start - NEARBY_KEYWORD_WINDOW, folded.lastIndexOf("\n", start) + 1);
  const nl = folded.indexOf("\n", end);
  const to = Math.min(end + NEARBY_KEYWORD_WINDOW, nl < 0 ? folded.length : nl);
  return folded.slice(from, to);
}

/** `/\s/` for the character at `i`, without a one-character string and a regex for ASCII. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text[i]!);
}

function insideUrlOrEmail(folded: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !isSpaceAt(folded, from - 1)) from--;
  let to = end;
  while (to < folded.length && !isSpaceAt(folded, to)) to++;
  const chunk = folded.slice(from, to);
  return chunk.includes("://") || chunk.includes("www.") || chunk.includes("@");
}

/** Tokens of the sentence that ends right before `start`, limited to a short window. */
function tokensBefore(original: string, folded: string, start: number): Token[] {
  const tokens = tokenize(original, folded, Math.max(0, start - 80), start);
  if (tokens.length === 0) return [];
  const last = tokens[tokens.length - 1]!;
  const gap = folded.slice(last.end, start);
  // "BSN ontbreekt. 273645195": a sentence end between the last word and the number unbinds it.
  // Abbreviated labels keep their full stop: "Projectnr. 2024.05.175", "Tel. 06…", "b.s.n. 493…".
  const abbreviated = last.word.length === 1 || isOtherLabel(last.key) || isBsnKeyword(last.key);
  if (/[\n|!?;]|\.\s/.test(gap) && !abbreviated) return [];
  // A label on the line above binds through the line context (line-context.ts), which the incremental
  // detector carries from paragraph to paragraph; a window reaching across the line break would not.
  if (gap.includes("\n")) return [];
  const sentence = last.sentence;
  return sentence === 0 ? tokens : tokens.filter((t) => t.sentence === sentence);
}

/** Longest BSN keyword, in characters, plus one typo: joining more words than fit in it cannot make one. */
let LONGEST_KEYWORD = 0;
// Once the keywords are there: in the extension they are unpacked after start-up (lexicon/ready.ts).
onLexiconLoaded(() => (LONGEST_KEYWORD = Math.max(...[...BSN_KEYWORDS].map((k) => k.length)) + 1));

function keywordEndingAt(tokens: Token[], i: number): boolean {
  let joined = "";
  for (let n = 0; n < MAX_KEYWORD_WORDS && i - n >= 0; n++) {
    const key = tokens[i - n]!.key;
    if (joined.length + key.length > LONGEST_KEYWORD) return false;
    joined = key + joined;
    if (isBsnKeywordTyped(joined)) return true;
  }
  return false;
}

/**
 * A BSN keyword earlier in the number's sentence or in the sentence before it, within the paragraph:
 * "Wat is het burgerservicenummer van de nieuwe kracht? Ik heb 318 204 551 genoteerd."
 */
function keywordInContext(original: string, folded: string, start: number): boolean {
  const from = Math.max(0, start - 240, folded.lastIndexOf("\n", start - 1) + 1);
  if (!MAY_HOLD_KEYWORD.test(folded.slice(from, start))) return false;
  const tokens = tokenize(original, folded, from, start);
  if (tokens.length === 0) return false;
  const lastSentence = tokens[tokens.length - 1]!.sentence;
  // The first sentence may be cut by the window; it still counts if it is the previous one.
  for (let i = tokens.length - 1; i >= 0 && tokens[i]!.sentence >= lastSentence - 1; i--) {
    if (keywordEndingAt(tokens, i)) return true;
  }
  return false;
}

/** The line contexts of a text, worked out line by line as far as a candidate needs them. */
class LineContexts {
  private lineStart = 0;
  private context: LineContext;
  private readonly folded: string;
  constructor(folded: string, initial: LineContext) {
    this.folded = folded;
    this.context = initial;
  }
  /** The context the line holding `at` starts in, and where that line starts. */
  at(at: number): { context: LineContext; lineStart: number } {
    for (;;) {
      const end = this.folded.indexOf("\n", this.lineStart);
      if (end < 0 || end >= at) return { context: this.context, lineStart: this.lineStart };
      this.context = nextLineContext(this.folded.slice(this.lineStart, end), this.context);
      this.lineStart = end + 1;
    }
  }
}

/** The binding a table column or a label line above gives the number at `start`. */
function bindingFromLines(folded: string, lines: LineContexts, start: number): Binding {
  const { context, lineStart } = lines.at(start);
  if (context === NO_LINE_CONTEXT) return "none";
  if (context.labelLine) return /^[\s:#=-]*$/.test(folded.slice(lineStart, start)) ? "bsn" : "none";
  const table = context.table!;
  const end = folded.indexOf("\n", start);
  const line = folded.slice(lineStart, end < 0 ? folded.length : end);
  return line.includes(table.separator) && columnAt(line, table.separator, start - lineStart) === table.column ? "bsn" : "none";
}

function bindingOf(tokens: Token[], start: number, folded: string): Binding {
  if (tokens.length === 0) return "none";
  const last = tokens[tokens.length - 1]!;
  const gap = folded.slice(last.end, start);
  if (keywordEndingAt(tokens, tokens.length - 1)) return "bsn";
  // A bare noun right before the number names it: "hijskraan 731092843".
  if ((gap === " " || gap === "") && /^[a-z][a-z'-]{2,}$/.test(last.word) && !last.capital) {
    const k = last.key;
    if (!FILLER.has(k) && !PERSONAL_CONTEXT.has(k) && !isPersonName(last)) return "other";
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (start - t.start > MAX_BINDING_DISTANCE) break;
    // The last word was asked above (keywordEndingAt is pure).
    if (i !== tokens.length - 1 && keywordEndingAt(tokens, i)) return "bsn";
    if (isOtherLabel(t.key) && !isNounInPhrase(tokens, i) && !isQualifiedAfterKeyword(tokens, i) && !isAsideAfterKeyword(tokens, i, folded, start)) return "other";
  }
  return "none";
}

/**
 * "sofinummer van Kevin (ziekmelding bij UWV) = 529413085": a label word in brackets that close
 * before the number, after the BSN keyword, says what the number is for; it labels nothing itself.
 */
function isAsideAfterKeyword(tokens: Token[], i: number, folded: string, start: number): boolean {
  const t = tokens[i]!;
  const open = folded.lastIndexOf("(", t.start);
  if (open < 0 || folded.lastIndexOf(")", t.start) > open) return false;
  const close = folded.indexOf(")", t.end);
  if (close < 0 || close > start) return false;
  for (let k = i - 1; k >= 0 && tokens[k]!.sentence === t.sentence; k--) if (tokens[k]!.end <= open && keywordEndingAt(tokens, k)) return true;
  return false;
}

/** Adjectives that say which one of a thing: "oud contract", "nieuwe werkgever", "vorige opdracht". */
const QUALIFIERS = new Set(["oud", "oude", "nieuw", "nieuwe", "vorig", "vorige", "huidig", "huidige", "eerste", "tweede", "laatste", "tijdelijk", "tijdelijke", "old", "new", "previous", "current"]);

/**
 * "Sofinummer oud contract Bert: 201924006": a label word with an adjective saying which one, after the
 * BSN keyword of the same sentence, says whose number or for what; it labels nothing itself.
 */
function isQualifiedAfterKeyword(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0 || !QUALIFIERS.has(tokens[i - 1]!.key) || tokens[i - 1]!.sentence !== t.sentence) return false;
  for (let k = i - 2; k >= 0 && tokens[k]!.sentence === t.sentence; k--) if (keywordEndingAt(tokens, k)) return true;
  return false;
}

/** Prepositions, and the articles and possessives that may follow them, opening a phrase after a noun. */
const PREPOSITIONS = new Set(["van", "voor", "bij", "met", "of", "for", "from", "with"]);
const DETERMINERS = new Set(["de", "het", "een", "zijn", "haar", "hun", "z'n", "the", "his", "her", "their", "a"]);

/**
 * "Het BSN van de klant is 840 090 572", "BSN nieuwe stagiair (voor het contract): …": "klant" and "contract"
 * label a number only as the head of their phrase; inside a phrase opened by a preposition they say whose
 * or what for, and the keyword before them still binds. "Zijn telefoon is …" and "het ordernummer" stay labels.
 */
function isNounInPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!OTHER_LABELS.has(t.key) && !isDocumentCompound(t.key)) return false;
  const same = (k: number) => k >= 0 && tokens[k]!.sentence === t.sentence;
  if (same(i - 1) && PREPOSITIONS.has(tokens[i - 1]!.key)) return true;
  return same(i - 2) && DETERMINERS.has(tokens[i - 1]!.key) && PREPOSITIONS.has(tokens[i - 2]!.key);
}

/** Endings that name a number itself ("ordernummer", "Projectnr", "toegangscode"): a label wherever it stands. */
const NUMBER_NAME_ENDINGS = ["nummer", "nummers", "nr", "code", "kenmerk", "order", "ticket"];

/**
 * A compound label that names a document or an object, not a number: "ongevallenmelding", "presentielijst",
 * "toegangspas". After a preposition it says what the BSN is for ("BSN slachtoffer voor de
 * ongevallenmelding: …"), like "contract" or "klant" above.
 */
function isDocumentCompound(key: string): boolean {
  return isOtherLabel(key) && !NUMBER_NAME_ENDINGS.some((ending) => key.endsWith(ending));
}

/** The word that ends right before `dot` (a full stop), folded. */
function wordBeforeDot(folded: string, dot: number): string {
  let k = dot;
  while (k > 0 && /[a-z]/.test(folded[k - 1]!)) k--;
  return folded.slice(k, dot);
}

/**
 * The sentence a number stands in. "Maarten Visser, geb. 12-04-1988, 518068833": the full stop of an
 * abbreviation ("geb.", "dhr.", "tel.") ends no sentence, or the name before it would not count.
 */
function sentenceAround(original: string, folded: string, start: number, end: number): Token[] {
  let from = start;
  while (from > 0 && start - from < 200 && !/[\n|!?;]/.test(folded[from - 1]!) &&
    !(folded[from - 1] === " " && folded[from - 2] === "." && /[a-z]{3}/.test(folded.slice(from - 5, from - 2)) && !isAbbreviation(wordBeforeDot(folded, from - 2)))) from--;
  let to = end;
  while (to < folded.length && to - end < 200 && !/[\n|!?;]/.test(folded[to]!) &&
    !(folded[to] === "." && (to + 1 === folded.length || folded[to + 1] === " ") && !isAbbreviation(wordBeforeDot(folded, to)))) to++;
  return tokenize(original, folded, from, to);
}

function hasPersonalContext(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (PERSONAL_CONTEXT.has(t.key) || isPersonName(t)) return true;
    const next = tokens[i + 1];
    // "R. Bakker", "Sanne Visser": an initial or a capitalised word followed by a capitalised surname.
    if (next && next.capital && t.capital && !/\d/.test(t.word + next.word) && !ARTICLES.has(t.word) &&
      (t.word.length === 1 || !t.sentenceStart)) {
      return true;
    }
  }
  return false;
}

function namesCompany(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i]!.key;
    if (COMPANY_WORDS.has(k)) return true;
    if ((k === "b" || k === "n") && tokens[i + 1]?.key === "v") return true;
  }
  return false;
}

export function detectBsn(original: string, folded: string, options: BsnOptions = {}): Finding[] {
  const findings: Finding[] = [];
  let lines: LineContexts | undefined;
  BSN_SHAPES.lastIndex = 0;
  for (let m = BSN_SHAPES.exec(folded); m; m = BSN_SHAPES.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    // Most numbers in reports fail the elfproef; checking it first spares them the context work.
    if (!elfproefAt(folded, start, end)) continue;
    const c = { start, end };
    const before = folded.slice(Math.max(0, c.start - 12), c.start);
    const after = folded.slice(c.end, c.end + 16);
    if (c.end < folded.length && WORD_CHAR.test(folded[c.end]!)) continue;
    let glued = false;
    if (c.start > 0 && WORD_CHAR.test(folded[c.start - 1]!)) {
      // "BSN123456782": letters may touch the number only when they end a BSN keyword.
      const word = /[a-z.]+$/.exec(before)?.[0].replaceAll(".", "") ?? "";
      if (!isBsnKeyword(word)) continue;
      glued = true;
    }
    // In a comma-separated table the comma next to the number is the cell's edge, not a decimal comma.
    const commaCell = (before.endsWith(",") || after.startsWith(",")) &&
      (lines ??= new LineContexts(folded, options.lineContext ?? NO_LINE_CONTEXT)).at(c.start).context.table?.separator === ",";
    if (INTERNATIONAL_PREFIX.test(before) || CURRENCY_BEFORE.test(before) || (PART_OF_LARGER_BEFORE.test(before) && !commaCell)) continue;
    const drivingLicence = DRIVING_LICENCE_AFTER.test(after);
    if (PART_OF_LARGER_AFTER.test(after) && !drivingLicence && !commaCell) continue;
    if (insideUrlOrEmail(folded, c.start, c.end)) continue;
    // The digits and the shape only for a number past the tests above (most fail one of them).
    const shape = m[0];
    const digits = shape.replace(/\D/g, "");
    const needsKeyword = shapeNeedsKeyword(shape);

    const preceding = tokensBefore(original, folded, c.start);
    let binding: Binding = glued ? "bsn" : bindingOf(preceding, c.start, folded);
    if (binding === "none" && KEYWORD_AFTER.test(after)) binding = "bsn";
    if (binding === "none") binding = bindingFromLines(folded, (lines ??= new LineContexts(folded, options.lineContext ?? NO_LINE_CONTEXT)), c.start);
    let rule = binding === "bsn" ? "bsn.keyword-bound" : "";
    if (binding === "none" && keywordInContext(original, folded, c.start)) {
      binding = "bsn";
      rule = "bsn.keyword-in-context";
    }
    const padded = digits.length === 8 ? "0" + digits : digits;
    // The sentence is only needed when no label decides; most BSNs in reports carry one.
    let sentenceTokens: Token[] | undefined;
    const sentence = () => (sentenceTokens ??= sentenceAround(original, folded, c.start, c.end));

    let confidence: Confidence | undefined;
    if (binding === "bsn") {
      confidence = "high";
    } else if (binding === "other") {
      confidence = "low";
      rule = "bsn.other-label";
    } else if (drivingLicence && sentence().some((t) => t.key.startsWith("rijbewijs"))) {
      confidence = "high";
      rule = "bsn.driving-licence";
    } else if (options.fieldKind === "bsn") {
      confidence = "high";
      rule = "bsn.field-label";
    } else if (needsKeyword || options.fieldKind === "other") {
      confidence = "low";
      rule = needsKeyword ? "bsn.shape-needs-keyword" : "bsn.field-other";
    } else if (padded.startsWith("00") || namesCompany(sentence())) {
      confidence = "low";
      rule = "bsn.unbound";
    } else if (hasPersonalContext(sentence())) {
      confidence = "medium";
      rule = "bsn.personal-context";
    } else if (NEARBY_KEYWORD.test(paragraphWindow(folded, c.start, c.end))) {
      confidence = "medium";
      rule = "bsn.keyword-nearby";
    } else {
      confidence = "low";
      rule = "bsn.unbound";
    }
    if (confidence === "high" && padded.startsWith("00") && binding !== "bsn" && rule !== "bsn.field-label") {
      confidence = "low";
    }
    if (confidence === "low" && !options.includeLow) continue;
    findings.push({
      category: "bsn",
      start: c.start,
      end: c.end,
      confidence,
      rule,
      explanation: confidence === "high" ? "bsn.high" : confidence === "medium" ? "bsn.medium" : "bsn.low",
    });
  }
  return findings;
}
