import { describe, expect, it } from "vitest";
import { createIncrementalDetector, detect } from "../../shared/engine/index.ts";

// The follow-up of a person's injury or illness (shared/engine/special/lexicon/health-episode.ts): once
// a paragraph has reported a health finding about someone, where they went for care, what treats them
// and how the hurt part is now are health data too; the same words elsewhere name nobody.

const health = (text: string) => detect(text).filter((f) => f.category === "health").map((f) => text.slice(f.start, f.end));

describe("a person's health episode", () => {
  it("reads care places, carers, treatments, the state of the hurt part and symptoms after the injury", () => {
    expect(health("Jan viel van de trap en brak zijn pols. Pols dik en blauw, gips voor zes weken.")).toEqual(
      expect.arrayContaining(["gips"]),
    );
    expect(health("Piet sneed zich in de hand. Hand open, veel bloedverlies.")).toEqual(expect.arrayContaining(["Hand open"]));
    expect(health("Nick broke his wrist on the scaffold. Painkillers from the GP.")).toEqual(expect.arrayContaining(["Painkillers"]));
    expect(health("Kees heeft zijn enkel verzwikt. Krukken mee naar huis, daarna naar de fysio.")).toEqual(
      expect.arrayContaining(["Krukken", "naar de fysio"]),
    );
  });

  it("stays silent on the same words without an episode: a worksite, a board, broken equipment", () => {
    for (const text of [
      "We werken aan de steiger bij het ziekenhuis. De kraan is kapot.",
      "Gips voor de binnenwand is geleverd, krukken voor de kantine ook.",
      "De kozijnen zijn dik in de verf en de leuning is stijf.",
      "Pijn in de portemonnee: de huur van de hoogwerker is verdubbeld.",
    ]) expect(health(text), text).toEqual([]);
  });

  it("needs the episode to be about a person and in the same paragraph", () => {
    // A generic rule opens no episode, and a new paragraph closes it.
    expect(health("Als iemand zijn pols breekt, bel 112. Gips en krukken liggen in de EHBO-kast.")).toEqual([]);
    expect(health("Jan brak zijn pols.\nDe gipsplaten en het gips liggen in het ziekenhuis.")).toEqual(["brak zijn pols"]);
  });

  it("is negated like any finding", () => {
    expect(health("Jan viel van de trap en bezeerde zijn knie. Geen gips nodig, niet naar het ziekenhuis.")).not.toContain("gips");
  });

  it("gives the incremental detector the same findings as a full scan, paragraph by paragraph", () => {
    const text = "Jan viel van de trap en brak zijn pols. Gips en krukken.\nGips voor de wand geleverd.\nPiet sneed in zijn duim. Pleister en naar de huisarts.";
    const incremental = createIncrementalDetector();
    expect(incremental.detect(text)).toEqual(detect(text));
  });
});

// The idioms for being ill or worn out (health-idioms.ts), each beside its use for a thing.
describe("idioms for being ill or worn out", () => {
  it("reads the idiom about a person", () => {
    for (const text of [
      "Gert zit er helemaal doorheen, zijn vrouw is net overleden.",
      "Ik loop op mijn tandvlees.",
      "Jan ligt onder de wol met griep.",
      "Zijn knie is naar de knoppen.",
      "Meld me elk uur bij Kim ivm mijn suikers.",
      "ik kan niet tegen de gluten, graag glutenvrij",
      "Laura is under the weather today.",
    ]) expect(health(text), text).not.toEqual([]);
  });

  it("stays silent on the same idioms about money, plans, machines and bedtime", () => {
    for (const text of [
      "Het budget zit er doorheen.",
      "De planning loopt op zijn laatste benen.",
      "De compressor is naar de knoppen.",
      "De kaars is opgebrand.",
      "Jan gaat vroeg onder de wol.",
      "De kop van de bout barst.",
    ]) expect(health(text), text).toEqual([]);
  });
});

// Conditions, aids and hospital stays in colleagues' words (health-conditions.ts), beside their traps.
describe("conditions, aids and hospital stays in colleagues' words", () => {
  it("reads them about a person", () => {
    for (const text of [
      "Ik ben claustrofobisch dus Dennis gaat de kruipruimte in.",
      "Zijn hand zit nog in het verband, hij kan maandag komen.",
      "Jolanda heeft aangegeven dat ze onder behandeling is bij een psycholoog.",
      "Sem werd opeens heel verward. Bleek een TIA.",
      "Hij ligt in het Rijnstate sinds zondag.",
      "Laura is on maternity leave from Monday.",
      "Piet heeft sinds kort een gehoorapparaat.",
    ]) expect(health(text), text).not.toEqual([]);
  });

  it("stays silent on 'in verband met', a hospital as a worksite and a confused plan", () => {
    for (const text of [
      "In verband met de planning schuift Jan door naar dinsdag.",
      "We werken aan de steiger bij het Isala.",
      "De planning is verward door de regen.",
      "Kees legt tape in de sparing.",
    ]) expect(health(text), text).toEqual([]);
  });
});
