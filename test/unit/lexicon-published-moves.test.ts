import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// Party moves in local news (politics-party-moves.ts) and arrests and exploitation in police news
// (criminal-arrests.ts). Each class with its trap beside it; sentences written for these tests.

describe("politics: leaving, founding, a list place, a seat taken along", () => {
  flags("politics", [
    "Wethouder Karel Jansen besloot vorig jaar de Lokale Democraten te verlaten.",
    "In 2019 richtte Fatma Yildiz Gemeentebelang Noord op.",
    "Raadslid Pieter Bos verliet in maart de VVD na een ruzie over de begroting.",
    "Ahmed Benali staat als nummer drie op de kieslijst van de partij.",
    "Na de breuk nam Joke Visser de enige zetel mee.",
    "Mirjam de Groot is lijstduwer voor haar partij in Zwolle.",
  ]);
  silent("politics", [
    "De uitvoerder verliet om vier uur de bouwplaats.",
    "Kees richtte met twee man de steiger op aan de achterkant.",
    "Nummer 2 van de partij stenen is bij het lossen beschadigd.",
  ]);
});

describe("'de twee mannen': a counted group with the definite article is the one the text has in mind", () => {
  flags("health", ["De twee mannen van de sloopploeg hadden na de lunch last van duizeligheid."]);
  silent("health", ["Volgens de brochure hebben mannen vaker last van duizeligheid dan vrouwen."]);
});

describe("criminal: the police holding someone, arrests made, exploitation", () => {
  flags("criminal", [
    "De politie hield de twee mannen in het busje aan.",
    "Bij de inval werden twee arrestaties verricht.",
    "Volgens het hof staat vast dat de champignonkweker zijn plukkers jarenlang had uitgebuit.",
  ]);
  silent("criminal", [
    "De politie hield rekening met files rond de bouwplaats.",
    "Landelijk worden er jaarlijks duizenden arrestaties verricht.",
    "Na drie weken regen is de bouwgrond volledig uitgeput.",
  ]);
});

describe("criminal: a suspect still sought is no one identified", () => {
  silent("criminal", [
    "De politie zoekt de verdachte van de inbraak in de bouwkeet.",
    "De verdachte van de diefstal is nog voortvluchtig, meldt de politie.",
  ]);
  flags("criminal", [
    "De verdachte, een 41-jarige man uit Tiel, is zondag aangehouden.",
    "Volgens de uitvoerder wordt Ricardo gezocht door de politie.",
  ]);
});
