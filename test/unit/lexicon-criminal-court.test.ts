import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Criminal data in the custody, trial and sentencing words of news and notes (criminal-court.ts). Each
// class with its trap beside it; every trap names a person, so its silence is the lexicon's own.
// Sentences are written for these tests, not taken from any evaluation set.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (texts: string[]) => it.each(texts)("criminal: %s", (text) => expect(categories(text)).toContain("criminal"));
const silent = (texts: string[]) => it.each(texts)("no finding: %s", (text) => expect(seen(text)).toEqual([]));

describe("custody: detained, taken to the station, released", () => {
  flags([
    "Mijn zwager Ruben heeft drie maanden vastgezeten.",
    "Koen is door de ME meegenomen naar het bureau.",
    "Beide sjouwers zijn na verhoor weer vrijgelaten.",
    "Sinds maart is Tom voorwaardelijk vrij.",
    "Daan is op heterdaad betrapt bij het kraken van de keet.",
    "De verdachte wordt morgen voorgeleid.",
  ]);
  silent([
    "Jan heeft de tekeningen meegenomen naar het bureau.",
    "Kees heeft 10 cm vrijgelaten voor de kabelgoot.",
    "Jan is vrijdag weer vrij.",
    "Piet zei dat de stalen balk scheef hing.",
  ]);
});

describe("trial and penalty: on trial, answering to the court, what is demanded or risked", () => {
  flags([
    "Bram stond vorig jaar terecht voor heling.",
    "Ruud moet zich volgende week voor de politierechter verantwoorden.",
    "Henk riskeert twee jaar cel.",
    "De officier eiste een werkstraf tegen Mehmet.",
    "De officier eiste zes maanden tegen Sander.",
    "Wim is van oplichting beschuldigd.",
    "Jan moest terecht staan voor valsheid in geschrifte.",
    "Bart is vorige week bij de blokkade door de ME opgepakt.",
  ]);
  silent([
    "Jan merkte terecht op dat de steiger scheef stond.",
    "Piet riskeert een val als hij zo doorgaat.",
    "De controle is aangehouden tot morgen, zegt Jan.",
    "Jan kwam terecht voor de deur van de keet.",
  ]);
});

describe("stalking, embezzlement, a weapon drawn, dealing", () => {
  flags([
    "Onze uitvoerder stalkt zijn ex al maanden.",
    "Kees heeft bij zijn vorige baas geld verduisterd.",
    "Na de ruzie heeft Ali een mes getrokken.",
    "Volgens de jongens dealt Rick drugs vanuit zijn bus.",
  ]);
  silent([
    "Jan heeft de ruimte verduisterd voor de laserscan.",
    "Piet trok een schroevendraaier uit zijn tas.",
  ]);
});

describe("English custody words", () => {
  flags(["He wears an ankle tag since March.", "He spent the night in the cells, says Tomek."]);
  silent(["Tomek locked up the site at six."]);
});

describe("people of a criminal case, counted: a specific group", () => {
  flags([
    "De politie heeft gisteren vier verdachten aangehouden op de bouwplaats.",
    "Twee arrestanten zijn na verhoor opgepakt voor heling.",
  ]);
  // The trap: the same plural uncounted is anyone in such a case, a rule about people in general.
  silent([
    "Verdachten die worden aangehouden hebben recht op een advocaat.",
    "Veroordeelden krijgen na hun straf vaak geen VOG.",
  ]);
});

describe("a penalty demanded in the passive, the penalty first", () => {
  flags([
    "Tegen de man is zeven maanden cel geëist, waarvan drie voorwaardelijk.",
    "Tegen de chauffeur zijn negen maanden cel geëist.",
  ]);
  silent(["Bij zulke feiten wordt vaak een werkstraf geëist.", "Tegen de man is geen celstraf geëist."]);
});
