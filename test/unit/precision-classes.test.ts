import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Classes of language that name no one's data although a person is in the text (precision, issue 10),
// each with the sentences that must still warn beside it.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);

function flags(category: Category, texts: string[]) {
  it.each(texts)(`${category}: %s`, (text) => expect(categories(text)).toContain(category));
}
function silent(texts: string[]) {
  it.each(texts)("no finding: %s", (text) => expect(seen(text)).toEqual([]));
}

describe("biometric: a trait word is someone's data only when the text says whose", () => {
  flags("biometric", [
    "De vingerafdruk van Petra wordt sinds haar brandwond niet meer gelezen.",
    "Gezichtsscan van de nieuwe kraanmachinist is vandaag ingelezen.",
    "Bij de draaipoort is van Ruben een irisscan gemaakt.",
    "Vingerafdrukken van de 4 nieuwe uitzendkrachten zijn geregistreerd.",
    "Zijn vingerafdruk werkt niet bij de slagboom, Mark moet via de portier.",
    "Fingerprint of Tomasz is not read by the turnstile since Monday.",
  ]);
  silent([
    "Volgens minister De Jong mag personeel niet verplicht worden om met alleen een vingerafdruk in te klokken.",
    "De monteur weigerde via de gezichtsscan in te klokken en kreeg een waarschuwing.",
    "Bij indiensttreding werden bij de nieuwe medewerker twee vingerafdrukken afgenomen voor de prikklok.",
    "Oud-wethouder Karin Smit vroeg excuses voor de werknemers die een vingerscan moesten afgeven.",
  ]);
});

describe("health and other terms in what can happen, to anyone, by definition or in figures", () => {
  // A possibility in the present with nobody in the field is information; a report says what happened.
  silent([
    "Een stroomschok kan hartritmestoornissen geven, ook uren later.",
    "Langdurig werken met trillend gereedschap kan leiden tot het syndroom van Raynaud.",
    "Drugsbezit kan een dringende reden voor ontslag opleveren.",
  ]);
  flags("health", [
    "Epilepsie op de steiger gehad, ambulance gebeld.",
    "Jan heeft al weken rugpijn. Kan een hernia zijn.",
    "Hartritmestoornissen, kan niet verder werken vandaag.",
  ]);
  // The affected party of an information text: what usually or possibly happens to any victim.
  silent([
    "Het slachtoffer kan bewusteloos zijn.",
    "Vaak heeft het slachtoffer brandwonden op de plek waar de stroom het lichaam verliet.",
    "De patiënt kan na een hersenschudding dagenlang hoofdpijn hebben.",
  ]);
  flags("health", [
    "Het slachtoffer had brandwonden aan beide handen.",
    "Het slachtoffer kan zijn arm niet bewegen en is naar de SEH.",
    "Vaak had de monteur al migraine na de nachtdienst.",
  ]);
  // A role after "als" is a capacity ("as an employee"), not someone the sentence is about.
  silent(["Als werknemer kun je tijdens de ramadan geen langere pauzes eisen."]);
  flags("religion", ["Als monteur heeft Ahmed tijdens de ramadan zijn pauzes verschoven."]);
  // Counts beyond a crew are statistics; a counted crew is specific.
  silent([
    "Vorig jaar raakten 120 bouwvakkers gewond bij een val van hoogte.",
    "In 2022 kwamen 45 meldingen binnen, waarbij één betrokkene overleed en 31 personen gewond raakten.",
  ]);
  flags("health", ["Bij het instorten van de bekisting raakten 3 timmerlieden gewond."]);
  // What a term covers, by definition.
  silent(["Onder ernstig letsel wordt onder andere verstaan: een botbreuk, amputatie of blijvende blindheid."]);
});

describe("politics: a public office is an opinion only with its party", () => {
  silent(["Oud-raadslid Karin Smit trok aan de bel over de vingerscan bij de gemeentewerf."]);
  flags("politics", ["Gerrit is gemeenteraadslid voor de ChristenUnie in Zwolle.", "Harry is PVV-Statenlid.", "Fenna is lijsttrekker in Zwolle."]);
});

describe("health: the one who gives care is not whose health it is", () => {
  silent([
    "Na een heftig ongeval kun je slecht slapen. De vertrouwenspersoon en het bedrijfsmaatschappelijk werk zijn bereikbaar via de receptie.",
    "Bij een snijwond: druk op de wond en meld het bij de EHBO'er.",
  ]);
  flags("health", [
    "Gert sneed zich aan een plaat. EHBO'er heeft de snijwond verbonden.",
    "Bedrijfsarts zegt dat Karin nog twee weken thuisblijft met haar burn-out.",
  ]);
});

describe("a term inside an organisation's name, head first or last", () => {
  silent([
    "Volgens Marieke de Wit van de Vereniging Klinische Genetica Nederland is een verbod niet nodig.",
    "Piet bracht de giften naar de Stichting Epilepsie Instellingen Nederland.",
    "Kees werkt al jaren bij de Islamitische Gemeenschap in Rotterdam.",
  ]);
  flags("health", ["Jan heeft epilepsie, zegt de Stichting."]);
});

describe("anyone's: the reader or a person in general as the term's own subject", () => {
  silent([
    "Vroeger werd je door de baas ontslagen als hij ontdekte dat je homo was.",
    "Bij burn-out is sprake van langdurige uitputting.",
    "Bij steeds meer ziekten is onderzoek naar de erfelijke aanleg van een mens mogelijk.",
    "Iedereen liet uiteindelijk zijn of haar vingerafdruk inscannen.",
    "Alcoholmisbruik, al dan niet resulterend in een rij-ontzegging, kan een reden voor ontslag zijn.",
    "Gaat een medewerker moeilijk door de knieën? Dan is het zaak de werknemer een ochtend vrij te geven voor fysiotherapie.",
    "Op 1 juli geven steeds meer bedrijven hun personeel vrij voor Keti Koti.",
  ]);
  flags("health", [
    "Bij bloedonderzoek kwam het te hoge suikergehalte van Jan aan het licht, hij heeft diabetes.",
    "Ging de monteur naar huis? Ja, hij heeft migraine.",
  ]);
  flags("sexual", ["Jan vertelde dat hij homo is."]);
  flags("biometric", ["Ilse liet haar vingerafdruk inscannen voor de poort."]);
});

describe("what a thing is, and the headings of a report", () => {
  silent([
    "Kwartsstof: altijd nat zagen. Silicose is een ongeneeslijke longziekte.",
    "Thema was rugklachten en tillen.",
    "Oorzaak was vermoeidheid door de hitte, zegt het rapport over de kraan.",
  ]);
  flags("health", ["Hij is een hartpatiënt.", "Jan heeft last van zijn longen. Het is een ongeneeslijke longziekte."]);
});

describe("phone notes: a name or role and 'ziek' without a verb; 'wie' in a question", () => {
  flags("health", [
    "Kees ziek, komt morgen weer.",
    "uitvoerder weer ziek",
    "De uitvoerder weer ziek, wie neemt over?",
  ]);
  silent([
    "Kees ziek druk vandaag met de oplevering.",
    "Wie duizelig wordt, meldt dat bij de uitvoerder.",
    "Wie heeft er last van hooikoorts?",
  ]);
});

describe("published text: the expert who answers, the quotation announced, places after 'buiten'", () => {
  silent([
    "Marja de Boer, bedrijfsarts: Veel rugklachten zoals hernia ontstaan door jarenlang zwaar tillen.",
    "Kees Visser, woordvoerder: Alle medewerkers met diabetes krijgen een eigen koelkast voor hun insuline.",
    "Anouk Smit, een Brabantse vertrouwenspersoon, zegt het volgende: “Bij ons durven collega’s die homo zijn er nog steeds niet over te praten.”",
    "Van de arbeidsmigranten van buiten Europa zegt 1 op de 5 weleens gediscrimineerd te worden vanwege hun huidskleur.",
  ]);
  flags("health", [
    "Jan, monteur: astma, niet in de stoffige hal.",
    "Ria Bos, bedrijfsarts: mijn eigen hernia speelt weer op, ik werk deze week thuis.",
    "Anouk Smit zegt het volgende: “Ik heb sinds de val een hernia.”",
  ]);
});

describe("a role named with 'een' in a generic sentence and then with 'de' is the same hypothetical one", () => {
  silent([
    "Hoe vertelt een werkneemster haar leidinggevende dat ze in verwachting is? Een zwangerschap melden voelt voor veel vrouwen spannend, omdat de werkneemster bang is om haar contract te verliezen.",
    "Wanneer meldt een uitzendkracht zijn burn-out aan het bureau? Vaak pas laat, want de uitzendkracht vreest dat de opdracht stopt.",
  ]);
  flags("health", [
    "Een uitzendkracht viel gisteren van de ladder. De uitzendkracht brak zijn pols.",
    "Hoe vertelt een werkneemster dat ze zwanger is? Bij ons vertelde de nieuwe werkvoorbereider gisteren dat ze zwanger is.",
  ]);
});

describe("toolbox notes: a topic, unless a possessive gives the term to the role who spoke", () => {
  const toolbox = (text: string) => detect(text, { form: "toolbox" }).map((f) => f.category);
  it.each([
    "Tijdens de toolbox vertelde de kraanmachinist over zijn diabetes, iedereen weet nu wat te doen.",
    "In de toolbox begon de uitvoerder over haar stem op de SP.",
  ])("warns: %s", (text) => expect(toolbox(text)).not.toEqual([]));
  it.each([
    "Toolbox: de uitvoerder legde uit wat je doet als een collega een epileptische aanval krijgt.",
    "Toolbox over diabetes: de preventiemedewerker besprak haar rol bij een hypo van een collega.",
    "Soms is een medewerker verplicht zijn vingerafdruk af te staan, soms niet.",
  ])("silent: %s", (text) => expect(toolbox(text)).toEqual([]));
});

describe("a share of a group is a statistic; a bare count is a crew", () => {
  silent([
    "Uit de enquête blijkt dat 43,5% van de medewerkers in de bouw het afgelopen jaar heeft verzuimd.",
    "Volgens het rapport heeft de helft van alle bouwvakkers wel eens rugklachten.",
  ]);
  flags("health", ["Op de bouwplaats hebben 2 van de collega's griep."]);
});

describe("a term in quotes after a word that names words is talked about, not had", () => {
  silent(["Volgens Jan heette het vroeger nog ‘overspannen’, nu spreekt iedereen van iets anders."]);
  flags("health", ["Jan is 'overspannen' volgens de huisarts."]);
});

describe("how often things happen to anyone: 'het komt voor dat', 'wordt vaak'", () => {
  silent([
    "Het komt ook regelmatig voor dat de heftruckbestuurder zelf voetletsel oploopt.",
    "Werken op therapeutische basis wordt vaak geadviseerd na een lange periode van arbeidsongeschiktheid.",
    "Bijna de helft van alle ongevallen met heftrucks heeft voetletsel als gevolg.",
  ]);
  flags("health", ["Het kwam voor dat Jan zijn voet brak, zegt de uitvoerder.", "Jan heeft de laatste tijd vaak epilepsieaanvallen."]);
});

describe("a disease fought is nobody's; a unit's letter is no initial", () => {
  silent([
    "Pink ribbon: de prefabfabriek stort een roze betonblok voor het goede doel tegen borstkanker.",
    "Check the wind, no lift above 9 m/s. If someone feels dizzy in the cab, stop and call the supervisor.",
  ]);
  flags("health", ["Ans heeft borstkanker en start met chemo.", "Wind 9 m/s. Jan voelde zich duizelig in de cabine."]);
});

describe("words of an e-mail address or a code identifier are no language", () => {
  silent(["Vertaling: Richard van der Luit <nippur@fedoraproject.org>", "Als de optie Acquire::Changelogs::URI::Origin::ORIGINE bestaat, wordt die gebruikt."]);
  flags("health", ["Jan heeft epilepsie: mail de uitvoerder via jan@bedrijf.nl"]);
});

describe("'iemand' in a news report of harm is a specific victim; in a condition anyone", () => {
  flags("health", ["In Heinkenszand is vanmorgen iemand gewond geraakt bij werkzaamheden aan een woning."]);
  silent(["Als iemand gewond is geraakt, bel direct 112.", "Iemand heeft vannacht de boor van Jan gestolen."]);
});

describe("'geeft … over' about a topic and 'origine' of a source are no vomiting and no descent", () => {
  silent([
    "Het veld geeft informatie over welke pakketten op welke architectuur gebouwd worden.",
    "De uitvoerder gaf uitleg over de planning van de komende week.",
    "De filter selecteert versies van de origine die bij het patroon past.",
  ]);
  flags("health", ["Jan werd misselijk in de cabine en gaf over."]);
  flags("ethnicity", ["Volgens zijn collega is Driss van Marokkaanse origine."]);
});

describe("a negative subject denies its whole clause, however far the term stands", () => {
  silent([
    "Niemand van de ploeg heeft bij het incident met de losgeschoten hijsband letsel opgelopen.",
    "Geen van de mannen op de steiger raakte gewond.",
    "Er raakte niemand van de bekistingsploeg gewond.",
  ]);
  flags("health", [
    "Niemand wist dat Jan epilepsie heeft.",
    "Geen van de mannen raakte gewond, maar Piet brak zijn pols.",
  ]);
});

describe("the writer as the one told, in advice, is not the one it is about", () => {
  silent([
    "tbm hitte: veel drinken, wie duizelig wordt meteen melden aan mij",
    "Bij klachten bel mij, duizelig worden op hoogte is gevaarlijk.",
  ]);
  flags("health", ["Jan belde me, hij is duizelig en gaat naar huis.", "ik ben duizelig, meld het aan de uitvoerder"]);
});

describe("'zijn' before a preposition is the verb, not his", () => {
  silent(["Uit onderzoek blijkt dat de eerste maanden van ziekte bepalend zijn voor de duur van het verzuim."]);
  flags("health", ["Jan brak vorige week zijn pols en is met ziekteverlof."]);
});

describe("a belief word before an audience, a community or a heritage describes a group", () => {
  silent(["Ik gaf in de sjoel een lezing voor een niet-joods publiek.", "Het joodse leven in de binnenstad bloeit weer."]);
  flags("religion", ["Mijn collega Daan is joods en viert Pesach."]);
});

describe("the employer as the accuser: what it accuses a person of is the person's", () => {
  flags("criminal", ["De werkgever heeft werknemer beschuldigd van verduistering van gereedschap."]);
  silent(["De werkgever werd veroordeeld tot een boete voor het ongeval van de monteur.", "De aannemer kreeg een boete wegens overtreding van de Arbowet."]);
});

describe("peoples in the plural and counts past a crew are groups and figures", () => {
  silent([
    "Niet zo gek, want ieder jaar krijgen ongeveer 75.000 Nederlanders te maken met een hernia.",
    "Het district meldde vorig jaar 37 gewonde wegwerkers landelijk.",
  ]);
  flags("health", ["Twee Polen van de lasploeg hebben griep.", "Er waren 3 gewonde wegwerkers bij de aanrijding op de A2."]);
});

describe("a list under a heading of topics, rules or a checklist names no one by its items", () => {
  silent([
    "Toolbox-onderwerpen Q2:\n- hitte en zonbescherming\n- diabetes en ploegendienst (spreker van de bedrijfsarts)",
    "Checklist installatie bij klant thuis:\n- schoenhoezen aan\n- vragen naar huisdieren en allergieën in huis",
    "Inzet feestdagen:\n\n- Tweede Paasdag: geen werk\n- Suikerfeest: vrije keuze, aanvragen via planner",
  ]);
  flags("health", [
    "Afwezig deze week:\n- Kees (griep)\n- Piet: rugklachten",
    "Aandachtspunten:\n- Jan heeft diabetes, let op hem bij hitte\n- helm op",
    "Toolbox-onderwerpen:\n- valgevaar\nDaarna viel Kees van de trap en brak zijn pols.",
  ]);
});

describe("an indefinite person opening a list item, in the present tense, is a case in general", () => {
  silent(["Voorbeelden van arbeidsongevallen:\n • een monteur wordt aangereden door een heftruck en loopt voetletsel op;"]);
  flags("health", ["- een uitzendkracht van Randstad viel van de steiger en brak zijn pols"]);
});

describe("a policy followed is the manner of an act, and a past 'whenever' is a report", () => {
  flags("biometric", ["Pieter is gestopt. Zijn vingerafdruk is conform privacybeleid uit het systeem verwijderd."]);
  silent(["Het privacybeleid beschrijft hoe een vingerafdruk wordt verwijderd."]);
  flags("health", ["Gerard raakte overspannen: huilbuien en misselijkheid als er ook maar iets over zijn werk voorbij kwam."]);
  silent(["Bel 112 als er iemand onwel wordt op de steiger."]);
});

describe("an indefinite office holder is the office, not a person", () => {
  silent(["De parochie wacht op een nieuwe pastoor.", "De gemeente heeft na twee jaar weer een eigen dominee gekregen."]);
  flags("religion", ["Pastoor De Maat gaat met emeritaat.", "Door het gebrek aan voorgangers werd ik gevraagd om voor te gaan als een dominee."]);
});

describe("the law's party with a relative clause in the present tense is whoever it applies to", () => {
  silent(["De werknemer die wegens ziekte niet in staat is om te werken, meldt dit voor 9.00 uur bij de leidinggevende."]);
  flags("health", ["De werknemer die vorige week ziek was, meldde zich vandaag beter bij de uitvoerder."]);
});

describe("a term defined with its own complement before the verb names no one", () => {
  silent(["Een verslaving aan alcohol of drugs is een ziekte en geen fout.", "Een allergie voor noten kan levensbedreigend zijn."]);
  flags("health", ["Een verslaving aan gokken heeft Jan al jaren."]);
});

describe("the penalty the law sets names no one", () => {
  silent(["Op mensenhandel staat een maximumstraf van 12 jaar gevangenisstraf."]);
  flags("criminal", ["Jan kreeg 12 jaar gevangenisstraf, de maximumstraf voor dit feit."]);
});

describe("a role read in general stays general when the sentence names it again, and services are no names", () => {
  silent(["Als na zes weken ziekte blijkt dat uw werknemer langdurig ziek zal blijven, geeft uw Arbodienst een oordeel over herstel en werkhervatting van de werknemer."]);
  flags("health", ["Onze werknemer Piet is langdurig ziek; de Arbodienst adviseert over de werkhervatting van de werknemer."]);
});

describe("a thing or the weather as the clause's subject makes a health word figurative", () => {
  silent([
    "tijdens t storten ging de pomp zo tekeer, die pomp heeft echt een burn-out lol",
    "ff gekeken naar de ladder die is idd ziek krom, wss morgen vervangen",
    "lol t weer is echt ziek vandaag, 25 graden in maart",
    "no hazards found at the sheet piling, crew briefed, all fit for work",
  ]);
  flags("health", ["Jan zegt dat hij echt een burn-out heeft.", "Weer ziek vandaag, Jan blijft thuis.", "Tom is not fit for work today."]);
});

describe("a thing after a preposition is no subject, and a disciplinary measure is no sentence", () => {
  flags("health", ["De bestuurder van de vrachtwagen had een blaastest van de politie, die was negatief."]);
  silent(["De politieagent heeft een disciplinaire straf gekregen: zestien vakantie-uren ingetrokken."]);
});
