import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Published Dutch text (news on site accidents, court rulings, union magazines, HR and toolbox pages)
// speaks of places, institutions, sources and people in general far more than a site note does. Each
// class of language has the sentence that must stay silent and, beside it, the one that must still warn.
// Sentences are written for these tests, not taken from any evaluation set.

const spans = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const categories = (text: string) => detect(text).map((f) => f.category);

describe("places and organisations are no persons", () => {
  it("a place after a preposition or an institution after an article names nobody", () => {
    expect(spans("In Nederland lopen veel werknemers met rugklachten rond.")).toEqual([]);
    expect(spans("Jaarlijks raken ruim 3.000 bouwvakkers gewond bij een val, meldt de Arbeidsinspectie.")).toEqual([]);
    expect(spans("Meld een ongeval bij de Arbeidsinspectie als er sprake is van blijvend letsel.")).toEqual([]);
  });
  it("but a surname with its article, or a compound role, is a person", () => {
    expect(categories("Gisteren is Jan de Vries gevallen en heeft zijn pols gebroken.")).toContain("health");
    expect(categories("Bij de poort stond meneer de Jong, die een hersenschudding had.")).toContain("health");
    expect(categories("De Roma-jongen die bij de sloper werkt is niet op komen dagen.")).toContain("ethnicity");
  });
});

describe("the source of a quote is not whom the quote is about", () => {
  it("a quoted speaker names nobody", () => {
    expect(spans("'Dat is zwaar werk tijdens de ramadan', vertelt Besselink.")).toEqual([]);
    expect(spans("\"Wie ziek is, blijft thuis\", zegt woordvoerder Jan de Vries van het bouwbedrijf.")).toEqual([]);
  });
  it("but a field note's '…, zegt Jan' and a speaker described by the term still count", () => {
    expect(categories("Zijn gezicht werd niet herkend bij de poort, zegt Jan.")).toContain("biometric");
    expect(categories("\"Het slachtoffer heeft een hersenschudding\", zegt Jan.")).toContain("health");
    expect(categories("\"Het is zwaar\", zegt FNV-bestuurder Judith Westhoek.")).toContain("union");
    expect(categories("Kees de Vos, woordvoerder van CNV, stond gisteren nog op het dak.")).toContain("union");
  });
  it("the writer holding an opinion is not the writer's health", () => {
    expect(spans("Voor zover ik weet leidt de ramadan zelden tot conflicten.")).toEqual([]);
    expect(categories("Ik denk dat ik griep heb.")).toContain("health");
  });
});

describe("people in general: HR pages, law and statistics", () => {
  it.each([
    "Je vastende collega gewoon overslaan bij het koffie halen.",
    "Is een werknemer ziek, dan moet de werkgever het loon doorbetalen.",
    "De werkgever moet de zieke werknemer begeleiden bij de re-integratie.",
    "Een slachtoffer van een val van hoogte heeft vaak meerdere botbreuken.",
    "Via de software kon de werkgever het ziekteverzuim en de overuren controleren.",
    "Jaarlijks komen er gemiddeld vijf mensen om en houden tientallen bouwvakkers blijvend letsel over.",
    "En als er iemand hoest, moet je dat melden bij de uitvoerder.",
    "Het is zaak om scherp te zijn in geval van een langdurig zieke werknemer.",
    // A plural pronoun points back at the group in general.
    "Sommige werknemers doen mee aan de ramadan. Het vasten kan gevolgen hebben voor hun functioneren.",
  ])("%s", (text) => expect(spans(text)).toEqual([]));

  it("but a colleague of the writer, a victim in a report and a named crew are specific", () => {
    expect(categories("Mijn vastende collega sloeg de lunch over.")).toContain("religion");
    expect(categories("Jan is ziek, dan maar zonder hem verder.")).toContain("health");
    expect(categories("Het slachtoffer van de val had meerdere botbreuken.")).toContain("health");
    expect(categories("Twee mdw van ploeg B kwamen later. Het vasten viel hun zwaar.")).toContain("religion");
  });
});

describe("unions in published text", () => {
  it("reads a member of the union movement and a union official", () => {
    expect(categories("Henk is al zeventig jaar lid van de vakbeweging.")).toContain("union");
  });
  it("but not a prize of the union", () => {
    expect(spans("De Arboprijs van FNV Bouw werd in Joure uitgereikt.")).toEqual([]);
  });
});

describe("court rulings", () => {
  it("a civil order to pay is no criminal record", () => {
    expect(spans("De kantonrechter veroordeelt werkgever tot betaling van het achterstallige loon.")).toEqual([]);
    expect(spans("Werkgever wordt veroordeeld in de proceskosten.")).toEqual([]);
  });
  it("but a criminal sentence, a dismissal for an offence and an offence found proven are", () => {
    expect(categories("De verdachte wordt veroordeeld tot een gevangenisstraf van zes maanden.")).toContain("criminal");
    expect(categories("Voor hem volgde ontslag op staande voet wegens diefstal.")).toContain("criminal");
    expect(categories("De werkneemster stopte het geld in haar zak. De kantonrechter achtte diefstal bewezen.")).toContain("criminal");
  });
});

describe("news on arrests", () => {
  it("reads a person held by the police, also with the person between", () => {
    expect(categories("De politie heeft zondagnacht een 36-jarige man uit Groningen aangehouden.")).toContain("criminal");
    expect(categories("De verdachte is ingesloten voor verhoor.")).toContain("criminal");
    expect(categories("Hij was bezig koperdraad te stelen toen de agenten kwamen.")).toContain("criminal");
    expect(categories("Zijn rijbewijs werd meteen ingetrokken.")).toContain("criminal");
  });
  it("but not a case adjourned or a distance kept", () => {
    expect(spans("De zaak wordt aangehouden tot 3 mei.")).toEqual([]);
    expect(spans("Hij heeft de veilige afstand tot de kraan aangehouden.")).toEqual([]);
  });
});

describe("news on victims and patients", () => {
  it("reads an occupational disease, a grave state and care for a body part of a person", () => {
    expect(categories("Borsboom weet nog niet zo lang dat hij asbestkanker heeft.")).toContain("health");
    expect(categories("Het slachtoffer raakte in coma.")).toContain("health");
    expect(categories("Hij wordt in het ziekenhuis poliklinisch aan zijn vinger behandeld.")).toContain("health");
    expect(categories("De chauffeur verklaarde dat hij zich niet lekker voelde.")).toContain("health");
    expect(categories("Hij bleek twee promille alcohol in zijn bloed te hebben.")).toContain("health");
    expect(categories("De machinist was onder invloed van een drug.")).toContain("health");
  });
  it("but not the disease as a topic or a definition", () => {
    expect(spans("Jaarlijks overlijden gemiddeld 900 mensen aan mesothelioom.")).toEqual([]);
    expect(spans("Een burn-out is niet alleen vervelend voor wie eraan lijdt.")).toEqual([]);
    expect(spans("Het project ligt in coma sinds de gemeente het budget schrapte.")).toEqual([]);
  });
});

describe("HR pages, speakers before their verb, institutions", () => {
  it.each([
    "Mijn werknemer is gelovig en wil bidden onder werktijd. Mag dat?",
    "Mijn medewerker is ziek, wat nu?",
    "Ben je ziek? Meld je dan voor 9.00 uur bij je leidinggevende.",
    "Jan Jansen, directeur van de bouwfirma, zegt dat valgevaar de belangrijkste oorzaak van letsel is.",
    "Kees Bakker van Volandis: 'Bouwvakkers met rugklachten moeten eerder aan de bel trekken.'",
    "Dat geldt ook voor Tweede Kamerleden, die recht hebben op zwangerschapsverlof.",
  ])("%s", (text) => expect(spans(text)).toEqual([]));

  it("but a question about the person, the name Ben, a speaker about himself and a ruling's party still warn", () => {
    expect(categories("Mijn collega heeft griep. Mag hij werken?")).toContain("health");
    expect(categories("Ben heeft griep.")).toContain("health");
    expect(categories("Jan zegt: last van zijn rug.")).toContain("health");
    expect(categories("De werkneemster is zwanger en werkt in de nachtdienst, wat volgens de cao niet mag.")).toContain("health");
  });
});

describe("more of the news and rulings vocabulary", () => {
  it("reads an arrest with its subject, care by emergency staff, a lost body part and a party after a name", () => {
    expect(categories("Een 45-jarige machinist uit Venlo is zondag aangehouden.")).toContain("criminal");
    expect(categories("Hij moet later voor de rechter verschijnen.")).toContain("criminal");
    expect(categories("Verdachte ontkent betrokkenheid bij de diefstal.")).toContain("criminal");
    expect(categories("De vrouw werd ter plaatse door ambulancepersoneel behandeld.")).toContain("health");
    expect(categories("Hij verloor twee vingers.")).toContain("health");
    expect(categories("Hij heeft een schedelbasisfractuur en kampt met concentratieproblemen.")).toContain("health");
    expect(categories("Wethouder Karin Dekker (GroenLinks) legde de eerste steen.")).toContain("politics");
    expect(categories("Een DNA-spoor op de handschoen leidde naar een 40-jarige man uit Zaandam.")).toContain("genetic");
  });
  it("but not a case adjourned, an accident someone was in, a lost helmet or two parties in a council", () => {
    expect(spans("De zaak tegen de aannemer is aangehouden tot 3 mei.")).toEqual([]);
    expect(spans("De bouwvakker was betrokken bij het ongeval met de kraan.")).toEqual([]);
    expect(spans("Jan verloor zijn helm toen hij over de drempel struikelde.")).toEqual([]);
    expect(spans("In Amsterdam vormen VVD en PvdA samen de coalitie.")).toEqual([]);
  });
});

describe("the response to one accident and a person's illness in news words", () => {
  it("reads ambulances sent, first aid given, someone badly off, falling ill and a party job", () => {
    expect(categories("De man viel van de steiger. Er kwamen meerdere ambulances en een traumahelikopter.")).toContain("health");
    expect(categories("Drie artsen die toevallig langskwamen, verleenden hem eerste hulp.")).toContain("health");
    expect(categories("Het slachtoffer is er slecht aan toe.")).toContain("health");
    expect(categories("Het werk lag stil omdat hij zich plotseling ziek meldde.")).toContain("health");
    expect(categories("Twee jaar later ontdekte ze dat ze eierstokkanker had.")).toContain("health");
    expect(categories("De werkgever ontdekte dat de werknemer fractiemedewerker bij de PVV was geweest.")).toContain("politics");
    expect(categories("Als zevendedags adventist wil hij op zaterdag niet werken.")).toContain("religion");
  });
  it("but not ambulances parked at a site, a hospital that is badly off or a party's office", () => {
    expect(spans("Op de parkeerplaats van het ziekenhuis staan twee ambulances naast de bouwkeet.")).toEqual([]);
    expect(spans("De financiën van het ziekenhuis zijn er slecht aan toe.")).toEqual([]);
    expect(spans("We werken deze week aan het kantoor van de VVD.")).toEqual([]);
  });
});

describe("procedures and advice pages", () => {
  it.each([
    "Een medewerker die zich ziek meldt, wordt binnen twee dagen gebeld door zijn leidinggevende.",
    "Herken de signalen van een beroerte: een scheve mond, een slappe arm en verwarde spraak.",
  ])("%s", (text) => expect(spans(text)).toEqual([]));
  it("but a colleague described in a report and someone's colleague are specific", () => {
    expect(categories("Een uitzendkracht die bij ons werkt heeft suikerziekte.")).toContain("health");
    expect(categories("Haar collega heeft griep.")).toContain("health");
  });
});

describe("campaigns and action against a condition", () => {
  it.each([
    "FNV: meer aandacht voor burn-out in de bouw",
    "Minister Koolmees wil dat werkgevers meer doen tegen burn-out.",
  ])("%s", (text) => expect(spans(text)).toEqual([]));
  it("but a person's own condition after 'tegen' in another sense still warns", () => {
    expect(categories("Jan kon niet tegen de hitte en had een hersenschudding na zijn val.")).toContain("health");
  });
});

describe("a victim's state and police custody in news words", () => {
  it("reads them for a person", () => {
    expect(categories("De bouwvakker verkeert in kritieke toestand.")).toContain("health");
    expect(categories("Het slachtoffer verkeert inmiddels buiten levensgevaar.")).toContain("health");
    expect(categories("Hij is inmiddels ontslagen uit het ziekenhuis.")).toContain("health");
    expect(categories("De man werd in verzekering gesteld.")).toContain("criminal");
  });
  it("but not a hazard, a structure's state or a contract", () => {
    expect(spans("Bij werken aan hoogspanning is er levensgevaar.")).toEqual([]);
    expect(spans("De steiger verkeert in slechte toestand.")).toEqual([]);
    expect(spans("De aannemer is ontslagen uit de opdracht voor het ziekenhuis.")).toEqual([]);
  });
});

describe("rehabilitation, reports to the police and the police station", () => {
  it("reads them for a person", () => {
    expect(categories("Het slachtoffer moet nog maanden revalideren.")).toContain("health");
    expect(categories("Tegen de man is aangifte gedaan wegens mishandeling.")).toContain("criminal");
    expect(categories("De politie heeft de man meegenomen naar het bureau.")).toContain("criminal");
  });
  it("but not a report against unknown persons or things taken to an office", () => {
    expect(spans("Tegen onbekenden is aangifte gedaan.")).toEqual([]);
    expect(spans("De uitvoerder heeft de tekeningen meegenomen naar het bureau van de projectleider.")).toEqual([]);
  });
});

describe("a trait of a group, not of a person", () => {
  it.each([
    "Hij werkte daar met 15 kwetsbare volwassenen met niet-aangeboren hersenletsel.",
    "Jan zegt dat een zorgwekkend deel van de lhbti-gemeenschap nog altijd kampt met discriminatie.",
    "Ook snelle groeiers van ondernemers van Turkse afkomst zijn te vinden, zegt Jan.",
    "Het slaaptekort wordt voelbaar, het zijn dit keer de langste dagen van het jaar.",
    "De gelovigen onthouden zich overdag van eten, drinken en seksuele handelingen.",
  ])("%s", (text) => expect(spans(text)).toEqual([]));
  it("but a person's trait, a counted crew and a part of someone's life still warn", () => {
    expect(categories("De collega van Turkse afkomst werd uitgescholden.")).toContain("ethnicity");
    expect(categories("Twee collega's met griep bleven thuis.")).toContain("health");
    expect(categories("Hij is al een groot deel van zijn leven lid van de vakbond.")).toContain("union");
    expect(categories("Er was sprake van seksuele handelingen tussen de woonbegeleider en de collega.")).toContain("sexual");
    expect(categories("Volgens de werkgever had de werknemer zijn werk voor de PVV moeten melden.")).toContain("politics");
  });
});

describe("slurs", () => {
  it("a plural slur spoken of a group is no person's origin, but people called so are", () => {
    expect(spans("Hij geeft aan dat op de afdeling regelmatig over 'die negers' wordt gesproken.")).toEqual([]);
    expect(categories("Kofi en Yaw werden door de uitvoerder uitgescholden voor negers.")).toContain("ethnicity");
    expect(categories("Hij noemde hem een vuile neger.")).toContain("ethnicity");
  });
});

describe("definitions, applicants and feasts", () => {
  it.each([
    "Burn-out is de meest voorkomende beroepsziekte.",
    "Depressie en angst zijn de belangrijkste oorzaken van langdurig verzuim.",
    "Sollicitanten met een strafblad maken minder kans.",
    "Christenen vieren met Pasen de opstanding van Jezus.",
  ])("%s", (text) => expect(spans(text)).toEqual([]));
  it("but a note's condition that got worse and a diagnosis at Christmas for a person still warn", () => {
    expect(categories("Jan viel vorige maand. Rugklachten zijn erger geworden.")).toContain("health");
    expect(categories("Hernia is de reden dat Piet thuis zit.")).toContain("health");
    expect(categories("Rond Kerst kwam de diagnose bij Jan.")).toContain("health");
  });
});

describe("experts, observers and texts about a topic", () => {
  it.each([
    "In deze blog bespreekt mr. Karin Jansen een uitspraak over ontslag wegens diefstal.",
    "Directeur Kees Jansen van bouwbedrijf Jansen zegt dat het ziekteverzuim is gedaald naar 4 procent.",
    "Marieke Vos, preventiemedewerker bij Heijmans, ziet dat steeds meer jonge bouwvakkers rugklachten hebben.",
  ])("%s", (text) => expect(spans(text)).toEqual([]));
  it("but someone telling of their own condition, or a speaker who did something first, still warns", () => {
    expect(categories("Jan vertelt over zijn burn-out.")).toContain("health");
    expect(categories("Jan brak zijn pols en zegt dat hij zes weken thuis zit.")).toContain("health");
  });
});

describe("a question heading is read within its own paragraph", () => {
  it("as the incremental detector sees it", async () => {
    const { createIncrementalDetector } = await import("../../shared/engine/index.ts");
    const text = "Mijn werknemer is gelovig en wil bidden onder werktijd.\nMag dat?";
    expect(createIncrementalDetector().detect(text)).toEqual(detect(text));
    expect(categories(text)).toContain("religion");
    // A heading names nobody for the paragraphs after it, in a full scan and an incremental one alike.
    for (const field of ["Mijn werknemer is gelovig. Mag dat?\nWil bidden onder werktijd.", "\"Dat is zwaar\", zegt Jan.\n\"Hij heeft griep.\""]) {
      expect(createIncrementalDetector().detect(field)).toEqual(detect(field));
    }
    expect(spans("Mijn werknemer is gelovig. Mag dat?\nWil bidden onder werktijd.")).toEqual([]);
  });
});

describe("'als' as 'as', and plural terms as groups", () => {
  it("reads a person's faith after 'Als …' meaning 'as', and plural terms said of the subject", () => {
    expect(categories("Als zevendedags adventist is die dag voor hem heilig.")).toContain("religion");
    expect(categories("Jan en Piet zijn christenen.")).toContain("religion");
    expect(categories("Twee moslims van ploeg B vasten deze maand.")).toContain("religion");
  });
  it("but a condition stays one, and a plural term for people in general names nobody", () => {
    expect(spans("Als een collega epilepsie heeft, overleg met de bedrijfsarts.")).toEqual([]);
    expect(spans("Voor hem is zaterdag wat de zondag is voor christenen.")).toEqual([]);
  });
});
