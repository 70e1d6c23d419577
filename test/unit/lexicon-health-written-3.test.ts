import { beforeAll, describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";
import { lexiconReady } from "../../shared/engine/special/lexicon/ready.ts";

// Health classes widened for notes and rulings written by other people, third part: amputations,
// injury predicates, measured substances, work capacity, care and the mind, each beside its traps.
// Sentences are the team's own, not the dev notes'.

const health = (text: string, form?: "incident") =>
  detect(text, form ? { form } : {}).filter((f) => f.category === "health").map((f) => text.slice(f.start, f.end));
const flags = (texts: string[]) => { for (const t of texts) expect(health(t), t).not.toEqual([]); };
const silent = (texts: string[]) => { for (const t of texts) expect(health(t), t).toEqual([]); };

beforeAll(async () => { await lexiconReady(); });

describe("amputations: a digit or a part of one lost or cut off", () => {
  it("reads the loss, the cut and the part of a digit", () => flags([
    "Bij het afkorten verloor Sem zijn ringvinger.",
    "Hij verliest twee kootjes van zijn middelvinger.",
    "Kees is een stuk van zijn duim kwijtgeraakt.",
    "De cirkelzaag zaagde bij Ruud de pink van zijn linkerhand af.",
    "Een lintzaag die bij de stagiair drie vingers van zijn hand afzaagt.",
    "Bij Emre: nagel van de duim eraf.",
    "Bij de val heeft Jan een kootje van zijn pink gebroken.",
  ]));
  it("reads the part in an episode: 'topje eraf', the tips of fused fingers", () => {
    expect(health("Kees kwam met zijn hand tussen de kantbank. Topje eraf.")).toContain("Topje eraf");
    expect(health("Hij verloor zijn duim en de toppen van zijn ring- en middelvinger.")).toContain("toppen van zijn ring");
  });
  it("keeps silent on gloves, a ranking, a pile, a sealant cartridge and losing sight", () => silent([
    "Jan knipte de vingers van zijn werkhandschoenen af voor meer grip.",
    "Het team van Jan verloor de top van de ranglijst.",
    "Jan zaagde de top van de paal eraf.",
    "Jan sneed het topje eraf en spoot de kit in de voeg.",
    "Jan verloor de planning uit het oog.",
  ]));
});

describe("injury predicates: incurred, a shock got, a bruise, a swelling, something in the eye, shivering", () => {
  it("reads them of a person", () => flags([
    "De metselaar liep bij de val meerdere botbreuken op.",
    "Hij heeft letsel opgelopen aan zijn rug.",
    "Kees heeft bij de meterkast een stroomschok gekregen.",
    "Jan kreeg de balk tegen zijn been. Flinke bloeduitstorting.",
    "Zijn enkel zwol binnen een uur op.",
    "Pete said his hand started to bleed again.",
    "De lasser had wat in zijn rechteroog.",
    "Jan uit het water gehaald, hij rilde flink.",
    "Piet had bevende handen bij het tekenen.",
    "Jan feels drowsy after his tablets.",
  ]));
  it("keeps silent on delays, damage, a machine that shakes, idioms of the eye and vibrating tools", () => silent([
    "Het project liep door de regen vertraging op, zegt Jan.",
    "De gevel van Jan liep schade op.",
    "De trilplaat trilde hevig toen Jan hem startte.",
    "Jan, hou de planning in het oog.",
    "Dat sprong Jan meteen in het oog.",
    "Jan werkt met trillende machines.",
    "Het hout zwol op in de regen, zegt Jan.",
  ]));
});

describe("a comma ends the scope of 'niet'", () => {
  it("reads the state after 'niet …,'", () => flags([
    "Nee, niet helemaal fit, mijn enkel is nog dik.",
    "Voel me niet top, beetje misselijk.",
  ]));
  it("keeps 'geen' over a list and 'niet' in its own clause", () => silent([
    "Jan heeft geen schaafwonden, kneuzingen of breuken.",
    "Jan is niet gewond geraakt.",
  ]));
});

describe("work capacity and return to work", () => {
  it("reads benefits, classes, capacity, suitable work, sick pay and absence recorded of a person", () => flags([
    "Sinds 2019 ontvangt Jansen een WAO-uitkering.",
    "De uitkering van Jansen is verlaagd naar de klasse 45 tot 55%.",
    "Jansen valt sinds de herbeoordeling in klasse 55-65.",
    "Volgens Kees is zijn belastbaarheid nog beperkt.",
    "De arbeidsongeschikte chauffeur kreeg van Kees een brief.",
    "Anouk kan starten met passende arbeid.",
    "Anouk hervat haar werk in aangepaste vorm.",
    "Anouk doet aangepaste, lichte werkzaamheden.",
    "Kees kreeg zijn loon tijdens ziekte te laat.",
    "Jan brak zijn voet. Valt onder verzuim, gemeld bij de arbodienst.",
    "Piet is geopereerd aan zijn knie. Voorlopig geen tillen boven 5 kg.",
    "Operator had een aanval, hij mag vlgs de neuroloog niet op de kraan.",
    "Marek: back is stiff, only light work today.",
  ]));
  it("keeps silent on a floor's load, product classes, fitting measures, a lifting rule and an idiom", () => silent([
    "De belastbaarheid van de vloer is 5 kN/m2, zegt Jan.",
    "Jan heeft de kozijnen in klasse 3 tot 5 ingedeeld.",
    "Jan neemt passende maatregelen tegen geluid.",
    "Toolbox: niet tillen boven 23 kg, zegt Jan.",
    "Jan made light work of the formwork.",
    "De werkzaamheden van Jan zijn gisteren hervat.",
  ]));
});

describe("care and care givers", () => {
  it("reads care named by hospital, specialist, first aider, scan, talk and medicine", () => flags([
    "Jan is met spoed afgevoerd naar het Radboudumc.",
    "Kees brak zijn duim. Met de ambulance weg, plastische chirurgie, handchirurg.",
    "Hechtstrips door de BHV'er bij Kees.",
    "De BHV'er heeft bij Kees de hartslag gemeten.",
    "Kees stootte zijn knie, EHBO'er heeft het gekoeld en getaped.",
    "Kees: geen breuk te zien op de rontgenfoto.",
    "Kees moest naar de SEH voor een foto.",
    "Fatima bij de fysiotherapeut (afspraak).",
    "Kees wil met een psycholoog praten over het ongeval.",
    "Ik slik sinds maart sertraline.",
    "Kees heeft fysio 2x per week.",
    "Bij Kees is een splinter uit zijn duim gehaald.",
    "Dank aan iedereen voor de snelle BHV bij Kees.",
  ]));
  it("keeps silent on a hospital as a worksite, photos of cracks, a first-aid kit and pills in general", () => silent([
    "Jan werkt morgen bij het Radboudumc aan de gevel.",
    "Jan maakte een foto van de breuk in de leiding.",
    "Jan heeft de EHBO-koffer gecontroleerd.",
    "Jan bracht het verband naar de EHBO-post.",
    "Jan haalde de tekeningen bij de fysiotherapeut voor de verbouwing.",
  ]));
});

describe("care not needed", () => {
  it("drops an ambulance that was not needed", () => {
    expect(health("Kees brak zijn pols. Ambulance niet nodig.", "incident")).toEqual(["brak zijn pols"]);
  });
  it("keeps the ambulance called and the negation a pattern names", () => flags([
    "Kees viel van de steiger. Ambulance direct gebeld.",
    "Kees voelde zich niet lekker.",
  ]));
});

describe("substances measured in or smelled on a person", () => {
  it("reads a level, a clean breath test and drink smelled", () => flags([
    "Bij de controle bleek het bloedalcoholgehalte van Kees te hoog.",
    "Uit de bloedproef bleek een te hoog alcoholpercentage in zijn bloed.",
    "Kees werd betrapt met 0,9 promille.",
    "De heftruckchauffeur blies nul, zegt Kees.",
    "Kees stonk vanochtend naar drank.",
  ]));
  it("keeps silent on a drink's strength, alcohol-free beer, a slope and blowing dust", () => silent([
    "Jan zegt dat het alcoholgehalte van het bier 5% is.",
    "Jan bestelt alcoholvrij bier voor de borrel.",
    "Jan legt de vloer met een afschot van 5 promille.",
    "Jan blies het stof uit de leiding.",
  ]));
});

describe("mental health of a person", () => {
  it("reads a hard time, startle, compulsions and overstimulation", () => flags([
    "Ik weet dat Kees het psychisch zwaar heeft.",
    "Sinds de val schrok Kees van ieder geluid op de steiger.",
    "Kees heeft last van dwanggedachten.",
    "Kees is snel overprikkeld in de keet.",
  ]));
  it("keeps silent on heavy work, a single fright and the counselling service", () => silent([
    "Het is mentaal zwaar werk, zegt Jan.",
    "Jan schrok van de knal.",
    "Jan zegt: het bedrijfsmaatschappelijk werk is elke dag bereikbaar.",
  ]));
});

describe("dressings by their compound, and the turnstile", () => {
  it("reads a dressing, also misspelt", () => flags(["Jan kreeg een drukverband om.", "Jan had een wondferband om zijn arm."]));
  it("keeps silent on a steel frame's brace and a gate's turnstile", () => silent([
    "Bij het monteren van het windverband kreeg Jan de staaf tegen zijn helm.",
    "Het windverband gleed uit de hijsband naast Jan.",
    "De pas van Jan werkt niet bij de tourniquet.",
  ]));
});

describe("a case named as a rule's heading", () => {
  it("keeps silent on 'Bij een snijwond: …' in a toolbox", () => {
    expect(detect("Bij een brandwond: koel tien minuten en meld het bij de BHV'er.", { form: "toolbox" })).toEqual([]);
  });
  it("reads what happened 'bij een val'", () => flags(["Bij een val van de steiger brak Jan zijn pols.", "Bij een val: Jan brak zijn pols."]));
});

describe("a project team named after its kind", () => {
  it("is no person, so an absence figure for it names nobody", () => {
    expect(detect("Verzuim bouwteam Noordkade Q2: 3,9 %, iets lager dan vorig jaar. Vooral buikgriep in mei.", { form: "comment" })).toEqual([]);
  });
  it("while a name after the team's still is someone", () => flags(["Projectteam Noordkade: Jan heeft griep."]));
});

describe("a condition named as a possible effect", () => {
  it("keeps silent on what something can cause", () => {
    expect(detect("Een klap van 400V kan hartritmestoornissen veroorzaken, ook na uren.", { form: "toolbox" })).toEqual([]);
    silent(["Lawaai kan bij Jan op termijn tot gehoorschade leiden."]);
  });
  it("reads the condition a person has or got", () => flags(["Jan heeft sinds de schok hartritmestoornissen gekregen."]));
});

describe("the follow-up in a hurried note, and symptoms without their subject", () => {
  it("reads days at home, a symptom that lingers, a mark, a tick in a part and sneezing", () => {
    expect(health("Kees brandde zijn hand aan de brander. 3 dagen thuis.")).toContain("dagen thuis");
    expect(health("Kees kreeg kalk in zijn oog. Spoelen hielp, maar het bleef branden.")).toContain("bleef branden");
    expect(health("Kees had een tekenbeet. Paarse vlek na vijf dagen.")).toContain("Paarse vlek");
    flags([
      "Bij Kees zat een teek in zijn oksel.",
      "Kees zat de hele ochtend te niezen.",
      "Kees heeft zijn enkel verzwikt. Kon niet meer staan.",
    ]);
  });
  it("keeps silent on drawings at home, ticks on a list, a floor one cannot walk on and a ball", () => silent([
    "Jan werkte 3 dagen thuis aan de tekeningen.",
    "Jan zet de teken op de lijst.",
    "Jan: kan niet lopen over de natte vloer.",
    "Jan zegt dat je niet kan lopen langs de bouwput.",
    "Jan schopte de bol over het hek.",
  ]));
});

describe("a place opening a sentence defines no term", () => {
  it("reads 'Op de SEH is een foto gemaakt' in an episode, keeps a definition silent", () => {
    expect(health("Kees brak zijn arm. Op de SEH is een foto gemaakt.")).toContain("Op de SEH");
    silent(["Een burn-out is een ernstige aandoening."]);
  });
});

describe("more forms of the same classes", () => {
  it("reads a finger got rid of, a blow of the current, a hairline crack, a measured pressure, a check and a hard time", () => flags([
    "Kees is bij het kantbankwerk een vinger kwijtgeraakt.",
    "De pers heeft twee vingers van Kees afgeknepen.",
        "Kees: scan toonde een haarscheur in zijn enkel.",
    "Ambulancepersoneel heeft bij Kees de bloeddruk opgenomen.",
    "Kees is op controle geweest bij de neuroloog.",
    "Kees had 0,7 promille alcohol in zijn adem.",
    "Kees heeft het zwaar sinds de aanrijding.",
    "Kees is schrikachtig sinds de brand.",
  ]));
  it("keeps silent on a tapped cable, hairline cracks in a floor, a hard planning and a market crash", () => silent([
    "Jan gaf een tik op de kabel.",
    "Jan zag haarscheurtjes in de vloer.",
    "Jan heeft het moeilijk met de planning.",
    "Jan heeft het zwaar door de val van de beurs.",
  ]));
});
