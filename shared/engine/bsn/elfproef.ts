import { isDigitCode } from "../text/word-chars.ts";

/**
 * The official BSN check (SGR element "Burgerservicenummer", N9): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11).
 * Eight digits get an implied leading zero; all zeros is the "no value" default and is rejected.
 * `digits` must contain only the digits.
 */
export function passesElfproef(digits: string): boolean {
  for (let i = 0; i < digits.length; i++) if (!isDigitCode(digits.charCodeAt(i))) return false;
  return elfproefAt(digits, 0, digits.length);
}

/**
 * The same check over the digits of `text[start, end)`, skipping separators, without making a
 * string: the detector runs it on every number shaped like a BSN, and most of them fail it.
 */
export function elfproefAt(text: string, start: number, end: number): boolean {
  let count = 0;
  for (let i = start; i < end; i++) if (isDigitCode(text.charCodeAt(i))) count++;
  if (count !== 8 && count !== 9) return false;
  // Eight digits get the implied leading zero, which adds nothing to the sum.
  let weight = count;
  let sum = 0;
  let allZero = true;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    if (d !== 0) allZero = false;
    sum += weight === 1 ? -d : weight * d;
    weight--;
  }
  return !allZero && sum % 11 === 0;
}
