import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// Subordinate clauses put the verb last (lexicon/verb-final.ts): a fact reported second-hand ("zei dat",
// "hoorde dat", "omdat") must warn as the main clause does. Beside each, the trap: a main clause that
// opens with the place and inverts, so its verb is followed by a subject of its own.

describe("health: sick benefit, hospital and treatment with the verb last", () => {
  flags("health", [
    "Ruud belt af omdat hij sinds maart in de ziektewet zit.",
    "Ik hoorde van Sanne dat ze op de IC lag na het ongeluk.",
    "Ahmet zei dat hij al weken bij de fysio loopt voor zijn schouder.",
  ]);
  silent("health", [
    "In de ziektewet zit een wachttijd van twee dagen.",
    "Het terrein dat naast het ziekenhuis ligt, wordt volgende week bestraat.",
    "Bij de huisarts is de wachtkamer opnieuw betegeld.",
  ]);
});

describe("union: membership and joining with the verb elsewhere", () => {
  flags("union", [
    "Gijs vertelde in de keet dat hij lid is van de FNV.",
    "Ronald is sinds vorige maand bij de CNV aangesloten.",
    "Ik denk dat Bram bij de vakbond zit.",
  ]);
  silent("union", [
    "Bij de FNV is de nieuwe cao gisteren getekend.",
    "De uitvoerder zei dat de FNV morgen langskomt voor een ledenavond.",
  ]);
});

describe("politics, religion and criminal records with the verb last", () => {
  flags("politics", ["Marloes vroeg vrij omdat ze in de gemeenteraad zit.", "Ik weet dat Kees lid is van de SP."]);
  silent("politics", ["In de gemeenteraad zit een meerderheid tegen de nieuwe brug."]);
  flags("religion", ["Youssef vroeg of hij vrijdag naar de moskee mag.", "Jaap zei dat hij in de kerkenraad zit."]);
  silent("religion", ["Naar de kerk gaat een nieuwe fietsroute langs de bouwplaats."]);
  flags("criminal", ["Dennis komt niet meer, ik hoorde dat hij in de cel zit."]);
  silent("criminal", ["In de cel zit een raam van gelaagd glas, dat moet vervangen worden."]);
});
