import { fold } from "../text/fold.ts";
import { MAY_HOLD_KEYWORD, isBsnKeywordTyped } from "./labels.ts";

// What earlier lines of a field say about the numbers on a later line:
//   a table pasted from a spreadsheet (CSV, tab-, semicolon- or pipe-separated) whose header row names
//   a BSN column binds every number in that column, on every row until the table ends;
//   a label on a line of its own ("BSN:" then the number on the next line, as forms are often copied)
//   binds the number that starts the next line.
// The state is carried line by line, so the incremental detector can pass it from paragraph to
// paragraph and stay equal to a scan of the whole field.

export interface LineContext {
  /** The separator and the 0-based column of a BSN column in the table the line belongs to. */
  table?: { separator: string; column: number };
  /** The previous line was nothing but a BSN label. */
  labelLine?: boolean;
}

export const NO_LINE_CONTEXT: LineContext = Object.freeze({});

const SEPARATORS = ["\t", ";", "|", ","];

/** The cell's words joined and folded, without quotes and punctuation: `"B.S.N."` → `bsn`. */
const cellKey = (cell: string) => fold(cell).replace(/[^a-z0-9]+/g, "");

function headerColumn(line: string): LineContext["table"] {
  for (const separator of SEPARATORS) {
    if (!line.includes(separator)) continue;
    const cells = line.split(separator);
    if (cells.length < 2) continue;
    const column = cells.findIndex((c) => {
      const key = cellKey(c);
      return key.length > 0 && key.length <= 40 && isBsnKeywordTyped(key);
    });
    // A header names its columns in a few words; a cell holding digits or a sentence is no header.
    if (column >= 0 && !cells.some((c) => /\d{5}/.test(c) || c.trim().length > 30 || c.trim().split(/\s+/).length > 3)) return { separator, column };
  }
  return undefined;
}

/** Words that say the value follows on the next line, at the line's end. */
const NEXT_LINE = /(?:hieronder|hier onder|volgende regel|volgende lijn|onderstaand|below|next line|following line|as follows)[\s.:)-]*$/;

/** The context the line after `line` (folded) starts in, given the one `line` started in. */
export function nextLineContext(line: string, before: LineContext): LineContext {
  if (line.length > 2000) return NO_LINE_CONTEXT; // no header or label line is that long
  // A blank line between a label and its value keeps the label ("BSN:", empty line, the number).
  if (before.labelLine && line.trim() === "") return before;
  const mayName = MAY_HOLD_KEYWORD.test(line);
  const header = mayName ? headerColumn(line) : undefined;
  if (header) return { table: header };
  if (before.table && line.includes(before.table.separator)) return before;
  if (!mayName) return NO_LINE_CONTEXT;
  const label = cellKey(line.replace(/[:#=]\s*$/, ""));
  if (label.length > 0 && label.length <= 30 && line.trim().length <= 40 && isBsnKeywordTyped(label)) return { labelLine: true };
  // "Zijn BSN staat hieronder:" announces the number on the next line, and so does a line that ends
  // in the keyword ("naam Jan de Wit, BSN").
  if (/:\s*$/.test(line) && line.length <= 120 && namesKeyword(line)) return { labelLine: true };
  // The same announced in words rather than with a colon: "… (BSN) on next line", "BSN staat hieronder",
  // "BSN op de volgende regel", "BSN below".
  if (line.length <= 160 && NEXT_LINE.test(line) && namesKeyword(line)) return { labelLine: true };
  const lastWords = /([a-z0-9'.]+(?:\s+[a-z0-9'.]+){0,2})[\s:#=.-]*$/.exec(line);
  if (lastWords && endsInKeyword(lastWords[1]!)) return { labelLine: true };
  return NO_LINE_CONTEXT;
}

/** Whether some one to three neighbouring words of the line make a BSN keyword ("burger service nummer"). */
function namesKeyword(line: string): boolean {
  const words = line.split(/[^a-z0-9']+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let joined = "";
    for (let n = 0; n < 3 && i + n < words.length; n++) {
      joined += words[i + n];
      if (isBsnKeywordTyped(joined)) return true;
    }
  }
  return false;
}

/** Whether the last one to three words, joined, make a BSN keyword ("bsn", "burger service nummer"). */
function endsInKeyword(tail: string): boolean {
  const words = tail.replaceAll(".", "").split(/\s+/).filter(Boolean);
  for (let n = 1; n <= words.length; n++) if (isBsnKeywordTyped(words.slice(-n).join(""))) return true;
  return false;
}

/** The cell of `line` that holds offset `at` (relative to the line), as a column number. */
export function columnAt(line: string, separator: string, at: number): number {
  let column = 0;
  for (let i = line.indexOf(separator); i >= 0 && i < at; i = line.indexOf(separator, i + 1)) column++;
  return column;
}

/** Same contexts (for the incremental detector's cache key). */
export const lineContextKey = (c: LineContext) =>
  c.table ? `t${c.table.column}${c.table.separator}` : c.labelLine ? "l" : "";
