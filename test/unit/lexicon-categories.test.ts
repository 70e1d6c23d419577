import { describe, expect, it } from "vitest";
import { detect, type Category } from "../../shared/engine/index.ts";

// Each class of language in the lexicons of religion, ethnicity, politics, union, genetic, biometric,
// sexual and criminal data, with the trap beside it: the same words where they say nothing about a
// person (LABELLING.md's exclusions). Every sentence names a specific person, so a trap that stays
// silent shows the lexicon itself refuses it, not the person rule.

const categories = (text: string) => [...new Set(detect(text).map((f) => f.category))].sort() as Category[];
const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);

function flags(category: Category, texts: string[]) {
  it.each(texts)(`${category}: %s`, (text) => expect(categories(text)).toContain(category));
}
function silent(texts: string[]) {
  it.each(texts)("no finding: %s", (text) => expect(seen(text)).toEqual([]));
}

describe("politics: vote, party role and membership, campaigning, demonstrating, slogans", () => {
  flags("politics", [
    "Rachid zegt dat hij bij de verkiezingen op de BBB heeft gestemd.",
    "Onze kraanmachinist Dirk is al jaren PVV'er.",
    "Lotte zit als D66-raadslid in de gemeenteraad van Delft.",
    "Harm staat op de kieslijst voor de gemeenteraad.",
    "Willem is kandidaat voor de provinciale staten namens het CDA.",
    "Jan flyert zaterdag voor de SP op de markt.",
    "Kees voert campagne in zijn wijk en komt maandag later.",
    "Bas liep vorige week mee in de klimaatmars in Den Haag.",
    "Monteur Ruud deed mee aan het boerenprotest met zijn trekker.",
    "Sticker 'Nee tegen het azc' op de bus van Ronald, gevraagd hem te verwijderen.",
    "Tom is erg rechts en begint in de keet steeds over migratie.",
    "Mike voted for Volt and told the whole crew.",
    "Jan is wethouder namens de VVD in zijn dorp.",
    "Kees is een groot fan van Wilders.",
    "Jan heeft een PVV-sticker op zijn helm.",
    "Ilse is SP-kamerlid geweest voor ze bij ons kwam.",
    "Piotr is a member of the Labour party back home.",
    "Jan took part in the farmers protest in The Hague.",
    "Ruben heeft campagne gevoerd in zijn dorp.",
  ]);
  silent([
    "De kabel op 230 volt zat los, Jan heeft hem vervangen.",
    "Ik denk dat Jan morgen de steiger afbouwt.",
    "Nieuwe partij zand voor Jan is afgeleverd bij de poort.",
    "Jan en Piet stemmen de levering af met de andere partij.",
    "Jan liep met de wethouder over de bouwplaats.",
    "Jan zet de verkiezingsborden neer bij het station.",
    "Jan doet mee aan de campagne Veilig werken op hoogte.",
    "Jan was bij de demonstratie van de nieuwe hoogwerker.",
    "Jan zegt dat de ingang links van de keet is.",
    "Piet joined the crew in March.",
    "Jan, denk actief mee over de planning van volgende week.",
    "Jan plakt de 230 volt-sticker op de meterkast.",
    "Jan zit in de tweede ploeg van de bekisters.",
  ]);
});

describe("union: membership and roles, names in compounds, one's own union", () => {
  flags("union", [
    "Sandra is sinds januari lid van CNV Vakmensen.",
    "Marco zit al twintig jaar bij de bond.",
    "Het CNV-kaderlid Lars vraagt of het overleg verzet kan worden.",
    "Hij kreeg via zijn vakbond een jurist voor de zaak tegen zijn oud-werkgever.",
    "Nadia is vakbondsvrouw en organiseert de ledenvergadering.",
    "Mehmet werd vorig jaar lid van de FNV.",
    "Jan betaalt al jaren contributie aan de FNV.",
    "Kevin is our union rep on this site.",
    "Sandra sprak namens de FNV op de bouwplaats.",
  ]);
  silent([
    "Volgens Jan legt de FNV volgende week alle bouwplaatsen stil.",
    "Jan is lid van de OR en zit het overleg voor.",
    "Piet is penningmeester van de personeelsvereniging.",
    "Jan heeft contact gehad met Bouwend Nederland over de cao.",
    "De kraan is door de FNV-actie stilgelegd, zegt Jan.",
    "Jan zegt dat Polen lid is van de Europese Unie.",
    "Jan bond de last vast met twee spanbanden.",
  ]);
});

describe("ethnicity: origin phrasing, not nationality or language", () => {
  flags("ethnicity", [
    "Ilse, de nieuwe stratenmaker, heeft Surinaamse roots.",
    "Murat, Koerdisch-Nederlands, leidt de ploeg in hal 3.",
    "Bram is een Marokkaanse Nederlander van de tweede generatie.",
    "De ouders van Kevin komen uit Ghana.",
    "Zijn ouders komen oorspronkelijk uit Turkije, vertelde Emre.",
    "Jan werd door de chauffeur uitgescholden voor kutmarokkaan.",
    "Dennis is of Moroccan descent.",
    "Onze timmerman Jurgen is Antilliaan.",
    "The new welder Omar is Turkish-Dutch.",
  ]);
  silent([
    "Marek, onze Poolse collega, spreekt alleen Pools en Engels.",
    "Andrei komt uit Roemenie en werkt hier sinds maart.",
    "Jan werkt bij een Nederlands-Pools uitzendbureau.",
    "Jan heeft de getinte ruiten in de kozijnen gezet.",
    "Jan zegt dat de tegels oorspronkelijk uit China komen.",
    "Jan haalde broodjes bij de Surinaamse toko.",
    "Jan controleert de afkomst van het hout.",
  ]);
});

describe("religion: practice, denominations, clergy as persons", () => {
  flags("religion", [
    "Ali is donderdag en vrijdag weg vanwege het Offerfeest.",
    "Onze collega Saskia zingt in het kerkkoor en kan zondag niet.",
    "Jeroen is gereformeerd vrijgemaakt en werkt niet op zondag.",
    "De imam kwam bij de oplevering de ruimte bekijken.",
    "Hamza gaat elke week naar het vrijdaggebed in de stad.",
    "Priya viert Divali met haar familie en is donderdag vrij.",
    "Esther heeft altijd een keppeltje op in de schaftkeet.",
    "Jan zit in de kerkenraad van zijn dorp.",
    "Yusuf prays at noon and asked for a quiet corner.",
  ]);
  silent([
    "Jan zet de steiger tegen de toren van de kerk.",
    "Jan heeft het dak van de moskee gerepareerd.",
    "Jan begint na Hemelvaart aan het metselwerk.",
    "Jan heeft een kruisje gezet bij de juiste maat.",
    "Er is met Jan een nieuw team gevormd voor de kelder.",
    "Jan haalde de helm uit de kast in de keet.",
    "Jan ging naar de dienst Stadsbeheer voor de vergunning.",
    "Mijn God, Jan, wat een rommel in de keet.",
    "Jan bidt dat het morgen droog blijft voor de stort.",
    "Jan gaat zondag naar de kerk om de verwarming te repareren.",
  ]);
});

describe("sexual: orientation and sex life, not gender or objects", () => {
  flags("sexual", [
    "Sinds de zomer is Daan getrouwd met een man uit Gent.",
    "Anouk komt met haar vrouw naar het personeelsfeest.",
    "Volgens de ploeg is Sven vreemdgegaan tijdens het bedrijfsuitje.",
    "Iris heeft een affaire met iemand van de planning.",
    "Robin is vorig jaar uit de kast gekomen.",
    "De uitvoerder heeft de stagiaire herhaaldelijk betast.",
    "Chris came out to his colleagues last month.",
  ]);
  silent([
    "Jan heeft de regenboogvlag bij de keet gehesen.",
    "Jan roert de lijm tot hij homogeen is.",
    "Jan haalde de boor uit de kast.",
    "De voorman stuurde zijn man naar de keet om koffie te halen.",
    "Sanne komt met haar vriendin naar de barbecue.",
    "Jan zegt dat de kabels geaard zijn.",
  ]);
});

describe("genetic: tests, carrier status, DNA taken", () => {
  flags("genetic", [
    "Marloes is zelf drager, bleek uit het onderzoek in het ziekenhuis.",
    "Bij Erik is een erfelijkheidsonderzoek gedaan.",
    "Het DNA van Kees is afgenomen door de recherche.",
    "Sophie had a genetic test last week.",
    "Bij Nina is een genetische afwijking gevonden.",
  ]);
  silent([
    "Jan plaatst de stalen drager boven de pui.",
    "Die wand is ook drager, zegt Jan.",
    "Jan zegt dat kwaliteit in het DNA van de firma zit.",
    "Jan regelt de erfpacht van de kavel.",
    "Jan zegt: die scheur in de drager is genetisch bepaald, haha.",
    "Jan zet de erfafscheiding bij de buren recht.",
  ]);
});

describe("biometric: a person's trait template, not the scanner", () => {
  flags("biometric", [
    "Het stemprofiel van Ruud is vorige week opnieuw ingesproken.",
    "De gezichtsscan van Anja wordt niet herkend door de poort.",
    "Zijn gezicht werd niet herkend bij de tourniquet, zegt Jan.",
    "De gezichtsherkenning van Ahmed werkt niet bij de poort.",
    "The fingerprint of Milan was enrolled at the gate.",
  ]);
  silent([
    "Jan monteert een nieuwe vingerafdruklezer in de draaipoort.",
    "Jan sluit de irisscanner in de hal aan.",
    "Jan zette zijn handafdruk in het natte beton.",
    "Jan heeft het gezicht van de dader herkend op de beelden.",
    "Jan heeft de pasfoto's voor de toegangspassen opgestuurd.",
    "Jan plaatst de gezichtsherkenning bij de ingang.",
    "Jan laat vingerafdrukken achter op het glas van de pui.",
  ]);
});

describe("criminal: sentences, arrests, served time, offences, screening refused", () => {
  flags("criminal", [
    "Na de inbraak bij de buren is Mark aangehouden voor heling.",
    "Agenten hebben Ronald gisteren van de bouwplaats meegenomen.",
    "Kevin heeft drie jaar gezeten, dat weet iedereen.",
    "De recherche heeft een onderzoek tegen Frank ingesteld.",
    "Erik ging met een koevoet op de chauffeur af en heeft hem aangevallen.",
    "Youri kreeg geen VOG voor de klus in de gevangenis.",
    "Sem is voorwaardelijk veroordeeld voor mishandeling.",
    "Dirk staat onder toezicht van de reclassering.",
    "Nick was arrested for drunk driving last weekend.",
    "Wouter zit nog een taakstraf uit en werkt daarom alleen doordeweeks.",
    "Rik heeft vroeger in de bajes gezeten.",
    "Koen heeft fraude gepleegd met de urenlijsten.",
    "Olaf kreeg een proces-verbaal voor rijden zonder rijbewijs.",
    "De chauffeur heeft een rijverbod tot de zomer.",
    "Stefan is op staande voet ontslagen wegens diefstal.",
    "Jan heeft aangifte gedaan van mishandeling door Piet.",
    "Hij heeft vroeger in de bak gezeten, zegt Piet.",
    "De VOG van de nieuwe stagiair is afgewezen.",
    "The police took him away after the fight with Jan.",
  ]);
  silent([
    "Jan plaatst de stalen ligger op de kolommen.",
    "Jan heeft overleg gepleegd met de uitvoerder.",
    "Jan regelt de VOG-aanvraag van de nieuwe timmerman.",
    "Piet kreeg een waarschuwing omdat hij zonder veiligheidsbril werkte.",
    "De politie regelde het verkeer terwijl Jan de kraan opbouwde.",
    "Jan meldde dat de trilplaat is gestolen, niemand weet door wie.",
    "Jan werkt aan de nieuwbouw van de gevangenis.",
    "Jan heeft de afstand tot de sleuf aangehouden.",
    "De politie doet onderzoek naar de toedracht van het ongeval van Jan.",
    "Jan heeft de sleutels meegenomen voor het rijden met de shovel.",
    "The police took the statement of Jan about the stolen generator.",
    "De politie heeft de camerabeelden meegenomen, zegt Jan.",
    "De politie heeft de melding van Jan opgepakt.",
    "Iemand stal vannacht de boor van Jan uit de bus.",
    "Onbekenden hebben het koper van Jan gestolen.",
    "Er is bij Jan diefstal gepleegd, de daders zijn onbekend.",
    "Jan kreeg een pv-installatie op het dak van de keet.",
    "Jan kreeg een bekeuring voor fout parkeren bij de poort.",
    "Jan gooit het afval in de bak bij de keet.",
    "Diefstal door onbekenden, Jan heeft aangifte gedaan.",
    "Jan is geschorst voor het werken zonder helm.",
    "Rijverbod op het terrein voor Jan en de andere chauffeurs.",
  ]);
});

describe("English words one letter from a term are not read as it", () => {
  silent([
    "Jan said the new rota was created by the planner.",
    "Fasten your harness before you climb, Jan.",
    "The load was mishandled by the driver of Jan.",
    "Jan says the last sentence of the method statement is unclear.",
    "Jan is spraying release oil on the formwork.",
    "Jan checked the casting of the columns.",
    "The barber next to the site complained to Jan about the noise.",
  ]);
});

describe("typos and compounds keep working in these classes", () => {
  flags("union", ["Kees is vakbondsmam geworden.", "hij is vakbonslid", "mdw is lid vd fnv"]);
  flags("criminal", ["Die uitzendkracht heeft een strafbald."]);
  flags("politics", ["Jan is GroenLinks-stemmer."]);
  flags("biometric", ["Het stemprofeil van Jan is verwijderd."]);
  flags("sexual", ["Henk is vreemdgegan, zegt Piet.", "hij is homosexueel"]);
});

// Classes added for notes about one colleague (issue 10): how field workers, supervisors, HR staff and
// international crews write these categories, each with the same words where they say nothing of a person.

describe("religion: practice as the person's own (prayer room, Friday prayer, fasting, lay offices, rest days)", () => {
  flags("religion", [
    "Ahmed gebruikt de gebedsruimte om 13:00, graag pauze daarop afstemmen.",
    "Yusuf wil op vrijdag eerder weg voor het vrijdaggebed.",
    "Youssef wil om 13:15 zijn gebed doen.",
    "Gerrit gaat twee keer per zondag naar de kerk.",
    "De timmerman bezoekt elke vrijdag de moskee.",
    "Mohammed vast tijdens de ramadan en eet pas na zonsondergang.",
    "Piet is ouderling en wil op zondag nooit werken.",
    "Hij is kerkelijk actief en leidt het jeugdwerk.",
    "Jan houdt zich aan de zondagsrust.",
    "Als zevendedagsadventist werkt Ruben niet op zaterdag.",
    "Hij viert geen Kerst want hij is Jehova.",
    "The welder wears a turban under his hard hat.",
    "Levi celebrates Hanukkah with his family next week.",
    "Henk is secretaris geworden van de geloofsgemeenschap in zijn dorp.",
  ]);
  silent([
    "Jan schildert de gebedsruimte op de tweede verdieping.",
    "Jan werkt elke zondag aan de kerk.",
    "Jan gaat elke vrijdag naar de bouwvergadering.",
    "Jan zit vast in de modder met de shovel.",
    "Jan komt vast deze week de steiger keuren.",
    "Jan draait de bouten vast tijdens de pauze.",
    "Jan heeft zijn voorganger als uitvoerder gebeld.",
    "Jan heeft de kerkelijke gebouwen geinventariseerd.",
  ]);
});

describe("politics: bare votes, leanings, opinions of politicians, lists, posters, causes", () => {
  flags("politics", [
    "Ik heb BBB gestemd vorige keer.",
    "Henk zegt dat hij op Omtzigt stemt.",
    "Hij stemt altijd links.",
    "Jan noemt zichzelf socialist.",
    "Kees vindt Wilders een held.",
    "Mark staat op de lijst van D66 bij de gemeenteraadsverkiezingen.",
    "Gerrit heeft zich kandidaat gesteld voor de BBB.",
    "Hij is lid geworden van de Partij voor de Dieren.",
    "Bas is voorzitter van de jongerenafdeling van de VVD.",
    "Lisa werkt als fractiemedewerker bij GroenLinks.",
    "Jan plakt affiches voor de PVV.",
    "Tom demonstreerde zaterdag tegen het azc.",
    "Jan heeft actiegevoerd voor Palestina bij het station.",
    "Kees ging naar het boerenprotest in Den Haag.",
    "He voted Labour at the last election.",
    "Piotr supports the far right back home.",
    "Wethouder Karin Dekker (GroenLinks) legde de eerste steen.",
  ]);
  silent([
    "Jan heeft actie gevoerd voor een veiliger bouwplaats.",
    "Jan gaat de nieuwe kraan demonstreren bij de klant.",
    "Jan demonstreerde de hoogwerker voor de nieuwe mensen.",
    "Jan zet de container links van de poort, Piet rechts.",
    "Jan staat op de lijst van de BHV'ers.",
    "Jan is kandidaat voor de functie van uitvoerder.",
    "Jan vindt de nieuwe planning een drama.",
    "Jan plakt posters voor de veiligheidscampagne.",
    "Jan cut back his labour hours this week.",
    "Jan parked in the far left corner of the site.",
  ]);
});

describe("union: becoming a member, being active, calling in one's union, union officials", () => {
  flags("union", [
    "Hij is lid geworden van De Unie.",
    "Mijn collega is actief in de vakbond.",
    "Henk heeft de bond ingeschakeld na zijn ontslag.",
    "Jan heeft de vakbond erbij gehaald.",
    "Tomasz joined the union last year.",
    "Kees de Vos, woordvoerder van CNV, stond gisteren op het dak.",
    "Hij is al zestig jaar lid van de vakbeweging.",
  ]);
  silent([
    "Jan is lid geworden van de voetbalclub.",
    "Jan is actief in de personeelsvereniging.",
    "Jan bond de ladder vast met een touw.",
    "The union of the two pipes leaked, Jan says.",
    "Jan is woordvoerder van de bewonerscommissie.",
  ]);
});

describe("sexual: partners in either word order, identity and transition, paid sex, sexual remarks and acts", () => {
  flags("sexual", [
    "Ze is getrouwd met een vrouw.",
    "Hij is vorig jaar met een man getrouwd.",
    "Ze is non-binair.",
    "Hij is in transitie naar vrouw.",
    "Kees gaat vreemd met de vrouw van Piet.",
    "Kees bezoekt prostituees, zegt Piet.",
    "Hij stuurde haar naaktfoto's via de app.",
    "De collega kreeg seksuele berichten van de voorman.",
    "A worker reported that the crane operator made unwanted advances.",
    "Werkneemster beriep zich op seksuele intimidatie van de zijde van de directeur.",
  ]);
  silent([
    "Jan ging vreemd met de uitvoerder om, vond Piet.",
    "Jan is bi-weekly on site.",
    "Jan is trans-Atlantisch gevlogen.",
    "De transitie naar de nieuwe software is voor Jan lastig.",
    "Jan regelt een escort voor het uitzonderlijk transport.",
    "Jan maakte ongepaste opmerkingen over de planning.",
    "Jan zegt: discriminatie, seksuele intimidatie en pesten tolereren we niet.",
  ]);
});

describe("genetic: carriers of a named disease, hereditary said of a condition, tests for one", () => {
  flags("genetic", [
    "Ze is draagster van hemofilie.",
    "Jan heeft het syndroom van Marfan, dat is erfelijk.",
    "Mijn collega laat zich testen op de ziekte van Huntington.",
    "Kees is getest op het BRCA-gen.",
    "Een DNA-spoor op de handschoen leidde naar Kees.",
  ]);
  silent([
    "Jan zegt: het is genetisch bepaald, haha.",
    "Jan heeft een test gedaan op de gasleiding.",
    "Jan zegt dat vakmanschap in de genen van de firma zit.",
  ]);
});

describe("biometric: a person's own trait scanned or enrolled", () => {
  flags("biometric", [
    "Sanne heeft haar gezicht laten scannen voor de toegang.",
    "The gatekeeper enrolled his fingerprint on Monday.",
  ]);
  silent([
    "Jan heeft zijn hand laten zien bij de portier.",
    "Jan heeft de scanner bij de poort laten vervangen.",
  ]);
});

describe("criminal: court appearances, custody, settlements, drug offences, arrests, English record words", () => {
  flags("criminal", [
    "Jan moet voorkomen voor de politierechter.",
    "Hij moet voor de rechter verschijnen.",
    "Mark is in verzekering gesteld.",
    "De stagiair is in voorlopige hechtenis genomen.",
    "De chauffeur is staande gehouden met drank op.",
    "Kees kreeg een transactievoorstel van het OM.",
    "Hij is een oude bekende van de politie.",
    "Hij is drugsdealer, zegt men op de bouw.",
    "Jan heeft vroeger gezeten voor drugs.",
    "Zijn rijbewijs is ingevorderd door de politie.",
    "De man is zondag aangehouden nadat hij de keet had geramd.",
    "De politie heeft zondagnacht een 36-jarige man uit Groningen aangehouden.",
    "Kees werd door een agent in de kraag gevat.",
    "Verdachte ontkent betrokkenheid bij de diefstal.",
    "Ontslag op staande voet wegens diefstal voor Kees.",
    "Piet heeft de uitvoerder geslagen.",
    "He spent two years in prison and did time for theft.",
    "He was released on bail yesterday, Jan says.",
  ]);
  silent([
    "Jan is dealer bij Caterpillar.",
    "Jan belde de dealer voor onderdelen.",
    "Jan kon zich nauwelijks staande houden in de storm.",
    "Jan heeft zich goed staande gehouden na het ongeluk van zijn maat.",
    "Jan heeft de sleutels in bewaring gegeven bij de portier.",
    "Jan heeft een verzekering genomen voor de bus.",
    "Jan zat ingesloten in de lift tot de monteur kwam.",
    "Jan heeft de paal in de grond geslagen.",
    "The beam hit him on the shoulder, Jan.",
    "Jan dealt with the leak quickly.",
    "Jan did the time sheets on Friday.",
    "Jan is on probation for three months in his new job.",
    "Jan moet voorkomen dat de kraan omvalt.",
    "Jan heeft de afstand tot de sleuf goed aangehouden.",
  ]);
});

describe("ethnicity: mixed origin, a parent's origin, one's own family, skin colour of a person", () => {
  flags("ethnicity", [
    "Sanne is half Surinaams.",
    "Zijn vader is Marokkaans en zijn moeder Nederlands.",
    "Emre komt uit een Turks gezin.",
    "Een zwarte collega werd in de keet uitgescholden, meldt Jan.",
  ]);
  silent([
    "Jan werkt bij een Turks gezin aan de badkamer.",
    "Jan is half zes begonnen.",
    "Jan heeft de zwarte kabel doorgeknipt.",
    "Jan's white van is parked at the gate.",
  ]);
});

describe("second round: the same categories in other words", () => {
  flags("religion", [
    "Johan is lid van de Gereformeerde Gemeente in Barneveld.",
    "Hij heeft zich vorige maand laten dopen.",
    "Mustafa heeft de hele maand gevast.",
    "Yasin heeft een gebedsmatje in zijn kastje.",
    "Mo eet geen varkensvlees, zegt Jan.",
  ]);
  flags("politics", [
    "Piet loopt mee in de mars tegen het kabinet.",
    "He is a Trump supporter.",
    "Hij is fel tegen immigratie en zegt dat hard in de keet.",
    "Jan scheldt op de PVV in de schaftkeet.",
  ]);
  flags("criminal", [
    "De voorman heeft de stagiaire aangerand.",
    "Jan kreeg doodsbedreigingen van zijn oud-collega.",
    "Kees heeft een proces lopen wegens fraude.",
    "De nieuwe jongen komt net uit de gevangenis.",
    "Hij is vorige week door de politie opgepakt.",
    "De politie kwam Jan ophalen op de bouw.",
    "Zijn VOG werd niet afgegeven.",
    "Hij heeft huisarrest.",
    "Piet moest een boete betalen van de rechter.",
    "The driver was banned from driving for a year.",
  ]);
  flags("biometric", ["De iris van Tom wordt niet herkend.", "Jan zegt dat zijn vingerafdruk is opgeslagen."]);
  flags("genetic", ["Henk heeft de erfelijke vorm van hoog cholesterol, getest in het UMC."]);
  silent([
    "Geen varkensvlees bestellen voor de barbecue, zegt Jan.",
    "Jan plaatst de hekken tegen het azc aan.",
    "De politie heeft haar fiets meegenomen, zegt Jan.",
    "Jan heeft de boete van de gemeente om half vier betaald.",
    "Jan zet de elektronische tag op de hijsband.",
    "Jan komt uit de keet met de accu in zijn hand.",
  ]);
});

describe("third round: English record and protest words, named partners, officers and sign-ups", () => {
  flags("religion", ["Fleur is van het geloof gevallen."]);
  flags("politics", [
    "Kees went to the climate protest in Amsterdam on Saturday.",
    "Hij deed mee aan de boerenactie op de snelweg.",
    "Mijn collega is activist bij Greenpeace.",
  ]);
  flags("union", ["Sandra is bestuurslid van de CNV.", "Hij heeft zich aangemeld bij de vakbond."]);
  flags("sexual", [
    "Kees is getrouwd met Mark.",
    "Anna is married to a woman.",
    "Tom had an affair with the site manager.",
  ]);
  flags("criminal", [
    "He was jailed for six months.",
    "Jan got a community service order.",
    "Kees is in jail for fraud.",
    "Piet was fined by the court for assault.",
    "Jan is schuldig bevonden aan diefstal.",
  ]);
  flags("genetic", ["Kees heeft laten testen of hij drager is van het gen."]);
  flags("biometric", ["Zijn handpalm wordt niet herkend door de scanner, zegt Jan."]);
  silent([
    "Jan heeft een relatie met de klant opgebouwd.",
    "Zijn hand werd gescand in het ziekenhuis, zegt Jan.",
    "Jan zegt dat de affaire rond de aanbesteding voorbij is.",
    "Jan is voorzitter van de voetbalbond in zijn dorp.",
    "Jan heeft zich aangemeld bij de sportschool.",
    "Jan went to the climate meeting of the project.",
    "Jan is getrouwd met Anna.",
  ]);
});

describe("fourth round: notes in short (ivm, vd, namens) and readers that miss a named person", () => {
  flags("religion", ["HR: medewerker verzoekt gebedsruimte ivm geloof", "Piet zit bij de evangelische gemeente."]);
  flags("politics", [
    "uitvoerder zit in gemeenteraad namens CDA",
    "Piet heeft gisteren gedemonstreerd in Den Haag tegen de bezuinigingen.",
  ]);
  flags("criminal", ["Kees is opgepakt ivm diefstal gereedschap"]);
  flags("biometric", ["gezichtsherkenning herkent Jan niet bij tourniquet"]);
  silent([
    "Jan tekent namens de aannemer voor ontvangst.",
    "Jan zit bij de gemeente voor de vergunning.",
    "De poort herkent Jan niet, zijn pasje is verlopen.",
    "Jan demonstreerde de kraan in de hal aan de klant.",
  ]);
});

describe("fifth round: English notes of international crews", () => {
  flags("politics", [
    "Jan is a Labour party member.",
    "Tom campaigned for the Greens in the local election.",
    "Kees joined the march against the government.",
  ]);
  flags("union", ["Jan is the FNV rep on site."]);
  flags("criminal", ["Pawel has a record for drink driving.", "He is wanted by the police.", "Kees wordt gezocht door de politie."]);
  flags("genetic", ["He carries the gene for cystic fibrosis."]);
  flags("ethnicity", ["She is mixed race.", "He is Black British."]);
  silent([
    "Jan keeps a record of driving hours for the crane.",
    "Signalering van onveilige situaties door Jan.",
    "Jan carries the gear to the second floor.",
    "Jan mixed the mortar at the right ratio.",
    "Jan threw a party for the crew after the topping out.",
  ]);
});

describe("union officials by the unions' own titles", () => {
  it("reads a district or regional official of a named union", () => {
    expect(detect("Volgens FNV-districtsbestuurder Van der Borgt zijn alleen bouwvakkers bereid.").map((f) => f.category)).toContain("union");
  });
  it("but not a district official of a company", () => {
    expect(detect("De districtsbestuurder van de woningcorporatie opende de nieuwbouw.").map((f) => f.category)).not.toContain("union");
  });
});

describe("a stab with one's own knife is an injury, not an offence", () => {
  it("Jan heeft zich met het stanleymes in zijn hand gestoken.", () =>
    expect(categories("Jan heeft zich met het stanleymes in zijn hand gestoken.")).toEqual(["health"]));
});
