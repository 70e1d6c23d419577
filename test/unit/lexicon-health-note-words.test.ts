import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// Health in a note's own words (health-note-words.ts), each class with its trap beside it. Sentences
// are written for these tests, not taken from any evaluation set.

describe("eyes, backs, gait, speech, burning, cold, needles, blood", () => {
  flags("health", [
    "Bogdan kreeg een slakdeeltje in zijn rechteroog bij het gutsen.",
    "Bij de oogarts bleek het bij Bogdan een hoornhautbeschadiging.",
    "Sander vandaag thuis, rug op slot na het tillen.",
    "Dariusz liep onvast bij aanvang van de dienst.",
    "Bij het vinden was hij onderkoeld en sprak hij traag.",
    "Ze had rode plekken op haar wang en een brandend gevoel.",
    "Fenna heeft zich geprikt aan een gebruikte injectienaald.",
    "Volgens de arts was de CO in zijn bloed verhoogd.",
    "Miranda komt maandag terug na haar knieoperatie, eerst licht werk.",
  ]);
  silent("health", [
    "De deur van het ketelhok zit op slot, zegt Sander.",
    "Er zijn nog lichte werkzaamheden aan de gevel, zegt Jan.",
    "Jan zag bloed aan de paal van de afzetting.",
  ]);
});

describe("a first aider's English, and news of an illness", () => {
  flags("health", [
    "Second-degree burns on his right forearm, said Tom.",
    "The first aider applied a burn dressing to Tom's hand.",
    "Tom has a GP visit tomorrow morning.",
    "Mijn stem werd hees en ik kreeg last van aangezichtspijnen.",
    "Een bezoek aan de dokter leidde tot slecht nieuws voor Willem.",
    "Een collega-chauffeur raakte bekneld tussen de trailer en het dok.",
    "De werknemer zou zich veelvuldig ziek hebben gemeld.",
  ]);
  silent("health", ["Tom booked a site visit for the client tomorrow.", "De kraan raakte klem tussen de damwanden."]);
});

describe("signs of drink with the verb last, and a learner's dropped article", () => {
  flags("health", ["Ploegbaas meldt dat de stellingbouwer naar drank rook en wankel op zijn benen stond.", "Hij is naar ziekenhuis gebracht."]);
  silent("health", ["De kraan staat wankel op de poten, zegt Jan."]);
});

describe("Flemish sick notes, things in a body part, torn ligaments, numbness, falls on a part", () => {
  flags("health", [
    "Kees: werkonbekwaam tot vrijdag, opgevolgd door de arbeidsgeneesheer.",
    "Jef heeft een diepe snijwonde aan zijn duim.",
    "Terugkeer voorzien in halftijds werk voor Jef.",
    "Hij kreeg glasscherven in zijn onderarm.",
    "Jan heeft een gescheurde schouderband.",
    "Ik ben op mijn stuitje gevallen.",
    "Zijn vingers voelen doof en tintelen.",
    "Hij is na 4 uur observatie ontslagen.",
    "De kabel gaf hem een schok.",
    "Tom's BP was high this morning.",
  ]);
  silent("health", ["Jan zegt dat de hijsband gescheurd is.", "Jan maakt een observatie van de steiger.", "De kraan gaf een schok, zegt Jan.", "Jan zegt dat de wonde in het asfalt gerepareerd is."]);
});

describe("injured with a verb between, a fingertip lost, a limb that healed badly, symptoms, ending up in hospital", () => {
  flags("health", ["Twee werknemers van Jansen zijn gewond geraakt.", "Jan moet een vingertopje missen.", "De arm van Jan genas niet goed.",
    "Ze kreeg symptomen van de ziekte.", "Jan is vanuit de eerste hulp in het ziekenhuis terechtgekomen."]);
  silent("health", ["De leuning van de trap is door Jan vervangen.", "Jan zegt dat de vinger van de kraan eraf is."]);
});
