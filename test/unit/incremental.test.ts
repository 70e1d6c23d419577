import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIncrementalDetector, detect } from "../../shared/engine/index.ts";

const paragraphs = fc.constantFrom(
  "Jan viel van de steiger en brak zijn pols.", "BSN 111222333 van de sjouwer.", "Werkbon 407182639 aangemaakt.",
  "Renovatie van de moskee.", "Hij stemt PVV.", "", "Gegevens: Kerkstraat 4, Vlaardingen, 912038469.",
  "Voor de melding is het burgerservicenummer nodig.", "Kees heeft een strafblad.",
  // Paragraphs whose findings depend on the ones before them: a person named earlier, a table header,
  // a label on its own line; and ones that change nothing.
  "Kees sneed zich aan plaatmateriaal.", "Daarna naar het ziekenhuis gebracht.", "Opgenomen in het ziekenhuis.",
  "naam;bsn;telefoon", "Jan;111222333;0612345678", "Piet;123456782;0687654321", "BSN:", "111222333", "naam Jan de Wit, BSN",
  "Als een collega epilepsie heeft, bespreek dit.", "epi\u200Blepsie bij hem", "De steiger staat.",
  // A pronoun after a generic sentence is the hypothetical person: read from the paragraph's start.
  "Als een werknemer ziek is, moet de werkgever betalen. Hij is lid van de FNV.", "Hij is lid van de FNV.",
  "Wie lid is van de vakbond, krijgt korting. Dat staat in de cao. Hij kreeg een taakstraf.",
  // A condition addressed to the reader, and a question mark that only the next line holds.
  "Merkt u dat de chauffeur onder invloed is", "?",
  // A heading of topics makes the list items under it topics, until a line that is no item (topic-list.ts).
  "Toolbox-onderwerpen:", "- diabetes en ploegendienst", "- Jan heeft epilepsie", "Afwezig:", "• rugklachten voorkomen",
  // A union or a party named in one paragraph makes "lid", "voorzitter" or "plek 2" of a later one its (topic-gate.ts).
  "Verslag van de FNV-jaarvergadering.", "Piet is al veertig jaar lid.", "Kandidatenlijst van de VVD:", "Sanne staat op plek 4.",
);

describe("incremental detection", () => {
  it("gives exactly what a full scan gives, after any sequence of edits", () => {
    fc.assert(fc.property(fc.array(fc.array(paragraphs, { maxLength: 8 }), { minLength: 1, maxLength: 6 }), (versions) => {
      const inc = createIncrementalDetector();
      for (const v of versions) {
        const text = v.join("\n");
        expect(inc.detect(text)).toEqual(detect(text));
      }
    }), { numRuns: 200 });
  });

  it("lets an edit in the first paragraph change the findings of the third", () => {
    const inc = createIncrementalDetector();
    const texts = (first: string) => `${first}\nDe steiger stond scheef.\nDaarna naar het ziekenhuis gebracht.`;
    expect(inc.detect(texts("De ladder viel om."))).toEqual([]);
    const named = texts("Kees viel van de ladder.");
    const found = inc.detect(named);
    expect(found.map((f) => named.slice(f.start, f.end))).toEqual(["naar het ziekenhuis gebracht"]);
    expect(found).toEqual(detect(named));
    expect(inc.detect(texts("De ladder viel om."))).toEqual([]);
  });

  it("lets a heading typed above a list make its items topics, and removing it bring them back", () => {
    const inc = createIncrementalDetector();
    const list = "- diabetes en ploegendienst\n- hitte en zonbescherming";
    expect(inc.detect(`Vandaag:\n${list}`).length).toBeGreaterThan(0);
    const headed = `Toolbox-onderwerpen:\n${list}`;
    expect(inc.detect(headed)).toEqual([]);
    expect(detect(headed)).toEqual([]);
    expect(inc.detect(`Vandaag:\n${list}`)).toEqual(detect(`Vandaag:\n${list}`));
  });

  it("lets a union named in the first paragraph make a later 'lid' a membership, and deleting it undo that", () => {
    const inc = createIncrementalDetector();
    const text = (first: string) => `${first}\nDe steiger stond scheef.\nPiet is al veertig jaar lid.`;
    expect(inc.detect(text("Verslag van de jaarvergadering."))).toEqual([]);
    const named = text("Verslag van de FNV-jaarvergadering.");
    const found = inc.detect(named);
    expect(found.map((f) => `${f.category}:${named.slice(f.start, f.end)}`)).toEqual(["union:lid"]);
    expect(found).toEqual(detect(named));
    expect(inc.detect(text("Verslag van de jaarvergadering."))).toEqual([]);
  });

  it("re-scans only the paragraph a keystroke changed", () => {
    const inc = createIncrementalDetector();
    const text = Array.from({ length: 40 }, (_, i) => `Regel ${i}: Jan heeft epilepsie.`).join("\n");
    inc.detect(text);
    const before = inc.scanned;
    inc.detect(text.replace("Regel 7:", "Regel 7 :"));
    expect(inc.scanned - before).toBe(1);
  });
});

describe("a term that ends its sentence", () => {
  // A pattern marked exact ends in a gap of no words; that gap used to need a next word of the same
  // sentence, so such a term matched at the end of the text but not at the end of a sentence — and a
  // paragraph scanned alone (its end the text's end) then differed from the full scan.
  it("matches at the end of a sentence as at the end of the text", () => {
    expect(detect("Jan gaat elke vrijdag bidden. Daarna werkt hij door.").map((f) => f.category)).toEqual(["religion"]);
    expect(detect("Jan gaat elke vrijdag bidden.").map((f) => f.category)).toEqual(["religion"]);
  });
  it("gives the incremental detector the full scan's findings when the next paragraph follows", () => {
    const field = "Een bouwvakker raakte zwaargewond.\n\nEn hoe zit het met het bidden?\nJe vastende collega gewoon overslaan.";
    expect(createIncrementalDetector().detect(field)).toEqual(detect(field));
  });
});
