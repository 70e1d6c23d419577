import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// A condition named to exaggerate what a situation does to someone (context.ts, isHyperbole): "ik krijg er
// een burn-out van". The same condition as something that happened to a person stays a finding.

const health = (text: string) => detect(text).filter((f) => f.category === "health").map((f) => text.slice(f.start, f.end));

describe("exaggeration with 'er … van'", () => {
  it.each([
    "Pfff die planning, ik krijg er een burn-out van.",
    "ik word er depressief van haha, weer regen",
    "Drie keer de kraan verzet, ik krijg er nog een hartaanval van",
    "die nieuwe planning is om depressief van te worden, alweer nachtdienst",
  ])("no finding: %s", (text) => expect(health(text)).toEqual([]));
  // The trap beside it: the condition happened, with or without its cause.
  it.each([
    ["Hij kreeg vorig jaar een burn-out van het werk.", "burn-out"],
    ["Jan heeft een burn-out.", "burn-out"],
    ["Piet kreeg een hartaanval van de schrik.", "hartaanval"],
    ["De lasrook stinkt, ik word er misselijk van.", "misselijk"],
  ])("finding: %s", (text, term) => expect(health(text).join(" ")).toContain(term));
});
