import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Criminal data as news and rulings write about one person (criminal-news.ts), and a company's
// sentence left to the company (sources.ts, person-context.ts). Each class with its trap beside it.
// Sentences are written for these tests, not taken from any evaluation set.

const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (texts: string[]) => it.each(texts)("criminal: %s", (text) => expect(seen(text).some((s) => s.startsWith("criminal:"))).toBe(true));
const silent = (texts: string[]) => it.each(texts)("no criminal finding: %s", (text) => expect(seen(text).filter((s) => s.startsWith("criminal"))).toEqual([]));

describe("a sentence's conditions, a verdict on a person, a trial", () => {
  flags([
    "Hij kreeg daarnaast een proeftijd van drie jaar.",
    "De politierechter vond de heftruckchauffeur schuldig aan het ongeval.",
    "De uitvoerder werd schuldig bevonden aan dood door schuld.",
    "Een 43-jarige kraanmachinist uit Weert stond dinsdag voor de politierechter.",
    "De rechtbank veroordeelde de chauffeur tot een werkstraf.",
  ]);
  silent([
    "Zijn contract kent een proeftijd van twee maanden.",
    "Ik voel me schuldig aan de vertraging van het project.",
    "Jan vindt zichzelf schuldig aan de vertraging.",
    "De minister veroordeelt het geweld tegen hulpverleners.",
    "De busjes stonden voor de rechtbank geparkeerd.",
  ]);
});

describe("the held person, suspects, resisting police, still held", () => {
  flags([
    "De opgepakte man werd later op vrije voeten gesteld.",
    "De hoofdverdachte zweeg tijdens het verhoor.",
    "Bij de inval werden drie verdachten aangetroffen.",
    "Hij zou een agente hebben geschopt.",
    "Zij is de enige demonstrant die nog vastzit.",
  ]);
  silent([
    "De aangehouden afstand tot de sleuf was te klein.",
    "De agent regelde het verkeer bij de bouwplaats.",
    "Jan zag dat de bout die nog vastzit roestig is.",
  ]);
});

describe("a company's sentence is the company's", () => {
  silent([
    "ARNHEM - Bouwbedrijf De Vries Bouw BV is door de rechtbank veroordeeld tot een boete van 20.000 euro.",
    "De rechtbank Gelderland veroordeelt een installatiebedrijf tot een geldboete van 50.000 euro.",
  ]);
  flags(["De politie heeft twee medewerkers van een sloopbedrijf aangehouden op verdenking van diefstal."]);
});

describe("awaiting trial, a case against a person, a police report, a confession", () => {
  flags([
    "De 31-jarige man uit Almere zit vast in afwachting van zijn proces.",
    "De strafzaak tegen de chauffeur dient in april.",
    "Tegen de bestuurder is proces-verbaal opgemaakt.",
    "Hij heeft inmiddels bekend de auto te hebben gestolen.",
  ]);
  silent([
    "Jan wacht in afwachting van de vergunning nog even met storten.",
    "De zaak tegen de gemeente loopt nog, zegt Jan.",
    "Het proces-verbaal van de vergadering is goedgekeurd door Jan.",
  ]);
});
