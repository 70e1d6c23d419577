import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// The health lexicon by meaning (shared/engine/special/lexicon/health-*.ts): for each class, sentences
// that must warn and, beside them, the building-site sentence that uses the same words for something
// else and must stay silent.

/** The health findings a user would see underlined. */
const health = (text: string) => detect(text).filter((f) => f.category === "health").map((f) => text.slice(f.start, f.end));

const warns = (texts: string[]) => {
  for (const text of texts) expect(health(text), text).not.toEqual([]);
};
const silent = (texts: string[]) => {
  for (const text of texts) expect(health(text), text).toEqual([]);
};

describe("body part with an injury predicate, in every form", () => {
  it("reads verb, participle, adjective, noun and compound forms", () => {
    warns([
      "Kees heeft een gekneusde pols.",
      "Bij Ahmed is de linkerknie flink opgezwollen.",
      "Marco zegt: enkel dik na het afstappen.",
      "Zijn duimnagel is blauw.",
      "Henk liep tegen de deur en heeft een blauw oog.",
      "Ik heb een snee in mijn wijsvinger.",
      "Sandra heeft een schaafwond op haar knie.",
      "Piet heeft een heupkneuzing.",
      "Hij heeft zijn enkel verzwikt bij het afstappen.",
      "Kees heeft zijn kruisband gescheurd.",
      "John hurt his back lifting the beam.",
      "Piotr has a sprained ankle.",
    ]);
  });
  it("does not read cuts, cracks, paint and breaks in material as injuries", () => {
    silent([
      "Kees zaagt een snee in de plaat voor de leiding.",
      "Jan verft de deur blauw en de kozijnen wit.",
      "Piet meldt een scheur in de muur boven de deur.",
      "Jan heeft de ruit gebroken.",
      "Jan sloeg met de hamer op de kop van de spijker.",
      "Jan heeft de tegels met de hand gesneden.",
      "Jan: leiding gescheurd, aan de hand van de foto's vastgesteld.",
      "The window has been broken, John said.",
      "They cut back the hours, John said.",
    ]);
  });
  it("reads the English phrasings of mixed crews and common conditions", () => {
    warns([
      "John hurt his back lifting the beam.",
      "He has back pain since Monday.",
      "He is diabetic.",
      "She has a bad cold.",
      "He is off work with stress.",
      "He is on light duties.",
      "He had a panic attack on the roof.",
      "Jan heeft het aan zijn hart.",
      "Hij heeft een dikke enkel.",
    ]);
    silent(["Jan got a cold drink from the van.", "Jan zegt dat de steiger een dikke huid van verf heeft."]);
  });
});

describe("wound kinds, stings, bleeding", () => {
  it("reads wound kinds and their compounds", () => {
    warns([
      "De stagiair heeft een bijtwond van de hond van de buren.",
      "Kees heeft een wespensteek.",
      "Jan is gestoken door een wesp.",
      "De voorman bloedde hevig.",
      "Hij heeft een zweepslag in zijn kuit.",
    ]);
  });
  it("does not read a cable wound on a reel or stain bleeding through paint as a wound", () => {
    silent([
      "Jan wond de kabel op de haspel.",
      "De vlekken bloeden door de verf heen, zegt Jan.",
    ]);
  });
});

describe("care the person received", () => {
  it("reads first aid, dressings, stitches and casts", () => {
    warns([
      "Jan: de EHBO'er heeft de wond verbonden.",
      "Hij is op de huisartsenpost gehecht.",
      "Hij kreeg drie hechtingen.",
      "Zijn arm zit in het gips.",
      "Hij heeft een brace om zijn knie.",
      "Hij krijgt fysiotherapie voor zijn schouder.",
      "He got stitches at the hospital.",
    ]);
  });
  it("does not read plaster board, wall plaster, a connection or work done by hand as care", () => {
    silent([
      "Jan plaatst gips op de wand, gipsplaten op de zolder.",
      "Piet zet een pleister op de muur, het pleisterwerk is klaar.",
      "Jan is te laat in verband met de file.",
      "Jan heeft een verband gelegd tussen de storingen.",
      "Jan heeft de kabels met de hand verbonden.",
      "Jan heeft de EHBO-koffer aangevuld met paracetamol en pleisters.",
      "Hij is erg gehecht aan zijn oude boormachine.",
    ]);
  });
  it("reads an ambulance, a trauma helicopter and emergency care for a person", () => {
    warns([
      "De ambulance is gebeld voor de sjouwer.",
      "Kees werd met de ambulance afgevoerd.",
      "Bij Jan is de traumaheli geland.",
      "Hij is door naar de SEH.",
      "He was taken to hospital.",
    ]);
  });
  it("does not read an ambulance route, a helicopter lift or a hospital worksite as care", () => {
    silent([
      "Aanrijroute voor de ambulance vrijhouden, zegt Jan.",
      "Jan heeft met de helikopter de airco naar het dak gebracht.",
      "Jan werkt op de SEH aan het plafond.",
      "Jan heeft de brandkleppen gecontroleerd in het ziekenhuis.",
      "Verbouwing bij de fysio: Jan legt de vloer.",
    ]);
  });
  it("reads visits to named specialists and the company doctor", () => {
    warns([
      "Mijn collega heeft volgende week een afspraak bij de orthopeed.",
      "Hij is doorverwezen naar de neuroloog.",
      "Jan heeft een gesprek met de bedrijfsarts.",
      "De bedrijfsarts is ingeschakeld voor Kees.",
    ]);
  });
  it("does not read a subcontractor called 'the specialist' as a doctor", () => {
    silent([
      "Jan heeft de offerte doorgestuurd naar de specialist.",
      "De vloer wordt behandeld door de specialist, zegt Jan.",
    ]);
  });
  it("reads tests and scans of a person", () => {
    warns([
      "Er is een foto gemaakt van zijn pols.",
      "Hij heeft een hartfilmpje laten maken.",
      "Jan moet een MRI laten maken van zijn knie.",
      "Hij heeft een bloedonderzoek gehad.",
    ]);
  });
  it("does not read photos of a crack or a pile head, a scanned drawing or a weld x-ray as medical", () => {
    silent([
      "Jan maakt een foto van de scheur in de muur.",
      "Jan heeft de kop van de paal gefotografeerd, foto van de kop.",
      "Jan heeft de scan van de tekening gemaild.",
      "Jan kijkt op de foto of de wapening goed ligt.",
      "Jan heeft de röntgenfoto van de lasnaden bekeken.",
    ]);
  });
});

describe("sickness, symptoms and return to work", () => {
  it("reads sick reports and illnesses in their many phrasings", () => {
    warns([
      "Kees zit thuis met griep.",
      "Jan meldde zich vanochtend ziek.",
      "Hij is al drie weken ziek.",
      "Hij is uitgevallen met rugklachten.",
      "Hij voelt zich niet lekker.",
      "Piet moest overgeven.",
      "Hij viel flauw in de keet.",
      "Mike called in sick today.",
    ]);
  });
  it("does not read 'ziek' as an intensifier or a crane that dropped out as sickness", () => {
    silent([
      "Jan zegt: ziek veel werk vandaag.",
      "De kraan is uitgevallen, Jan belde de monteur.",
      "Project vertraagd door corona, zegt Jan.",
    ]);
  });
  it("reads return-to-work and fitness-for-work language", () => {
    warns([
      "Mohamed heeft zich weer beter gemeld.",
      "Hij is hersteld gemeld per maandag.",
      "Hij re-integreert op aangepast werk.",
      "Kees werkt halve dagen op arbeidstherapeutische basis.",
      "Piet is afgekeurd door de bedrijfsarts.",
    ]);
  });
  it("does not read a repaired leak, a changed planning or a rejected scaffold as recovery or fitness", () => {
    silent([
      "Jan heeft de lekkage hersteld, goed gedaan.",
      "De planning is aangepast, werk gaat door volgens Jan.",
      "De steiger is afgekeurd bij de keuring, meldt Jan.",
      "Jan werkt halve dagen vanwege de feestdagen.",
    ]);
  });
});

describe("disability, vaccination and eye injuries of welders", () => {
  it("reads a disability scheme, a vaccination and dust or arc flash in an eye", () => {
    warns([
      "Jan valt onder de banenafspraak.",
      "Hij heeft een lichamelijke beperking.",
      "Jan heeft een tetanusprik gehaald.",
      "Piet heeft lasogen.",
      "Jan kreeg stof in zijn oog.",
    ]);
  });
  it("does not read a golf handicap, a crane's restriction or dust swept up as health", () => {
    silent([
      "Jan heeft handicap 12 bij het golfen, een handicap van 12.",
      "De beperking van de kraan is 3 ton, zegt Jan.",
      "Jan heeft het stof in de hoek opgeveegd.",
    ]);
  });
});

describe("alcohol, drugs and their tests", () => {
  it("reads drinking, hangovers, being drunk and test results", () => {
    warns([
      "Hij drinkt te veel de laatste tijd.",
      "Kees kwam met een kater binnen.",
      "Hij kwam dronken op het werk.",
      "Hij rook naar alcohol.",
      "Piet blowt elke dag in de pauze.",
      "De drugstest van de chauffeur was negatief.",
      "Hij is positief getest op cocaine.",
      "Tom was drunk on site.",
    ]);
  });
  it("does not read drinking water in the heat, a tomcat, a slope in promille or an asbestos sample", () => {
    silent([
      "Bij hitte moet iedereen veel drinken, Jan heeft extra water gehaald.",
      "Jan drinkt veel water vanwege de hitte.",
      "De kater van de buren loopt over de steiger, zegt Jan.",
      "Jan: afschot 5 promille richting de put.",
      "Het monster is positief getest op asbest, meldt Jan.",
      "Jan gebruikt alcohol om de ruit te ontvetten.",
      "De planning van Jan staat onder invloed van het weer.",
    ]);
  });
});

describe("medicines by name and allergies", () => {
  it("reads a medicine a person uses and allergies with what treats them", () => {
    warns([
      "Hij slikt paracetamol voor zijn rug.",
      "Jan gebruikt omeprazol.",
      "Hij zit aan de antidepressiva.",
      "Hij vergat zijn insuline.",
      "Ze is allergisch voor noten.",
      "Hij heeft een notenallergie.",
      "Lisa heeft haar epipen gebruikt.",
      "Ze neemt antihistamine tegen haar hooikoorts.",
    ]);
  });
  it("does not read medicines in a first-aid kit or a lithium battery as someone's medication", () => {
    silent([
      "Jan heeft de EHBO-koffer aangevuld met paracetamol en ibuprofen.",
      "Jan legt de lithium accu in de lader.",
    ]);
  });
});

describe("mind, stress and sleep", () => {
  it("reads stress and sleep complaints and mental health care", () => {
    warns([
      "Hij slaapt slecht sinds het ongeval.",
      "Jan heeft last van stress.",
      "Zij heeft last van nachtmerries na het ongeval.",
      "Hij was in shock na de val.",
      "Kees kreeg slachtofferhulp aangeboden.",
    ]);
  });
  it("does not read stress on a planning, voltage on a cable or an electric shock as mental health", () => {
    silent([
      "Jan zegt: veel stress op de planning deze week.",
      "Jan heeft spanning op de kabel gemeten.",
      "Jan kreeg een schok van de bouwstroomkast.",
      "Voorkeuren kunnen de grootste nachtmerrie van Jan worden.",
    ]);
  });
});

describe("typos and compounds keep working", () => {
  it("reads misspelt single-word terms and body-part compounds", () => {
    warns([
      "Hij heeft een hersenschuding.",
      "Jan heeft een knieoperatie gehad.",
      "Hij kreeg een allergisge reactie.",
      "Piet heeft schouderklagten.",
    ]);
  });
  it("does not correct a real Dutch word into a term", () => {
    silent(["Jan en de anderen moesten de pallets verplaatsen."]);
  });
});
