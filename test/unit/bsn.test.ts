import { describe, expect, it } from "vitest";
import { detect, passesElfproef } from "../../shared/engine/index.ts";

const bsn = (text: string, field?: { label?: string }) =>
  detect(text, { categories: ["bsn"], field }).map((f) => ({ value: text.slice(f.start, f.end), confidence: f.confidence, rule: f.rule }));

describe("elfproef", () => {
  it("accepts 9 digits and 8 with an implied leading zero that pass the check", () => {
    expect(passesElfproef("111222333")).toBe(true);
    expect(passesElfproef("40645678")).toBe(true);
  });
  it("rejects a wrong check digit, a swapped pair, other lengths and all zeros", () => {
    expect(passesElfproef("111222334")).toBe(false);
    expect(passesElfproef("112122333")).toBe(false);
    expect(passesElfproef("1112223")).toBe(false);
    expect(passesElfproef("000000000")).toBe(false);
  });
});

describe("BSN detection: binding beats proximity", () => {
  it("finds a keyword-bound BSN in every shape with high confidence", () => {
    for (const value of ["123456782", "123 456 782", "123-456-782", "123.456.782", "1234.56.782", "1234 56 782", "12.34.56.782"]) {
      expect(bsn(`BSN van de nieuwe sjouwer: ${value}`)).toEqual([{ value, confidence: "high", rule: "bsn.keyword-bound" }]);
    }
  });
  it("reads look-alike dashes and no-break spaces one to one, so the underline stays on the number", () => {
    expect(bsn("bsn 123–456–782")).toEqual([{ value: "123–456–782", confidence: "high", rule: "bsn.keyword-bound" }]);
    expect(bsn("BSN 123\u00a0456\u00a0782")[0]?.value).toBe("123\u00a0456\u00a0782");
  });
  it("accepts multi-word and glued keywords and '(bsn)' after the number", () => {
    expect(bsn("burger service nummer: 111222333")).toHaveLength(1);
    expect(bsn("BSN111222333 in het veld gezet")).toHaveLength(1);
    expect(bsn("111222333 (bsn) van de timmerman")).toHaveLength(1);
    expect(bsn("b.s.n. 111.222.333 toegevoegd")).toHaveLength(1);
  });
  it("needs a keyword for 8 digits and for the 2-2-2-3 bank shape", () => {
    expect(bsn("Artikel 40645678 besteld")).toEqual([]);
    expect(bsn("Sofinummer: 40645678")).toHaveLength(1);
    expect(bsn("overmaken naar 41.71.64.300 t.n.v. Bouwbedrijf")).toEqual([]);
    // The same grouping with spaces, as a number is read out from a card.
    expect(bsn("Het BSN is 33 23 60 854, nagebeld bij de inlener.")).toHaveLength(1);
    expect(bsn("Pallet 33 23 60 854 staat bij de poort.")).toEqual([]);
  });
  it("reads a name before an abbreviation's full stop as the number's personal context", () => {
    expect(bsn("Maarten Visser, geb. 12-04-1988, 518068833, heftruck.").map((f) => f.confidence)).toEqual(["medium"]);
    expect(bsn("Levering door de firma, nr. 518068833 afgeleverd.")).toEqual([]);
  });
  it("does not take a number bound to another label for a BSN, even with a BSN keyword nearby", () => {
    expect(bsn("Werkbon 111222333 aangemaakt")).toEqual([]);
    expect(bsn("Geen BSN invullen! Werkbon 111222333 is toegevoegd")).toEqual([]);
    expect(bsn("Tel. kraanmachinist 111222333")).toEqual([]);
    expect(bsn("hijskraan 111222333 stilgezet")).toEqual([]);
    expect(bsn("RSIN van de hoofdaannemer: 111222333")).toEqual([]);
  });
  it("reads 'de klant', 'het contract' after an article as nouns of the phrase, not as labels of the number", () => {
    const high = [{ value: "840 090 572", confidence: "high" }];
    expect(bsn("Het BSN van de klant is 840 090 572").map(({ value, confidence }) => ({ value, confidence }))).toEqual(high);
    expect(bsn("Burgerservicenummer nieuwe stagiair (voor het contract): 840 090 572.").map(({ value, confidence }) => ({ value, confidence }))).toEqual(high);
    // The trap: a number word stays a label whatever stands before it, and a bare label still binds.
    expect(bsn("Het BSN staat in het dossier, het ordernummer is 840 090 572")).toEqual([]);
    expect(bsn("BSN bekend. Contract 840 090 572")).toEqual([]);
  });
  it("reads a compound naming a document after a preposition as what the BSN is for, not as the number's label", () => {
    expect(bsn("BSN slachtoffer voor de ongevallenmelding: 840 090 572.").map((f) => f.confidence)).toEqual(["high"]);
    expect(bsn("BSN van de uitzendkracht voor de presentielijst: 840 090 572").map((f) => f.confidence)).toEqual(["high"]);
    // The trap: a compound that names a number stays its label, and a document right before the number names it.
    expect(bsn("BSN staat op de werkbon, voor het ordernummer: 840 090 572.")).toEqual([]);
    expect(bsn("BSN ontbreekt, storingsmelding 840 090 572")).toEqual([]);
  });
  it("binds the number on the next line when a line says in words that it follows", () => {
    expect(bsn("Gegevens nieuwe inhuurkracht, BSN staat hieronder\n840 090 572\nNaam: A. Yilmaz").map((f) => f.confidence)).toEqual(["high"]);
    expect(bsn("Payroll details - citizen service number (BSN) on next line\n840090572").map((f) => f.confidence)).toEqual(["high"]);
    // The trap: another number announced the same way is that number.
    expect(bsn("Ordernummer op de volgende regel\n840 090 572")).toEqual([]);
  });
  it("reads 'oud contract' after the keyword as which one, not as the number's label", () => {
    expect(bsn("Sofinummer oud contract Bert: 840 090 572, nieuw contract zelfde nr.").map((f) => f.confidence)).toEqual(["high"]);
    // Without the keyword in its sentence the qualified label still labels the number.
    expect(bsn("BSN gecontroleerd. Nieuw contract: 840 090 572.")).toEqual([]);
    expect(bsn("Het BSN staat in het oude contract, contractnummer 840 090 572.")).toEqual([]);
  });
  it("rejects phone, IBAN, btw, amounts, URLs and longer digit runs", () => {
    for (const text of ["Bel +31 111 222 333", "06-11122233 bellen", "IBAN NL91ABNA0111222333", "btw NL111222333B01",
      "€ 111.222.333", "zie https://x.nl/incidents/111222333/foto", "EAN 8711122233301", "K-111222333 label"]) {
      expect(bsn(text), text).toEqual([]);
    }
  });
  it("never reports a number that fails the check, even after 'BSN'", () => {
    expect(bsn("BSN: 123456789")).toEqual([]);
  });
  it("warns with medium confidence on an unlabelled number next to a person, not next to a company", () => {
    expect(bsn("Invaller vandaag: Sanne Visser, 111-222-333, via het uitzendbureau.")).toEqual([
      { value: "111-222-333", confidence: "medium", rule: "bsn.personal-context" },
    ]);
    expect(bsn("Bouwbedrijf Jansen B.V., 111222333, levert morgen.")).toEqual([]);
  });
  it("treats a field labelled BSN as the strongest cue, and a phone field as not a BSN", () => {
    expect(bsn("111222333", { label: "BSN medewerker" })).toEqual([{ value: "111222333", confidence: "high", rule: "bsn.field-label" }]);
    expect(bsn("111222333", { label: "Telefoonnummer" })).toEqual([]);
  });
  it("a 00 prefix (RSIN, test range) needs a bound keyword", () => {
    expect(bsn("Gegevens medewerker Jan de Vries, 001855013")).toEqual([]);
    expect(bsn("BSN 001855013")).toHaveLength(1);
  });
});
