import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Union roles and membership of a named person (union.ts): an official named between title and
// union, a union called by an adjective, members' councils, a complaint filed through the union. Each class with its trap
// beside it. Sentences are written for these tests, not taken from any evaluation set.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (texts: string[]) => it.each(texts)("union: %s", (text) => expect(categories(text)).toContain("union"));
const silent = (texts: string[]) => it.each(texts)("no union finding: %s", (text) => expect(seen(text).filter((s) => s.startsWith("union"))).toEqual([]));

describe("an official named between title and union", () => {
  flags([
    "\"De druk is te hoog\", zegt regiobestuurder Anja de Wit van FNV Bouwen & Wonen.",
    "Volgens projectleider arbo Kees Smit van CNV Vakmensen is dat te laat.",
  ]);
  silent([
    "Volgens het rapport van FNV Bouw stijgt het aantal ongevallen.",
    "De FNV Bouw voert volgende week actie in Utrecht.",
    "De bestuurder van de kraan kreeg een pauze.",
  ]);
});

describe("a union called by an adjective, the members' councils", () => {
  flags([
    "Tomasz is a member of the Polish union OPZZ, he says.",
    "Piet is al dertig jaar lid van de christelijke vakbond.",
    "Sandra zit in de FNV-ledenraad.",
  ]);
  silent(["Piet is al dertig jaar lid van de plaatselijke schaakclub.", "Sandra zit in de ondernemingsraad."]);
});

describe("a complaint filed through the union", () => {
  flags(["Mehmet heeft zijn bezwaar tegen het rooster via de vakbond ingediend."]);
  silent(["De cao is door de vakbonden met de werkgevers afgesproken, zegt Jan."]);
});

describe("'wie' opening a rule about anyone names nobody", () => {
  silent(["Wie lid wil worden van de vakbond, kan zich melden bij de receptie."]);
});
