import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Health and criminal data said in everyday words, without a clinical or legal term
// (shared/engine/special/lexicon/health-everyday.ts, criminal.ts): out of action, walking aids and
// casts, being admitted, the time of an illness, absence records, being well again, English field
// notes, arrests with the police before the verb, detention. Each class has its trap beside it: the
// same words said of a thing, a place or a stuck job. The traps name a person too, so a silent trap
// shows that the pattern refuses the words, not that nobody was named.

const found = (text: string, category: Category) =>
  detect(text).filter((f) => f.category === category).map((f) => text.slice(f.start, f.end));

const warns = (category: Category, texts: string[]) => {
  for (const text of texts) expect(found(text, category), text).not.toEqual([]);
};
const silent = (texts: string[]) => {
  for (const text of texts) expect(detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`), text).toEqual([]);
};

describe("out of action, said of a person", () => {
  it("reads 'ligt plat', 'uit de running', 'zit thuis', 'is er even uit', 'ligt op bed'", () => {
    warns("health", [
      "Kees ligt al twee dagen plat.",
      "Sinds maandag ligt Jan plat.",
      "Mo is uit de running na zijn val.",
      "Richard is minimaal 3 maanden uit de running.",
      "Priscilla zit thuis, ze wil niet dat het rondgaat.",
      "Ruud zit thuis met zijn rug.",
      "Henk is er even uit, hij is op.",
      "Sanne ligt op bed.",
      "Jeroen is veld uit voor een paar weken.",
      "Ozan ligt in de lappenmand.",
      "Bart is uitgeschakeld voor zes weken.",
      "Hij was even buiten westen.",
    ]);
  });
  it("does not read a strike, a network or a crane that is out, or someone waiting at home, as health", () => {
    silent([
      "Jan meldt: de bouw ligt plat door de staking.",
      "Volgens Jan ligt het netwerk plat sinds vanochtend.",
      "Jan legt de platen plat op de pallet.",
      "De kraan is uit de running tot de keuring, zegt Kees.",
      "Jan zit thuis te wachten op de levering.",
      "Jan zit thuis zonder werk door de vorst.",
      "Kees is er niet uit gekomen met de leverancier.",
      "Jan is eruit gezet na het incident met de shovel.",
      "De stroom is er even uit, meldt Jan.",
      "Jan is er om zeven uur.",
    ]);
  });
});

describe("walking aids and casts", () => {
  it("reads a stick, a walker, a brace and a cast of a person", () => {
    warns("health", [
      "Kees loopt nog met een stok.",
      "Jan loopt met een rollator sinds zijn heupoperatie.",
      "Henk heeft een gipsen been.",
      "Piet draagt een kniebrace.",
    ]);
  });
  it("does not read a measuring stick, a scaffold brace or plaster board as an aid", () => {
    silent([
      "Jan loopt met een stok de sleuf in om de diepte te meten.",
      "Kees zet de brace van de steiger vast.",
      "Jan zegt: gips voor de wanden komt vrijdag.",
    ]);
  });
});

describe("being admitted, and the time of an illness", () => {
  it("reads 'is opgenomen' of a person and 'ter observatie'", () => {
    warns("health", [
      "Kees is gisteren opgenomen.",
      "Karin is opgenomen en wordt morgen geopereerd.",
      "Vannacht is Peter opgenomen.",
      "Hij is ter observatie in het ziekenhuis gehouden.",
    ]);
  });
  it("does not read a change taken into a plan, a register or a recording as an admission", () => {
    silent([
      "Jan zegt: de wijziging is opgenomen in het plan.",
      "Het risico is opgenomen in de LMRA van Kees.",
      "Jan heeft het gesprek opgenomen.",
      "Kees is opgenomen in het team van de kozijnen.",
    ]);
  });
  it("reads 'zolang hij ziek is' and 'na zijn operatie'", () => {
    warns("health", [
      "Zolang hij ziek is neemt Hein zijn ploeg over.",
      "Jan is weer aan het werk na zijn operatie.",
      "Tijdens haar ziekte doet Kees de planning.",
    ]);
  });
  it("does not read 'ziek' as an intensifier as an illness", () => {
    silent(["Zolang het ziek druk is, blijft Jan op de bouw."]);
  });
});

describe("absence records and being well again", () => {
  it("reads a person's verzuim and recovery", () => {
    warns("health", [
      "Jan verzuimt vaak op maandag.",
      "Het verzuim van Jan is hoog.",
      "Kees heeft veel verzuim dit jaar.",
      "Jan: dit is zijn derde verzuim dit jaar.",
      "Verzuimbegeleiding voor Piet loopt via de arbodienst.",
      "Henk is weer hersteld.",
      "Jan voelt zich weer beter en begint maandag.",
      "Roel is er weer, knie is genezen.",
      "Kees begint volgende week weer, eerst halve dagen.",
    ]);
  });
  it("does not read aggregate verzuim, neglecting a duty or a repaired leak as health", () => {
    silent([
      "Het verzuim dit kwartaal is 3,8%, meldt Jan.",
      "Jan zegt: ons verzuim is laag.",
      "Jan heeft verzuimd de melding te doen.",
      "Volgens Jan is de lekkage hersteld.",
      "Jan zegt: het weer is beter dan gisteren.",
      "Kees is beter in plannen dan Jan.",
      "Jan meldt: we werken voorlopig halve dagen door de vorst.",
    ]);
  });
});

describe("English field notes", () => {
  it("reads A&E, not walking, surgery, fit notes and being signed off", () => {
    warns("health", [
      "John went to A&E after the fall.",
      "Tom could not walk after the fall.",
      "He couldn't stand on his leg.",
      "Dave had surgery on his knee.",
      "He needs an operation on his shoulder.",
      "He brought a fit note from his GP.",
      "She was signed off for two weeks.",
      "He is still off work after his accident.",
      "His arm is in a cast.",
    ]);
  });
  it("does not read a crane that cannot stand, the operation of a pump or signed-off drawings as health", () => {
    silent([
      "John says the crane could not stand on the soft ground.",
      "John could not walk the route due to the mud.",
      "John checked the operation of the pump.",
      "John signed off the drawings last week.",
      "John finished the wall by hand in plaster.",
    ]);
  });
});

describe("criminal: the police before the verb, detention, served time", () => {
  it("reads arrests and detention of a person", () => {
    warns("criminal", [
      "Sven is door de politie meegenomen.",
      "Gisteren is Sven door de politie meegenomen van de bouwplaats.",
      "De politie nam hem mee naar het bureau.",
      "Jan zit vast.",
      "Kees zit sinds vorige week vast.",
      "Sinds maandag zit Jan vast.",
      "Piet heeft gezeten.",
      "Hij heeft vroeger gezeten.",
      "Henk zit zijn straf uit.",
      "Hij is in verzekering gesteld.",
    ]);
  });
  it("does not read a stuck bolt, a traffic jam, a seat or evidence taken by the police as criminal", () => {
    silent([
      "Jan zegt: de bout zit vast.",
      "Jan zit vast in de file.",
      "Kees zit vast aan zijn contract tot juni.",
      "Ik zit vast met de planning, zegt Jan.",
      "Hij heeft op de steiger gezeten, zegt Jan.",
      "De camerabeelden zijn door de politie meegenomen, zegt Jan.",
    ]);
  });
});

describe("more of the body, tests of fitness and sleep", () => {
  it("reads specks in an eye, a removed splinter, lost fingers, a ward, a measurement and a rejection at a medical", () => {
    warns("health", [
      "Bram kreeg slijpsel in zn linkeroog.",
      "Bij de oogarts is bij Bram een metaalsplinter verwijderd.",
      "Piet verloor twee vingers bij de zaag.",
      "Hij ligt op de intensive care.",
      "Piet heeft een dwarslaesie.",
      "Jan: bloeddruk te hoog, pillen gekregen.",
      "Dhr. Kuipers is afgekeurd bij de periodieke keuring ivm zijn ogen.",
      "Gijs zei dat hij al 3 nachten niet slaapt door stress.",
    ]);
  });
  it("does not read an idiom, wood splinters, a scaffold's inspection or noise at night as health", () => {
    silent([
      "Jan strooit de klant zand in de ogen.",
      "Jan heeft de metaaldeeltjes uit de machine verwijderd.",
      "Jan heeft het vuiltje van de lens verwijderd.",
      "Jan verloor zijn hoofd niet.",
      "Volgens Jan is de druk te hoog.",
      "De steiger van Jan is afgekeurd bij de keuring.",
      "Jan kon de hele nacht niet slapen van de herrie.",
    ]);
  });
});

describe("origin, votes, unions and harassment in the phrasings of other authors", () => {
  it("reads an origin the list spells otherwise, a vote at the end of a clause, joining a union, sexual messages", () => {
    warns("ethnicity", ["Dhr. Lopes (Kaapverdische roots) is onze nieuwe betonvlechter."]);
    warns("politics", ["Kim zegt dat ze altijd BBB stemt."]);
    warns("union", ["Grzegorz joined the union last month."]);
    warns("sexual", ["The crane operator sent her sexual messages."]);
  });
  it("does not read carrots, a party voting, a union meeting or a poster as data about a person", () => {
    silent([
      "Jan kookt Hollandse wortels.",
      "Jan zegt: de BBB stemt tegen de motie.",
      "John joined the union meeting as site manager.",
      "John put up the poster about sexual harassment.",
    ]);
  });
});

describe("the same classes with the verb last, and feeling unwell", () => {
  it("reads a subordinate clause and everyday words for feeling unwell, restrictions and recovering", () => {
    warns("health", [
      "Jan belde dat Kees plat ligt.",
      "Ik hoorde dat hij opgenomen is.",
      "Hij werd niet goed in de kruipruimte.",
      "Kees voelt zich niet goed.",
      "Henk ging van zijn stokje.",
      "Piet zakte in elkaar.",
      "Jan mag niet tillen.",
      "Hij kan niet meer tillen.",
      "Kees is aan het herstellen.",
      "Henk begint weer op therapeutische basis.",
      "Mike phoned in sick.",
      "He's in hospital with a broken leg.",
      "He went to see his GP.",
      "Steve fainted in the canteen.",
      "He is recovering from an operation.",
      "Back at work after his knee op.",
    ]);
    warns("criminal", [
      "Ze zeggen dat Henk vast zit.",
      "Jan is opgepakt.",
      "Agenten hebben hem van de bouwplaats gehaald.",
      "Hij zit in de bak.",
      "He's been in prison.",
      "He did time for robbery.",
    ]);
  });
  it("does not read lying flat to work, a site rule, a repair, a traffic jam or a hospital site as such", () => {
    silent([
      "Jan ligt plat op de grond om onder de kraan te kijken.",
      "Kees mag niet tillen zonder hulpmiddel.",
      "Jan kan niet staan op de steiger bij harde wind.",
      "Jan is aan het herstellen van de lekkage.",
      "Omdat Kees vast zit in het verkeer begint de ploeg later.",
      "Jan zegt: de schroeven zitten in de bak.",
      "Piet is aangehouden als uitzendkracht tot het einde van het project.",
      "Stroom is uitgevallen, Jan belt de netbeheerder.",
      "John went to the hospital site to check the windows.",
      "Jan heeft de oog op de hijsband gecontroleerd.",
      "Jan verzuimt nooit.",
    ]);
  });
});

describe("supports worn, hours a day, court", () => {
  it("reads a brace worn, a phased return, seeing black, English first aid and a court appearance", () => {
    warns("health", ["Piet heeft een brace.", "Hij werkt voorlopig 4 uur per dag.", "Jan zag zwart voor zijn ogen.", "He got a tetanus shot.", "The first aider bandaged his hand."]);
    warns("criminal", ["Kees moet later voor de rechter verschijnen."]);
  });
  it("does not read a scaffold's brace, a labour dispute or a short day for the weather as such", () => {
    silent([
      "De steiger heeft een brace nodig, zegt Jan.",
      "Jan stapt naar de kantonrechter voor zijn ontslag.",
      "Jan meldt: we werken voorlopig 6 uur per dag door de hitte.",
    ]);
  });
});
