import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Who a statement is about (issue 10, precision): placeholders for anyone, questions to the reader, the
// parties of a rule, titles written with a capital, idioms. Each class has the sentences that must
// still warn beside it (sentences written for these tests).

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (category: Category, texts: string[]) =>
  it.each(texts)(`${category}: %s`, (text) => expect(categories(text)).toContain(category));
const silent = (texts: string[]) => it.each(texts)("no finding: %s", (text) => expect(seen(text)).toEqual([]));

describe("a pronoun paired with the other gender's stands for anyone", () => {
  silent([
    "Vraag de zieke medewerker niet of hij/zij al bij de huisarts is geweest.",
    "De leidinggevende belt de werknemer op de eerste dag en vraagt hoe lang hij of zij denkt ziek te zijn.",
    "The supervisor records whether he/she was taken to hospital after the incident.",
    "Als de werknemer zijn of haar herstel meldt, wordt het rooster aangepast.",
  ]);
  flags("health", [
    "Hij en zij waren allebei misselijk na de lunch in de kantine.",
    "Kees belde: hij heeft griep en komt morgen niet.",
  ]);
});

describe("a question opening with a verb and the reader asks anyone reading", () => {
  silent([
    "Ben jij herstellende van een burn-out en vraag je je af: wanneer kan ik weer beginnen?",
    "Heb je last van je rug na het tillen en denk je: moet ik nu naar de fysio?",
    "Voelt u zich duizelig op hoogte?",
  ]);
  flags("health", [
    "Heb je gehoord dat Jan epilepsie heeft?",
    "Ik ben gisteren flauwgevallen op de steiger, wie kan mijn dienst overnemen?",
  ]);
});

describe("both parties of a rule: the employer with a modal makes the employee the rule's too", () => {
  silent([
    "Binnen zes weken dient de werkgever samen met de werknemer een plan van aanpak op te stellen na de ziekmelding.",
    "Na de eerste verzuimdag moet de werkgever de werknemer binnen een week bij de arbodienst melden.",
  ]);
  flags("health", [
    "Gisteren heeft de werkgever met de werknemer besproken dat hij na zijn hernia halve dagen werkt.",
  ]);
});

describe("a capitalised noun before 'van' and a lower-case word is a title, not a name", () => {
  silent([
    "Na de eerste ziektedag stelt de werkgever een Plan van aanpak op.",
    "De Verklaring van goed gedrag wordt aangevraagd voor elke nieuwe chauffeur na zijn ziekteverlof.",
  ]);
  flags("health", [
    "Gisteren had Pieter van den Berg een snijwond aan zijn duim.",
    "Gisteren had een Pool een snijwond aan zijn hand.",
  ]);
});

describe("idioms and fixed phrases that reuse a category word", () => {
  silent([
    "Hij viel neer als aangeschoten wild, maar stond meteen weer op en ging door met sjouwen.",
    "Het team in zijn geheel is katholiek opgeleid, staat in het jaarverslag van de school.",
  ]);
  flags("health", ["Hij was aangeschoten na de borrel en mocht niet meer op de heftruck."]);
});
