import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// How news, interviews and first-person stories put it (lexicon/news-stories.ts), injury verbs in the
// present tense, and a party chosen with the verb last (verb-final.ts); each with its trap.

describe("health: the inverted sick report, conditions by their acronyms, a condition as news reports it", () => {
  flags("health", [
    "Op advies van de bedrijfsarts meld ik me ziek bij het UWV.",
    "Mijn werkcoach hoorde dat ik al jaren MS heb.",
    "Na zijn CVA is Kuipers twee jaar thuis geweest.",
    "De toestand van de man is zeer zorgelijk, zegt de woordvoerder.",
    "Robert verwondt zijn hand aan de zaag.",
    "Onze ploegbaas Dirk heeft zijne pols gekwetst.",
    // "koos" (chose) is a lexicon word now; the name Koos must stay a name, not a term.
    "Torenkraan 2: machinist Koos voelde zich niet lekker, trillende handen en zweten.",
  ]);
  silent("health", [
    "Meld je ziek voor negen uur bij de uitvoerder.",
    "De vertraging op de lijn is 20 ms.",
    "De toestand van de weg is zorgelijk na de vorst.",
  ]);
});

describe("politics and religion in portraits and church news", () => {
  flags("politics", [
    "Mijn vader heeft jaren in de raad gezeten voor het CDA.",
    "Hij vond het maar niets dat ik voor D66 koos.",
    "Mijn moeder zat vroeger al in de gemeenteraad.",
  ]);
  silent("politics", ["Machinist Koos voelde zich niet lekker in de cabine.", "In de gemeenteraad zit een meerderheid tegen de brug."]);
  flags("religion", ["Gisteren mocht ik weer voorgaan in de dienst.", "Als ik bid, voel ik me rustig.", "Het geloof geeft me rust."]);
  silent("religion", ["Bij de kassa moet je voorgaan in de rij.", "Hij bad om droog weer voor de stort."]);
});

describe("one of a group, double names in lower case, long party names, shabbat, English candidacy and hearing loss", () => {
  flags("criminal", ["Na de inbraak is een van onze eigen medewerkers als verdachte aangemerkt."]);
  silent("health", ["Een op de vijf monteurs heeft rugklachten."]);
  flags("union", ["jan-willem zit bij de vakbond, komt elke pauze met folders."]);
  flags("politics", [
    "jan-willem zit bij de partij voor de dieren.",
    "Crane operator Mark is a candidate for the local council on the VVD list.",
  ]);
  silent("politics", ["De Partij van de Arbeid wil meer woningen bouwen."]);
  flags("religion", ["Install moved to Sunday, the customer observes Shabbat.", "ik vrijdag 13:00 naar moskee ga voor gebed."]);
  flags("health", ["Scaffolder Pete shows noise-induced hearing loss in both ears."]);
  silent("health", ["Wear ear defenders on the breaker to prevent hearing loss.", "Hungover? Stay home. We do random alcohol tests from next month, as agreed with the client."]);
});
