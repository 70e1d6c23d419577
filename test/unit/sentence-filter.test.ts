import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../shared/engine/types.ts";
import { fold } from "../../shared/engine/text/fold.ts";
import { tokenize } from "../../shared/engine/text/tokenize.ts";
import { detectSpecial, detectSpecialInText, type SpecialContext } from "../../shared/engine/special/detect-special.ts";

// The engine tokenizes only the sentences its hashed pre-scan lets through. That is a speed-up, so it
// must never change a result: whatever the text, the findings equal those of tokenizing everything.

const ALL = new Set(CATEGORIES);
const NO_CONTEXT: SpecialContext = { personBefore: false };
const everything = (text: string, context = NO_CONTEXT) => detectSpecial(tokenize(text, fold(text)), text, fold(text), ALL, context);
const filtered = (text: string, context = NO_CONTEXT) => detectSpecialInText(text, fold(text), ALL, context);
const contexts = fc.constantFrom<SpecialContext>(
  NO_CONTEXT, { personBefore: true }, { personBefore: false, form: "incident" }, { personBefore: true, form: "incident" },
);

const words = fc.constantFrom(
  "Jan", "hij", "de", "collega", "monteur", "Dhr.", "R.", "mdw.", "viel", "van", "steiger", "brak", "zijn", "pols",
  "naar", "het", "ziekenhuis", "gebracht", "opgenomen", "epilepsie", "epilepsi", "epillepsie", "rugklagten",
  "knie-blessure", "vakbondslid", "lid", "FNV", "moskee", "gaat", "kerk", "politie", "aangehouden", "door", "werd",
  "alcoholverslaafd", "niet", "geen", "voorkomen", "zwanger", "homoseksueel", "strafblad", "Kerkstraat", "123456782",
  "nieuwe", "heup", "ziekte", "Huntington", "black-out", "collega's", "z'n", "diabetes", "suikerpatiënt", "İ", "💥",
  "12-03-2026", "12.03.2026", "€ 12.500", "06-12345678", "alcohol-verslaafd", "rug-klagten", "Jan-Willem", "hart-patient", "covid-19",
  // Person context across sentences and generic statements.
  "Daarna", "Als", "iemand", "medewerkers", "mogen", "ik", "mijn", "twee", "mannen", "Bespreek", "procent", "Maandag",
  "Rotterdam", "vastenmaand", "een", "op", "vijf", "Kees", "sneed", "zich", "hem", "elektromonteur", "beton-vlechter",
  "verdachte", "kraan", "mag", "34-jarige", "bouwvakker", "Stel", "je", "alsof", "drugsbeleid", "Christian",
  // Negation and prevention, which the pre-scan judges itself where only one-word patterns could match.
  "niemand", "gewond", "letsel", "gehoorschade", "te", "om", "uitgesloten", "maar", "wel", "omdat", "verband", "met",
  "tegen", "maatregelen", "risico", "renovatie", "Geen", "zonder", "blessure", "knie-letsel",
);
const gaps = fc.constantFrom(" ", " ", " ", ", ", ". ", "! ", "? ", "; ", "\n", " | ", " - ", "...", ".");

describe("sentence pre-scan", () => {
  it("finds exactly what tokenizing the whole text finds", () => {
    const text = fc.array(fc.tuple(words, gaps), { maxLength: 40 }).map((parts) => parts.map(([w, g]) => w + g).join(""));
    fc.assert(fc.property(text, contexts, (t, context) => {
      expect(filtered(t, context)).toEqual(everything(t, context));
    }), { numRuns: 800 });
  });

  it("still warns in the sentence that carries the term when the others are skipped", () => {
    const text = "Steiger bij het ziekenhuis staat. Jan heeft epilepsie. De partij mortel is nat.";
    const found = filtered(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["epilepsie"]);
  });

  it("leaves out a sentence whose every match is negated, yet reads the person it names", () => {
    // "Piet: geen letsel" names Piet, whom "gebroken" after it is about; "niemand gewond" names nobody.
    const text = "Piet: geen letsel. Niemand gewond. Pols gebroken.";
    expect(filtered(text)).toEqual(everything(text));
    expect(new Set(filtered(text).map((f) => text.slice(f.start, f.end)))).toEqual(new Set(["Pols gebroken"]));
  });

  it("on random strings too", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (t) => {
      expect(filtered(t)).toEqual(everything(t));
    }), { numRuns: 300 });
  });
});
