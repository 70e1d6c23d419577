// Characters that hide a word or a number from a matcher without changing what a reader sees:
// zero-width spaces and joiners, soft hyphens, word joiners, bidi controls, combining accents typed
// apart ("e\u0301"), and full-width ASCII ("１１１２２２３３３", "ＥＰＩＬＥＰＳＩＥ"). "epi\u200Blepsie" must be
// read as "epilepsie", with the underline still on the characters the user typed.

// A one-range class is one comparison per character, so most texts (ASCII, or Latin-1 accents) pass
// with it alone; the exact class runs only on texts with a character above U+00AC other than "€".
const ABOVE_LATIN1_NOT_SIGN = /[^\u0000-\u00ac\u20ac]/; // "€" is common in reports and hides nothing
const HIDDEN_OR_WIDE = /[\u00ad\u0300-\u036f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\uff01-\uff5e]/;

const isInvisible = (c: number) =>
  c === 0xad || (c >= 0x300 && c <= 0x36f) || c === 0x180e || (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;

export interface Revealed {
  /** The text with invisible characters dropped and full-width forms made ASCII. */
  text: string;
  /** `origin[i]`: the index in the original text of character `i` of `text`. */
  origin: Int32Array;
}

/** The text as a reader sees it, or undefined when it has nothing hidden (nearly always). */
export function reveal(text: string): Revealed | undefined {
  if (!ABOVE_LATIN1_NOT_SIGN.test(text) || !HIDDEN_OR_WIDE.test(text)) return undefined;
  const origin = new Int32Array(text.length);
  // The code units in a typed array of the text's length: a plain array pushed to a million entries
  // was three quarters of a 1 MB text's scan (each growth a copy in large-object space).
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isInvisible(c)) continue;
    origin[n] = i;
    out[n++] = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
  }
  // String.fromCharCode over chunks, as fold() does: its arguments are limited in number.
  let revealed = "";
  for (let i = 0; i < n; i += 8192) revealed += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return { text: revealed, origin: origin.subarray(0, n) };
}

/** Moves a span of the revealed text back onto the original: from its first to its last character. */
export function toOriginal<T extends { start: number; end: number }>(r: Revealed, span: T): T {
  return { ...span, start: r.origin[span.start]!, end: r.origin[span.end - 1]! + 1 };
}
