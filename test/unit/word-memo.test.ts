import { describe, expect, it } from "vitest";
import { NO, UNKNOWN, WordMemo, YES } from "../../shared/engine/special/word-memo.ts";
import { keyHash } from "../../shared/engine/text/word-hash.ts";

// The pre-scan trusts this memo to say whether a word is a misspelling of a lexicon term; a wrong
// "no" would hide a warning, so a verdict must only ever come back for the very same word.
describe("word memo", () => {
  it("answers for the same word wherever it stands in a text", () => {
    const memo = new WordMemo();
    const text = "jan heeft rugklagten";
    memo.remember(text, 10, 20, keyHash("rugklagten"), YES);
    const other = "rugklagten sinds maandag";
    expect(memo.verdict(other, 0, 10, keyHash("rugklagten"))).toBe(YES);
    expect(memo.verdict(other, 11, 16, keyHash("sinds"))).toBe(UNKNOWN);
  });

  it("never hands a verdict to another word with the same hash and length", () => {
    const memo = new WordMemo();
    memo.remember("steiger", 0, 7, 12345, NO);
    expect(memo.verdict("zwanger", 0, 7, 12345)).toBe(UNKNOWN);
    memo.remember("zwanger", 0, 7, 12345, YES);
    expect(memo.verdict("zwanger", 0, 7, 12345)).toBe(YES);
    expect(memo.verdict("steiger", 0, 7, 12345)).toBe(NO);
  });

  it("starts afresh when full instead of slowing down or overflowing", () => {
    const memo = new WordMemo();
    const words = Array.from({ length: 20_000 }, (_, i) => `woord${i}x`);
    for (const w of words) memo.remember(w, 0, w.length, keyHash(w), NO);
    const last = words[words.length - 1]!;
    expect(memo.verdict(last, 0, last.length, keyHash(last))).toBe(NO);
    const huge = "a".repeat(100_000);
    memo.remember(huge, 0, huge.length, keyHash(huge), YES);
    expect(memo.verdict(huge, 0, huge.length, keyHash(huge))).toBe(UNKNOWN);
    expect(memo.verdict(last, 0, last.length, keyHash(last))).toBe(NO);
  });
});
