import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// Conditions whose names are everyday words too (health-ambiguous-names.ts), told only in a frame of
// having, suffering, being known with or being found; conditions of two ordinary words; and a suspect
// in a case (criminal-offences.ts). Each class with its trap beside it. Sentences are written for these
// tests, not taken from any evaluation set.

describe("an ambiguous condition name in a frame of having", () => {
  flags("health", [
    "Mijn collega Piet heeft sinds vorig jaar kanker, hij werkt halve dagen.",
    "Hij heeft zona gehad en is nog snel moe.",
    "Els heeft inmiddels MS en kan niet meer op de hoogwerker.",
    "Bij Henk is vorige maand staar vastgesteld.",
    "De nieuwe heftruckchauffeur lijdt aan ALS.",
    "Gerrit is bekend met overgewicht en kreeg het valharnas niet dicht.",
  ]);
  silent("health", [
    "Hij heeft als taak de steiger te keuren voor de oplevering.",
    "We hadden het in de toolbox over kanker door asbest.",
    "Die kanker machine doet het weer niet.",
    "De hijslast heeft overgewicht, dus eerst afladen.",
    "Jan vroeg om een verhoging van het budget voor hekwerk.",
    "Staar niet in de lasboog zonder kap.",
  ]);
});

describe("conditions of two ordinary words", () => {
  flags("health", [
    "Ruud heeft een prikkelbare darm en moet vaak naar het toilet.",
    "Mijn broer met zijn bipolaire stoornis werkt bij ons in de ploeg.",
    "Kees heeft een lui oog, dus diepte zien is lastig voor hem.",
    "Sanne heeft een trage schildklier en is snel moe.",
    "Sinds de scheiding heeft Tom suicidale gedachten, zei hij tegen de vertrouwenspersoon.",
  ]);
  silent("health", [
    "De darm van de afvoer is verstopt geraakt.",
    "Oog van de hijsband gescheurd, band afgekeurd.",
    "Het schildklierprogramma van de GGD is een landelijke campagne.",
  ]);
});

describe("a person as the suspect in a case", () => {
  flags("criminal", ["Hij is verdachte in een fraudezaak.", "Kees was verdachte in het onderzoek naar de diefstal van koper."]);
  silent("criminal", ["Er zijn verdachte pakketjes in de zaak bij de ingang gevonden.", "De verdachte situatie bij de poort is gemeld."]);
});

describe("a condition in a question on what to do, and a claim about what a condition causes", () => {
  flags("health", ["Mag de machinist weer draaien als zijn gebroken enkel genezen is?", "Jan is alcoholist. Zijn alcoholverslaving leidt vaak tot ruzie."]);
  silent("health", ["Wat als de machinist onwel wordt in de kraan?", "Wat doen we als de kraanmachinist onwel wordt?",
    "Alcoholverslaving leidt vaak tot veelvuldig ziekteverzuim.", "Wat zijn mogelijke redenen voor ziekmelding?", "Doodziek word ik van die regen, al drie dagen geen asfalt."]);
});
