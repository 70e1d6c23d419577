import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// What field notes say people did or had done to them, in the words hurried and Flemish writers use:
// first aid "gedaan", "naar de spoed", a wrist "geforceerd", joining a union, being active in a party,
// drinking a lot, a husband who calls in sick for him, and sick reporting named as an act in a rule.
// Each class with its trap beside it; sentences written for these tests.

describe("care in the words of notes: first aid done, the Flemish 'spoed', 'geforceerd'", () => {
  flags("health", [
    "De schipper heeft bij Rinus EHBO gedaan en hem naar de kade gebracht.",
    "Den Jef is van de stelling gevallen, we hebben hem naar de spoed gebracht.",
    "Hij heeft zijn enkel geforceerd bij het afstappen van de graafmachine.",
  ]);
  silent("health", [
    "Jan heeft vorige maand zijn EHBO cursus gedaan.",
    "De kraan moest met spoed naar de andere kant van het terrein.",
    "De deur van de keet is vannacht geforceerd door inbrekers.",
  ]);
});

describe("joining a union and being active in a party, with the verb between", () => {
  flags("union", ["Mehmet vertelde dat hij vorig jaar lid is geworden van de FNV.", "Ze is na de reorganisatie toch lid gebleven bij CNV."]);
  silent("union", ["Op de folder staat hoe je lid kunt worden van de bond.", "Kees is lid geworden van de OR."]);
  flags("politics", ["De lasser is al jaren erg actief in de SP, zegt de uitvoerder."]);
  silent("politics", ["Kees is erg actief in de sportclub en traint de jeugd."]);
});

describe("drinking a lot, of a person", () => {
  flags("health", ["Hij gaf toe dat hij sinds de verhuizing veel drinkt.", "Piet drinkt te veel, zeggen de jongens van zijn ploeg."]);
  silent("health", ["Bij deze hitte drinkt Jan veel water, de koelbox staat in de keet.", "Hij drinkt veel bij deze warmte, dat is goed."]);
});

describe("a man's husband who acts for him", () => {
  flags("sexual", ["Kraanmachinist Erik is ziek, zijn man belde vanochtend om zes uur."]);
  silent("sexual", ["De voorman stuurde zijn man naar de keet om de sleutels te halen."]);
});

describe("sick reporting as the act a rule names, and as a person's own act", () => {
  silent("health", ["Ziekmelden altijd voor 7.00 bij de uitvoerder, niet via de app.", "Bij ziekmelden bel je de planner, zie het verzuimprotocol."]);
  flags("health", ["Sander wil zich ziekmelden, hij heeft koorts."]);
});

describe("groping told by whose part and 'zitten aan'", () => {
  flags("sexual", ["De voorman heeft twee keer aan de billen van de nieuwe schilder gezeten.", "Volgens de stagiaire zat hij in de bus aan haar billen."]);
  silent("sexual", ["De chauffeur zat aan de kont van de vrachtwagen te sleutelen.", "Hij viel van de trap op zijn billen en heeft een blauwe plek."]);
});

describe("feeling unwell with a time between, care named after where one is taken, rest prescribed", () => {
  flags("health", [
    "Machinist Bram voelde zich om 10.40 niet lekker in de cabine.",
    "Gerrit is met de bus naar het Gelre voor hechten.",
    "De huisarts zegt kneuzing, Wim moet 2 weken rust.",
  ]);
  silent("health", [
    "Ik ga morgen naar de bouwmarkt voor een foto van de nieuwe tegels.",
    "De pomp is naar de leverancier voor controle.",
    "De vloer moet 3 dagen rust voor hij belast mag worden.",
  ]);
});
