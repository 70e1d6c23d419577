import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Health told without a diagnosis's name (health-conditions.ts, health-care.ts): an illness by its kind,
// giving birth, the out-of-hours GP post by its abbreviation; and bystanders who acted at an accident,
// who leave the person named before as the one the note is about (reference.ts). Each class with its
// trap beside it. Sentences are written for these tests, not taken from any evaluation set.

const health = (text: string, form?: "incident") =>
  detect(text, form ? { form } : {}).filter((f) => f.category === "health").map((f) => text.slice(f.start, f.end));
const flags = (texts: string[]) => it.each(texts)("health: %s", (text) => expect(health(text)).not.toEqual([]));
const silent = (texts: string[]) => it.each(texts)("no health finding: %s", (text) => expect(health(text)).toEqual([]));

describe("an illness told by its kind", () => {
  flags([
    "Kees heeft een chronische ziekte en werkt daarom halve dagen.",
    "Mijn collega heeft een zeldzame aandoening aan zijn zenuwen.",
    "Sandra heeft een auto-immuunziekte, ze is snel moe.",
    "Sinds vorig jaar heeft Bram een slopende spierziekte.",
    "Ik heb psychische klachten sinds het ongeval.",
    "Piet heeft een ziekte onder de leden, hij hoest al de hele week.",
  ]);
  silent([
    "Er is een ernstige afwijking in de maatvoering van de kozijnen.",
    "De boom naast de keet heeft een ziekte en wordt gekapt.",
    "De klant had technische klachten over de oplevering.",
    "Bij een chronische ziekte kun je in overleg met de bedrijfsarts aangepast werk doen.",
  ]);
});

describe("giving birth", () => {
  flags(["Sanne is gisteren bevallen, moeder en kind maken het goed.", "Fleur is aan het bevallen, ze komt deze week niet."]);
  silent(["Het nieuwe rooster is hem goed bevallen.", "Hoe is de nieuwe kraan jullie bevallen?"]);
});

describe("the out-of-hours GP post", () => {
  flags(["Jan moest gisteravond nog naar de HAP met zijn hand."]);
  silent(["Na de toolbox gaan we een hap eten bij de snackbar."]);
});

describe("bystanders who acted leave the injured person the subject", () => {
  flags([
    "Jan viel van de ladder. Collega's begonnen direct te reanimeren.",
    "Kees zakte in elkaar bij de keet. Omstanders belden de ambulance, die na tien minuten ter plaatse was.",
  ]);
  // A rule in the present about anyone stays generic.
  silent(["Jan is BHV'er. Collega's krijgen bij warm weer vaak hoofdpijn, drink dus genoeg."]);
});
