import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// A person's political affiliation and activity (politics-activity.ts). Each class with its trap beside
// it; every trap names a person, so its silence is the lexicon's own. Sentences are written for these
// tests, not taken from any evaluation set.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (texts: string[]) => it.each(texts)("politics: %s", (text) => expect(categories(text)).toContain("politics"));
const silent = (texts: string[]) => it.each(texts)("no politics finding: %s", (text) => expect(seen(text).filter((s) => s.startsWith("politics"))).toEqual([]));

describe("active for a party, on its staff, sympathy for it", () => {
  flags([
    "Henk is jarenlang actief geweest voor de SP.",
    "De nieuwe planner was eerder fractiemedewerker geweest bij GroenLinks.",
    "Onze receptioniste heeft duidelijk sympathie voor de BBB.",
  ]);
  silent([
    "Henk is jarenlang actief geweest voor de voetbalclub.",
    "Onze receptioniste heeft sympathie voor de situatie van Piet.",
    "Kees werkt al tien jaar bij de gemeente.",
  ]);
});

describe("campaigning: flyers for a party, a leader's videos shared, for a party named before", () => {
  flags([
    "Rob heeft zaterdag folders rondgebracht voor de PvdA.",
    "Kevin stuurt in de groepsapp steeds video's van Wilders.",
    "Mike is a Green party voter and canvasses for them every spring.",
  ]);
  silent([
    "Rob heeft de folders voor de veiligheidsweek rondgebracht.",
    "Kevin stuurt in de groepsapp steeds filmpjes van de stort.",
  ]);
});

describe("a party section's board, an action committee against a plan, a slogan on a sticker", () => {
  flags([
    "Ruud zit in het bestuur van de plaatselijke CDA-afdeling.",
    "Wouter is voorzitter van het actiecomité tegen het azc.",
    "Bart heeft een 'Stop het azc'-sticker op zijn helm.",
  ]);
  silent([
    "Ruud zit in het bestuur van de plaatselijke tennisclub.",
    "Wouter zit in het comité voor de kerstborrel.",
    "Bart heeft een 'Stop bij rood'-sticker op zijn helm.",
  ]);
});

describe("a public office without its party is no opinion; with it, it is", () => {
  flags(["Gerrit is ook gemeenteraadslid voor de ChristenUnie."]);
  silent(["Oud-raadslid Piet de Boer kwam de nieuwe brug openen."]);
});
