import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Union officials as published text names them (union.ts): the title before the union's name, a
// leader by a compound head, titles only unions use, working for a union, union work and the Belgian
// federations. Each class with its trap beside it. Sentences are written for these tests, not taken
// from any evaluation set.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (texts: string[]) => it.each(texts)("union: %s", (text) => expect(categories(text)).toContain("union"));
const silent = (texts: string[]) => it.each(texts)("no union finding: %s", (text) => expect(seen(text).filter((s) => s.startsWith("union"))).toEqual([]));

describe("the title before the union's name", () => {
  flags([
    "Marieke Bos, bestuurder FNV Metaal, sprak de ploeg in de kantine toe.",
    "Gerrit is sinds maart bestuurslid CNV Vakmensen.",
  ]);
  silent(["Het cao-overleg met FNV en CNV loopt vast.", "De bestuurder van het bouwbedrijf sprak de ploeg toe."]);
});

describe("a union's leader by a compound head", () => {
  flags(["De hal in Utrecht zat vol om FNV-voorman De Groot te horen."]);
  silent(["De voorman stuurde Kees naar de keet om een helm te halen."]);
});

describe("titles only unions use", () => {
  flags(["Na tien jaar werd Anton sectorbestuurder en later bondsbestuurder."]);
  silent(["Anton werd na tien jaar bestuurder van de woningcorporatie."]);
});

describe("working for a union", () => {
  flags(["Kees was pas 22 toen hij in dienst kwam van de bond.", "Sandra heeft vijftien dienstjaren bij de FNV achter de rug."]);
  silent(["Kees was pas 22 toen hij in dienst kwam van de gemeente."]);
});

describe("union work a person does", () => {
  flags(["Ahmet heeft vrijdag vakbondsverlof, Piet neemt zijn ploeg over."]);
  silent(["Ahmet heeft vrijdag verlof, Piet neemt zijn ploeg over."]);
});

describe("the Belgian federations", () => {
  flags(["Wim is the ABVV delegate for the Flemish formwork crew."]);
  silent(["Wim is the delegate for the Flemish formwork crew."]);
});

describe("a speaker named with the union they speak for", () => {
  flags(["\"Dit kan zo niet langer\", zegt Anja Mulder van FNV Metaal."]);
  silent(["\"Dit kan zo niet langer\", blijkt uit een enquête van FNV Metaal."]);
});

describe("an official by title alone, also as the source of a quote", () => {
  flags(["Volgens de woordvoerder van de FNV loopt de actie goed.", "De CNV-voorzitter sprak Jan en Piet op de brug toe."]);
  silent(["Volgens een rapport van de FNV loopt de actie goed.", "De voorzitter van de OR sprak Jan en Piet op de brug toe."]);
});

describe("a seat on a union's board, joining, speaking on behalf of a Belgian union", () => {
  flags([
    "Ria zit sinds vorig jaar in het hoofdbestuur van de FNV.",
    "Na het ongeval sloot Kees zich aan bij de vakbond.",
    "Wim is afgevaardigde namens ABVV Bouw.",
  ]);
  silent([
    "Kees zei dat het hoofdbestuur van de FNV gisteren besloot.",
    "Na het ongeval sloot Kees de deur van de keet.",
    "Wim is afgevaardigde namens de aannemer.",
  ]);
});
