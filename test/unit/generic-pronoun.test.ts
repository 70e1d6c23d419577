import { describe, expect, it } from "vitest";
import { createIncrementalDetector, detect } from "../../shared/engine/index.ts";

// A pronoun that follows a generic sentence ("Als een werknemer ziek is, …. Hij moet …") is the
// hypothetical person of that sentence, not someone specific. Each case has its trap beside it: a
// name, the writer or a role before the generic sentence, or a paragraph of its own, keeps "hij" specific.
// Sentences are written for these tests, not taken from any evaluation set.

const spans = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const both = (text: string) => {
  expect(createIncrementalDetector().detect(text)).toEqual(detect(text));
  return spans(text);
};

describe("a pronoun after a generic sentence", () => {
  it.each([
    "Als een werknemer een strafblad heeft, mag de werkgever een VOG vragen. Hij moet dan uitleggen waarom hij veroordeeld is.",
    "Wie lid is van de vakbond, krijgt korting op de cursus. Hij moet wel lid van de FNV blijven.",
    "Als een medewerker tijdens de ramadan vast, kan de werkgever de werktijden aanpassen. Ze mag dan eerder het vasten breken.",
    // The chain runs on through sentences that only have the pronoun.
    "Is een werknemer ziek, dan meldt de werkgever dat. Hij moet thuis blijven. Hij krijgt een taakstraf als hij liegt.",
  ])("%s", (text) => expect(both(text)).toEqual([]));

  it("stays specific after a name, the writer or a role in the paragraph before the generic sentence", () => {
    expect(both("Jan viel. Als iemand valt, bel 112. Hij brak zijn pols.")).toContain("health:brak zijn pols");
    expect(both("Ik sprak de uitvoerder. Wie lid is van de vakbond, krijgt korting. Hij is lid van de FNV.")).toContain("union:lid van de FNV");
    expect(both("Kees werkt hier.\nWie lid is van de vakbond, krijgt korting. Hij is lid van de FNV.")).toContain("union:lid van de FNV");
  });

  it("stays specific where no generic sentence comes before it in its paragraph", () => {
    expect(both("Hij is lid van de FNV.")).toEqual(["union:lid van de FNV"]);
    expect(both("Wie lid is van de vakbond, krijgt korting.\nHij is lid van de FNV.")).toEqual(["union:lid van de FNV"]);
    // A specific person after the generic sentence ends the hypothetical.
    expect(both("Wie ziek is, blijft thuis. Piet belde. Hij is lid van de FNV.")).toEqual(["union:lid van de FNV"]);
  });

  it("reads participles ending in -leden as verbs, not as a plural of members", () => {
    expect(both("Zij is twee weken geleden gearresteerd.").map((s) => s.split(":")[0])).toEqual(["criminal"]);
    expect(both("Zij is uitgegleden en heeft haar pols gebroken.")).toContain("health:pols gebroken");
  });
});
