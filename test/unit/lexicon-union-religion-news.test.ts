import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Officers of a union or of a congregation as news writes them (union-news.ts, religion-news.ts). Each
// class with its trap beside it. Sentences are written for these tests, not taken from any evaluation set.

const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (category: string, texts: string[]) =>
  it.each(texts)(`${category}: %s`, (text) => expect(seen(text).some((s) => s.startsWith(`${category}:`))).toBe(true));
const silent = (category: string, texts: string[]) =>
  it.each(texts)(`no ${category} finding: %s`, (text) => expect(seen(text).filter((s) => s.startsWith(category))).toEqual([]));

describe("union: a title and a name in a sentence about the union, member unions by name", () => {
  flags("union", [
    "'De lonen moeten omhoog', zegt organizer Fatima Bakker van FNV Schoonmaak.",
    "Bij de vakbond is de stemming grimmig, aldus bestuurder Henk Jansen.",
    "Ik sprak met P. de Wit van de Industriebond over de staking.",
    "Hij werd in 1971 voorzitter van de Voedingsbond.",
    "Zijn vader zei hem lid te worden van de vakbond.",
    "Sindsdien ben ik lid en doe ik kaderwerk.",
  ]);
  silent("union", [
    "De FNV voert actie, zegt directeur Jan Smit van het bedrijf.",
    "De FNV eist vijf procent meer loon, zegt voorzitter Jan de Vries van de werkgeversvereniging.",
    "De voorzitter van de bouwcommissie opende de vergadering.",
    "Het rapport van de Industriebond was kritisch over de lonen.",
    "Voorzitter Jan Smit van de werkgevers reageert op de FNV.",
    "De FNV en de voorzitter van de werkgevers praten vandaag verder.",
    "Zijn vader zei hem lid te worden van de tennisclub.",
  ]);
});

describe("religion: a congregation's officer by a compound title, as a quote's source, an officiant", () => {
  flags("religion", [
    "Na afloop sprak moskeevoorzitter Hasan Yilmaz de gasten toe.",
    "De nieuwe synodevoorzitter werd gisteren gekozen.",
    "'Onze kerk is eindelijk gerenoveerd', zegt penningmeester Truus de Jong.",
    "Kerim is hoofdimam in Rotterdam.",
    "Wim is pastoraal werker in de regio.",
  ]);
  silent("religion", [
    "Het moskeebestuur besloot tot een verbouwing.",
    "De kerk staat in de steigers, zegt aannemer Piet Jansen.",
    "De kerk staat op de monumentenlijst, zegt voorzitter Jan de Wit van de historische vereniging.",
    "De voorzitter van de bouwcommissie bezocht de nieuwbouw.",
    "Het pastoraal werk van de parochie groeit.",
  ]);
});

describe("religion: converting with words between", () => {
  flags("religion", ["Zij bekeerde zich op haar twintigste tot het christendom."]);
  silent("religion", ["Jan bekeerde zich tot een andere aanpak van de planning."]);
});

describe("a person of a union federation, named before 'van de FNV'", () => {
  flags("union", ["Volgens Zakaria Boufangacha van de FNV willen bedrijven niet investeren.", "Jan van de FNV komt morgen langs op de bouwplaats."]);
  silent("union", ["De cao van de FNV is gisteren getekend.", "Het ultimatum van de FNV verliep vrijdag om drie uur."]);
});
