import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";
import { flags, silent } from "./category-findings.ts";

// Membership and office words that say which organisation only in a text about one (topic-gate.ts).
// Sentences written for these tests, each with its trap beside it.

const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);

describe("union: 'lid' and offices in a text about a union", () => {
  flags("union", [
    "Het jubileumnummer van CNV Vakmensen. Bert werd lid toen hij zestien was.",
    "FNV Metaal kiest een nieuw bestuur. Sinds mei is Anouk daar penningmeester.",
    "Ik kom uit een vakbondsgezin. Ik was natuurlijk zelf ook lid.",
  ]);
  silent("union", [
    // No union named: the same words are a club's or the works council's.
    "Bert werd lid toen hij zestien was.",
    "Sinds mei is Anouk penningmeester van de voetbalclub.",
    // A union named, but the office is in another body, or the membership only wished for.
    "De FNV voert actie. Jan is lid van de ondernemingsraad.",
    "De FNV wil meer jongeren verleiden lid te worden.",
    // A compound whose head is an office but whose other part names no union.
    "Via CNV Vakmensen kreeg Jan de arbo-consulent aan de lijn over de hitte.",
  ]);
  it("a union named only after the sentence does not count", () => {
    expect(seen("Bert werd lid toen hij zestien was. Later stapte hij over naar de FNV.")).toEqual([]);
  });
});

describe("politics: places on the list and offices in a text about a party or an election", () => {
  flags("politics", [
    "De kandidatenlijst is bekend. Erik Verbogt staat op plek 2.",
    "Bij de laatste drie verkiezingen voor de RVP was Thijsse lijstduwer.",
    "Tijdens een spoedvergadering van de SP-fractie zei Susan dat ze al acht jaar gemeenteraadslid is.",
  ]);
  silent("politics", [
    "Erik staat op plek 2 in de ranglijst van beste aannemers.",
    "Thijsse is penningmeester van de personeelsvereniging.",
    // A party as the subject: no person's candidacy.
    "De VVD staat in de peiling op plek 2.",
  ]);
});
