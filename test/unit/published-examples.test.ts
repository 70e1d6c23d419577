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

describe("a source after a reporting verb, 'als' as 'as' (sources.ts, reference.ts)", () => {
  it("reads '…, meldt Machek' as the source of a claim about anyone", () => {
    expect(seen("Wie dat overkomt, is gemiddeld acht maanden uit de running, meldt Bakker.")).toEqual([]);
  });
  it("still reads a named person's sick report", () => {
    expect(seen("Maandag meldde Piet zich ziek.").length).toBeGreaterThan(0);
    expect(seen("Jan is al zes weken uit de running, schrijft Bakker.").length).toBeGreaterThan(0);
  });
  it("reads 'omschreven als een …' as a description, not a condition", () => {
    expect(seen("Hij werd door de SP-leider omschreven als een harde werker.").some((s) => s.startsWith("politics:"))).toBe(true);
  });
  it("keeps a condition a condition", () => {
    expect(seen("Bel 112 als een collega onwel wordt.")).toEqual([]);
  });
});

describe("a public figure by the occupation news names them by (reference.ts)", () => {
  it("reads 'de rapper', 'zangeres X' as a person", () => {
    expect(seen("De rapper is een gelovige moslim.").some((s) => s.startsWith("religion:"))).toBe(true);
    expect(seen("Zangeres Anouk kwam vorig jaar uit de kast.").some((s) => s.startsWith("sexual:"))).toBe(true);
  });
  it("keeps an indefinite one a rule and the rush hour no person", () => {
    expect(seen("Een voetballer mag tijdens de ramadan vasten, zegt de bond.").filter((s) => s.startsWith("religion"))).toEqual([]);
    expect(seen("In de spits was het druk.")).toEqual([]);
  });
});

describe("a public figure with an adjective between article and occupation", () => {
  it("reads 'De Marokkaans-Nederlandse rapper' as a person", () => {
    expect(seen("De Marokkaans-Nederlandse rapper scoorde een hit.").some((s) => s.startsWith("ethnicity:"))).toBe(true);
  });
  it("keeps 'elke nieuwe voetballer' a rule", () => {
    expect(seen("Elke nieuwe voetballer mag vasten.")).toEqual([]);
  });
});
