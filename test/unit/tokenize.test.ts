import { describe, expect, it } from "vitest";
import { fold } from "../../shared/engine/text/fold.ts";
import { tokenize } from "../../shared/engine/text/tokenize.ts";

// Person cues and predicates count only within one sentence, so where a sentence ends decides
// whether "Jan" in one sentence can make a weak term in the next one a finding.
const sentences = (text: string) => {
  const out: string[][] = [];
  for (const t of tokenize(text, fold(text))) (out[t.sentence] ??= []).push(text.slice(t.start, t.end));
  return out.map((words) => words.join(" "));
};

describe("sentence splitting", () => {
  it("keeps initials and titles with the name after them", () => {
    expect(sentences("R. Bakker en Dhr. Jansen zijn er. Mdw. Piet ook")).toEqual(["R Bakker en Dhr Jansen zijn er", "Mdw Piet ook"]);
  });

  it("ends a sentence after a single digit", () => {
    expect(sentences("Stilgezet bij windkracht 7. Jan is opgenomen")).toEqual(["Stilgezet bij windkracht 7", "Jan is opgenomen"]);
  });

  it("keeps dates and amounts with full stops inside their sentence", () => {
    expect(sentences("Jan is op 12.03.2026 opgenomen, schade € 12.500. Klaar")).toEqual(["Jan is op 12 03 2026 opgenomen schade 12 500", "Klaar"]);
  });

  it("ends sentences at line breaks, pipes, ! ? and ;", () => {
    expect(sentences("a\nb | c! d? e; f")).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("numbers sentences on from a given index when appending ranges", () => {
    const text = "Jan viel. Het regent. Piet brak zijn pols.";
    const f = fold(text);
    const tokens = tokenize(text, f, 0, 8);
    tokenize(text, f, 22, text.length - 1, tokens, 1);
    expect(tokens.map((t) => [t.word, t.sentence])).toEqual([["jan", 0], ["viel", 0], ["piet", 1], ["brak", 1], ["zijn", 1], ["pols", 1]]);
  });
});
