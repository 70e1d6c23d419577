import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Classes of language that name no one's data although a person is in the text (precision, issue 10),
// each with the sentences that must still warn beside it.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);

function flags(category: Category, texts: string[]) {
  it.each(texts)(`${category}: %s`, (text) => expect(categories(text)).toContain(category));
}
function silent(texts: string[]) {
  it.each(texts)("no finding: %s", (text) => expect(seen(text)).toEqual([]));
}

describe("biometric: a trait word is someone's data only when the text says whose", () => {
  flags("biometric", [
    "De vingerafdruk van Petra wordt sinds haar brandwond niet meer gelezen.",
    "Gezichtsscan van de nieuwe kraanmachinist is vandaag ingelezen.",
    "Bij de draaipoort is van Ruben een irisscan gemaakt.",
    "Vingerafdrukken van de 4 nieuwe uitzendkrachten zijn geregistreerd.",
    "Zijn vingerafdruk werkt niet bij de slagboom, Mark moet via de portier.",
    "Fingerprint of Tomasz is not read by the turnstile since Monday.",
  ]);
  silent([
    "Volgens minister De Jong mag personeel niet verplicht worden om met alleen een vingerafdruk in te klokken.",
    "De monteur weigerde via de gezichtsscan in te klokken en kreeg een waarschuwing.",
    "Bij indiensttreding werden bij de nieuwe medewerker twee vingerafdrukken afgenomen voor de prikklok.",
    "Oud-wethouder Karin Smit vroeg excuses voor de werknemers die een vingerscan moesten afgeven.",
  ]);
});
