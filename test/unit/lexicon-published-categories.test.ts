import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Religion, ethnicity, politics, sexual and genetic data as published text writes them (church and
// local news, columns, police news): clergy by compound title and by "ds.", officers of a house of
// worship, a party in brackets after a name, skin colour "witte", Roma with a copula, one's own
// sexuality, DNA said to be a person's. Each class with its trap beside it. Sentences are written for
// these tests, not taken from any evaluation set.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (category: Category, texts: string[]) => it.each(texts)(`${category}: %s`, (text) => expect(categories(text)).toContain(category));
const silent = (category: Category, texts: string[]) =>
  it.each(texts)(`no ${category} finding: %s`, (text) => expect(seen(text).filter((s) => s.startsWith(category))).toEqual([]));

describe("religion: clergy by compound title and by 'ds.'", () => {
  flags("religion", ["Jeugdpredikant Anne Smit opende de nieuwe speeltuin.", "Zondag ging ds. K. Visser voor in de dienst."]);
  silent("religion", ["Anne Smit opende de nieuwe speeltuin.", "De handleiding staat in BS.DS. van deze map.", "Jan reed vanochtend in een DS Automobiles naar de bouw."]);
});

describe("religion: officers of a house of worship or a synod", () => {
  flags("religion", ["Volgens de voorzitter van de moskee, Hamid, is de nieuwe vloer een aanwinst."]);
  silent("religion", ["Volgens de voorzitter van de bouwcommissie, Hamid, is de nieuwe vloer een aanwinst."]);
});

describe("religion: 'de islam' as a subject, a prayer meeting as a time, 'vast' as surely", () => {
  flags("religion", ["Kees zegt dat hij islam is en geen alcohol drinkt.", "Jan heeft vanavond bidstond en gaat om vijf uur weg."]);
  silent("religion", [
    "Kees legde de klas uit wat de islam inhoudt.",
    "Tijdens de bidstond ging de verwarming van de kerk kapot, meldde Jan.",
    "Ze dachten dat ik vast heel goed kon koken.",
  ]);
});

describe("religion: the no-blood card", () => {
  flags("religion", ["Henk heeft een geen-bloed verklaring in zijn portemonnee."]);
  silent("religion", ["Henk heeft geen bloed gezien, de snee was oppervlakkig."]);
});

describe("ethnicity: 'witte' of a person, Roma with a copula, jokes aimed at a person", () => {
  flags("ethnicity", [
    "In de vergadering zei een witte man tegen Joyce dat ze achterstond.",
    "Milan vertelde dat hij Roma is.",
    "De grappen over Marokkanen richting Karim moeten ophouden.",
  ]);
  silent("ethnicity", [
    "In de vergadering zei een man met een witte helm tegen Joyce dat ze achterstond.",
    "Milan ging in Italie naar een wedstrijd van AS Roma.",
    "De Turks-Nederlandse organisaties presenteerden een rapport, zei Karim.",
  ]);
});

describe("politics: a party in brackets after a name, a seat for a party, party talk, a section's board", () => {
  flags("politics", [
    "Karin de Boer (VVD) vindt het plan te duur.",
    "Twee raadsleden keren namens de SGP terug in de gemeenteraad, meldt Jan.",
    "Peter heeft een PVV sticker op zijn helm geplakt.",
    "Els is penningmeester van de plaatselijke afdeling van het CDA.",
  ]);
  silent("politics", [
    "Karin de Boer vindt het plan te duur.",
    "Jan plakte de 230 volt sticker op de meterkast.",
    "Els is penningmeester van de plaatselijke afdeling van de tennisclub.",
  ]);
});

describe("sexual: one's own sexuality, explicit images sent", () => {
  flags("sexual", ["Ik ben op het werk nooit open geweest over mijn seksualiteit.", "The driver sent her explicit pictures at night."]);
  silent("sexual", ["De voorlichting ging over seksualiteit en gezondheid in het algemeen.", "The driver sent her explicit instructions at night."]);
});

describe("genetic: DNA said to be a person's, a database hit, a predisposition", () => {
  flags("genetic", [
    "Het DNA van de verdachte werd op het mes gevonden.",
    "Zijn bloedspoor leverde een match op in de databank, meldde de politie over Jan.",
    "Bij Ans is de aanleg voor hemochromatose vastgesteld.",
  ]);
  silent("genetic", ["Veiligheid zit in het DNA van ons bedrijf, zei Jan.", "Jan werkt aan de aanleg van de nieuwe weg."]);
});

describe("more published phrasing: fellow party member, child of immigrants, clergy, church council", () => {
  flags("politics", ["Haar partijgenote Ria Kok was het daar niet mee eens."]);
  silent("politics", ["Haar collega Ria Kok was het daar niet mee eens."]);
  flags("ethnicity", ["Mehmet is de zoon van Turkse gastarbeiders en werkt bij ons als kraanmachinist."]);
  silent("ethnicity", ["In de jaren zestig kwamen Turkse gastarbeiders naar Twente, vertelt Mehmet."]);
  flags("religion", ["Paus Leo ontving de delegatie.", "Gerard zit al vijftien jaar in de kerkenraad."]);
  silent("religion", ["Gerard zit al vijftien jaar in de gemeenteraad."]);
});

describe("more published phrasing: a same-sex couple and spouse, DNA found, a face scan's owner", () => {
  flags("sexual", ["Kees is al jaren getrouwd met zijn vriend Bas.", "Het homostel naast de bouwplaats klaagde over Jan."]);
  silent("sexual", ["Kees is al jaren getrouwd met zijn vriendin Sanne."]);
  flags("genetic", ["Zijn DNA werd op de handschoen aangetroffen."]);
  silent("genetic", ["Kwaliteit zit in zijn DNA, zegt de uitvoerder over Jan."]);
  flags("biometric", ["De gezichtsscan van de verdachte werd vergeleken met de camerabeelden."]);
  silent("biometric", ["De gezichtsscan bij de poort werkt weer."]);
});

describe("office holders by title alone: a party's, a church's", () => {
  flags("politics", ["De GroenLinks-wethouder kwam niet opdagen bij de opening."]);
  silent("politics", ["De CDA-fractie kwam niet opdagen bij de opening.", "De wethouder kwam niet opdagen bij de opening."]);
  flags("religion", ["De kerkelijk werker opende de avond.", "De voorganger van de baptistengemeente sprak bij de eerste paal."]);
  silent("religion", ["Zijn voorganger bij de gemeente Almere regelde dat anders."]);
});

describe("a partner named with a same-sex given name, one person of an origin, a slur by a calling verb", () => {
  flags("sexual", ["Bas woont al jaren samen met zijn partner Tim."]);
  silent("sexual", ["Bas woont al jaren samen met zijn vriend Tim.", "Bas woont al jaren samen met zijn partner Anna."]);
  flags("ethnicity", ["De Marokkaanse Nederlander kreeg de baan niet.", "Kofi werd op de steiger 'zwarte piet' genoemd."]);
  silent("ethnicity", ["Marokkaanse Nederlanders krijgen vaker de baan niet.", "Kofi speelde Zwarte Piet op het sinterklaasfeest van de zaak."]);
});

describe("a vote with the occasion between, churchgoing as what a person is", () => {
  flags("politics", ["Bert stemde bij de Statenverkiezingen op de BBB."]);
  silent("politics", ["De raad stemde gisteren in met de woningen op het oude terrein, meldt Bert."]);
  flags("religion", ["Zijn schoonvader is streng kerkelijk, vertelt Ruud."]);
  silent("religion", ["De kapel is kerkelijk eigendom, vertelt Ruud."]);
});

describe("identified by a biometric comparison, traced by kinship DNA", () => {
  flags("biometric", ["Met gezichtsherkenning werd de man later geïdentificeerd."]);
  silent("biometric", ["Toegang tot de bouwplaats gaat sinds maandag via gezichtsherkenning, meldt Jan."]);
  flags("genetic", ["De man werd na twintig jaar via DNA-verwantschapsonderzoek opgespoord."]);
  silent("genetic", ["Vakmanschap zit in het DNA van ons bedrijf, zegt Jan."]);
});

describe("wanting to go to a house of worship, a union card written apart", () => {
  flags("religion", ["Bilal wil vrijdagmiddag even naar de moskee."]);
  silent("religion", ["Bilal wil de steiger morgen naar de kerk verplaatsen.", "De ploeg moet morgen naar de kerk in Zeist, zegt Bilal."]);
  flags("union", ["Joost heeft zijn CNV pasje laten zien."]);
  silent("union", ["Joost heeft zijn NS pasje laten zien."]);
});
