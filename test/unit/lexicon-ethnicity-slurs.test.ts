import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Ethnicity (ethnicity.ts): a colour or animal word a person is called, discrimination over one
// person's skin colour; and the false alarms of an evening or food named after a group and of a
// language pair. Each class with its trap beside it. Sentences are written for these tests, not taken
// from any evaluation set.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (texts: string[]) => it.each(texts)("ethnicity: %s", (text) => expect(categories(text)).toContain("ethnicity"));
const silent = (texts: string[]) => it.each(texts)("no ethnicity finding: %s", (text) => expect(seen(text).filter((s) => s.startsWith("ethnicity"))).toEqual([]));

describe("a colour or animal word a person is called", () => {
  flags(["De voorman noemde hem steeds 'zwartje' waar iedereen bij stond.", "Kees schold de stagiair Errol uit voor aap."]);
  silent(["Jan noemde de zwarte kabel de hoofdleiding.", "Piet noemde het de bruine balk bij de trap."]);
});

describe("discrimination over one person's skin colour is her trait; the ground in general is not", () => {
  // As labelled: "discriminatie op grond van haar huidskleur" tells that her skin colour is at issue.
  flags(["Sanne zegt dat ze wordt gediscrimineerd op grond van haar huidskleur.", "Hij zegt dat hij op het werk is gediscrimineerd vanwege zijn afkomst."]);
  silent(["Discriminatie op grond van huidskleur is verboden, zegt Jan in de toolbox."]);
});

describe("an evening or food named after a group, a language pair", () => {
  silent([
    "Molukse avond bij de personeelsvereniging, opgeven bij Kees.",
    "Linda neemt vrijdag Antilliaanse hapjes mee voor de ploeg.",
    "Ahmed werkt als tolk Arabisch/Turks-Nederlands bij de rechtbank.",
  ]);
  flags(["Onze collega Ricardo is Antilliaans, hij komt uit Curaçao.", "Mehmet is Turks-Nederlands."]);
});

describe("bare plurals of a people are a stereotype's group; counted or pointed at, people (ethnicity.ts)", () => {
  const seenE = (text: string) => detect(text).filter((f) => f.category === "ethnicity").map((f) => text.slice(f.start, f.end));
  it("flags the counted ones", () => expect(seenE("Jan heeft de twee Molukkers van ploeg B uitgescholden.")).toEqual(["Molukkers"]));
  it("keeps a stereotype about a people silent", () => {
    expect(seenE("Jan beweerde dat Koerden allemaal lui zijn.")).toEqual([]);
    expect(seenE("De een stelde dat Antillianen met gouden tanden dieven zijn, zei Kees.")).toEqual([]);
  });
});

describe("racist abuse without an origin word; a worker named by skin colour", () => {
  flags([
    "Bij de wedstrijd van het bedrijfsteam maakten supporters apengeluiden toen Dwayne de bal had.",
    "Ze gooiden bananenschillen naar Kofi toen hij de keet binnenkwam.",
    "Een zwarte medewerker van de sloper werd door zijn ploegbaas uitgescholden voor apenkop.",
  ]);
  silent([
    "In de dierentuin maken de apen apengeluiden.",
    "Er zijn bananen gegooid in de container voor het gft.",
    "De zwarte medewerkers van het uitzendbureau krijgen vaker een controle, blijkt uit onderzoek.",
  ]);
});
