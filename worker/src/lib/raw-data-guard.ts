import type { z } from "zod";
import { detect } from "../../../shared/engine/index.ts";
import { passesElfproef } from "../../../shared/engine/bsn/elfproef.ts";
import { issuePath } from "./errors.ts";
import { stringLeaves } from "./schema-strings.ts";

// Principle 1: the typed text never reaches the Worker, and the Worker never stores a matched value.
// Every request body is walked string by string after zod accepted its shape (schema-strings.ts):
//   - every string: no elfproef-valid nine-digit run (labelled or not, "111 222 333", "111.222.333"),
//     no markup;
//   - free text (any string without a declared shape): the engine finds nothing, low confidence
//     included.
// Before any check the text is folded the way an evasion would unfold it: NFKC (full-width digits and
// letters), format characters removed (zero-width space/joiners, word joiner, BOM, soft hyphen,
// bidi controls), special spaces made plain. A refusal names the field and the category, never the
// value, and nothing of the request is stored.

export interface RawDataHit {
  path: string;
  category: string;
}

/** Invisible characters an evasion puts inside a word or number: Unicode format characters (Cf, which
 * holds U+200B–U+200D, U+2060, U+FEFF and the soft hyphen U+00AD), variation selectors, fillers. */
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F]/gu;
const SPECIAL_SPACE = /[\p{Zs}\u0085\u2028\u2029]/gu;

export function foldForScan(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(SPECIAL_SPACE, " ").normalize("NFKC");
}

/** Digit groups joined by at most one separator each: "111 222 333", "06-123.45", "111222333". */
const DIGIT_RUN = /\d+(?:[ .,\-_/]\d+)*/g;

/** Whether any run of adjacent whole digit groups of exactly nine digits passes the elfproef. */
export function hasElfproefNumber(folded: string): boolean {
  for (const m of folded.matchAll(DIGIT_RUN)) {
    const groups = m[0].split(/[^0-9]/);
    for (let i = 0; i < groups.length; i++) {
      let digits = "";
      for (let j = i; j < groups.length && digits.length < 9; j++) {
        digits += groups[j];
        if (digits.length === 9 && passesElfproef(digits)) return true;
      }
    }
  }
  return false;
}

const MARKUP = /<\s*[/!?]?\s*[a-z]/i;

export type StringProblem = { kind: "raw_data"; category: string } | { kind: "markup" };

/** What is wrong with one string, if anything. `format` undefined: free text. */
export function checkString(value: string, format: string | undefined): StringProblem | undefined {
  // A UUID or date-time that zod accepted has no room for text; digits in it are its own.
  if (format === "uuid" || format === "datetime" || format === "date") return undefined;
  // A look-up key (the user to erase) is never stored; whatever was stored must stay findable.
  if (format === "lookup") return undefined;
  const folded = foldForScan(value);
  if (hasElfproefNumber(folded)) return { kind: "raw_data", category: "bsn" };
  if (MARKUP.test(folded)) return { kind: "markup" };
  if (format !== undefined) return undefined;
  const found = detect(folded, { includeLow: true });
  return found.length ? { kind: "raw_data", category: found[0]!.category } : undefined;
}

export interface GuardResult {
  rawData: RawDataHit[];
  markup: string[];
}

/** Checks every string of a parsed value against its schema. */
export function guardValue(schema: z.ZodType, value: unknown): GuardResult {
  const result: GuardResult = { rawData: [], markup: [] };
  for (const leaf of stringLeaves(schema, value)) {
    const problem = checkString(leaf.value, leaf.format);
    if (!problem) continue;
    if (problem.kind === "raw_data") result.rawData.push({ path: issuePath(leaf.path), category: problem.category });
    else result.markup.push(issuePath(leaf.path));
  }
  return result;
}

/** Scans each `[path, text]` as free text; returns one finding per field. */
export function findRawData(fields: Iterable<readonly [string, string | undefined]>): RawDataHit[] {
  const hits: RawDataHit[] = [];
  for (const [path, text] of fields) {
    if (!text) continue;
    const problem = checkString(text, undefined);
    if (problem?.kind === "raw_data") hits.push({ path, category: problem.category });
  }
  return hits;
}

export function rawDataMessage(hits: RawDataHit[]): string {
  const where = hits.map((h) => `${h.path} (${h.category})`).join(", ");
  return `Deze tekst lijkt een BSN of bijzonder persoonsgegeven te bevatten: ${where}. Laat dat weg en beschrijf de reden zonder persoonsgegevens; er is niets opgeslagen. / ` +
    `This text appears to contain a BSN or special-category data: ${where}. Leave it out and describe the reason without personal data; nothing was stored.`;
}

export function markupMessage(paths: string[]): string {
  return `Geen HTML of opmaakcode in ${paths.join(", ")} / No HTML or markup in ${paths.join(", ")}`;
}
