import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// A person's religious practice (religion.ts): prayers by compound, duties of one's faith, a
// denomination as a person noun, prayer as the reason in a day report; and the false alarms of a
// practice denied over particles, and of the reader addressed in a capacity. Each class with its trap
// beside it. Sentences are written for these tests, not taken from any evaluation set.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (texts: string[]) => it.each(texts)("religion: %s", (text) => expect(categories(text)).toContain("religion"));
const silent = (texts: string[]) => it.each(texts)("no religion finding: %s", (text) => expect(seen(text).filter((s) => s.startsWith("religion"))).toEqual([]));

describe("prayer and duties of one's faith", () => {
  flags([
    "Youssef vraagt of hij vrijdag weg mag voor zijn vrijdagmiddaggebed.",
    "Samira wil haar geloofsplichten ook op de bouw kunnen naleven.",
    "Planning: Mo komt een uur later ivm gebed.",
  ]);
  silent([
    "Youssef plaatst de kozijnen van het gebedshuis aan de Kerkstraat.",
    "Samira wil haar werkplichten ook op de bouw kunnen naleven.",
    "Planning: Mo komt een uur later ivm de kraan.",
  ]);
});

describe("a denomination as a person noun; a rule about one stays generic", () => {
  flags([
    "De instelling weigerde een Jehova's getuige die geen bloed wilde toedienen.",
    "Onze nieuwe stagiair is Jehova's getuige, zegt Petra.",
  ]);
  silent(["Een Jehova's getuige mag volgens zijn geloof geen bloedtransfusie krijgen.", "De getuige van het ongeval, Kees, zag de kraan vallen."]);
});

describe("a practice denied over particles and articles", () => {
  silent(["Mijn collega Ozan doet niet mee aan de ramadan.", "Jan wil niet naar de kerkdienst, hij moet werken."]);
  flags(["Mijn collega Ozan doet mee aan de ramadan."]);
});

describe("the reader addressed in a capacity is nobody in particular", () => {
  silent(["Als werknemer kun je tijdens de ramadan geen vrije dagen eisen van je baas."]);
  flags(["Piet werkt als uitvoerder en viert met zijn gezin het Suikerfeest."]);
});
