import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// How hurried notes say a sensitive fact without its usual word: a hospital appointment, medicine named
// by its condition, trouble "with his heart", the progressive of being sick, drink smelled, a farmers'
// protest joined, time served, a VOG not got, enrolment for face recognition, "go back to the jungle".
// Each class with its trap beside it; sentences written for these tests.

describe("health said indirectly", () => {
  flags("health", [
    "Kees heeft vrijdag een afspraak in het ziekenhuis, hij is er om 12 uur weer.",
    "Ruud slikt pillen tegen zijn bloeddruk en wordt soms duizelig.",
    "Gerrit heeft weer gedoe met zijn hart, hij doet rustig aan.",
    "Ik ben de hele nacht aan het overgeven geweest, ik blijf thuis.",
    "Marco stonk vanochtend nog naar de drank.",
  ]);
  silent("health", [
    "Kees heeft een afspraak in het ziekenhuis over de oplevering van vleugel B.",
    "De pomp is het hart van de installatie.",
    "Ze waren de hele dag aan het braken van de oude vloer.",
  ]);
});

describe("other categories said indirectly", () => {
  flags("politics", ["Ik ga zaterdag mee met de boerendemo in Den Haag, dus ik kan niet invallen."]);
  silent("politics", ["We gaan mee naar de demo van de nieuwe graafmachine."]);
  flags("criminal", ["De nieuwe sloper heeft 2 jaar gezeten voor inbraken, zegt hij zelf.", "De nieuwe sjouwer kreeg zijn VOG niet, dus geen werk in de school.", "Roy is door de politie van de bouwplaats gehaald."]);
  silent("criminal", ["Jan heeft 3 jaar op de kraan gezeten.", "Piet kreeg zijn VOG niet op tijd binnen door de drukte bij Justis."]);
  flags("biometric", ["Ik heb me gisteren laten registreren voor de gezichtsherkenning bij de poort."]);
  silent("biometric", ["De gezichtsherkenning bij de poort staat als storing geregistreerd."]);
  flags("ethnicity", ["Vanaf de steiger werd naar Kofi geroepen dat hij terug naar de jungle moest."]);
  silent("ethnicity", ["Mehmet gaat in augustus terug naar Turkije voor de bruiloft van zijn zus."]);
});

describe("news and interviews: a conversion inverted, prayer in the first person and said, an arrest that could be made", () => {
  flags("religion", ["Twee jaar geleden bekeerde hij zich tot de islam.", "Sindsdien bid ik drie keer per dag.", "Hij sluit zijn ogen en prevelt een gebed."]);
  silent("religion", ["Het gebed is om 13.00 uur in de stiltekamer.", "Bid voor goed weer, zei de uitvoerder lachend."]);
  flags("criminal", ["De verdachte was gevlucht, maar kon later die avond worden aangehouden."]);
  silent("criminal", ["De veiligheidsafstand moet door de machinist worden aangehouden.", "De dader is gevlucht en wordt nog gezocht."]);
});

describe("a doctor's note by its length, limping, how someone looked, stitches, parents' origin with the verb last", () => {
  flags("health", [
    "Hij is naar de spoed geweest en heeft een attest voor een week.",
    "Mark loopt te hinkelen sinds vrijdag.",
    "Jan zag er lijkbleek uit en moest even zitten.",
    "Piet moest daarna naar de HA ivm hechten.",
    "Luke hurt his back lifting, the GP signed him off for a week.",
  ]);
  silent("health", [
    "Jan heeft zijn VCA-attest voor 10 jaar gehaald.",
    "De planning loopt te hinken door de regen.",
    "De steiger zag er slecht uit na de storm.",
    "We moeten meer belang hechten aan opruimen.",
    "The engineer signed off the drawings on Friday.",
  ]);
  flags("ethnicity", ["Kenneth vertelde in de schaft dat zijn ouders uit Suriname komen."]);
  silent("ethnicity", ["De tegels die we gebruiken komen uit Italië."]);
});
