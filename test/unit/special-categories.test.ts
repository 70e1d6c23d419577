import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

/** The categories found, with the underlined words: what a user sees. */
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];

describe("strong terms flag on their own", () => {
  it.each([
    ["Hij heeft epilepsie en viel in de keet.", "health"],
    ["Zij is zwanger, dus geen steigerwerk.", "health"],
    ["Die jongen heeft een strafblad.", "criminal"],
    ["Kees is vakbondslid.", "union"],
    ["Hij is homoseksueel.", "sexual"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe("weak terms need a person and a predicate", () => {
  it("flags a person taken to hospital, not scaffolding at a hospital", () => {
    expect(categories("Piet is met de ambulance naar het ziekenhuis gebracht.")).toEqual(["health"]);
    expect(seen("Steiger bij het ziekenhuis staat scheef.")).toEqual([]);
  });
  it("keeps a date inside the sentence that ties the person to the term", () => {
    expect(categories("Jan is op 12.03.2026 opgenomen in het ziekenhuis.")).toEqual(["health"]);
  });
  it("flags a person going to the mosque, not the renovation of one", () => {
    expect(categories("Youssef gaat vrijdag naar de moskee.")).toEqual(["religion"]);
    expect(seen("Renovatie van de moskee: dakrand zonder valbeveiliging.")).toEqual([]);
    expect(seen("Kraan aan de Kerkstraat staat op de stoep.")).toEqual([]);
  });
  it("flags a broken wrist, not a broken window or a burst pipe", () => {
    expect(seen("De stukadoor brak zijn pols bij de val.")).toEqual(["health:brak zijn pols"]);
    expect(seen("Gebroken ruit in de bouwkeet.")).toEqual([]);
    expect(seen("Leidingbreuk in de kelder.")).toEqual([]);
  });
  it("flags an arrest of a person, not police directing traffic or a theft with no suspect", () => {
    expect(categories("Chauffeur werd door de politie aangehouden.")).toEqual(["criminal"]);
    expect(seen("De politie regelde het verkeer bij de kraan.")).toEqual([]);
    expect(seen("Diefstal van de aggregaat, aangifte gedaan.")).toEqual([]);
  });
  it("reads a party only with a predicate: 'stemt PVV', not 230 volt or a batch of mortar", () => {
    expect(categories("Hij stemt Volt sinds vorig jaar.")).toEqual(["politics"]);
    expect(seen("Kabel van 230 volt los bij de keet, Jan heeft hem afgeplakt.")).toEqual([]);
    expect(seen("Nieuwe partij mortel voor Jan is te nat.")).toEqual([]);
  });
  it("flags union membership of a person, not an industry topic", () => {
    expect(categories("Onze uitvoerder is lid van de FNV.")).toEqual(["union"]);
    expect(seen("Cao-overleg met de vakbonden loopt nog.")).toEqual([]);
  });
  it("flags surgery and treatment of a person, not a lifting operation or a project running late", () => {
    expect(categories("Mehmet is gisteren geopereerd aan zijn knie.")).toEqual(["health"]);
    expect(categories("Kees loopt bij de psycholoog na het ongeval.")).toEqual(["health"]);
    expect(categories("De monteur staat onder behandeling.")).toEqual(["health"]);
    expect(seen("Jan leidt de hijsoperatie aan de noordgevel.")).toEqual([]);
    expect(seen("Het project loopt bij de specialist vertraging op, meldt Jan.")).toEqual([]);
  });
  it("flags going to a doctor, not going to a hospital that is a worksite", () => {
    expect(categories("Jan is naar de huisarts geweest.")).toEqual(["health"]);
    expect(categories("Jan moet naar het ziekenhuis.")).toEqual(["health"]);
    expect(seen("Jan is naar het ziekenhuis geweest om de meterkast te bekijken.")).toEqual([]);
    expect(seen("Jan gaat morgen naar het ziekenhuis voor de oplevering.")).toEqual([]);
  });
  it("flags a pregnant person, not a rule for pregnant workers", () => {
    expect(categories("Zij is zwanger, de zwangere collega werkt beneden.")).toEqual(["health"]);
    expect(seen("Zwangere vrouwen mogen niet in de loods komen zonder begeleiding.")).toEqual([]);
  });
  it("flags someone just out of prison and a drinking problem of a person", () => {
    expect(categories("Die sjouwer is net uit de gevangenis.")).toEqual(["criminal"]);
    expect(categories("Hij heeft een alcoholprobleem volgens zijn ploegbaas.")).toEqual(["health"]);
    expect(seen("Renovatie bij de gevangenis: Jan zet de steiger uit de bouwkeet op.")).toEqual([]);
  });
  it("flags blood pressure, sick benefit and drug use of a person, not of a pipe or a toolbox topic", () => {
    expect(categories("Piet heeft een hoge bloeddruk en moet rustig aan doen.")).toEqual(["health"]);
    expect(categories("jan zit in de ziektewet")).toEqual(["health"]);
    expect(categories("Collega Kevin gebruikt cocaine, twee keer betrapt.")).toEqual(["health"]);
    expect(seen("De hoge druk in de leiding moet eerst worden afgelaten, zegt Jan.")).toEqual([]);
    expect(seen("De ziektewet is onderwerp van de toolbox, niemand genoemd.")).toEqual([]);
    expect(seen("Jan neemt een coke in de pauze.")).toEqual([]);
  });
  it("needs a person for a strong term that is only part of a hyphenated word", () => {
    expect(seen("Werkstraf-project van de gemeente helpt met opruimen.")).toEqual([]);
    expect(categories("Hij heeft een werkstraf-verleden.")).toEqual(["criminal"]);
  });
  it("flags a pregnancy said as 'in verwachting', not a delivery being awaited", () => {
    expect(categories("Sanne is in verwachting, geen werk op hoogte meer.")).toEqual(["health"]);
    expect(seen("Jan is in afwachting van de levering.")).toEqual([]);
  });
  it("flags a person held for an offence, not a machine that is stuck", () => {
    expect(categories("Hij zit vast voor diefstal, komt volgende maand vrij.")).toEqual(["criminal"]);
    expect(seen("Jan meldt: de hoogwerker zit vast voor het rijden op de helling.")).toEqual([]);
  });
  it("reads a given name typed in lower case as a person, unless the name is an everyday word", () => {
    expect(categories("piet heeft rugklachten sinds vorige week")).toEqual(["health"]);
    expect(categories("kees is opgenomen in het ziekenhuis")).toEqual(["health"]);
    expect(seen("job is opgenomen in het ziekenhuis")).toEqual([]);
  });
  it("flags a stored fingerprint of a person, not the scanner at the gate", () => {
    expect(categories("Vingerafdruk van Pietersen staat in het toegangssysteem.")).toEqual(["biometric"]);
    expect(seen("Vingerafdrukscanner bij de poort is defect.")).toEqual([]);
  });
});

describe("context that says 'not about this person'", () => {
  it("drops negated findings", () => {
    expect(seen("Pallet viel van de heftruck, niemand gewond.")).toEqual([]);
    expect(seen("Jan heeft geen letsel opgelopen.")).toEqual([]);
  });
  it("drops prevention advice", () => {
    expect(seen("Draag gehoorbescherming om gehoorschade te voorkomen.")).toEqual([]);
    expect(seen("Til niet te zwaar, voorkom rugklachten.")).toEqual([]);
  });
  it("drops curses built on disease names", () => {
    expect(seen("Kankerweer vandaag, Jan, maar we gaan door.")).toEqual([]);
    expect(seen("Wat een tyfuszooi in de keet, zei de uitvoerder.")).toEqual([]);
  });
  it("drops topics of a toolbox meeting with nobody named", () => {
    expect(seen("Toolbox over epilepsie en eerste hulp.")).toEqual([]);
  });
});

describe("compounds, typos and missing accents", () => {
  it("reads body-part compounds in both directions", () => {
    expect(categories("Tom heeft een knieblessure.")).toEqual(["health"]);
    expect(categories("Mdw heeft rugklachten.")).toEqual(["health"]);
    expect(categories("Hartpatient Gerrit kreeg het benauwd.")).toEqual(["health"]);
  });
  it("reads one-edit and same-sound misspellings of terms of 6+ letters", () => {
    expect(categories("Jan heeft rugklagten.")).toEqual(["health"]);
    expect(categories("Hij heeft epilepsi.")).toEqual(["health"]);
    expect(categories("Marloes is zwangr en werkt niet meer op de steiger.")).toEqual(["health"]);
    expect(categories("Hij heeft een hernai.")).toEqual(["health"]);
  });
  it("never reads a real Dutch word as a neighbouring term", () => {
    expect(seen("Btw-nummer steigerbouwer staat op de factuur van Jan.")).toEqual([]);
  });
  it("reads text typed without accents", () => {
    expect(categories("Hij is verslaafd aan cocaine.")).toEqual(["health"]);
  });
  it("understands a few English terms of mixed crews", () => {
    expect(categories("He has a broken arm.")).toEqual(["health"]);
    expect(seen("Broken handrail at stairwell B.")).toEqual([]);
  });
});

describe("options", () => {
  it("only looks for the enabled categories", () => {
    expect(detect("Jan heeft epilepsie, BSN 111222333", { categories: ["bsn"] }).map((f) => f.category)).toEqual(["bsn"]);
  });
  it("drops findings in spans the user marked as 'geen persoonsgegeven'", () => {
    const text = "Jan heeft epilepsie.";
    const [f] = detect(text);
    expect(detect(text, { suppressed: [{ start: f!.start, end: f!.end }] })).toEqual([]);
  });
  it("gives every finding a stable rule id and an explanation key", () => {
    for (const f of detect("Jan heeft epilepsie. BSN 111222333. Hij stemt PVV.")) {
      expect(f.rule).toMatch(/^[a-z]+\.[a-z0-9.-]+$/);
      expect(f.explanation).toMatch(/^[a-z]+\.(strong|weak|high|medium)$/);
    }
  });
});
