import { describe, expect, it } from "vitest";
import { inLanguage } from "../../extension/ui/one-language.ts";
import { personalDataIn } from "../../extension/content/free-text-check.ts";

describe("messages in one language", () => {
  it("shows the reader's half of a 'Nederlands / English' message, and a one-language message as it is", () => {
    const both = "Onbekende of al ingetrokken sleutel / Unknown or already revoked key";
    expect(inLanguage(both, "nl")).toBe("Onbekende of al ingetrokken sleutel");
    expect(inLanguage(both, "en")).toBe("Unknown or already revoked key");
    expect(inLanguage("HTTP 500", "en")).toBe("HTTP 500");
  });
});

describe("free text checked in the panel before it is sent", () => {
  it("refuses an explanation naming someone's health, in the reader's language, and lets a plain one through", () => {
    expect(personalDataIn("Piet heeft diabetes, daarom akkoord", "nl")).toMatch(/persoonsgegevens.*Medisch gegeven/);
    expect(personalDataIn("Piet heeft diabetes, daarom akkoord", "en")).toMatch(/personal data \(Health data\)/);
    expect(personalDataIn("Meldplicht ongeval aan de Arbeidsinspectie", "nl")).toBe("");
  });
});
