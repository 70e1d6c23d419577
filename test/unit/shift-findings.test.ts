import { describe, expect, it } from "vitest";
import { editBetween, shiftFindings } from "../../extension/content/shift-findings.ts";
import type { ShownFinding } from "../../extension/content/shown-finding.ts";

const finding = (start: number, end: number): ShownFinding => ({ category: "bsn", start, end, confidence: "high", rule: "bsn.keyword-bound", explanation: "bsn.high", status: "open", mode: "warn" });

describe("underlines between a keystroke and the next scan", () => {
  const text = "Melding. BSN 123456782 genoteerd.";
  const bsn = finding(13, 22);

  it("moves a finding after the edit by what was typed or deleted", () => {
    const typed = "Nieuwe melding. BSN 123456782 genoteerd.";
    const [moved] = shiftFindings([bsn], text, typed);
    expect(typed.slice(moved!.start, moved!.end)).toBe("123456782");
    const deleted = "Melding BSN 123456782 genoteerd.";
    const [back] = shiftFindings([bsn], text, deleted);
    expect(deleted.slice(back!.start, back!.end)).toBe("123456782");
  });

  it("keeps a finding before the edit and drops one the edit touches", () => {
    expect(shiftFindings([bsn], text, `${text} Verder niets.`)).toEqual([bsn]);
    expect(shiftFindings([bsn], text, text.replace("456", "4X56"))).toEqual([]);
  });

  it("finds the edit when the same letter repeats around it", () => {
    expect(editBetween("aaaa", "aaaaa")).toEqual({ at: 4, removed: 0, inserted: 1 });
    expect(editBetween("abcabc", "abc")).toEqual({ at: 3, removed: 3, inserted: 0 });
  });
});
