import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { fold } from "../../shared/engine/text/fold.ts";
import { tokenize } from "../../shared/engine/text/tokenize.ts";
import { sentenceRanges } from "../../shared/engine/learned/features.ts";
import { decodeModel } from "../../shared/engine/learned/model.ts";
import { learnedFindings, scoreSentence, sentencesWithout } from "../../shared/engine/learned/score.ts";
import { WEIGHTS } from "../../shared/engine/learned/weights.ts";
import { examplesOf, readJsonl } from "../../scripts/learned/data.ts";
import { quantise, train, type TrainOptions } from "../../scripts/learned/sgd.ts";
import { CATEGORIES, type Category } from "../../shared/engine/types.ts";

// The learned second opinion, trained here on sentences written for this test (never the handout's),
// exactly as `npm run train` trains the shipped model: the same featuriser, SGD and int8 weights.
const fixture = readJsonl(resolve(import.meta.dirname, "fixtures/learned-train.jsonl"));
const options: TrainOptions = {
  bits: 10,
  categoryBits: 8,
  categories: CATEGORIES.filter((c): c is Exclude<Category, "bsn"> => c !== "bsn"),
  epochs: 30,
  learningRate: 4,
  l2: 1e-4,
  positiveWeight: 1,
  seed: 7,
};
const trained = () => quantise(train(examplesOf(fixture, options.bits), options), options, 0);
const model = decodeModel(trained());

const NEUTRAL = "Afzetting rond de bouwput is hersteld na de storm.";
const INJURY = "Bram brak zijn pols toen hij van de ladder gleed.";

describe("learned second opinion", () => {
  it("separates the sentences it was trained on", () => {
    for (const doc of fixture) {
      const folded = fold(doc.text);
      const [from, to] = sentenceRanges(folded);
      const { any } = scoreSentence(model, folded, from!, to!);
      // The sign of the score is the verdict: positive for a sentence with a finding, negative without.
      expect(Math.sign(any), doc.text).toBe(doc.expect.length ? 1 : -1);
    }
  });

  it("underlines the sensitive sentence of a note as likely, and leaves the neutral one alone", () => {
    const text = `${NEUTRAL} ${INJURY}`;
    const findings = learnedFindings(text, fold(text), undefined, model);
    expect(findings).toEqual([
      { category: "health", start: NEUTRAL.length + 1, end: text.length - 1, confidence: "medium", rule: "health.learned", explanation: "health.weak" },
    ]);
  });

  it("names the category the sentence is about", () => {
    const text = "Youssef vast tijdens de ramadan en neemt zijn pauze later.";
    expect(learnedFindings(text, fold(text), undefined, model).map((f) => f.category)).toEqual(["religion"]);
  });

  it("offsets point into the original text, capitals and accents included", () => {
    const text = "LOOPPAD NAAR DE KEET IS GLAD. Gerrit verstuikte zijn énkel op de trap van de bouwkeet.";
    const [finding] = learnedFindings(text, fold(text), undefined, model);
    expect(text.slice(finding!.start, finding!.end)).toBe("Gerrit verstuikte zijn énkel op de trap van de bouwkeet");
  });

  it("judges only the sentences it is given, such as those no rule covered", () => {
    const text = `${INJURY} ${NEUTRAL}`;
    const folded = fold(text);
    const byRule = [{ start: 0, end: 4 }]; // a rule finding on "Bram …" covers the first sentence
    expect(sentencesWithout(folded, byRule)).toEqual([{ start: INJURY.length + 1, end: text.length - 1 }]);
    expect(learnedFindings(text, folded, sentencesWithout(folded, byRule), model)).toEqual([]);
  });

  it("gives nothing for text without words", () => {
    expect(learnedFindings("", "", undefined, model)).toEqual([]);
    expect(learnedFindings(" --- !!! ", " --- !!! ", undefined, model)).toEqual([]);
  });

  it("trains to the same weights every time", () => {
    expect(trained().data).toBe(trained().data);
  });

  it("cuts sentences exactly where the engine's tokenizer does", () => {
    const piece = fc.constantFrom("Dhr.", "Jansen", "12.03.2026", "windkracht 7.", "R. Bakker", "epi-lepsie", "zn", "!", "?", ";", "\n", "|", " ", ". ", "collega's", "€ 12.500", "mdw.");
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join(" ");
      const folded = fold(text);
      const tokens = tokenize(text, folded);
      const expected: number[] = [];
      tokens.forEach((t, i) => {
        if (i === 0 || t.sentence !== tokens[i - 1]!.sentence) expected.push(t.start);
        if (i === tokens.length - 1 || tokens[i + 1]!.sentence !== t.sentence) expected.push(t.end);
      });
      expect(sentenceRanges(folded)).toEqual(expected);
    }), { numRuns: 300 });
  });

  it("ships weights in the format the scorer reads", () => {
    const shipped = decodeModel(WEIGHTS);
    expect(shipped.weights.length).toBe((1 << WEIGHTS.bits) + (WEIGHTS.categories.length << WEIGHTS.categoryBits));
    for (const f of learnedFindings(`${NEUTRAL} ${INJURY}`, fold(`${NEUTRAL} ${INJURY}`), undefined, shipped)) expect(f.rule).toBe(`${f.category}.learned`);
  });
});
