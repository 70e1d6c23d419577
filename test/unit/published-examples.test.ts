import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Reference in published text (sources.ts, reference.ts): organisations a text names as examples are no
// persons, and a share of a counted group is a statistic. Sentences are written for these tests.

const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);

describe("organisations named as examples, a share of a counted group (sources.ts, reference.ts)", () => {
  const none = (texts: string[]) => it.each(texts)("no finding: %s", (text) => expect(seen(text)).toEqual([]));
  none([
    "Ook supermarkten als Jumbo en Albert Heijn houden rekening met werknemers die vasten tijdens de ramadan.",
    "Op veel kieslijsten staan lokale partijen, met namen als Dorpsbelang en Gemeentebelangen.",
    "Bijna de helft van de 60 kandidaten die op de kandidatenlijst staan, is nu al actief.",
  ]);
  it("keeps a person named as an example of people", () => {
    expect(seen("Collega's zoals Jan vasten tijdens de ramadan.").length).toBeGreaterThan(0);
  });
});
