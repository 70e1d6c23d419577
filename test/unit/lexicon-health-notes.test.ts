import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Health classes of a field worker's own wording (health-notes.ts, health-episode.ts, health-medicines.ts):
// a shock with its voltage, something in an eye, months at home after an injury, a stay in hospital with
// a time, drowsiness from a medicine, skin reacting, a foot that no longer carries, the depressive idiom,
// talks with a psychologist, blisters, a relapse, English strains, a medicine named by what it treats.
// Each class with its trap beside it. Sentences are written for these tests, not taken from any evaluation set.

const health = (text: string) => detect(text).filter((f) => f.category === "health").map((f) => text.slice(f.start, f.end));
const flags = (texts: string[]) => it.each(texts)("health: %s", (text) => expect(health(text)).not.toEqual([]));
const silent = (texts: string[]) => it.each(texts)("no health finding: %s", (text) => expect(health(text)).toEqual([]));

describe("an electric shock with what gave it", () => {
  flags([
    "Bij het aansluiten van de boiler kreeg Wim een schok van 400V.",
    "Eerst de zekering eruit gedaan, toch kreeg de leerling een opdonder van de groepenkast.",
    "Tijdens het boren in de wand kreeg de elektricien van Hoek een stroomschok via de boor.",
    "Marek got an electric shock from the extension lead.",
  ]);
  silent([
    "Voor Jan was het een schok van herkenning toen hij de oude tekening zag.",
    "Jan voelde de schok van de klap tot in de cabine van de kraan.",
  ]);
});

describe("something flown into an eye", () => {
  flags(["Bij het slijpen kreeg Koen een metaaldeeltje in zijn oog.", "Bij het boren vloog er gruis in mijn linker oog.", "Sam got cement dust in his eye."]);
  silent(["Jan kreeg de vrachtwagen pas laat in het oog.", "Volgens Jan kreeg hij in zijn ogen te weinig tijd voor de oplevering."]);
});

describe("months at home after an injury or illness", () => {
  flags(["Kees viel van de steiger, brak zijn bekken en zat daarna vier maanden thuis."]);
  silent(["Jan werkt 2 dagen thuis en 3 dagen op de bouw.", "Jan was drie maanden in Polen voor een ander project."]);
});

describe("a stay in hospital with a time between verb and place", () => {
  flags(["Mijn zoon ligt sinds zondag in het ziekenhuis.", "Wendy lag vorige week nog op de IC."]);
  silent(["De tekeningen liggen sinds gisteren in het ziekenhuis bij de uitvoerder.", "Jan zegt dat het materiaal nog in het ziekenhuis ligt."]);
});

describe("drowsy from a medicine", () => {
  flags(["Ik slik sinds maandag pijnstillers en word er erg slaperig van.", "Door de nieuwe pillen is Ruud overdag wat sloom."]);
  silent(["Ik word er moe van dat de planning steeds wijzigt.", "Jan vond het wat suf van zichzelf dat hij de sleutel vergat."]);
});

describe("skin reacting on hands and arms", () => {
  flags(["Na het kitten had Lars schrale, kapotte handen.", "Jan heeft kleine rode bultjes op zijn nek na het isoleren."]);
  silent(["Jan heeft de rode handschoenen in de bus gelegd.", "Jan zegt dat de rode vlekjes op de tekening de boorgaten zijn."]);
});

describe("a foot that no longer carries, a body that cannot", () => {
  flags(["Na de val kon Rik niet meer op zijn rechter enkel steunen.", "Na de val kon Nina niet op haar linker voet staan."]);
  silent(["Jan zei dat de ladder op die ondergrond niet kon staan.", "Jan kon niet meer op zijn collega rekenen."]);
});

describe("the depressive idiom and sleep gone", () => {
  flags(["Ruben zei dat hij het niet meer ziet zitten.", "Sinds de scheiding ziet Dave het niet meer zitten.", "Tom vertelde dat hij amper meer slaapt."]);
  silent(["Jan ziet het niet zitten om zaterdag te werken.", "Jan ziet het niet meer zitten met deze planning."]);
});

describe("talks with a psychologist", () => {
  flags(["Sinds het ongeval heeft Mo gesprekken met een psycholoog.", "Ik ben in therapie bij de GGZ."]);
  silent(["Via de arbodienst kan iedereen gesprekken met een psycholoog aanvragen."]);
});

describe("blisters after a burn", () => {
  flags(["Piet brandde zich aan de brander. Blaren op de rug van zijn hand.", "Jan brandde zijn arm, blaren zo groot als een muntstuk."]);
  silent(["Jan zag blaren in de dakbedekking van blok C.", "Jan: de bitumen vertoont blaren na de hitte."]);
});

describe("a relapse into drink or gambling", () => {
  flags(["Ik hoor dat Henk weer gokt sinds hij zijn baan kwijt is.", "Vlgs zijn maat zuipt Rob stevig in het weekend."]);
  silent(["Zorg dat iedereen in de hitte flink drinkt.", "Jan gokt erop dat het morgen droog blijft."]);
});

describe("English strains with the part's side, a cough, feeling feverish", () => {
  flags(["Piotr sprained his left ankle on the kerb.", "Ivan has a bad cough since Monday.", "Ik voel me wat koortsig vandaag."]);
  silent(["Jan pulled the left cable through the duct.", "Jan vraagt een verhoging van de vloer bij de deur."]);
});

describe("a medicine named by what it treats, taken", () => {
  flags(["Frank vertelde dat hij hartmedicatie slikt.", "Bas neemt ontstekingsremmers voor zijn knie."]);
  silent(["Jan legt het medicijnkastje in de keet."]);
});

describe("a body part a person sits with, what the physio says", () => {
  flags(["Koen zit al weken met zijn knie.", "Marja belde af, de fysio zegt een week rust."]);
  silent(["Jan zit met zijn rug naar de muur in de keet.", "Jan zat met zijn handen in het haar over de planning."]);
});

describe("swelling and bleeding told after an injury", () => {
  flags(["Tim viel van de trap en stootte zijn knie. 's Avonds was die flink opgezwollen.", "Jan sneed zich aan het glas. Bloedde behoorlijk."]);
  silent(["Het hout van de kozijnen is door de regen flink opgezwollen, zegt Jan."]);
});

describe("vision and light in the writer's words", () => {
  flags(["Ik heb last van mijn ogen, zie wazig sinds de lasflits.", "Sinds zijn val heeft Rens last van fel licht."]);
  silent(["Jan zegt dat de camera last heeft van tegenlicht.", "Jan zag slecht weer aankomen en stopte met storten."]);
});

describe("a value of the body measured, a doctor's finding and follow-up in English", () => {
  flags(["Henk werd onwel in de keet. Bloedsuiker gemeten door de BHV'er: 2,9.", "Ali said his GP diagnosed asthma last week.", "Piotr has a check-up for his left knee on Friday."]);
  silent(["Jan heeft de temperatuur van de mortel gemeten.", "Jan asked for a check-up of the crane before Friday."]);
});

describe("a health word as the condition of an instruction, or a hazard topic", () => {
  flags(["Jan heeft last van huidklachten door de epoxy.", "Jan heeft een allergie-test gehad bij de huisarts."]);
  silent([
    "Afspraak met Jan: bij huidklachten direct stoppen en melden.",
    "Jan zegt: in geval van duizeligheid direct naar beneden komen.",
    "Jan legde het allergie-risico bij epoxy uit.",
  ]);
});

describe("a vaccination given to a person, not one offered to all", () => {
  flags(["Jan heeft vorige week zijn tetanusprik gehad.", "Ik ben gisteren gevaccineerd tegen hepatitis."]);
  silent(["Jan meldt: de griepprik wordt op 3 november in de keet gegeven.", "Jan meldt dat vaccinatie hepatitis B via de arbodienst is aangeboden."]);
});

describe("allergic to a thing pointed at or to office life is a dislike", () => {
  flags(["Jan is allergisch voor noten.", "Ik ben allergisch voor latex handschoenen."]);
  silent(["Jan is echt allergisch voor die nieuwe planningsapp.", "Ik ben allergisch voor vergaderingen op maandag."]);
});

describe("names of migrant crews and reporting verbs name the person of a hurried note", () => {
  flags(["nuno ziek thuis met griep", "vasyl heeft zijn pols gebroken", "Abdi, de nieuwe sjouwer, heeft een hernia.", "Marja belde: ze ligt met griep op bed."]);
  silent(["Materiaal ligt klaar voor de griepprik-actie van de arbodienst.", "Planning belde over de levering van de stempels."]);
});

describe("a birth, stopping drugs, a breath-alcohol value, a part 'killing me'", () => {
  flags([
    "Jeroen is vrij, zijn vrouw is vannacht thuis bevallen.",
    "Ilona is bevallen van een zoon.",
    "Vlgs zijn broer stopt Sem met blowen.",
    "Bij de controle had de machinist 1,1 promille.",
    "De machinist had 0,9 promille bij de controle.",
    "Since the pour my knee is killing me.",
  ]);
  silent([
    "Jan zegt dat de nieuwe werkwijze goed is bevallen.",
    "Jan legt de goot met een afschot van 5 promille.",
    "Jan zegt: de goot had een afschot van 5 promille.",
    "Jan says the heat is killing him.",
  ]);
});

describe("care waited for or received: a waiting list, an operation on a part, cancer treatment, a new joint, a cure", () => {
  flags([
    "Ik sta op de wachtlijst voor een knieoperatie.",
    "Gerard heeft volgende week een operatie aan zijn hand.",
    "Petra's man krijgt bestraling, ze werkt alleen ochtenden.",
    "Wim heeft sinds vorig jaar een kunstheup.",
    "Henk heeft een nieuwe knie gekregen en revalideert.",
    "Vlgs Kees is Ron aan het kuren in een kliniek.",
    "Frits is door zijn rug gegaan bij het tillen.",
    "Bram heeft een tintelend gevoel in zijn vingers.",
  ]);
  silent([
    "Jan staat op de wachtlijst voor een parkeervergunning.",
    "Jan plant de operatie aan de brug voor het weekend.",
    "Jan zegt dat de coating door UV-bestraling verkleurt.",
    "Jan zegt dat de aannemer door de knieën gaat.",
    "Jan heeft een nieuwe knieschijf-bescherming besteld voor de tegelzetters.",
  ]);
});

describe("slang and figurative uses of being ill, deaf or at home", () => {
  flags(["Jan is sinds maandag ziek.", "Jan is doof aan zijn rechteroor.", "Jan zit thuis met griep."]);
  silent([
    "Volgens Jan zijn de steigers ziek scheef.",
    "Ik ben er echt ziek van dat de levering weer te laat is.",
    "Volgens Jan is de uitvoerder doof voor kritiek.",
    "Jan zit 3 weken thuis met vakantie in Spanje.",
    "De betonpomp heeft een hernia, de monteur komt morgen.",
  ]);
});

describe("English of mixed crews: feeling ill, a drug test's outcome, Polish short names", () => {
  flags(["I feel sick, I go home now.", "Bartek has tested positive for cannabis.", "Kuba felt faint on the scaffold."]);
  silent(["I feel sick of this planning, says Jan.", "Jan says the concrete tested positive for chlorides."]);
});

describe("an illness's season or outbreak is nobody's case of it", () => {
  flags(["Jan had hoofdpijn, training gemist.", "Ik heb hooikoorts, bril op."]);
  silent(["Jan zegt: het is hooikoorts seizoen, bril op bij het maaien.", "Jan meldt een griep golf op het kantoor van de opdrachtgever."]);
});

describe("sores by their lay word, the psych by its short name", () => {
  flags(["Ik heb een zweer in mijn mond, eten gaat slecht.", "Tim loopt sinds de zomer bij de psych.", "Kees heeft een abces aan zijn kies."]);
  silent(["Ik zweer het je, de kraan komt morgen.", "Jan zweert op zijn eigen planning."]);
});

describe("care advised is not care received; a misstep is an event", () => {
  flags(["Jan went to the GP after the fall.", "Kees verstapte zich op de trap, enkel verzwikt."]);
  silent([
    "Jan is tired, I say go to doctor if it gets worse.",
    "Jan: boss say go to hospital tomorrow if not better.",
    "Kees verstapte zich op de keldertrap maar liep gewoon door.",
  ]);
});

describe("first aid with who gave it, a collapse in English after a longer subject, hangover at work", () => {
  flags([
    "Kees sneed zich. EHBO door onze BHV'er, daarna naar huis.",
    "The labourer from the groundworks team collapsed near the gate, says Jan.",
    "Vlgs de ploeg komt Rob maandag vaak brak binnen.",
  ]);
  silent([
    "Jan says the trench collapsed overnight.",
    "Jan says the old wall collapsed on the car park.",
    "Jan passed the test for the crane.",
    "Jan: de steen brak op de bouw in twee stukken.",
  ]);
});

describe("a blood sugar out of range", () => {
  flags(["Bij Henk was de suiker te laag, snoepje gegeven.", "Sinds de nachtdiensten is de suiker van Ria ontregeld."]);
  silent(["Jan zegt: er zit te veel suiker in de koffie."]);
});

describe("'suf' as silly, a machine's red arm", () => {
  silent(["Jan vond het wat suf dat de kraan te laat kwam.", "Jan zag een rode arm aan de graafmachine."]);
});

describe("noise complaints, engineers' findings, sensors in the sun", () => {
  silent([
    "De bewoners kunnen niet meer slapen door het heien, zegt Jan.",
    "Jan says the specialist found a crack in the weld.",
    "Jan zegt dat de sensor last heeft van zonlicht.",
  ]);
});
