import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Health in lay words of field notes and simple English (health-symptoms.ts, health-absence.ts,
// health-substances.ts, health-care.ts, health-english.ts): a body giving out, a compound typed in two
// words, the sickness benefit counted in time, a medicine started or changed, the end of a treatment, and
// the English of crews for whom it is a second language. Each class with its trap beside it; every trap
// names a person, so its silence is the lexicon's own. Sentences are written for these tests.

const health = (text: string) => detect(text).filter((f) => f.category === "health").map((f) => text.slice(f.start, f.end));
const flags = (texts: string[]) => it.each(texts)("health: %s", (text) => expect(health(text)).not.toEqual([]));
const silent = (texts: string[]) => it.each(texts)("no health finding: %s", (text) => expect(health(text)).toEqual([]));

describe("a body giving out, in lay words", () => {
  flags([
    "De stukadoor stond vanochtend te trillen op zijn benen.",
    "Sinds gisteren houdt Wim niks binnen, hij is naar huis.",
    "Na de klap met de hamer bloedde Sven flink.",
    "Bij het tillen van de putdeksel schoot het Henk in zijn rug.",
    "Ik heb hoofd pijn sinds de middag.",
    "Na jaren boren heeft Arjen witte en dove vingers.",
    "Kim is door een wesp in haar nek gestoken.",
    "Na het maaien zitten de benen van Ruud onder de blaren.",
    "Ahmet valt uit tot eind november, zegt de uitvoerder.",
  ]);
  silent([
    "Jan zei dat de steiger stond te trillen bij harde wind.",
    "Jan laat niks binnen zonder pasje.",
    "Jan zet de kop pijn-vrij vast, zegt de handleiding.",
    "Volgens Jan valt de stroom uit tot maandag.",
    "Jan blijft thuis vanwege de staking.",
  ]);
});

describe("the sickness benefit in time, a medicine changed, the end of a treatment", () => {
  flags([
    "Peter zit inmiddels 14 maanden in de ziektewet.",
    "Na 6 weken ziektewet start Mehmet maandag weer.",
    "Bij Joost zijn de statines gestart.",
    "Ik heb nieuwe pillen van de dokter, zegt Ilse.",
    "Bogdan is weer aan het werk, de gips is eraf.",
  ]);
  silent(["Jan heeft de gipsplaten eraf gehaald.", "De nieuwe planning is gestart, zegt Jan."]);
});

describe("English of mixed crews", () => {
  flags([
    "My back hurts from lifting the kerbs yesterday.",
    "Marek has sugar disease, he was shaking and sweating.",
    "Tomasz has fever and cough, I send him home.",
    "Daniela had a miscarriage last month.",
    "Pawel says his big toe is blue after the mould door closed on it.",
  ]);
  silent(["Tom says the back of the truck was shaking on the road.", "Tom has a cold drink in the canteen."]);
});

describe("a named hospital before its kind, a medicine carried, drink on board", () => {
  flags([
    "Het zoontje van Joyce is opgenomen in het Juliana Kinderziekenhuis.",
    "Ik heb astma, dus altijd mijn puffer bij me.",
    "Jos reed met te veel drank op naar de bouw.",
  ]);
  silent(["Jan zet veel drank op tafel voor de borrel.", "Jan zegt dat de puffer uit de EHBO-doos bij de poort ligt."]);
});

describe("an all-clear, an English idiom and a kit are no one's health", () => {
  silent([
    "lmra: ik voel me fit, geen medicijnen vandaag, zegt Jan.",
    "Sorry Tom, I was sick of waiting for the scaffold company.",
    "Jan legt blusdeken en brandwondengel in de bus.",
  ]);
  flags(["Jan voelde zich beroerd na de lunch.", "Jan was sick yesterday.", "Jan werd door de BHV'er afgedekt met brandwondenverband."]);
});
