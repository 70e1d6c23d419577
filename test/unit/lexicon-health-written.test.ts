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
