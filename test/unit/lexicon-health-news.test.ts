import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Health as news, rulings and HR columns write about one person (health-news.ts). Each class with its
// trap beside it. Sentences are written for these tests, not taken from any evaluation set.

const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (texts: string[]) => it.each(texts)("health: %s", (text) => expect(seen(text).some((s) => s.startsWith("health:"))).toBe(true));
const silent = (texts: string[]) => it.each(texts)("no health finding: %s", (text) => expect(seen(text).filter((s) => s.startsWith("health"))).toEqual([]));

describe("lasting harm, a side blind or deaf, a faculty lost, the injury claim", () => {
  flags([
    "De steigerbouwer houdt er blijvende beperkingen aan over.",
    "Sinds de explosie is Ruud doof aan zijn rechteroor.",
    "Zij heeft sindsdien een verminderd gezichtsvermogen.",
    "Na de val was hij zijn evenwichtsgevoel kwijt.",
    "De afwikkeling van de letselschade van Kees loopt nog.",
  ]);
  silent([
    "De gevel heeft blijvende schade opgelopen.",
    "Hij had blind vertrouwen in zijn voorman.",
    "Voor apparaten met beperkt geheugen is een kleinere cache beter.",
  ]);
});

describe("an injury or illness by its owner, injuring oneself", () => {
  flags([
    "De kantonrechter zag geen verband met haar aandoening.",
    "Bij het zagen verwondde de timmerman zich aan zijn duim.",
  ]);
  silent([
    "De ziekte van het bedrijf is de lange overleglijn.",
    "Het nieuwe ziekteverzuimbeleid gaat in januari in.",
    "De kantonrechter wees haar klachten over de planning af.",
    "De monteur gaf zijn diagnose van de storing.",
  ]);
});

describe("sick-leave years and benefits, drinking at work, addiction care, taken away", () => {
  flags([
    "Tijdens zijn tweede ziektejaar werkte Henk halve dagen.",
    "Na de eerstejaarsbeoordeling stopte haar uitkering.",
    "Na een lange periode van ziekte keerde Anja terug.",
    "Het was al het derde incident met alcohol van de heftruckchauffeur.",
    "De blaastest van Piet wees 0,9 promille uit.",
    "Zijn verslavingsbehandeling is in maart gestart.",
    "We zagen onze collega met loeiende sirenes worden afgevoerd.",
  ]);
  silent([
    "Daarna ontving zij een WW-uitkering.",
    "Het puin werd met een kraan afgevoerd.",
  ]);
});

describe("what a person can no longer do, pain by its degree", () => {
  flags([
    "Sinds het ongeval is Mustafa niet meer in staat om te knielen.",
    "De steigerbouwer had na de val hevige pijn in zijn rug.",
  ]);
  silent([
    "Jan is niet in staat om de deadline te halen.",
    "Het doet Jan veel pijn dat de fabriek sluit.",
  ]);
});

describe("plurals of conditions, a victim's state", () => {
  flags([
    "De presentator kampt al jaren met depressies.",
    "Onze receptioniste is hoogzwanger.",
    "Zijn toestand is inmiddels stabiel.",
  ]);
  silent([
    "De toestand van de weg is slecht.",
    "De situatie op de bouwplaats is stabiel, zegt Jan.",
  ]);
});

describe("a death's cause that reveals an illness; a former public figure", () => {
  flags([
    "De schrijver is vorige week overleden aan de gevolgen van longkanker.",
    "De oud-premier is opgenomen in het ziekenhuis met hartproblemen.",
  ]);
  // Labellers disagree on a death with no cause named (two blind sets of four label it): no finding.
  silent(["Hij is overleden aan de Rijnkade, waar hij zijn hele leven woonde."]);
});

describe("an illness or an operation of a person after 'van' (the genitive)", () => {
  flags([
    "De operatie van Piet is goed gegaan, hij is volgende week terug.",
    "Vanwege de ziekte van de werknemer gold een opzegverbod.",
    "De revalidatie van de werkneemster duurde langer dan verwacht.",
  ]);
  silent([
    "Het herstel van de gevel duurt langer dan gepland.",
    "De operatie van de torenkraan is gestaakt door de wind.",
    "Tijdens ziekte van de werknemer geldt een opzegverbod.",
    "De gezondheid van de werknemers staat voorop.",
  ]);
});


describe("care and wounds as crime and accident news report them", () => {
  flags([
    "Het slachtoffer kreeg medische hulp van het ambulancepersoneel.",
    "De man kreeg ter plaatse de eerste zorgen.",
    "Hij was gestoken in zijn arm en had veel bloed verloren.",
  ]);
  silent([
    "De eerste zorg van de uitvoerder is de planning.",
    "Jan kreeg hulp van zijn collega bij het tillen van de balk.",
    "Het bloed van de machine, de olie, moet vaker ververst.",
  ]);
});
