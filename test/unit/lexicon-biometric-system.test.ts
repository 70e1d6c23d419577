import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Biometric templates after an article are the system or the method ("via de gezichtsscan
// inklokken"), unless whose they are follows or they were made of someone; the geneticists'
// association is no one's test. Each class with its trap beside it. Sentences are written for these
// tests, not taken from any evaluation set.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (category: Category, texts: string[]) => it.each(texts)(`${category}: %s`, (text) => expect(categories(text)).toContain(category));
const silent = (category: Category, texts: string[]) =>
  it.each(texts)(`no ${category} finding: %s`, (text) => expect(seen(text).filter((s) => s.startsWith(category))).toEqual([]));

describe("a template after an article: the system, unless whose it is follows or it was made of someone", () => {
  silent("biometric", [
    "Kees weigerde via de gezichtsscan in te klokken en kreeg een waarschuwing.",
    "Sinds Jan er is, stopt de firma met de vingerscan bij de poort.",
    "Volgens Petra mag personeel niet met alleen een vingerafdruk inklokken.",
  ]);
  flags("biometric", [
    "Het poortsysteem herkent de vingerafdruk van Tomasz niet meer.",
    "Gisteren is van Bram een irisscan gemaakt voor de serverruimte.",
    "Zijn gezichtsscan werkt niet sinds hij een baard heeft, zegt Henk.",
  ]);
});

describe("the geneticists' association is no one's test", () => {
  silent("genetic", ["Voorzitter Anne de Vries van de Vereniging Klinische Genetica Nederland sprak op het congres."]);
  flags("genetic", ["Ravi laat zich testen bij de klinische genetica in Leiden."]);
});

describe("whose trait, when the owner is a preposition's object (@OBJ)", () => {
  flags("biometric", [
    "De vingerafdruk van de heftruckchauffeur is opnieuw geregistreerd.",
    "De handpalmscan van een medewerker van de onderaannemer werd niet herkend.",
  ]);
  silent("biometric", ["De gezichtsscan van de bezoekers wordt niet bewaard.", "De vingerafdrukscanner van de poort is defect."]);
});
