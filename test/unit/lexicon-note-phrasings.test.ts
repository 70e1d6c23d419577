import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// Everyday phrasings of hurried notes (lexicon/note-phrasings.ts) and two more verb-last clauses
// (lexicon/verb-final.ts), each with its trap. Sentences written for these tests.

describe("health: how bad a wound is, bleeding, an organ out, flu-like, adapted work, driving with drink", () => {
  flags("health", [
    "Ruben had een diepe snee, EHBO heeft hem verbonden.",
    "Kees heeft flink gebloed uit zijn neus.",
    "Bij Hakim is vannacht de blindedarm eruit gehaald.",
    "Wouter kreeg een week later griepachtige klachten.",
    "Frank werkt nog aangepast tot de bedrijfsarts hem weer ziet.",
    "Hij hoopt in maart weer te beginnen met aangepast werk.",
    "De heftruckchauffeur reed met drank op over het terrein.",
    "Priya wears an insulin pump, the crew knows what to do.",
    "Collega Femke liet weten dat ze in verwachting is.",
  ]);
  silent("health", [
    "Er zit een diepe snee in de folie van het dak.",
    "De meterkast is eruit gehaald door de installateur.",
    "Bij griepachtige klachten blijf je thuis en bel je de uitvoerder.",
    "De planning is aangepast, de stort is verschoven.",
    "Jan kwam met drank op het personeelsfeest.",
    "Discriminatie van vrouwen omdat zij in verwachting zijn komt nog te vaak voor.",
  ]);
});

describe("religion, criminal and politics as notes put them", () => {
  flags("religion", ["Siem vast deze maand en eet pas na zonsondergang.", "I'm a Christian, so I'd rather not work Sundays."]);
  silent("religion", ["We werken deze week door tot zonsondergang.", "He used to work at a Christian school."]);
  flags("criminal", [
    "Jonas was taken away at the gate this morning, something about an old warrant.",
    "Sjoerd is opgepakt en een nacht vastgehouden.",
    "Een van onze medewerkers is als verdachte aangemerkt.",
    "Dennis moet vrijdag naar de rechtbank voor zijn zaak.",
  ]);
  silent("criminal", ["Jan heeft de ladder een uur vastgehouden.", "Piet is als getuige gehoord over de aanrijding.", "The warranty of the pump runs out next month."]);
  flags("politics", ["Freek heeft een flyer van de SP in de keet gehangen."]);
  silent("politics", ["Flyers van de SP lagen bij de ingang van het gemeentehuis."]);
  flags("sexual", ["Ik hoorde dat Kevin uit de kast is."]);
});

describe("news and rulings: a bite, the bare defendant, an arrested man, one of the protesters, a sick report written as one word", () => {
  flags("health", [
    "Zeker een van de demonstranten werd gebeten door een politiehond.",
    "Appellant, die zich ziekmeldde met pijnklachten aan zijn linkerheup, ging in beroep.",
  ]);
  silent("health", ["De leiding is gestoken door de muur van de kelder.", "Je moet je voor negen uur ziekmelden bij de uitvoerder."]);
  flags("criminal", ["Verdachte heeft zich niet gehouden aan de bepalingen van de Arbowet.", "De zaterdag aangehouden man wordt vandaag voorgeleid."]);
  silent("criminal", ["Een verdachte heeft recht op een advocaat.", "Verdachte pakketten worden door de beveiliging geopend.", "De aangehouden auto staat bij de politie."]);
  flags("politics", ["Volgens een fotograaf is een van de demonstranten tegen de grond gewerkt."]);
  silent("politics", ["De demonstranten trokken over het Malieveld, de bouwplaats bleef dicht."]);
});

describe("more of the notes' wording: advice of a specialist, listed symptoms, -letsel, oxygen, the police as agent", () => {
  flags("health", [
    "Femke: geen nachtdiensten op advies van de gynaecoloog.",
    "Hakan had een suikerdip in de sleuf.",
    "Er is sprake van een injectieletsel bij de monteur.",
    "Die meneer had zo'n zuurstofapparaat met slangetje.",
    "De operator is door de BHV overgedragen aan de ambulancedienst.",
  ]);
  silent("health", [
    "Op advies van de constructeur is de stempel verplaatst.",
    "De zuurstofflessen staan in de container.",
    "De gemeente heeft letselschade als onderwerp op de agenda.",
  ]);
  flags("criminal", [
    "Die gast van het uitzendbureau is gister opgepakt door de politie.",
    "Adam heeft daar straf gekregen voor rijden met alcohol.",
    "He assaulted the shift lead before security came.",
  ]);
  silent("criminal", ["De spullen zijn meegenomen door de politie voor onderzoek.", "Hij kreeg een strafschop in de tweede helft."]);
  flags("politics", ["Vrijdag afwezig: Bas (demonstratie tegen de stikstofregels)."]);
  silent("politics", ["Morgen is de demonstratie van de nieuwe graafmachine."]);
  flags("religion", ["Baran zegt dat hij niet gelovig is.", "Ik ga op 24 december naar de nachtmis met mijn familie."]);
  flags("sexual", ["Die nieuwe stagiaire zei dat ze bi is."]);
  silent("sexual", ["Hij is bij de uitvoerder voor de planning."]);
});

describe("a verzuim follow-up: the week of sickness, hours of adapted work, a condition the complaints fit", () => {
  flags("health", [
    "Opvolging verzuim A. Bakker: week 6 ziek, bedrijfsarts gesproken.",
    "Plan van aanpak Bakker: vanaf maandag 2x4 uur aangepast werk in de werkplaats.",
    "Bakker: klachten passen bij overspannenheid.",
  ]);
  silent("health", ["Bij overspannenheid: neem contact op met de bedrijfsarts.", "Week 6 planning: stort vloer blok B."]);
});

describe("a fall onto a body part, a named diagnosis, sugar out of range, medicines by their form", () => {
  flags("health", [
    "Ze viel op haar stuitje bij het afstappen.",
    "Ze kreeg vorig jaar de diagnose MS.",
    "Jan had een lage suiker, cola gegeven.",
    "Hij gebruikt morfinetabletten sinds de operatie.",
  ]);
  silent("health", ["De diagnose van de storing volgt morgen.", "Jan viel op zijn plek in de nieuwe ploeg.", "Kees verstapte zich op de trap maar liep gewoon door."]);
});

describe("lost time and adapted work as an incident analysis lists them", () => {
  flags("health", [
    "Letsel: de steigerbouwer kneusde twee ribben. Verzuim: naar verwachting 3 weken.",
    "Sanne is na haar operatie weer begonnen, eerst 4 uur per dag aangepast werk.",
  ]);
  silent("health", [
    "Het verzuim op de werf is de laatste maanden gedaald.",
    "Aangepast werk voor zwangere medewerkers is bespreekbaar met de bedrijfsarts.",
    "Kraan 2: uitval van 3 dagen door een kapotte lier.",
  ]);
});
