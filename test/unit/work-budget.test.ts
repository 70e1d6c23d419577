import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";
import type { Finding } from "../../shared/engine/types.ts";
import { WORK } from "../../shared/engine/special/work.ts";
import { MAX_SENTENCE_WORDS } from "../../shared/engine/text/tokenize.ts";

// The engine's worst inputs are held to a count of steps (special/work.ts), not to a time: a time on a
// shared machine measures its neighbours too. Before the caps (MAX_SENTENCE_WORDS, NAME_CHAIN_STEPS,
// SPEAKER_WINDOW) an unbroken run of terms was quadratic (100,000 × "epilepsie " took four minutes) and a
// run of capitalised words overflowed the stack. The findings below are those the engine gave before
// the caps (checked against its output then); here they are derived from one repetition of the input,
// so that lexicon work does not have to touch this test.

/** At most this many counted steps per word of input, for any input. */
const STEPS_PER_WORD = 8;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function counted(text: string): { findings: Finding[]; steps: number } {
  WORK.steps = 0;
  const findings = detect(text);
  return { findings, steps: WORK.steps };
}

/** The findings of `unit` repeated `times` times: each repetition's own, moved by its offset. */
function repeated(unit: string, times: number): Finding[] {
  const one = detect(unit);
  const out: Finding[] = [];
  for (let k = 0; k < times; k++) for (const f of one) out.push({ ...f, start: f.start + k * unit.length, end: f.end + k * unit.length });
  return out;
}

/** The findings of `text` are those of `short` for its last words, moved to the end of `text`. */
function sameTail(text: string, short: string): Finding[] {
  return detect(short).map((f) => ({ ...f, start: f.start + text.length - short.length, end: f.end + text.length - short.length }));
}

describe("work budget: the worst inputs cost a bounded number of steps", () => {
  // The bench's adversarial inputs (scripts/bench/engine.ts), 1 MB each.
  const random = Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 0xd7ff))).join("");
  const nothing: [string, string][] = [
    ["100,000-digit run ×10", "1".repeat(1_000_000)],
    ["digit-space pairs", "1 ".repeat(500_000)],
    ["repeated separators", "-.".repeat(500_000)],
    ["BSN keyword ×250k", "BSN ".repeat(250_000)],
    ["random unicode", random],
  ];
  for (const [name, text] of nothing) {
    it(`${name}: no findings, within the budget`, () => {
      const { findings, steps } = counted(text);
      expect(findings).toEqual([]);
      expect(steps).toBeLessThanOrEqual(STEPS_PER_WORD * Math.max(1, words(text)));
    });
  }

  it("person + term ×50,000: every sentence's finding, within the budget", () => {
    const text = "Jan heeft epilepsie. ".repeat(50_000).slice(0, 1_000_000);
    const { findings, steps } = counted(text);
    expect(findings).toEqual(repeated("Jan heeft epilepsie. ", 50_000).filter((f) => f.end <= text.length));
    expect(steps).toBeLessThanOrEqual(STEPS_PER_WORD * words(text));
  });

  // Runs without a sentence break, longer than MAX_SENTENCE_WORDS: each term found as on its own.
  const runs: [string, string, number][] = [
    ["terms only", "epilepsie ", 20_000],
    ["one long sentence", "Jan heeft epilepsie en ", 10_000],
    ["generic pronoun sentences", "Hij is ziek. ", 20_000],
    ["an employer's duty, again and again", "Jan heeft epilepsie en de werkgever moet ", 5_000],
  ];
  for (const [name, unit, times] of runs) {
    it(`${name}: the same findings as one repetition, within the budget`, () => {
      const text = unit.repeat(times);
      const { findings, steps } = counted(text);
      expect(findings).toEqual(repeated(unit, times));
      expect(steps).toBeLessThanOrEqual(STEPS_PER_WORD * words(text));
    });
  }

  it("a paragraph of terms without a person: one finding per term", () => {
    const sentence = "de epilepsie en ".repeat(1000) + ". ";
    const text = sentence.repeat(10);
    const { findings, steps } = counted(text);
    expect(findings).toHaveLength(10_000);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(detect("de epilepsie en de epilepsie.").map((f) => f.rule)));
    expect(steps).toBeLessThanOrEqual(STEPS_PER_WORD * words(text));
  });

  // Runs of names and capitalised words: each was read back to its start for every word of it
  // (sources.ts), and "X Van X Van …" along two ways at every "Van".
  const names: [string, string, string][] = [
    ["a run of given names", "Jan ".repeat(100_000) + "heeft epilepsie", "Jan Jan Jan heeft epilepsie"],
    ["a run of capitalised words", "Jan heeft " + "Bakker ".repeat(100_000) + "epilepsie", "Bakker Bakker epilepsie"],
    ["a run of 'X Van'", "Jan heeft " + "Bakker Van ".repeat(50_000) + "epilepsie", "Bakker Van Bakker Van epilepsie"],
    ["a speech verb before a run of names", "zegt " + "Jan ".repeat(100_000) + "epilepsie", "Jan Jan Jan epilepsie"],
  ];
  for (const [name, text, short] of names) {
    it(`${name}: the term found as after a few of them, within the budget`, () => {
      const { findings, steps } = counted(text);
      expect(findings).toEqual(sameTail(text, short));
      expect(findings).toHaveLength(1);
      expect(steps).toBeLessThanOrEqual(STEPS_PER_WORD * words(text));
    });
  }

  it("cuts a sentence only far beyond what people write", () => {
    // The longest sentence of the labelled files and the bench corpus has 71 words.
    expect(MAX_SENTENCE_WORDS).toBeGreaterThanOrEqual(150);
  });
});
