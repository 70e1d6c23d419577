import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";
import type { Category } from "../../shared/engine/types.ts";

// The categories beside health in a field worker's own wording (lexicon/written-categories.ts): a
// leaning with the subject inverted, a home-country party, a party's posts shared, tractors to The Hague,
// a banner at a protest, running for office; a marriage stated with the partner's gender word, a relation
// with a named person, groping and slurs; a union joined by name and "ook lid"; an ethnic compound,
// "Indisch", an animal slur; hereditary disease in English and by its gene; faith in English, a prayer
// with its time, an Orthodox feast. Each class with its trap. Sentences are written for these tests.

const found = (category: Category, text: string) => detect(text).filter((f) => f.category === category).map((f) => text.slice(f.start, f.end));
const flags = (category: Category, texts: string[]) => it.each(texts)(`${category}: %s`, (text) => expect(found(category, text)).not.toEqual([]));
const silent = (category: Category, texts: string[]) => it.each(texts)(`no ${category}: %s`, (text) => expect(found(category, text)).toEqual([]));

describe("politics in written notes", () => {
  flags("politics", [
    "Volgens de ploeg is de nieuwe kraanmachinist behoorlijk links.",
    "Jan says the new welder is quite right wing.",
    "Iedereen weet dat Tomasz stemt op de Konfederacja.",
    "Ahmet sympathiseert met de AKP, zegt hij zelf.",
    "Piet heeft een PVV-sticker? Nee: hij heeft de BBB vlag op zijn bus.",
    "Kees deelt berichten van de PVV in de groepsapp.",
    "Henk reed dinsdag met de trekkers richting het Malieveld.",
    "Sanne stond zaterdag met een spandoek bij de klimaatmars.",
    "Mark stands for the council in May.",
  ]);
  silent("politics", [
    "Volgens Jan is de stempel erg rechts geplaatst.",
    "Jan saw the damage on the right wing of the building.",
    "Jan says the far right wing of the hospital is closed.",
    "Jan deelt berichten van de aannemer in de groepsapp.",
    "Jan rijdt met de trekker naar de bouwplaats.",
    "Jan hing het spandoek van de aannemer aan de steiger.",
    "Jan was running for the bus.",
  ]);
});

describe("sexual in written notes", () => {
  flags("sexual", [
    "Rik vertelde dat hij volgend jaar met zijn vriend gaat trouwen.",
    "Ingrid trouwt in mei met haar vriendin.",
    "Tom is marrying his boyfriend next month.",
    "Vlgs de jongens heeft Ellen een relatie met Koen van de planning.",
    "The foreman grabbed her bum in the canteen, says Maria.",
    "Daan werd door de sloper uitgescholden voor flikker.",
  ]);
  silent("sexual", [
    "Jan gaat met zijn vriend op vakantie naar Spanje.",
    "Jan trouwt in juni met zijn vriendin.",
    "Jan heeft een goede relatie met de opdrachtgever.",
    "Jan zei: flikker op met die planning.",
  ]);
});

describe("union in written notes", () => {
  flags("union", ["Jan told me he joined CNV last week.", "De FNV was op de bouw, Kees en Ahmed zijn inmiddels lid geworden."]);
  silent("union", ["Jan joined the meeting about the crane.", "De FNV voert actie; Jan is ook lid van de voetbalclub."]);
});

describe("ethnicity in written notes", () => {
  flags("ethnicity", ["Wendy is Indisch, zegt ze zelf.", "The driver called Kofi a monkey at the gate."]);
  silent("ethnicity", ["Jan haalt eten bij het Indisch restaurant.", "Jan called the old crane a dinosaur."]);
});

describe("genetic in written notes", () => {
  flags("genetic", ["Lisa's daughter has a hereditary heart condition.", "Jeroen heeft factor V Leiden, zegt hij.", "The police took DNA swabs from Piet."]);
  silent("genetic", ["Jan: safety is in the DNA of our company.", "Jan legt de factor van de veiligheid uit."]);
});

describe("religion in written notes", () => {
  flags("religion", ["Grace is a born-again believer, she told me.", "Samir wil vrijdag om 13:15 even bidden.", "Ion vraagt vrij met orthodoxe Pasen."]);
  silent("religion", ["Jan zegt: we moeten bidden dat het droog blijft.", "Jan werkt aan de Pentecostal church building in Zuidoost."]);
});

describe("a relation of a company is business", () => {
  silent("sexual", ["Jan zegt dat zijn bedrijf een relatie met Heijmans heeft."]);
});


describe("fasting with its time", () => {
  flags("religion", ["Karim vast deze maand en drinkt overdag niets.", "Ze is moslima en vastte de hele maand."]);
  silent("religion", ["De planning ligt vast deze maand, zegt Jan.", "Jan komt vast deze week langs voor de oplevering."]);
});

describe("businesses and buildings", () => {
  silent("sexual", ["Jan heeft een relatie met Jansen opgebouwd.", "Jan zegt dat we een relatie met Dura Bouw hebben."]);
  silent("genetic", ["Jan works on the genetic disease lab in Leiden."]);
});
