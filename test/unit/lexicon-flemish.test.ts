import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// Belgian-Dutch words of Flemish crews (lexicon/flemish.ts), each with its trap.

describe("Flemish health words: kinesist, spoed, mutualiteit, radiografie, a doctor's note", () => {
  flags("health", [
    "Jens is bij de kinesist geweest voor zijn rug.",
    "Dirk is met de ziekenwagen naar spoed gebracht.",
    "Twee tenen gebroken volgens de radiografie, Bart is thuis en de mutualiteit is verwittigd.",
    "Onze monteur heeft een briefke van den dokter voor vijf dagen.",
    "Hij is in de ziekte sinds maandag.",
  ]);
  silent("health", [
    "Dat moet met spoed geregeld worden, de klant wacht.",
    "De radio staat te hard aan in de keet.",
    "Ik kreeg een briefje van de uitvoerder met de planning.",
  ]);
});

describe("Flemish union and police words", () => {
  flags("union", ["Onze Marc zit in de syndicale delegatie van het ACV."]);
  silent("union", ["De afgevaardigde van de gemeente kwam de werf bekijken."]);
  flags("criminal", ["De chauffeur van de onderaannemer stond geseind voor een oude veroordeling."]);
  silent("criminal", ["De trein is geseind, de overweg gaat dicht."]);
});
