import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Sexual misconduct and relationships told of one person (sexual-conduct.ts), and orientation said a
// little further from its verb. Each class with its trap beside it; every trap names a person, so its
// silence is the lexicon's own. Sentences are written for these tests, not taken from any evaluation set.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (texts: string[]) => it.each(texts)("sexual: %s", (text) => expect(categories(text)).toContain("sexual"));
const silent = (texts: string[]) => it.each(texts)("no sexual finding: %s", (text) => expect(seen(text).filter((s) => s.startsWith("sexual"))).toEqual([]));

describe("groping told by the verb and an intimate part", () => {
  flags([
    "De chauffeur heeft Sanne bij de koffieautomaat aan haar billen gezeten.",
    "Marloes meldt dat Kees probeerde haar bij haar borsten te pakken.",
    "Op de borrel werd Esther het slachtoffer van handtastelijkheden van de uitvoerder.",
  ]);
  silent([
    "Jan gleed uit en viel op zijn billen in de modder.",
    "Piet heeft zijn kont gestoten aan de steiger.",
    "Kees pakte de schoor bij het kruis van de steiger.",
    "Henk greep naar zijn borst en zakte in elkaar.",
  ]);
});

describe("kissing or touching against someone's will", () => {
  flags([
    "De monteur heeft Fleur tegen haar wil proberen te kussen.",
    "Inge zegt dat Bert haar tegen haar wil heeft gezoend.",
  ]);
  silent(["Jan moest tegen zijn wil overwerken op zaterdag.", "Piet kuste de grond toen de oplevering klaar was."]);
});

describe("harassment as a sanction's reason or aimed at someone", () => {
  flags([
    "Ronald is geschorst vanwege seksuele intimidatie.",
    "De werknemer werd ontslagen op grond van sexuele intimidatie.",
    "Hij maakte zich schuldig aan seksuele intimidatie jegens een leerling.",
  ]);
  silent([
    "Jan volgt de cursus over beleid tegen seksuele intimidatie.",
    "Kees zit in de klachtencommissie voor seksuele intimidatie.",
  ]);
});

describe("an affair or a relationship a person has", () => {
  flags([
    "Er wordt gezegd dat Bas een verhouding heeft met de secretaresse.",
    "De stukadoor, met wie Anouk een relatie heeft, werkt ook op dit project.",
    "Het Kamerlid waar Nicole een affaire mee had, kwam langs.",
  ]);
  silent([
    "Jan heeft een goede relatie met de opdrachtgever.",
    "Kees onderhoudt de relatie met de klant.",
    "De affaire rond de aanbesteding kostte Piet zijn baan.",
  ]);
});

describe("orientation: out and attracted, a little further from the verb", () => {
  flags(["Sander is sinds vorig jaar uit de kast.", "Iris vertelde gisteren dat ze op vrouwen valt."]);
  silent(["De boor is sinds gisteren uit de kast gehaald door Jan.", "Jan zei dat het tegen de vrouwen van de kantine viel."]);
});

describe("the spelling with x, and a crew counted in English", () => {
  flags(["Bram is ontslagen vanwege sexuele intimidatie.", "Two guys from the formwork crew had sex in the canteen."]);
  silent(["Guys, no jokes on the radio about sex please."]);
});

describe("a pinch told with its subject between, harassment found or committed, advances", () => {
  flags([
    "Op de personeelsavond kneep de chef van de afdeling een stagiaire in haar bil.",
    "Het onderzoek wees uit dat er sprake was van seksuele intimidatie door de planner.",
    "De kantonrechter vond bewezen dat Ruud zich schuldig had gemaakt aan seksuele intimidatie.",
    "De uitvoerder heeft seksueel grensoverschrijdend gedrag vertoond tegenover Lotte.",
    "Mijn chef vroeg op de borrel naar mijn cupmaat.",
    "Hij zei tegen Anouk dat hij met haar naar bed wilde.",
  ]);
  silent([
    "Jan kneep de tube kit leeg in de voeg.",
    "Om te voorkomen dat er sprake is van seksuele intimidatie, volgde Jan een cursus.",
    "De kinderen van Piet gaan om acht uur naar bed.",
  ]);
});
