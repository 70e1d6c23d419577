import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// Hurried notes: "n" and "'t" for the articles, and given names typed in lower case inside a sentence.
// Sentences written for these tests, each class with its trap beside it.

describe("'n' and ''t' read as the articles they stand for", () => {
  flags("sexual", ["volgens de jongens heeft Lisa n affaire met de uitvoerder"]);
  flags("health", ["Henk heeft 'n afspraak bij de fysio voor zijn schouder, morgen pas om 10 uur op de bouw."]);
  silent("health", ["de kraan heeft n storing, monteur komt om 14.00"]);
});

describe("a given name in lower case inside a sentence is a person", () => {
  flags("sexual", ["iedereen weet dat lisa n affaire heeft met de uitvoerder"]);
  flags("health", ["k zag vanochtend dat dennis met krukken loopt, zn enkel is gebroken"]);
  // A name that is also a word needs its capital: "mark" is a mark.
  silent("health", ["zet een mark op de plaat waar de boor door de leiding kan, anders krijgt iemand een schok"]);
});

describe("notes that drop the verb or the article", () => {
  flags("health", [
    "mijn vader heel ziek, ik moet naar huis",
    "zijn vrouw bevallen vannacht, hij komt vrijdag weer",
    "ik moet morgen naar ziekenhuis voor controle van mn knie",
  ]);
  silent("health", [
    "de kastanje bij de poort heel ziek, hovenier komt kijken",
    "het nieuwe rooster is de ploeg goed bevallen",
  ]);
});
