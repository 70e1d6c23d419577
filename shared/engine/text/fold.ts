// One-to-one character folding, so every offset in the folded text is an offset in the original.
// NFKC or toLowerCase() over the whole text would change lengths ("İ" lowercases to two code units)
// and put underlines in the wrong place.

const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < FOLD.length; c++) FOLD[c] = c;

function map(from: string, to: string): void {
  for (const ch of from) FOLD[ch.charCodeAt(0)] = to.charCodeAt(0);
}

// ASCII upper case to lower case.
for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;
// Latin-1 and Latin Extended-A letters users type without (or with stray) accents: those whose
// canonical decomposition starts with a Latin letter ("é" is "e" + U+0301), read from the platform's
// Unicode tables rather than spelt out here (the letters written out took 0.5 KB of the content
// script), and the few without a decomposition that are still a plain letter with a stroke.
for (let c = 0xc0; c < 0x180; c++) {
  const base = String.fromCharCode(c).normalize("NFD").charCodeAt(0) | 32;
  if (base >= 97 && base <= 122) FOLD[c] = base;
}
const STROKED = "ØøĐđĦħıĿŀŁłßŦŧ";
for (let i = 0; i < STROKED.length; i++) FOLD[STROKED.charCodeAt(i)] = "ooddhhillllstt".charCodeAt(i);
// Look-alike separators (BSN SPEC §4.1): no-break and thin spaces, dashes and minus.
map("\u00a0\u2007\u2009\u202f", " ");
map("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-");
// Typographic apostrophes, so "collega’s" and "collega's" are one word.
map("\u2019\u2018\u02bc", "'");
// Full-width digits.
for (let d = 0; d < 10; d++) FOLD[0xff10 + d] = 48 + d;

const NON_ASCII = /[^\x00-\x7f]/g;

/** Whether `text` has a non-ASCII character the table changes ("€" and most others it does not). */
function hasFoldable(text: string): boolean {
  // A one-range class is a single comparison per character even in two-byte strings; a class of
  // the table's own twenty ranges costs several, and reports are mostly ASCII.
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (FOLD[c] !== c) return true;
  }
  return false;
}

const NOT_PLAIN = /[^\x00-\x7f\u20ac]/;

/**
 * Whether `text` is ASCII, euro signs aside: then fold(text) is text.toLowerCase() and reveal()
 * (evasion.ts) finds nothing hidden. Most reports are, and one scan for it spares the two scans
 * those would make.
 */
export function isPlainText(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

/**
 * Lower-cases, strips accents and normalises look-alike digits, spaces, dashes and apostrophes,
 * one UTF-16 code unit for one code unit. Surrogates pass through unchanged.
 */
export function fold(text: string): string {
  // Fast path: the engine's toLowerCase() keeps the length of every BMP character but U+0130 (İ), the
  // one unconditional multi-unit lower-case mapping in Unicode's SpecialCasing; the rest of the fold
  // only concerns non-ASCII characters.
  if (!text.includes("\u0130")) {
    // Only characters the table changes are replaced: "€" and the like stay, without a callback each.
    const lower = text.toLowerCase();
    if (!hasFoldable(lower)) return lower;
    return lower.replace(NON_ASCII, (c) => String.fromCharCode(FOLD[c.charCodeAt(0)]!));
  }
  // String.fromCharCode over chunks is several times faster than joining single characters.
  const out: string[] = [];
  const CHUNK = 8192;
  const buf = new Uint16Array(Math.min(CHUNK, text.length));
  for (let i = 0; i < text.length; i += CHUNK) {
    const n = Math.min(CHUNK, text.length - i);
    for (let j = 0; j < n; j++) buf[j] = FOLD[text.charCodeAt(i + j)]!;
    out.push(String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]));
  }
  return out.join("");
}

/** True when the character at `i` of the original text is an upper-case letter. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = text[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
