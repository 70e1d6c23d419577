import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";
import { BSN_RULE_IDS, RULE_IDS, isKnownRuleId } from "../../shared/engine/rule-ids.ts";
import { LEXICONS } from "../../shared/engine/special/lexicon/index.ts";

// The Worker stores only rule ids from the engine's closed list; the list must follow the engine.

describe("the engine's closed list of rule ids", () => {
  it("has exactly the BSN rule names detect-bsn.ts can assign", () => {
    const source = readFileSync(resolve(import.meta.dirname, "../../shared/engine/bsn/detect-bsn.ts"), "utf8");
    // Every "bsn.…" literal on a line that speaks of the rule (not the explanation keys).
    const lines = source.split("\n").filter((l) => /\brule\b/.test(l));
    const assigned = new Set(lines.flatMap((l) => [...l.matchAll(/"(bsn\.[a-z-]+)"/g)].map((m) => m[1]!)));
    expect(new Set(BSN_RULE_IDS)).toEqual(assigned);
  });

  it("holds every lexicon pattern as category.id", () => {
    for (const list of LEXICONS) for (const p of list.patterns) expect(isKnownRuleId(`${list.category}.${p.id}`)).toBe(true);
    expect(RULE_IDS.size).toBe(BSN_RULE_IDS.length + LEXICONS.reduce((n, l) => n + l.patterns.length, 0));
  });

  it("knows every rule detect() reports, and no typed value", () => {
    const texts = [
      "Nieuwe sjouwer, BSN 123456782", "Jan heeft epilepsie", "hij is vakbondslid", "Piet gaat vrijdag naar de moskee",
      "burgerservicenummer: 111222333", "rijbewijs 111222333", "klant 111222333", "Zij is zwanger en heeft suikerziekte",
    ];
    const rules = texts.flatMap((t) => detect(t, { includeLow: true }).map((f) => f.rule));
    expect(rules.length).toBeGreaterThan(4);
    for (const r of rules) expect(isKnownRuleId(r), r).toBe(true);
    expect(isKnownRuleId("bsn.111222333")).toBe(false);
    expect(isKnownRuleId("health")).toBe(false);
  });
});
