import { describe, expect, it } from "vitest";
import { createIncrementalDetector, detect, type FormKind } from "../../shared/engine/index.ts";

// "Mijn werknemer is gelovig. Mag dat?" heads an HR page's question: a case in general. In a Deftiq
// form's note the same shape asks about a real case, so the heading reading holds only where no form
// is known; the incremental detector must agree with a full scan either way.

const union = (text: string, form?: FormKind) => detect(text, form ? { form } : {}).filter((f) => f.category === "union");
const note = "Hassan is kaderlid van FNV Metaal hier op de werf, hij wil bij de toolbox over de cao vertellen. Mag dat?";

describe("a question after a statement", () => {
  it("is a question heading on a page without a form", () => expect(union(note)).toEqual([]));
  it.each(["comment", "observation", "incident"] as const)("asks about a real case in a %s note", (form) => expect(union(note, form)).not.toEqual([]));
  it.each([undefined, "comment"] as const)("the incremental detector agrees with a full scan (form %s)", (form) => {
    const text = `Overleg ploeg B.\n${note}\nVerder niets.`;
    const options = form ? { form } : {};
    const incremental = createIncrementalDetector(options);
    for (let n = 1; n <= text.length; n += 7) incremental.detect(text.slice(0, n));
    expect(incremental.detect(text)).toEqual(detect(text, options));
  });
});
