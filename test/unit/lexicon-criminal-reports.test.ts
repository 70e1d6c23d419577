import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Criminal data told after the fact (criminal-reports.ts): a report made, a licence gone, a fine with
// substitute detention, a penalty risked, a counted group held, a dismissal for an offence, caught
// with the employer's goods, a person labelled an offender. Each class with its trap beside it; every trap names a
// person (or is a generic sentence), so its silence is the lexicon's own. Sentences are written for
// these tests, not taken from any evaluation set.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const flags = (texts: string[]) => it.each(texts)("criminal: %s", (text) => expect(categories(text)).toContain("criminal"));
const silent = (texts: string[]) => it.each(texts)("no criminal finding: %s", (text) => expect(seen(text).filter((s) => s.startsWith("criminal"))).toEqual([]));

describe("reports: made in the passive after a person's act, of an offence against a person", () => {
  flags([
    "Ricardo heeft de kassa van de kantine leeggehaald, aangifte wordt gedaan.",
    "Na de ruzie op de steiger heeft Kees aangifte van bedreiging gedaan.",
    "Sanne deed aangifte van mishandeling na het incident bij de poort.",
  ]);
  silent([
    // The victim reports; a theft by unknown persons is nobody's record.
    "Jan heeft aangifte gedaan van de inbraak in de keet.",
    "Keet opengebroken, daders onbekend. Aangifte is gedaan bij de politie.",
    "Twee mannen met bivakmuts op de beelden, onherkenbaar. Aangifte gedaan.",
  ]);
});

describe("licence: seized by the police, gone for a span or after drinking", () => {
  flags([
    "Het rijbewijs van Bas werd gisteravond op de snelweg door de politie ingevorderd.",
    "Tim is drie maanden zijn rijbewijs kwijt.",
    "Henk reed met 1,5 promille naar huis, rijbewijs kwijt.",
  ]);
  silent([
    "Piet is zijn rijbewijs kwijtgeraakt, het ligt vermoedelijk in de keet.",
    "Jan is zijn rijbewijs kwijt, hij zoekt het nog in zijn jas.",
    "Het rijbewijs van Sander is door het CBR ingetrokken vanwege zijn epilepsie.",
  ]);
});

describe("fines and penalties: substitute detention, a penalty risked", () => {
  flags([
    "De politierechter gaf Mark een geldboete van 600 euro subsidiair 12 dagen hechtenis.",
    "De uitvoerder riskeert bij de politierechter in Breda een flinke boete.",
  ]);
  silent([
    "Het bedrijf riskeert een boete van de Arbeidsinspectie.",
    "Wie zonder vergunning sloopt, riskeert een boete.",
  ]);
});

describe("arrests: a counted group held, in inverted order", () => {
  flags(["Afgelopen nacht zijn twaalf mensen aangehouden bij de bouwput.", "Bij de controle werden drie werknemers opgepakt."]);
  silent(["Jaarlijks worden tientallen mensen aangehouden voor koperdiefstal.", "De afstand tot de sleuf werd door Jan aangehouden."]);
});

describe("dismissal for an offence as its stated reason; caught with the employer's goods", () => {
  flags([
    "Joost is ontslagen met als reden diefstal van koperkabel.",
    "Luuk is betrapt met twee haspels van de zaak in zijn bus.",
    // A ruling's word order, with the employer as subject: the company dismisses, the offence is the worker's.
    "De werkgever ontslaat de monteur op staande voet wegens verduistering van gereedschap.",
    "De werkgever heeft de chauffeur op staande voet ontslagen wegens diefstal van diesel.",
  ]);
  silent([
    "Joost is ontslagen met als reden een reorganisatie.",
    "Het bouwbedrijf is veroordeeld wegens fraude met subsidies, de uitvoerder is ontslagen.",
    "Luuk is betrapt met zijn telefoon op de steiger, gele kaart.",
  ]);
});

describe("labelled an offender", () => {
  flags(["Omar werd door de app ten onrechte aangemerkt als fraudeur.", "Mijn collega Dirk is bestempeld als dief."]);
  silent(["Omar werd aangemerkt als contactpersoon.", "Dirk is bestempeld als vakman van het jaar."]);
});

describe("a driving ban of nobody in particular", () => {
  silent(["Drankmisbruik, al dan niet met een rij-ontzegging, kan een reden voor ontslag zijn."]);
});

describe("police actions on a person, a dismissal 'om' an offence", () => {
  flags([
    "Bij de poort werd Dennis door de politie gefouilleerd en meegenomen.",
    "Vorige maand is Karim ontslagen om diefstal van koperkabel.",
  ]);
  silent([
    "De politie heeft de camerabeelden van de poort meegenomen.",
    "Jan is ontslagen om bedrijfseconomische redenen.",
  ]);
});

describe("offences against a named victim, a tag, English site reports", () => {
  flags([
    "Hij kreeg een contactverbod na de mishandeling van de voorman.",
    "Na de late dienst is Sarita bij de poort bedreigd door een ex-collega.",
    "Let op: de nieuwe heftruckchauffeur heeft een enkelband, dat weet het bureau.",
    "The scaffolder was caught on CCTV stealing copper and has been reported to the police.",
    "Delivery driver turned out to be driving on a suspended licence, says Tom.",
    "Vrachtwagenchauffeur bleek gedronken te hebben, door politie meegenomen.",
  ]);
  silent([
    "Jan zegt dat fijnstof een bedreiging van de gezondheid is.",
    "Jan voelde zich bedreigd door de storm op het dak.",
    "Bij het voetballen heeft Jan zijn enkelband gescheurd.",
    "Let op: als iemand een enkelband draagt, vraag dan niets.",
  ]);
});

describe("stopped on the road by the police", () => {
  flags(["Vorige week is Jos door de politie van de weg gehaald."]);
  silent(["Jan heeft de pylonen van de weg gehaald voordat de politie kwam."]);
});

describe("an arrest as a noun, suspected with the verb between, offences committed before", () => {
  flags([
    "Het onderzoek leidde tot de aanhouding van een man uit Breda.",
    "Bij zijn arrestatie verzette de sjouwer zich.",
    "De timmerman die verdacht wordt van de inbraak is geschorst.",
    "Hij stond al geregistreerd door eerder gepleegde strafbare feiten.",
  ]);
  silent(["De rechter besliste tot aanhouding van de zaak, zegt Jan.", "Jan legt in de toolbox uit wat strafbare feiten zijn."]);
});

describe("a certificate of conduct by its full name, wanted by the police, a curfew", () => {
  flags([
    "De invaller kon niet starten omdat zijn Verklaring Omtrent het Gedrag niet werd afgegeven.",
    "De chauffeur meldde zich bij de poort, hij stond nog gesignaleerd voor een oude zaak.",
    "Sorin asked for day shifts only because of his curfew.",
  ]);
  silent(["Jan zegt dat de Verklaring Omtrent het Gedrag voor iedereen nodig is.", "De storing stond gesignaleerd in het logboek, zegt Jan."]);
});

describe("offences of the Wetboek van Strafrecht named with health words; prosecution for a charge", () => {
  const seenAll = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
  it("reads the charge as criminal, not as the victim's injury", () => {
    expect(seenAll("Het OM gaat de machinist vervolgen wegens dood door schuld.")).toEqual(["criminal:vervolgen wegens", "criminal:dood door schuld"]);
    expect(seenAll("De uitvoerder wordt verdacht van het toebrengen van zwaar lichamelijk letsel.").filter((s) => s.startsWith("health"))).toEqual([]);
  });
  it("still reads a victim's injury, and names no one in a general investigation", () => {
    expect(seenAll("Jan liep zwaar lichamelijk letsel op bij de val.")).toEqual(["health:liep zwaar lichamelijk letsel op"]);
    expect(seenAll("De politie onderzoekt of sprake is van zwaar lichamelijk letsel door schuld (artikel 308 Wetboek van Strafrecht).")).toEqual([]);
    expect(seenAll("We vervolgen de route voor de kraan via de A12.")).toEqual([]);
  });
});
