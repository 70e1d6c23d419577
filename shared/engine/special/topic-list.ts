// A list under a heading of topics, rules or a checklist names no one by its items:
//
//   Toolbox-onderwerpen Q2:            ← a heading: ends in ":" and holds a word of HEADING_WORDS
//   - hitte en zonbescherming          ← items: lines that open with a list marker
//   - diabetes en ploegendienst        ← a topic, not a colleague's diabetes
//
// ("Checklist installatie bij klant thuis:", "Inzet feestdagen:", "Aandachtspunten:"). An item that names
// someone is still about them (the detector keeps SPECIFIC sentences). A heading of names ("Afwezig:",
// "Planning wk 14 stortploeg:") has no heading word, so its items are read as usual. The state runs from
// line to line, so the incremental detector carries it between paragraphs (detect.ts, FieldState) and
// a whole-text scan derives it per line: both must agree.
// Source: the headings of toolbox agendas, HR checklists and site rule lists; hand-curated.

const HEADING_WORDS: ReadonlySet<string> = new Set([
  "onderwerpen", "onderwerp", "toolboxonderwerpen", "agenda", "checklist", "aandachtspunten", "afspraken", "regels", "huisregels",
  "themas", "thema", "punten", "instructies", "richtlijnen", "procedure", "stappen", "tips", "maatregelen", "voorbeelden",
  "feestdagen", "beleid", "vervanging", "ziektevervanging", "verlofregeling", "topics", "rules",
]);

/** A list item's marker: "-", "•", "*", "–", "1.", "2)", "a)". */
const LIST_MARKER = /^[ \t]*(?:[-•*–·]|\d{1,2}[.)]|[a-z][)])[ \t]/;

/** Whether `line` (folded) is a heading of a topic list: it ends in ":" and holds a heading word. */
export function isTopicHeading(line: string): boolean {
  const trimmed = line.trimEnd();
  if (!trimmed.endsWith(":") || trimmed.length > 120) return false;
  for (const word of trimmed.slice(0, -1).split(/[^a-z0-9'-]+/)) {
    if (!word) continue;
    // "toolbox-onderwerpen", "ziekte-vervanging": a compound's parts, and the compound without its hyphen.
    if (HEADING_WORDS.has(word.replace(/-/g, "")) || word.split("-").some((part) => HEADING_WORDS.has(part))) return true;
  }
  return false;
}

export const isListItem = (line: string) => LIST_MARKER.test(line);

/**
 * Whether the sentence starting at offset `start` of `folded` opens a list item, only its marker before it
 * on the line ("• een glazenwasser valt van een ladder en breekt zijn heup;"): HR and legal pages list
 * cases so, and an indefinite person there in the present tense is anyone's case (reference.ts).
 */
export function opensListItem(folded: string, start: number): boolean {
  const prefix = folded.slice(folded.lastIndexOf("\n", start - 1) + 1, start);
  return LIST_MARKER.test(prefix) && prefix.replace(LIST_MARKER, "").trim() === "";
}

/** Whether the line after `line` is still in a topic list, given whether `line` started in one. */
export function nextTopicList(line: string, inList: boolean): boolean {
  if (isTopicHeading(line)) return true;
  // A blank line between the heading and its items, or between items, keeps the list open.
  return inList && (isListItem(line) || line.trim() === "");
}

/**
 * For each line of `folded` (split at "\n"): whether it is an item of a topic list, starting in `inList`.
 * Returned as the start offsets of the item lines and their ends, in pairs; empty when none.
 */
export function topicItemRanges(folded: string, inList: boolean): number[] {
  const out: number[] = [];
  // Most texts have no colon at a line's end and start outside a list: nothing to do.
  if (!inList && !folded.includes(":")) return out;
  let start = 0;
  while (start <= folded.length) {
    let end = folded.indexOf("\n", start);
    if (end < 0) end = folded.length;
    const line = folded.slice(start, end);
    if (inList && isListItem(line)) out.push(start, end);
    inList = nextTopicList(line, inList);
    start = end + 1;
  }
  return out;
}

/** Whether `offset` falls in one of `ranges` (topicItemRanges' pairs). */
export function inRanges(ranges: readonly number[], offset: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (offset >= ranges[k]! && offset < ranges[k + 1]!) return true;
  return false;
}
