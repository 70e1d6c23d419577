import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// Who a sentence is about (reference.ts, owner.ts), each reading with its trap beside it. Sentences are
// written for these tests, not taken from any evaluation set.

describe("care givers in the plural give care to the person named before", () => {
  flags("health", [
    "Jurre zakte in elkaar. BHV'ers hebben gereanimeerd en de AED gebruikt.",
    "De hulpdiensten ondernamen nog een reanimatiepoging bij de chauffeur.",
  ]);
  silent("health", ["BHV'ers moeten een AED kunnen gebruiken.", "Artsen adviseren om bij hitte vaak te drinken."]);
});

describe("'wie' in a question asks who acts on a named case", () => {
  flags("criminal", ["Nicky zit sinds januari bij ons. Zijn reclasseringsambtenaar belt volgende week, wie wil dat doen?"]);
  silent("criminal", ["Wie een reclasseringsambtenaar heeft, meldt dat bij HR."]);
});

describe("whose scan it is, with a trait word between", () => {
  flags("biometric", ["Re-enrolled Piotr's palm vein scan at turnstile 3."]);
  silent("biometric", ["The palm vein scan at turnstile 3 is broken again."]);
});

describe("infected with a disease", () => {
  flags("health", ["Bestuursvoorzitter David Jongen is besmet met het coronavirus."]);
  silent("health", ["De grond bij blok C is besmet met olie, zegt Jan."]);
});

describe("groups by an indefinite pronoun, 'een ieder', policy openers, a place's name, a shop's", () => {
  silent("health", ["Anderen zijn niet ziek, maar wel moe.", "Uitgangspunt is dat een ieder die arbeidsongeschikt is geworden zijn mogelijkheden benut."]);
  flags("genetic", ["Maureen en haar zussen lieten zich testen; de twee anderen bleken de mutatie wel te hebben."]);
  silent("criminal", ["De provincie Noord-Holland heeft aangifte gedaan tegen de nog onbekend gebleven vandaal."]);
  flags("criminal", ["Jan heeft aangifte gedaan tegen Piet."]);
  silent("religion", ["Halal-slagerij Kaddour werd een begrip in Amsterdam-Noord."]);
});

describe("a procedure's deadline frames its sentence", () => {
  silent("health", ["Een medewerker meldt zich telefonisch ziek vóór 09.30 uur bij de direct leidinggevende."]);
  flags("health", ["Een medewerker meldde zich vanochtend ziek voor 9 uur."]);
});

describe("suppositions, the reader capitalised, groups defined by what they do, embedded questions, things as 'hij'", () => {
  silent("health", [
    "Stel dat de machinist een hartaanval krijgt in de cabine, kan de BHV hem dan bereiken?",
    "Stel je voor: je werkt als glazenwasser en je valt van het dak. Je komt vervelend terecht en breekt je been.",
    "De oude bulldozer is aan het eind van zijn latijn, hij hoest alleen nog zwarte rook.",
    "Betonkanker in de balkons van flat 3, zegt Jan.",
    "De meeste testen meten of een werknemer onder invloed is.",
  ]);
  flags("health", ["Jan hoest al dagen, hij hoest ook bloed.", "Jan heeft darmkanker.", "Jan viel van de steiger en brak zijn been."]);
  silent("religion", ["Tijdens de ramadan houden we rekening met de mensen die vasten: zwaar werk vroeg plannen."]);
  silent("genetic", ["Door vergelijking van het DNA-profiel van een onbekende verdachte kunnen verwanten in beeld komen."]);
});

describe("a clause of reason after a negation is asserted", () => {
  flags("religion", ["Dirk-Jan werkt op zondag niet omdat hij gereformeerd is."]);
  silent("religion", ["Hij is niet gereformeerd, zegt Jan."]);
  silent("health", ["Hij komt niet omdat hij geen epilepsie heeft maar omdat hij moe is."]);
});

describe("'degene die' in the past is the one who did it; in the present it is whoever", () => {
  flags("health", ["Degene die de shovel bestuurde, raakte gewond."]);
  silent("health", ["Degene die gewond raakt, meldt zich eerst bij de BHV'er."]);
});

describe("sick with the verb last, in a clause", () => {
  flags("health", ["We kregen het bericht dat Gerard, onze planner, helaas ernstig ziek is."]);
  silent("health", ["Wie ziek is, belt voor half acht de uitvoerder.", "Iemand die ziek is, hoort niet op de steiger."]);
});
