import { beforeAll, describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";
import { lexiconReady } from "../../shared/engine/special/lexicon/ready.ts";

// Health classes widened for notes written by other people (issue 10): each class's forms beside the
// traps that share its words on a building site. Sentences are the team's own probes, one per form.

const health = (text: string, form?: "incident") =>
  detect(text, form ? { form } : {}).filter((f) => f.category === "health").map((f) => text.slice(f.start, f.end));
const flags = (texts: string[]) => { for (const t of texts) expect(health(t), t).not.toEqual([]); };
const silent = (texts: string[]) => { for (const t of texts) expect(health(t), t).toEqual([]); };

beforeAll(async () => { await lexiconReady(); });

describe("injuries: every form of a body part with an injury predicate", () => {
  it("reads diminutives, small bones and muscles, and their compounds", () => flags([
    "Jan heeft zijn vingertje gebroken.",
    "Piet stootte zijn teentje aan de pallet.",
    "Kees heeft een teenbreukje.",
    "Ahmed brak zijn middenvoetsbeentje bij de val.",
    "Bram heeft zijn kuitspier verrekt.",
    "Ik heb een knieblessuretje van het voetbal.",
  ]));
  it("reads trapped, torn and opened parts", () => flags([
    "Mark: vinger ingeklemd tussen de pallets.",
    "Jan heeft zijn hand opengehaald aan de plaat.",
    "Hij haalde zijn hand open aan een spijker.",
    "Sanne's vinger is tussen de deur gekomen.",
    "Ruud sloeg met de hamer op zijn duim.",
    "Bij Tom is de enkelband ingescheurd.",
  ]));
  it("reads the predicates that also describe things only of a joint or soft part", () => flags([
    "Jan heeft zijn schouder overbelast bij het sjouwen.",
    "Zijn knie is kapot na de val, zegt Kees.",
    "Piet ging door zijn enkel op de steiger.",
    "Hij is door zijn enkel gegaan.",
    "Jan heeft zijn schouder uit de kom.",
  ]));
  it("keeps silent on the same predicates of bolts, cranes, ladders and dykes", () => silent([
    "Jan heeft de kop van de bout kapot gedraaid.",
    "De arm van de kraan is overbelast, Jan heeft hem stilgezet.",
    "Jan zag dat de voet van de ladder beschadigd was.",
    "Jan sloeg de spijker op zijn kop.",
    "Jan ging door zijn knieen om de doos op te tillen.",
    "Jan heeft de stempel uit de kom gehaald.",
    "Jan heeft de plaat tussen de schragen geklemd.",
    "Jan zag een kras in de ruit.",
  ]));
  it("reads the English of mixed crews", () => flags([
    "John strained his shoulder lifting the beam.",
    "John trapped his finger in the door.",
    "Dave had a nasty cut on his hand.",
    "Dave got dust in his eye.",
    "Sam dislocated his shoulder.",
  ]));
  it("keeps silent on English work with hands and doors", () => silent([
    "John hit the nail on the head.",
    "John trapped the cable in the door.",
    "John jammed the door open.",
    "John got something in his van.",
  ]));
});

describe("treatment received", () => {
  it("reads injections, drips, operations, scans, blood tests and a stay in hospital", () => flags([
    "Jan kreeg een spuitje in zijn knie.",
    "Hij kreeg een infuus.",
    "Jan heeft een cortisoninjectie gehad.",
    "Jan heeft een operatie gehad aan zijn knie.",
    "Jan heeft een kijkoperatie gehad.",
    "Jan moest bloed laten prikken.",
    "Jan is geröntgend.",
    "Jan heeft een echo gehad.",
    "Hij heeft een nacht in het ziekenhuis gelegen.",
    "Jan is overgeplaatst naar het UMC.",
    "Jan is voor controle naar het ziekenhuis.",
    "Jan kreeg eerste hulp van de BHV.",
  ]));
  it("reads what a carer did to the person", () => flags([
    "Zijn oog is gespoeld door de huisarts.",
    "Jan werd ter plekke behandeld door ambulance.",
    "Ambulancepersoneel heeft Jan gecontroleerd.",
    "AED is op Jan gebruikt.",
    "Paramedics treated him on site.",
    "He was airlifted to hospital.",
    "He is in a cast for six weeks.",
  ]));
  it("keeps silent on money, resin, welds, a crane's operation and an AED laid ready", () => silent([
    "Jan kreeg een injectie van 50.000 euro voor het project.",
    "Jan heeft de scheuren geinjecteerd.",
    "De operatie van de kraan verliep goed volgens Jan.",
    "Jan heeft de echo in de hal gemeten.",
    "Jan heeft de AED klaar gelegd.",
  ]));
});

describe("symptoms of a named person and recovery", () => {
  it("reads dizziness, vomiting, pallor, numbness, sore eyes and ears, fever and a daze", () => flags([
    "Jan was draaierig op de steiger.",
    "Jan gaf over in de keet.",
    "Jan zag lijkbleek.",
    "Jan had moeite met ademhalen.",
    "Jan zakte door zijn benen.",
    "Jan had geen gevoel in zijn vingers.",
    "Jan had tranende ogen na het slijpen.",
    "Jan heeft een piep in zijn oor.",
    "Jan had verhoging.",
    "Jan heeft spit.",
    "Jan was niet aanspreekbaar.",
    "Dave collapsed on the scaffold.",
    "Dave has trouble breathing.",
  ]));
  it("reads building up hours and recovering from a named illness", () => flags([
    "Jan bouwt zijn uren op.",
    "Jan herstelt van zijn operatie.",
    "Jan is tijdelijk niet inzetbaar vanwege zijn knie.",
  ]));
  it("keeps silent on handing over, green light, a pay rise, a spade's depth, scaffolds and fed-up", () => silent([
    "Jan gaf de sleutel over aan Piet.",
    "Jan gaf het over aan de uitvoerder.",
    "Jan zag groen licht van de uitvoerder.",
    "Jan had verhoging van zijn loon gekregen.",
    "Jan heeft een spit diep gegraven.",
    "Jan bouwt de steiger op.",
    "John collapsed the scaffold tower.",
    "Ik word doodziek van de planning, zegt Jan.",
  ]));
});

describe("a negation before a reason denies the action, not the reason", () => {
  it("reads the reason as health data", () => flags([
    "Jan kan niet werken ivm rugklachten.",
    "Jan kon niet komen door griep.",
    "Jan werkt niet vanwege zijn rug.",
    "Jan kan niet werken in verband met zijn knie.",
  ]));
  it("still reads a negated injury as none", () => silent([
    "Geen letsel door de val.",
    "Niet gewond door de val, zegt Jan.",
    "Geen verband om zijn hand nodig, zegt Jan.",
  ]));
});

describe("alcohol and drugs, allergies, mood and sleep", () => {
  it("reads drink on the breath, blowing, a joint, pupils and a reaction to a work substance", () => flags([
    "Jan had een alcoholwalm.",
    "Jan had een kegel.",
    "Jan had te diep in het glaasje gekeken.",
    "Jan was nog brak van het weekend.",
    "Jan blies 0,8 promille.",
    "Jan moest blazen bij de poort.",
    "Jan rookte een joint in de pauze.",
    "Jan had pupillen als schoteltjes.",
    "Jan kreeg uitslag van de epoxy.",
    "Jan kreeg een adrenalineprik.",
    "Dave takes blood thinners.",
  ]));
  it("reads mood, a hard time, therapy and waking from worry", () => flags([
    "Jan ligt 's nachts wakker van de stress.",
    "Jan is somber.",
    "Jan zit niet lekker in zijn vel.",
    "Jan heeft het mentaal zwaar.",
    "Jan heeft een traumaverwerkingstherapie.",
    "Dave is seeing a counsellor.",
  ]));
  it("keeps silent on cones, brackish water, noise, forecasts and servers", () => silent([
    "Jan legde een kegel neer bij de uitrit.",
    "Het water is brak hier.",
    "Jan moest de leiding schoon blazen.",
    "Jan is somber over de planning.",
    "De server is down, zegt Jan.",
    "Jan heeft een uitslag van de test gekregen over het asbest.",
  ]));
});

describe("conditions, pregnancy and medicines by name", () => {
  it("reads a bad joint, covid, pregnancy in other words and more medicine names", () => flags([
    "Jan heeft een slechte rug.",
    "Dave has a dodgy knee.",
    "Jan heeft corona.",
    "Jan heeft long covid.",
    "Sanne verwacht een kindje.",
    "Sanne is met bevallingsverlof.",
    "Sarah is expecting a baby.",
    "Jan slikt lansoprazol.",
    "Jan gebruikt warfarin.",
    "Jan is op levodopa.",
  ]));
  it("keeps silent on a bolt's bad head, a delay by corona and medicines in a first-aid kit", () => silent([
    "De slechte kop van de bout is vervangen door Jan.",
    "Het project liep vertraging op door corona.",
    "In de EHBO-koffer zit panadol.",
    "Jan verwacht een levering op maandag.",
  ]));
});

describe("spelling as typed", () => {
  it("reads the d/t slip of an injury participle, a compound's first part spelt by sound, and misspelt care words", () => flags([
    "Jan heeft zijn vinger gekneust.",
    "Jan heeft zijn enkel verstuikd.",
    "Jan heeft zijn duim geklemt.",
    "Jan heeft een snywond.",
    "Jan is met de ambulanse weg.",
    "Jan moet naar de fisio.",
    "Jan is naar de EHBO-post gebracht.",
    "Jan is flauw gevallen.",
    "Jan heeft een burn out.",
    "Jan kreeg een pleistertje van de EHBO.",
  ]));
  it("keeps silent on the same words about things", () => silent([
    "De ambulance kon er niet door, zegt Jan, want de poort was dicht.",
    "Jan heeft de pleisterlaag op de muur gezet.",
    "Jan heeft de kast geklemt tussen de muren.",
  ]));
});

describe("blows, wheels and loads on a part, everyday ailments and what the doctor advised", () => {
  it("reads them of a person", () => flags([
    "Hij kreeg een klap van de hijsband tegen zijn hoofd.",
    "Hij liep met zijn hoofd tegen de steiger.",
    "Zijn hand kwam onder de plaat, zegt Jan.",
    "Jan had een bult op zijn hoofd.",
    "Jan had bloed uit zijn neus.",
    "Hij kwam ongelukkig neer op zijn enkel.",
    "Piet heeft nierstenen.",
    "Piet heeft een blindedarmontsteking.",
    "Piet moet onder het mes voor zijn knie.",
    "Piet heeft een briefje van de dokter.",
    "Piet sukkelt met zijn rug.",
    "Piet heeft een te hoog cholesterol.",
    "Piet is gestopt met roken op advies van de longarts.",
    "Piet komt niet, hij heeft koorts.",
    "Piet is er niet, hij is ziek.",
  ]));
  it("keeps silent on a friendly tap, a fist on the table, a negated list and advice of an engineer", () => silent([
    "Jan gaf Piet een tik op zijn schouder.",
    "Jan sloeg met zijn hand op tafel.",
    "Geen snijwonden, kneuzingen of breuken bij Jan.",
    "Jan is op advies van de constructeur gestopt met storten.",
    "Jan zat met zijn hoofd onder de motorkap.",
  ]));
});

describe("the commonest English of mixed crews", () => {
  it("reads conditions, dressings, recovery, appointments, referrals, scans, stings and sunburn", () => flags([
    "Mark needed a plaster.",
    "Mark is recovering at home.",
    "Mark was kept in overnight.",
    "Mark has a hairline fracture.",
    "Mark has tennis elbow.",
    "Mark has high blood pressure.",
    "Mark is partially sighted.",
    "Mark is struggling with his mental health.",
    "Mark is in rehab.",
    "Mark has a hospital appointment.",
    "Mark has been referred to a consultant.",
    "Mark had an MRI on his knee.",
    "Mark had blood tests.",
    "Mark got stung by a wasp.",
    "Mark got sunburnt.",
    "Mark has a chest infection.",
  ]));
  it("keeps silent on wall plaster, concrete tests, engineers and building rehab", () => silent([
    "Mark needed a plaster board for the ceiling.",
    "Mark sent the concrete test results to the engineer.",
    "Mark was referred to the consultant engineer for the beams.",
    "Mark is working on the rehab of the old mill.",
    "Mark has a site appointment with the client.",
  ]));
});
