import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Politics as news and council minutes write it (politics-news.ts). Each class with its trap beside it.
// Sentences are written for these tests, not taken from any evaluation set.

const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (texts: string[]) => it.each(texts)("politics: %s", (text) => expect(seen(text).some((s) => s.startsWith("politics:"))).toBe(true));
const silent = (texts: string[]) => it.each(texts)("no politics finding: %s", (text) => expect(seen(text).filter((s) => s.startsWith("politics"))).toEqual([]));

describe("a party in brackets after a name", () => {
  flags([
    "Karel Jansen (SGP) stelde vragen over de rotonde.",
    "Mevrouw Ineke de Boer (ChristenUnie) was met kennisgeving afwezig.",
  ]);
  silent([
    "De Staatkundig Gereformeerde Partij (SGP) hield een congres.",
    "Het college (VVD, CDA) nam het besluit over de rotonde.",
    "Jan Volt kwam vanochtend te laat op de bouwplaats.",
  ]);
});

describe("an office held for a party, a party's group, a place on its list", () => {
  flags([
    "Volgens Ria Smit, wethouder namens Lokaal Belang, gaat de brug open.",
    "Hij is raadslid voor Gemeentebelangen in Oss.",
    "Pieter werkte drie jaar voor de fractie van D66.",
    "Daarom stelde mijn fractie schriftelijke vragen.",
    "Bij de verkiezingen staat Fenna op plaats vier op de lijst.",
    "Anouk is de lijstduwer van de lokale partij.",
    "Hij sprak over zijn ambitie om Kamerlid te worden.",
  ]);
  silent([
    "De wethouder sprak namens het college.",
    "Slechts een fractie van de kosten werd vergoed.",
    "Ajax staat op de tweede plaats in de competitie.",
    "Tijdens de verkiezingen staan op vrijwel elke kieslijst lokale partijen.",
    "Hij wil later timmerman worden.",
  ]);
});

describe("a party's line carried by a person, a cause as their aim, solidarity with a cause, counted activists", () => {
  flags([
    "Wethouder Kees wil het SP-geluid laten horen in de raad.",
    "Onze uitvoerder Piet wil de massa-immigratie indammen.",
    "Henk wilde met zijn trekker zijn solidariteit tonen aan de boeren.",
    "Drie klimaatactivisten zijn zaterdag aangehouden bij de blokkade.",
  ]);
  silent([
    "Jan moet de lekkage stoppen voor het weekend.",
    "Jan betuigde zijn solidariteit met de collega's van ploeg B.",
    "Klimaatactivisten demonstreren vaak op de snelweg.",
  ]);
});

describe("a local party by the words municipal lists use, and a party after a person and 'van'", () => {
  flags([
    "Jacob van der Heide (Gemeentebelangen) stapt op na het debat over de begroting.",
    "Raadslid Piet de Vries van Dorpsbelangen stapt op.",
    "Sjaak Thijssen van de Groesbeekse Volkspartij stopt na twintig jaar.",
  ]);
  silent([
    "Het verkiezingsprogramma van de VVD ligt ter inzage in het gemeentehuis.",
    "De zetels van de PVV gaan naar de oppositie.",
    "De Dorpsbelangen vereniging organiseert een buurtfeest bij de nieuwbouw.",
  ]);
});
