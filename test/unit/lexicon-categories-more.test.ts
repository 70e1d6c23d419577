import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// More classes of religion, ethnicity, politics, union, sexual, genetic and biometric language (issue 10),
// each with its trap beside it. Every trap names a person, so its silence is the lexicon's own.
// Sentences are written for these tests, not taken from any evaluation set.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
function flags(category: Category, texts: string[]) {
  it.each(texts)(`${category}: %s`, (text) => expect(categories(text)).toContain(category));
}
const silent = (texts: string[]) => it.each(texts)("no finding: %s", (text) => expect(seen(text)).toEqual([]));

describe("religion: feasts that are no public holiday, congregations by name, believers by compound", () => {
  flags("religion", [
    "Ezra komt vandaag niet ivm Jom Kipoer.",
    "Niet inplannen ivm Grote Verzoendag, vraagt Ruben.",
    "Mijn collega Priya neemt vrij voor Navratri.",
    "Kees is lid van de Hervormde wijkgemeente.",
    "Onze nieuwe moslimcollega Samir begint maandag.",
    "I am a Seventh-day Adventist, says Mark, so no Saturdays.",
  ]);
  silent([
    "Jan komt niet ivm Hemelvaartsdag.",
    "De kipper van Piet staat bij de poort.",
    "Kees werkt bij de wijkgemeente aan de riolering.",
  ]);
});

describe("ethnicity: skin colour named with the person", () => {
  flags("ethnicity", ["Bij de poort werden twee blanke mannen doorgelaten, zei Ahmed.", "Hij is Amazigh, vertelde Youssef."]);
  silent(["Jan zette de blanke lak op de kozijnen.", "Piet heeft zwarte handschoenen aan."]);
});

describe("politics: a vote for a leader, a party named with the role, joining a party", () => {
  flags("politics", [
    "Rick stemt gewoon Wilders, zegt hij.",
    "Onze uitvoerder is VVD-wethouder in Ede.",
    "De CDA-kiezers aan tafel, onder wie Jan, waren boos.",
    "Via haar vader kwam Sanne bij de SGP terecht.",
  ]);
  silent(["Kees stemt de planning af met de uitvoerder.", "Jan kwam bij de poort terecht."]);
});

describe("union: the union and its section before an officer, a union compound of a union word", () => {
  flags("union", [
    "Volgens FNV-vakbondsbestuurder Petra Smit is de cao rond.",
    "\"Dat is winst\", aldus CNV Vakmensen woordvoerder Joris Bos.",
  ]);
  silent(["De FNV voert actie bij de poort.", "Jan is voorzitter van de personeelsvereniging."]);
});

describe("union: members by their body, counted ('twee kaderleden van de FNV')", () => {
  flags("union", ["Twee kaderleden van de FNV stonden vanochtend bij de poort.", "Het kaderlid van de FNV sprak de ploeg toe."]);
  // The trap: the plural uncounted is the union's cadre in general.
  silent(["Kaderleden van de FNV voeren morgen actie.", "Raadsleden krijgen een vergoeding."]);
});

describe("sexual: contact and conduct, cheating", () => {
  flags("sexual", [
    "Tussen Jan en zijn teamleider was seksueel contact.",
    "Sanne werd door de voorman ongewenst seksueel benaderd.",
    "Volgens de jongens gaat Patrick vreemd.",
    "Vlgs de jongens heeft Kevin een affaire met de vrouw van de uitvoerder.",
    "Ruud heeft een verhouding met zijn collega.",
  ]);
  silent(["Jan zei dat de planning vreemd genoeg klopt.", "Het gaat vreemd met de levering, zegt Kees.", "Jan zegt dat de kosten in verhouding met de opbrengst staan.", "Kees sprak over de affaire met de gemeente.", "Piet is bij de bouwvergadering."]);
});

describe("genetic: a clean carrier test, the DNA database", () => {
  flags("genetic", [
    "Ik heb me laten testen op het gen van mijn moeder en ben geen drager.",
    "Na de inbraak kwam de naam van Kees uit de DNA-databank.",
    "De politie deed afname van zijn DNA.",
  ]);
  silent(["Jan zegt dat er geen drager onder de vloer zit.", "Volgens Jan is er geen drager meer nodig."]);
});

describe("biometric: a person's trait enrolled", () => {
  flags("biometric", ["Kan iemand mijn duim opnieuw inlezen bij de poort?", "Henk en Remco zijn met hun iris ingelezen."]);
  silent(["Jan heeft de tekeningen opnieuw ingelezen.", "Piet heeft zijn hand gescand bij de EHBO?"]);
});

describe("religion: refusing blood for one's faith", () => {
  flags("religion", ["Jasper wil bij een ongeluk geen bloedtransfusie, zegt hij.", "Mijn collega weigert een bloedtransfusie."]);
  silent(["Jan heeft geen bloed verloren.", "Jan heeft geen bloedtransfusie nodig gehad."]);
});

describe("negation ends at a contrast", () => {
  flags("religion", ["He is not ill, just fasting, says Ahmed."]);
  flags("health", ["Jan had geen snijwond maar een kneuzing."]);
  silent(["Geen snijwonden, kneuzingen of breuken bij Jan.", "Geen letsel bij Jan, alleen schrik."]);
});


describe("field-note phrasings: fasting, christening, party as identity, petitions, protests, activists", () => {
  flags("religion", ["Yusuf vast, dus geen zwaar werk na 15:00.", "Het zoontje van Kees wordt zondag gedoopt."]);
  flags("politics", ["Henk is fanatiek PVV.", "Jan heeft de petitie tegen het azc getekend.", "Hij gaat zaterdag demonstreren in Den Haag.", "Piet is boerenactivist."]);
  silent([
    "Dat Jan vast in de lift zat, bleek later.", "Jan zegt dat hij vast wel komt.", "Het schip van Kees werd gedoopt tot Johanna.",
    "Jan ging demonstreren hoe de hoogwerker werkt.", "Jan heeft de petitie van de buren over geluid doorgestuurd.",
  ]);
});

describe("criminal and biometric in notes: caught with, a ticket of one's own, a machine refusing a trait", () => {
  flags("criminal", ["Hij is gisteren betrapt met drugs.", "Kees heeft een pv gekregen."]);
  flags("biometric", ["De poort herkent mijn vinger niet."]);
  silent(["Jan heeft de pv van de bouwvergadering gemaakt.", "Jan herkende zijn gezicht op de camera."]);
});

describe("English: a party one is active in, a same-sex spouse", () => {
  flags("politics", ["Tom is active in the Green party."]);
  flags("sexual", ["Mark says he has a husband.", "Anna told me she has a wife."]);
  silent(["Mark has a wife and two kids.", "Anna said she has a husband in Poland.", "Tom is active in the safety team."]);
});

describe("politics: changing party, a seat for a party", () => {
  flags("politics", [
    "Jan stapte van de VVD over naar GroenLinks.",
    "Jet verliet GroenLinks om een eigen partij op te richten.",
    "Johan heeft zich aangesloten bij het CDA.",
    "Zij zit al dertien jaar in de gemeenteraad voor de PvdA.",
  ]);
  // The traps: the same verbs with things, a crew or a batch.
  silent(["Jan sloot de deur bij de keet.", "Piet stapte over naar de andere ploeg.", "Kees verliet de bouwplaats om vier uur."]);
});

describe("sexual: orientation words inflected before a noun", () => {
  flags("sexual", ["Ze praten op het werk openlijk over hun lesbische relatie.", "Onze homofiele collega Jan wordt gepest."]);
  silent(["Het kantoor heeft een homogene vloer.", "De keuring was leesbaar."]);
});
