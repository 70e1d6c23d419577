import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// Health and criminal classes of published text (news on accidents, rulings, HR and employment-law
// pages): paralysis, transplants, discharge from hospital, admission to mental-health care, a finger
// lost with the verb last, fitness with its cause first, the suspect of a ruling, reckless driving.
// Each class with its trap beside it. Sentences are written for these tests, not taken from any
// evaluation set.

describe("lasting harm and care after an accident", () => {
  flags("health", [
    "Na de val was de monteur rechtszijdig verlamd.",
    "De timmerman kreeg later een huidtransplantatie aan zijn arm.",
    "Na drie weken werd de man uit het ziekenhuis ontslagen.",
    "Kort daarna is de werknemer opgenomen in een psychiatrische kliniek.",
    "De inspectie beboet de fabriek omdat een uitzendkracht een vinger verloor in de pers.",
    "Toen de machine stopte was zijn hand helemaal ontveld.",
    "De werkneemster was door haar zwangerschap minder inzetbaar.",
  ]);
  silent("health", [
    "Volgens Jan was het verkeer op de ring urenlang verlamd.",
    "Jan is ontslagen uit zijn functie als uitvoerder.",
    "Jan heeft het plan opgenomen in de planning van de afdeling.",
    "Jan deed het werk met de hand.",
  ]);
});

describe("the suspect of a ruling, reckless driving", () => {
  flags("criminal", [
    "De verdachte, een 41-jarige kraanmachinist uit Zwolle, ontkent alles.",
    "De officier verwijt de heftruckchauffeur roekeloos rijgedrag.",
  ]);
  silent("criminal", ["Jan zag een verdachte auto bij de poort staan.", "Bij een verdachte situatie belt Jan de beveiliging."]);
});

describe("lasting harm told as what will never be again; culpable negligence", () => {
  flags("health", ["Volgens de artsen zal de stratenmaker nooit meer goed kunnen lopen.", "Zijn pols zal nooit meer helemaal goed functioneren, zegt Eva."]);
  silent("health", ["Jan zegt dat de pomp nooit meer goed zal functioneren.", "Jan kan niet meer werken op het dak zonder steiger."]);
  flags("criminal", ["De officier verweet de kraanmachinist dat hij aanmerkelijk onvoorzichtig was geweest."]);
  silent("criminal", ["Jan was zeer onoplettend bij het inparkeren, zegt de uitvoerder."]);
});

describe("pain told by its kind, an attempted offence, groping, the party member with an article", () => {
  flags("health", ["De heier had na de val hevige pijn in zijn been.", "Jan had na de val veel pijn."]);
  silent("health", ["Het doet Jan veel pijn dat het project stopt."]);
  flags("criminal", ["Hij kreeg een celstraf voor poging tot heling, zegt de officier."]);
  silent("criminal", ["Jan heeft een poging gedaan de kraan te repareren."]);
  flags("sexual", ["Op het feest gaf de voorman haar een kneep in de billen."]);
  silent("sexual", ["Jan gaf de stukadoor een klap op de schouder."]);
  flags("politics", ["De PVV'er werkt sinds 2011 bij ons, zegt de rechter."]);
});

describe("sports injuries, named syndromes and intellectual disability (news and interviews)", () => {
  // Tears of muscles and ligaments with the verb last; "kwetsuur", the sports pages' word for injury.
  flags("health", [
    "Vorig seizoen scheurde hij zijn hamstring en toen ik een biceps afscheurde lag ik maanden eruit.",
    "De scan liet zien dat haar kruisband was afgescheurd.",
    "De spits liep tegen Ajax een kwetsuur op en mist de finale.",
  ]);
  silent("health", ["De zak cement is afgescheurd bij het tillen van de pallet."]);
  // Syndromes named after a person: the name follows "syndroom van".
  flags("health", ["Haar dochter heeft het syndroom van Down en gaat naar een speciale school.", "Volgens zijn vrouw heeft Ruud het syndroom van Asperger."]);
  silent("health", ["Het syndroom van de lege nest speelt bij veel ouders als de kinderen het huis uit gaan."]);
  // Intellectual disability in the words of courts and news.
  flags("health", ["De zwakbegaafde medewerker werkte volgens de rechtbank zes dagen per week.", "De jongen is licht verstandelijk beperkt, zegt zijn moeder."]);
  silent("health", ["Het bestek is zwak onderbouwd en de planning is beperkt haalbaar."]);
});

describe("a diagnosis made, time lost, sessions at a carer's; missions and member bodies", () => {
  flags("health", [
    "Vorig voorjaar werd bij de zanger darmkanker vastgesteld.",
    "Na drie maanden uitval is de voorman weer begonnen.",
    "Zij zit sinds de val twee keer per week bij de fysiotherapeut.",
  ]);
  silent("health", [
    "Bij kinderen wordt ADHD vaak pas laat vastgesteld, schrijft het tijdschrift.",
    "Twee weken uitval van de torenkraan kost het project een maand.",
    "Kees zit vanmiddag bij de uitvoerder in de keet om de planning door te nemen.",
  ]);
  flags("religion", ["Voor zijn pensioen was pater Hendrik veertig jaar missionaris in Brazilië."]);
  silent("religion", ["De oude missiepost in Brazilië wordt gerenoveerd door een Nederlandse aannemer."]);
  flags("union", ["Fenna zit namens de bouw in het ledenparlement van de bond."]);
  flags("ethnicity", ["Cemil is Turks Nederlands en spreekt beide talen."]);
});

describe("news: a place between care and its verb, an age after the person, people on board and on the road", () => {
  flags("health", [
    "Daarna is de vrouw naar het ziekenhuis in Zwolle gebracht.",
    "De man (52) ligt nog altijd in het ziekenhuis na de val.",
    "Het gewonde bemanningslid is met de boot naar de wal en daarna naar het ziekenhuis gebracht.",
    "Een passagier raakte lichtgewond en is naar het ziekenhuis overgebracht.",
  ]);
  silent("health", [
    "De steiger is naar het ziekenhuis in Zwolle gebracht voor de renovatie van de gevel.",
    "Er zijn sinds maart 12 bedden bij in het ziekenhuis.",
  ]);
});

describe("cancer by any organ, a diagnosis received", () => {
  flags("health", [
    "In 2019 hoorde Ruud dat hij alvleesklierkanker heeft.",
    "Zijn moeder kreeg vorig jaar de diagnose borstkanker.",
  ]);
  silent("health", [
    "Het KWF zamelt geld in voor de strijd tegen alvleesklierkanker.",
    "De monteur kreeg na een uur de diagnose op de storing van de lift.",
  ]);
});

describe("a time between the injury verb and whose part", () => {
  flags("health", ["Ruud scheurde vorig seizoen zijn kruisband.", "Jan brak gisteren bij het voetballen zijn pols."]);
  silent("health", ["Jan brak de tegel met zijn hand.", "Kees scheurde vorige week het zeil met zijn knie."]);
});
