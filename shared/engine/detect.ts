import { CATEGORIES, type Category, type DetectOptions, type Finding } from "./types.ts";
import { fold, isPlainText } from "./text/fold.ts";
import { detectBsn } from "./bsn/detect-bsn.ts";
import { BSN_KEYWORDS, isOtherLabel } from "./bsn/labels.ts";
import { detectSpecialInText, namesSpecificPerson, prepareSpecialIndex } from "./special/detect-special.ts";
import { nextTopicList } from "./special/topic-list.ts";
import { namedTopics } from "./special/topic-gate.ts";
import { NO_LINE_CONTEXT, nextLineContext, type LineContext } from "./bsn/line-context.ts";
import { reveal, toOriginal } from "./text/evasion.ts";
import { lexiconLoaded } from "./special/lexicon/ready.ts";

const ALL = new Set<Category>(CATEGORIES);

/**
 * In the extension the lexicon is unpacked just after start-up (lexicon/ready.ts); an index built
 * before that would be built from no words and stay so, silently. Callers await lexiconReady().
 */
function requireLexicon(): void {
  if (!lexiconLoaded()) throw new Error("dpa-guard: the engine was called before lexiconReady() resolved");
}

function fieldKind(options: DetectOptions): "bsn" | "other" | undefined {
  const f = options.field;
  if (!f) return undefined;
  const words = fold([f.label, f.name, f.placeholder].filter(Boolean).join(" "))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const joined = words.join("");
  if (words.some((w) => BSN_KEYWORDS.has(w)) || [...BSN_KEYWORDS].some((k) => k.length > 4 && joined.includes(k))) return "bsn";
  if (words.some((w) => isOtherLabel(w))) return "other";
  return undefined;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const RANK = { high: 2, medium: 1, low: 0 } as const;

const byPosition = (a: Finding, b: Finding) => a.start - b.start || b.end - a.end;

/**
 * Sorts by start, the longer first, keeping the order of equals as Array.prototype.sort does (it is
 * stable). A text has a handful of findings, and the built-in sort copied them into a work array each
 * time (4% of what the engine allocated): an insertion sort for a handful.
 */
function sortFindings(findings: Finding[]): void {
  if (findings.length > 16) {
    findings.sort(byPosition);
    return;
  }
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i]!;
    let j = i;
    while (j > 0 && byPosition(findings[j - 1]!, f) > 0) {
      findings[j] = findings[j - 1]!;
      j--;
    }
    findings[j] = f;
  }
}

/**
 * Merges overlapping findings of one category into one, keeping the stronger rule. O(n log n).
 * The findings are the detectors' own, made for this call, so the merge writes into them.
 */
function mergeOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  sortFindings(findings);
  // The kept findings are compacted into the front of the array itself (`kept` of them; the write
  // index never passes the read index): a second array grown to a long text's tens of thousands of
  // findings was a copy of nearly all of them.
  let kept = 0;
  // Sorted by start, a finding can only overlap the latest-ending kept finding of its category: the
  // last one kept, found by looking back rather than in a map made for every text. A kept finding is
  // looked past at most once for each other category (by its next finding), so this stays linear.
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    let k = kept - 1;
    while (k >= 0 && findings[k]!.category !== f.category) k--;
    const prev = k >= 0 ? findings[k]! : undefined;
    if (!prev || !overlaps(prev, f)) {
      findings[kept++] = f;
      continue;
    }
    const start = prev.start;
    const end = Math.max(prev.end, f.end);
    if (RANK[f.confidence] > RANK[prev.confidence]) Object.assign(prev, f);
    prev.start = start;
    prev.end = end;
  }
  findings.length = kept;
  return findings;
}

/**
 * What a field's earlier paragraphs tell a later one: whether they named a specific person (whom "hij"
 * or a subjectless sentence may be about) and the BSN line context (a table header, a label line).
 */
export interface FieldState {
  personBefore: boolean;
  lines: LineContext;
  /** The last line was a topic list's heading or item, so the next item is a topic too (topic-list.ts). */
  topicList: boolean;
  /** The unions and parties earlier paragraphs named (topic-gate.ts). */
  topics: number;
}

export const FIELD_START: FieldState = Object.freeze({ personBefore: false, lines: NO_LINE_CONTEXT, topicList: false, topics: 0 });

/**
 * Finds BSNs and special categories of personal data in `text`. Pure: no DOM, no I/O.
 * Offsets are UTF-16 indices into `text`, end exclusive; they never split a surrogate pair because
 * findings start and end on ASCII digits or on letters of the Latin script.
 */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  return detectInField(text, options, FIELD_START);
}

/**
 * Builds the engine's index (a few hundred milliseconds of work once, growing with the lexicon) ahead
 * of the first detection, in steps of well under a millisecond, while `more()` allows; true once
 * built. The extension runs it in idle time, so neither a keystroke nor the page waits for it.
 */
export function prepareEngine(more: () => boolean = () => true): boolean {
  requireLexicon();
  return prepareSpecialIndex(more);
}

/** `detect` for a part of a field that starts in `state` (the incremental detector's paragraphs). */
export function detectInField(text: string, options: DetectOptions, state: FieldState): Finding[] {
  requireLexicon();
  if (typeof text !== "string" || text.length === 0) return [];
  // Zero-width characters, soft hyphens and full-width forms hide words from the matcher: the engine
  // reads the text as a reader sees it and moves the findings back onto what was typed.
  const plain = isPlainText(text);
  const revealed = plain ? undefined : reveal(text);
  const visible = revealed ? revealed.text : text;
  let findings = detectVisible(visible, plain ? text.toLowerCase() : fold(visible), options, state);
  if (revealed) findings = findings.map((f) => toOriginal(revealed, f));
  if (options.suppressed?.length) {
    findings = findings.filter((f) => !options.suppressed!.some((s) => overlaps(s, f)));
  }
  return findings;
}

function detectVisible(text: string, folded: string, options: DetectOptions, state: FieldState): Finding[] {
  const enabled = options.categories ? new Set(options.categories) : ALL;
  // The detectors' own arrays, joined only when both found something: spreading one into another was
  // a twentieth of a long text's time, and a spread of a few hundred thousand findings overflows the stack.
  let findings: Finding[] = [];
  if (enabled.has("bsn")) {
    findings = detectBsn(text, folded, { fieldKind: fieldKind(options), includeLow: options.includeLow, lineContext: state.lines });
  }
  if (enabled.size > (enabled.has("bsn") ? 1 : 0)) {
    const special = detectSpecialInText(text, folded, enabled, { personBefore: state.personBefore, form: options.form, topicListBefore: state.topicList, topicsBefore: state.topics });
    if (findings.length === 0) findings = special;
    else for (const f of special) findings.push(f);
  }
  return mergeOverlaps(findings);
}

/** The state the paragraph after `text` starts in. */
export function fieldStateAfter(text: string, state: FieldState, options: DetectOptions = {}): FieldState {
  requireLexicon();
  const visible = reveal(text)?.text ?? text;
  const folded = fold(visible);
  let lines = state.lines;
  let topicList = state.topicList;
  for (const line of folded.split("\n")) {
    lines = nextLineContext(line, lines);
    topicList = nextTopicList(line, topicList);
  }
  const personBefore = state.personBefore || namesSpecificPerson(visible, folded, options.form === undefined);
  const topics = state.topics | namedTopics(folded);
  return personBefore === state.personBefore && lines === state.lines && topicList === state.topicList && topics === state.topics
    ? state : { personBefore, lines, topicList, topics };
}
