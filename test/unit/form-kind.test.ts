import { describe, expect, it } from "vitest";
import { formKindIn } from "../../shared/engine/index.ts";

describe("the form's kind from what the page shows", () => {
  it.each([
    ["Incident melden", "incident"],
    ["Bijna-ongeval / near miss", "incident"],
    ["/projects/2041/incidents/new", "incident"],
    ["LMRA – Last Minute Risico Analyse", "lmra"],
    ["Toolboxmeeting verslag", "toolbox"],
    ["Werkplekinspectie", "observation"],
    ["Observatie", "observation"],
  ])("%s → %s", (text, kind) => expect(formKindIn(text)).toBe(kind));

  it("says nothing where the page names no kind", () => {
    expect(formKindIn("Projectinstellingen")).toBeUndefined();
    expect(formKindIn("Opmerkingen")).toBeUndefined();
  });
});
