// The packed lexicon's bytes as the text of a JavaScript string literal, in as few bytes of UTF-8 as
// a simple code allows (Kevin Kwok's base122, here between double quotes). Each 7 bits of data are one
// ASCII character, 1 byte of source, unless they would be one of the 5 characters a string literal
// cannot hold unescaped (", \, line feed, carriage return, and NUL for caution). Those 7 bits then go
// into a 2-byte character (U+0080…U+0584) with the next 8 bits of data: 11 bits of room hold which of
// the 5 (3 bits) and the 8 bits. 7.04 bits a byte of source, against 6.92 for the basE91-style base123
// this replaced: the extension's packed lexicon takes 1.1 KB less. Chrome requires a content script
// to be UTF-8, which this is. Minifiers escape control characters, so the build writes the string into
// the bundle after minifying (scripts/vite/pack-lexicon.ts).

/** The 7-bit values no string literal holds as themselves: NUL, line feed, carriage return, ", \. */
const UNSAFE = [0, 10, 13, 34, 92];
/** A 2-byte character's value from this on carries an unsafe value alone: the data ended right after it. */
const ALONE = UNSAFE.length << 8;
const FIRST_WIDE = 0x80;

/** Bits `from`… of `bytes`, `n` of them, the lowest first; past the end, zeros. */
function bitsAt(bytes: Uint8Array, from: number, n: number): number {
  let value = 0;
  for (let k = 0; k < n; k++) {
    const bit = from + k;
    value |= (((bytes[bit >> 3] ?? 0) >> (bit & 7)) & 1) << k;
  }
  return value;
}

export function encodeBase122(bytes: Uint8Array): string {
  const total = bytes.length * 8;
  let out = "";
  for (let at = 0; at < total; ) {
    let value = bitsAt(bytes, at, 7);
    const unsafe = UNSAFE.indexOf(value);
    if (unsafe < 0) {
      out += String.fromCharCode(value);
      at += 7;
    } else if (at + 7 > total) {
      // The last, partial group: its top bit is padding, and flipping it makes every unsafe value safe.
      out += String.fromCharCode(value ^ 64);
      at += 7;
    } else if (at + 7 === total) {
      out += String.fromCharCode(FIRST_WIDE + ALONE + unsafe);
      at += 7;
    } else {
      value = (unsafe << 8) | bitsAt(bytes, at + 7, 8);
      out += String.fromCharCode(FIRST_WIDE + value);
      at += 15;
    }
  }
  return out;
}

/** 1 for the 7-bit values a string literal holds as themselves. */
const SAFE = new Uint8Array(128).fill(1);
for (const value of UNSAFE) SAFE[value] = 0;

const notInAlphabet = (text: string, i: number) => new Error(`base122: character ${JSON.stringify(text[i])} at ${i} is not in the alphabet`);

/** Throws on a character the encoder never writes: a packed string is build output, never user input. */
export function decodeBase122(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  let length = 0;
  let queue = 0;
  let bits = 0;
  // One loop, no helper and a table for the check: this runs on every page load, over 70,000 characters.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST_WIDE) {
      if (SAFE[code] === 0) throw notInAlphabet(text, i);
      queue |= code << bits;
      bits += 7;
    } else {
      const wide = code - FIRST_WIDE;
      const alone = wide >= ALONE;
      const unsafe = alone ? wide - ALONE : wide >> 8;
      if (unsafe >= UNSAFE.length) throw notInAlphabet(text, i);
      queue |= UNSAFE[unsafe]! << bits;
      bits += 7;
      if (!alone) {
        queue |= (wide & 255) << bits;
        bits += 8;
      }
    }
    for (; bits > 7; bits -= 8) {
      out[length++] = queue & 255;
      queue >>>= 8;
    }
  }
  return out.subarray(0, length);
}
