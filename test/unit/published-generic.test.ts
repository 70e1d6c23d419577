import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Published text: rules, tariffs, bans, grounds of discrimination, quoted sources and the names of
// programmes and organisations say nothing about a person. Each class has its trap beside it.
// Sentences are written for these tests, not taken from any evaluation set.

const spans = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const categories = (text: string) => detect(text).map((f) => f.category);

describe("generic statements in published text", () => {
  it.each([
    // A tariff or a rule that applies to an offence, after the writer's own sentence.
    "Ik zet het op een rij. Een werkstraf van 120 uur geldt voor diefstal, heling en vernieling.",
    // The name of a programme or an organisation is no person: "tv-programma Kassa", "stichting Ons Huis".
    "Als een opdrachtgever vraagt om geen mensen van Turkse afkomst, zegt de helft ja, bleek uit tv-programma Kassa.",
    "\"Wie een Marokkaanse achtergrond heeft, kent dat\", reageert Jan Pieters, voorzitter van stichting Ons Huis van Allen.",
    // A quote opened by "begint", "vervolgt", "verzucht".
    "\"Het vasten valt in de zomer zwaar\", begint Kees Brand.",
    // A ban as a rule; "zijn toegestaan" is a verb, not "his".
    "Het verbieden van een keppeltje mag alleen als andere religieuze tekens evenmin zijn toegestaan.",
    // The ground of a discrimination in general (a person's own "zijn afkomst" is theirs: lexicon-ethnicity-slurs.test.ts).
    "Hij zegt dat op het werk wordt gediscrimineerd vanwege afkomst.",
    // The employer's conviction is the company's.
    "Een monteur kwam ten val. De werkgever werd in hoger beroep veroordeeld tot een boete.",
    // A place or unit by its kind and name is no person: a figure about it is a statistic.
    "Het ziekteverzuim in de regio Oost was vorig kwartaal 5,1%.",
    // A capitalised adjective in an organisation's name is nobody's belief.
    "In 1917 werd de Rooms-Katholieke Bouwvakarbeidersbond opgericht.",
    // What a rule needs or allows ("hoeft", "kunt u"), and a trend in a population.
    "Een werknemer hoeft bij de ziekmelding niet te zeggen wat er scheelt.",
    "Een werknemer die dronken op het werk komt, kunt u niet zomaar ontslaan.",
    "Alcoholverslaving op de werkvloer is een steeds vaker voorkomend probleem.",
    // Clergy as a group.
    "Jonge predikanten zijn vaker evangelisch dan hun oudere collega's.",
  ])("%s", (text) => expect(spans(text)).toEqual([]));

  it("but a person's own record, origin or practice still warns", () => {
    expect(categories("Voor Kees geldt een werkstraf van 120 uur.")).toContain("criminal");
    expect(categories("Kees Brand is van Marokkaanse afkomst, vertelt hij bij tv-programma Kassa.")).toContain("ethnicity");
    expect(categories("Jan Pieters is lid van stichting Ons Huis en hij vast tijdens de ramadan.")).toContain("religion");
    expect(categories("Mijn werkgever is veroordeeld voor fraude.")).toContain("criminal");
    expect(categories("Hij is uitgescholden om zijn Marokkaanse afkomst.")).toContain("ethnicity");
    expect(categories("In de gemeente Almere is Kees sinds maandag ziek.")).toContain("health");
    expect(categories("Jan is Rooms-Katholiek en gaat elke zondag naar de kerk.")).toContain("religion");
    expect(categories("Een uitzendkracht kwam vanochtend dronken op het werk.")).toContain("health");
    expect(categories("Jan is steeds vaker dronken op het werk.")).toContain("health");
    expect(categories("Drie imams van de moskee zijn vandaag aan het vasten.")).toContain("religion");
  });
});

describe("conditions and reflexives of a rule", () => {
  it.each([
    // A condition addressed to the reader by inversion: "Merkt u …, bel dan".
    "Merkt u dat een chauffeur onder invloed rijdt, bel dan de meldkamer.",
    // "zichzelf" is whoever the rule's subject is.
    "Een werknemer die onder invloed werkt, kan een gevaar zijn voor zichzelf.",
    // "bij" and a bare condition noun opens a rule.
    "Bij vermoeden van drugsgebruik mag de uitvoerder een test aanbieden.",
    "bij hoofdpijn of duizeligheid melden bij de uitvoerder.",
    // "in (het) geval van" a condition: a hypothetical, whoever it happens to.
    "In het geval van verslaving kan het werk gevaarlijk worden voor de persoon in kwestie.",
  ])("%s", (text) => expect(spans(text)).toEqual([]));

  it("but a question about someone, a named person with a reflexive and 'bij' with an article still warn", () => {
    expect(categories("Merk je dat Kees onder invloed is?")).toContain("health");
    expect(categories("Weet je dat de uitvoerder epilepsie heeft")).toContain("health");
    expect(categories("Kees heeft zichzelf gesneden aan een plaat.")).toContain("health");
    expect(categories("Bij controle bleek de chauffeur onder invloed.")).toContain("health");
    expect(categories("Bij aankomst bleek de collega gewond aan zijn hand.")).toContain("health");
    expect(categories("In het geval van Jan was het een hernia.")).toContain("health");
  });
});
