import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// The course of an illness and the care around it (health-course.ts), each class with its trap beside
// it. Sentences are written for these tests, not taken from any evaluation set.

describe("metastases, a treatment started, free of a disease or its return, side effects", () => {
  flags("health", [
    "Bij Karin zijn de uitzaaiingen in de lever gegroeid.",
    "Sinds maart ben ik gestart met een chemokuur.",
    "Henk is na twee jaar schoon van kanker.",
    "Ik merk dat de hernia van Piet weer opspeelt.",
    "Jan heeft last van de bijwerkingen van zijn pillen.",
  ]);
  silent("health", [
    "Jan is gestart met de behandeling van het dossier.",
    "Volgens Jan is de grond schoon van asbest.",
    "De uitzaaiing van het onkruid in het talud is door Jan gemeld.",
  ]);
});

describe("danger of life, resuscitation, consultations, addiction programmes, the POH-GGZ", () => {
  flags("health", [
    "Jan werd in levensgevaar overgebracht naar het ziekenhuis.",
    "De BHV'ers deden een reanimatiepoging bij de chauffeur.",
    "Sanne had drie consulten bij de bedrijfsarts.",
    "Ik ben 3 maanden clean en zit in een traject bij Jellinek.",
    "Ik heb een afspraak met de POH-GGZ.",
  ]);
  silent("health", ["Jan volgt volgende week de reanimatiecursus.", "Jan geeft de reanimatie training aan de nieuwe BHV'ers."]);
});

describe("Flemish and English of mixed crews, and verbs last", () => {
  flags("health", [
    "Op de werf is een arbeider gekwetst geraakt aan zijn hand, drie steken.",
    "Bas is zeeziek sinds dag 1.",
    "Darren has PTSD since the fatality on the rig.",
    "Darren has been seeing the company psychologist since May.",
    "De machinist is aan één oor doof.",
    "Ik merk dat ik sinds de nachtroosters slecht slaap.",
    "Daardoor weten velen dat ik kanker heb.",
    "De chauffeur zakte in elkaar; hij bleek een hypo te hebben.",
  ]);
  silent("health", ["Jan voelde zich gekwetst door de opmerking van de uitvoerder.", "Jan is doof voor kritiek op de planning."]);
});
