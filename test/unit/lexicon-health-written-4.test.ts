import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Health classes found missing on blind written notes (health-symptoms.ts, health-mind.ts,
// health-substances.ts, health-injury.ts, health-english.ts, health-care.ts): how a person feels,
// being dazed, a body starting to be ill, fitness for a kind of work, a breath test failed, a medicine
// started, a sharp thing in a body part, and the same in UK-style English. Each class with its trap
// beside it; every trap names a person, so its silence is the lexicon's own. Sentences are written for
// these tests, not taken from any evaluation set.

const health = (text: string) => detect(text).filter((f) => f.category === "health").map((f) => text.slice(f.start, f.end));
const flags = (texts: string[]) => it.each(texts)("health: %s", (text) => expect(health(text)).not.toEqual([]));
const silent = (texts: string[]) => it.each(texts)("no health finding: %s", (text) => expect(health(text)).toEqual([]));

describe("how a person feels: weak, dazed, starting to be ill", () => {
  flags([
    "Bij het storten werd Kees ineens slap, hij is in de schaft gaan zitten.",
    "Na de klap was hij nog een tijd wazig.",
    "Ilse voelde zich trillerig na de stroomschok.",
    "Toen de steen op zijn helm viel was Daan even van de wereld.",
    "In de hitte begon de asfalteerder te braken.",
    "Sinds het ongeval ben ik mijn concentratie kwijt.",
  ]);
  silent([
    "Jan zei dat het camerabeeld door de mist wazig was.",
    "Toen Jan losliet werd het touw slap.",
    "Volgens Jan is dit de grootste tunnelboormachine van de wereld.",
    "Het begon te regenen toen Jan op het dak stond.",
    "Jan meet de concentratie van het stof in de lucht.",
  ]);
});

describe("fitness for a kind of work, off for a span", () => {
  flags(["Rob is na de keuring afgekeurd voor werk op hoogte.", "Met die hechtingen mag Sem twee weken niet tillen."]);
  silent(["De tekening is afgekeurd voor uitvoering, zegt Jan.", "Jan mag drie dagen niet werken vanwege de vorst."]);
});

describe("a breath test failed, tested for drugs, a medicine started", () => {
  flags([
    "De politie liet de chauffeur blazen en hij blies te hoog.",
    "Sinds zijn terugkeer wordt Rik elke maand op drugs getest.",
    "Mijn vader is gestopt met de bloedverdunners, zegt Ans.",
  ]);
  silent(["Jan blies het stof van de plaat.", "Jan is gisteren gestart met de fundering."]);
});

describe("a sharp thing in a person's body part; compounds of damage", () => {
  flags(["Bij het vlechten kreeg Jurre een staaf in zijn dij.", "Ahmed stapte op een plank en kreeg een spijker door zijn voet.", "De oogarts zag hoornvliesbeschadiging bij Tim."]);
  silent(["Jan draaide de schroef in de kop van de paal vast.", "Jan legde de spijkers in zijn emmer."]);
});

describe("UK-style English incident wording", () => {
  flags([
    "The operator inhaled fumes at the sample point and started coughing.",
    "Kevin complained of a burning throat after the leak.",
    "Medic checked him, blood pressure low.",
    "Oxygen given to the fitter by the site medic.",
  ]);
  silent(["The nurse from the agency called Tom about the rota.", "Tom started the pump and the line was red on the drawing."]);
});
