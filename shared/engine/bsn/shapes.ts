import { isDigitCode } from "../text/word-chars.ts";

// The shapes a BSN is written in (../shared/eval/bsn/SPEC.md §4 point 2), one separator kind per
// candidate: 4-2-3 (C) "1234 56 782", 3-3-3 (B) "123 456 782", plain 9 (A) "123456782"; and, only
// with a keyword, 2-2-2-3 (D) "12.34.56.782" or "12 34 56 782" (as a card is read out) and the legacy
// 8 digits (E) "12345678", "123 456 78".
// "1234.56.78" (4-2-2 with full stops) is read as E as well.

/** The shapes as written in the spec, one alternative each, tried in this order. */
export const READABLE_SHAPES =
  /(\d{4}([ .])\d{2}\2\d{3})|(\d{3}([ .-])\d{3}\4\d{3})|(\d{2}([ .])\d{2}\6\d{2}\6\d{3})|(\d{4}\.\d{2}\.\d{2})|(\d{3} \d{3} \d{2})|(\d{9})|(\d{8})/g;

/**
 * The same shapes with their common leading digits factored out, so that at each digit of a report
 * the regex engine reads the digits once instead of once per alternative; twice as fast on the bench
 * corpus. Alternatives that can match at one position are kept in READABLE_SHAPES' order (4-2-3
 * before 4-2-2, 3-3-3 before 3-3-2, nine digits before eight), so both find the same matches: a
 * test checks that on random digit strings.
 */
export const BSN_SHAPES =
  /\d\d(?:([ .])\d\d\1\d\d\1\d{3}|\d(?:([ .-])\d{3}\2\d{3}| \d{3} \d\d|\d(?:([ .])\d\d\3\d{3}|\.\d\d\.\d\d|\d{4}\d?)))/g;

/** Whether a matched shape only counts with a BSN keyword: the 8-digit shapes and 2-2-2-3. */
export function shapeNeedsKeyword(shape: string): boolean {
  let digits = 0;
  for (let i = 0; i < shape.length; i++) if (isDigitCode(shape.charCodeAt(i))) digits++;
  const third = shape.charCodeAt(2);
  return digits === 8 || third === 46 || third === 32;
}
