import { describe, expect, it } from "vitest";
import { LEXICONS } from "../../shared/engine/special/lexicon/index.ts";

// A pattern whose first element is only @CAP or @WHO is tried at every capitalised word or person of
// every sentence the pre-scan lets through, and it made the engine twice as slow on plain reports
// (a local-party pattern, "@CAP @LOCAL_PARTY_HEAD te? verlaten"). Such a start is written "<@CAP" or
// "<@WHO" (the word before the match), so that a word of the pattern leads.
describe("lexicon patterns start with a word", () => {
  it("has no pattern whose first element is only @CAP or @WHO", () => {
    const bad: string[] = [];
    for (const list of LEXICONS) {
      for (const p of list.patterns) {
        const first = p.pattern.trim().split(/\s+/)[0]!;
        if (first.startsWith("<")) continue;
        const alternatives = first.replace(/\?$/, "").split("|");
        if (alternatives.every((a) => a === "@CAP" || a === "@WHO")) bad.push(`${list.category}.${p.id}: ${p.pattern}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
