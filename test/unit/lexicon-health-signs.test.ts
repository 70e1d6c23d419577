import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// Health signs and check-ups in a note's words (health-signs.ts), each class with its trap beside it.
// Sentences are written for these tests, not taken from any evaluation set.

describe("collapsing, staggering and other signs seen in a person", () => {
  flags("health", [
    "De schilder van Verhoef is gisteren op de steiger in elkaar gezakt.",
    "De bijrijder liep te zwalken en had een glazige blik toen hij uitstapte.",
    "Tom sprak met een dubbele tong bij de ochtendstart.",
    "Ik hoest al een week en vanochtend zat er bloed bij.",
    "Bij Ilse is het ijzer veel te laag, zegt de huisarts.",
    "Volgens Henk gaat zijn evenwicht achteruit sinds de val.",
    "Our welder Tom has a tremor in his hands since Monday.",
  ]);
  silent("health", [
    "De keermuur is na de regen in elkaar gezakt.",
    "De kraan zwalkte bij windkracht 6, werk stilgelegd.",
    "De motor van de aggregaat hoest en slaat af.",
    "Het budget is te laag voor extra hekwerk, zegt Henk.",
  ]);
});

describe("check-ups, imaging and English clinic notes", () => {
  flags("health", [
    "Na werktijd heeft Wim een foto laten maken bij de SEH.",
    "Ruben werd door de bedrijfs-EHBO'er beoordeeld en mocht daarna door.",
    "Mark was evaluated at the site clinic and released after two hours.",
    "Operator was admitted to the Franciscus for observation.",
    "I referred him to the EAP counsellor after our talk.",
    "Agata is back on light duties from Monday.",
    "Er zit vocht in zijn rechterknie volgens de fysio.",
    "Zijn rechterbeen werd een maand later onder de knie afgezet.",
  ]);
  silent("health", [
    "Jan heeft een foto laten maken van de schade aan de gevel.",
    "De tekening is door de constructeur beoordeeld en goedgekeurd.",
    "Het terrein werd door Jan met hekken afgezet.",
    "Er staat vocht in de kelder van blok C, zegt Jan.",
  ]);
});

describe("a person in quarantine, not a batch of goods", () => {
  flags("health", ["Jan zit sinds gisteren in quarantaine.", "Ik moet in quarantaine van de GGD."]);
  silent("health", ["Marco stond ernaast. Actie: alle big bags van deze levering in quarantaine."]);
});

describe("a cable or a spring is overspannen too", () => {
  flags("health", ["Gerard is overspannen en zit thuis.", "Ik ben al weken overspannen."]);
  silent("health", ["Staalkabel van de hijskraan is overspannen geweest, kabel afgekeurd."]);
});

describe("a writer asking to go somewhere after telling what happened to them is their own case", () => {
  flags("health", ["Ik heb mijn pols gebroken. Mag ik naar huis?", "ik hoest heel veel, ook bloed. Mag ik naar doktor?"]);
  silent("health", ["Mijn werknemer is zwanger. Mag ik haar ontslaan?"]);
});

describe("'dat zijn' before a bare singular noun is his, and pain in a subordinate clause", () => {
  flags("health", ["Daar aangekomen blijkt dat zijn heup uit de kom is.", "Jan zegt dat zijn knie weer pijn doet.", "Uitslag audiometrie: bij Gary lawaaislechthorendheid links."]);
  silent("health", ["Dat zijn de regels voor ziekmelding.", "Ik weet dat het pijn doet als je de knie stoot."]);
});
