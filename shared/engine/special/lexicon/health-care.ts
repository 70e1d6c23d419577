import type { LexiconList } from "../patterns.ts";

// Health, care the person received: first aid, dressing and stitches, casts, physiotherapy, ambulance
// and trauma helicopter, emergency department, visits to specialists and the company doctor, tests
// and scans. LABELLING: care is its own span when it uses medical or first-aid vocabulary; lay first
// aid ("gekoeld", "oog gespoeld") is not, and neither is equipment that was not used on the person.
// Sources: specialisms are the medical specialisms registered by the KNMG's RGS (Registratiecommissie
// Geneeskundig Specialisten) as persons ("cardioloog", "orthopeed"), plus paramedical professions of
// the Wet BIG (fysiotherapeut, ergotherapeut); tests and scans are the everyday names Thuisarts.nl
// uses for them ("hartfilmpje", "bloedonderzoek", "röntgenfoto"). Hand-curated.
// Traps on a building site: "foto" of a crack, "gips(plaat)" board, "verband" (connection, "in
// verband met"), "pleister(werk)" on a wall, "scan" of a drawing, a hospital that is the worksite.

/** After a vaccination: it is offered, planned or open to all ("wordt gegeven", "is aangeboden", "op 14 november"). */
const OFFERED = [
  "wordt", "worden", "werd", "is", "zijn", "kan", "kunnen", "via", "voor", "op", "in", "aanmelden", "opgeven", "inschrijven",
  "aangeboden", "aanbieden", "gratis", "vrijwillig", "beschikbaar", "mogelijk", "aanvragen", "gepland", "ingepland",
  "staat", "komt", "volgt", "for", "will", "available", "offered",
];

export const care: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /**
     * Care givers by profession (persons, not buildings): RGS specialisms, Wet BIG professions. Not
     * "specialist", which on a site is as often a subcontractor.
     */
    SPECIALIST: [
      "cardioloog", "orthopeed", "neuroloog", "longarts", "oogarts", "knoarts", "dermatoloog", "huidarts",
      "internist", "chirurg", "traumachirurg", "handchirurg", "vaatchirurg", "oogchirurg", "seharts", "spoedarts", "neurochirurg", "kaakchirurg", "uroloog", "gynaecoloog",
      "verloskundige", "oncoloog", "reumatoloog", "revalidatiearts", "psychiater", "psycholoog", "radioloog",
      "mdlarts", "sportarts", "bedrijfsarts", "verzekeringsarts", "arboarts", "huisarts", "tandarts",
      "fysiotherapeut", "fysio", "ergotherapeut", "manueeltherapeut", "chiropractor", "osteopaat",
      "podotherapeut", "logopedist", "dietist", "audicien", "therapeut", "psychotherapeut", "arts", "dokter",
      "praktijkondersteuner", "verpleegkundige", "arbodienst", "doctor", "gp",
      "physio", "physiotherapist", "surgeon", "nurse", "paramedic", "paramedics",
      // the first responders of a plant or a large site, who splint and give oxygen
      "bedrijfsbrandweer", "medic", "medics",
    ],
    /** Places of emergency care that are not also ordinary worksites (not "ziekenhuis"). */
    EMERGENCY: ["seh", "spoedeisende", "eerstehulp", "spoedpost", "huisartsenpost", "traumacentrum", "ic", "intensive", "spoedafdeling", "spoedgevallen", "spoedgevallendienst"],
    /** Dressing and fixing a wound or limb. */
    DRESSED: [
      "verbonden", "gehecht", "gelijmd", "geplakt", "gespalkt", "getaped", "gegipst", "ontsmet",
      "gedesinfecteerd", "verzorgd", "behandeld", "bandaged", "stitched", "treated",
    ],
    /** Tests and scans with everyday names. Single words that only mean a medical test. */
    MEDICAL_TEST: [
      "hartfilmpje", "ecg", "echografie", "bloedonderzoek",
      "bloedproef", "bloedtest", "bloedafname", "longfoto", "longfunctietest", "longfunctieonderzoek",
      "mriscan", "ctscan", "petscan", "hersenscan", "botscan", "audiogram", "gehoortest", "gehooronderzoek",
      "oogtest", "ogentest", "inspanningstest", "fietstest", "hartkatheterisatie", "biopt",
      "biopsie", "xray", "bloodtest",
    ],
    /** First parts of dressing compounds: "drukverband", "wondverband". */
    DRESSING_KIND: ["druk", "snel", "wond", "gips", "steun", "knel"],
    /** Ambulance and helicopter services; not "helikopter" alone, which also lifts loads onto roofs. */
    AMBULANCE: [
      "ambulance", "ambulances", "ziekenwagen", "ambu", "traumaheli", "traumahelikopter", "lifeliner", "mmt",
      "ambulancepersoneel", "ambulancebroeder", "ambulancebroeders", "ambulanceverpleegkundige",
    ],
  },
  patterns: [
    // A visit to the hospital by its appointment: "heeft donderdag een afspraak in het ziekenhuis", "controle
    // op de poli". Weak: a person must have it. Trap: "bouwoverleg in het ziekenhuis" (no appointment word),
    // "een afspraak bij het ziekenhuis over de oplevering" (the hospital as client: "bij", and "over" after).
    { id: "care.appointment-hospital", pattern: "afspraak|afspraken|controle|consult|nacontrole in|op het|de? ziekenhuis|polikliniek|poli|umc|gipskamer", strength: "weak",
      notBefore: ["met", "over", "voor", "inzake", "ivm", "betreffende", "aan", "van"] },
    // Medicine for a condition said by the condition ("gebruikt iets voor zn bloeddruk", "slikt pillen tegen
    // zijn suiker"), and the condition by its owner in hurried speech ("last van zijn suiker", "gedoe met
    // zijn hart"). Trap: "iets voor zijn verjaardag", "het hart van de machine" (no possessive before it).
    { id: "medication.for-condition", pattern: "iets|pillen|pilletjes|medicijnen|tabletten|medicatie|spul voor|tegen zijn|haar|zn|z'n|mijn|m'n bloeddruk|suiker|cholesterol|hart|schildklier|epilepsie|astma|depressie", strength: "weak" },
    { id: "condition.trouble-with", pattern: "last|gedoe|problemen|gezeur|gedonder van|met zijn|haar|zn|z'n|mijn|m'n suiker|bloeddruk|hart|hartje|cholesterol|schildklier|longen|nieren|darmen", strength: "weak" },
    // First aid given to a person; "EHBO-koffer" and "EHBO-post" are objects and places.
    { id: "care.first-aid", pattern: "ehbo|ehboer|ehbo'er|bhv|bhver|bhv'er|ehbo'ers|bhv'ers ~3 verleend|gegeven|toegepast|geboden|verbonden|gehecht|geplakt|verzorgd|behandeld|geholpen|opgevangen|ingeschakeld|erbij|gehaald|geroepen|bijgestaan|gekoeld|gespoeld|getaped|ingetaped|ingetapet|afgeplakt|ontsmet|gespalkt", strength: "weak" },
    // What a first aider put on or measured: "Plakstrips door EHBO'er", "EHBO'er heeft temperatuur gemeten".
    { id: "care.first-aid-material", pattern: "plakstrips|pleister|pleisters|verband|tape|spalk ~1 door|van de? ehbo|ehboer|ehbo'er|bhv|bhver|bhv'er", strength: "weak" },
    { id: "care.measured", pattern: "ehbo|ehboer|ehbo'er|bhv|bhver|bhv'er|@SPECIALIST|@AMBULANCE heeft|hebben|had ~3 temperatuur|bloeddruk|hartslag|saturatie|bloedsuiker gemeten|opgemeten|gecontroleerd|opgenomen", strength: "weak" },
    // "bedankt voor de snelle EHBO": first aid given, told by its speed.
    { id: "care.first-aid-quick", pattern: "snelle|directe|adequate ehbo|bhv|reanimatie", strength: "weak" },
    { id: "care.first-aid-noun", pattern: "eerste hulp ~1 verleend|gegeven|toegepast|geboden|verlenen|verleenden|verleende|gaven|gaf", strength: "weak" },
    // News counts the emergency response to one accident: "meerdere ambulances en een traumahelikopter".
    { id: "care.ambulances", pattern: "meerdere|diverse|verschillende|enkele|twee|drie|vier ambulances|traumahelikopters", strength: "weak" },
    { id: "care.ambulances-full", pattern: "vol met ambulances|hulpverleners", strength: "weak" },
    { id: "care.observation", pattern: "ter observatie", strength: "weak" },
    { id: "care.first-aid-gave", pattern: "verleenden|verleende|verleent|gaven|gaf ~2 eerste hulp", strength: "weak" },
    { id: "care.first-aid-en", pattern: "first aid ~1 given|administered|applied|provided|treatment|by", strength: "weak" },
    { id: "care.first-aid-given-en", pattern: "given|gave|received|administered|needed first aid", strength: "weak" },
    { id: "care.first-aid-by", pattern: "@DRESSED ~1 door|bij|op|van de|het|een? ehbo|ehboer|ehbo'er|bhv|bhver|bhv'er|bhvers|ehbo'ers|@SPECIALIST|@EMERGENCY", strength: "weak" },
    // "hand verbonden", "wond gehecht", "snee gelijmd": the dressing of a part or a wound.
    // "met de hand verbonden/gelijmd" is work done by hand: a part right after "de" does not count.
    { id: "care.dressed-part", pattern: "@BODY ~1 verbonden|gehecht|gelijmd|geplakt|gespalkt|getaped|gegipst|ontsmet|gedesinfecteerd|bandaged|stitched", strength: "weak", notAfter: ["de", "met", "per", "by"] },
    { id: "care.dressed-wound", pattern: "wond|wondje|wonden|snee|sneetje|sneet|jaap|brandwond|snijwond|schaafwond ~1 verbonden|gehecht|gelijmd|geplakt|gespalkt|getaped|gegipst|ontsmet|gedesinfecteerd|schoongemaakt|bandaged|stitched", strength: "weak" },
    // A splint or cast is never work by hand, so "BHV'er heeft de arm gespalkt" needs no possessive.
    { id: "care.splinted-part", pattern: "@BODY gespalkt|gegipst|geimmobiliseerd", strength: "weak" },
    // "gehecht aan zijn gereedschap" is attachment, not stitches.
    { id: "care.stitched", pattern: "gehecht", strength: "weak", notBefore: ["aan", "to"] },
    { id: "care.stitches", pattern: "hechting|hechtingen|hechtstrips|hechtstrip|wondstrips|wondhechtstrips|hechtpleister|hechtpleisters|hechtpleistertjes|steristrips|zwaluwstaartjes|hechtingetjes|stitches", strength: "weak" },
    // "verband om zijn hand", "arm in het verband", "drukverband"; not "in verband met".
    { id: "care.dressing", pattern: "verband|verbandje|pleister|pleistertje|gips|brace|spalk|mitella|tape ~1 om|op|aan ~1 @SIDE? @BODY|wond|wondje|snee|sneetje", strength: "weak" },
    // "arm in het gips", "hand in het verband"; not "in verband met".
    { id: "care.in-cast", pattern: "@BODY ~1 in het|de|een|a? gips|mitella|brace|spalk|draagdoek|sling|cast|verband|verbandje", strength: "weak", notBefore: ["met"] },
    // The dressings as compounds, so that a misspelling must keep their first part: a "windverband" is a
    // brace of a steel frame, not a "wondverband". Not "tourniquet": on a site it is the turnstile at the gate.
    { id: "care.dressing-kind", pattern: "@DRESSING_KIND+verband|gipsspalk|loopgips|mitella", strength: "weak", notBefore: ["in", "uit", "aanvullen", "aangevuld", "bijvullen", "besteld", "bestellen", "ontbreekt", "ontbrak"] },
    // Burn dressings and the end of a treatment: "brandwondenverband", "de gips is eraf", "de fysio heeft hem vrijgegeven".
    // Admitted to a hospital named before its kind: "opgenomen in het Wilhelmina Kinderziekenhuis".
    { id: "care.admitted-named", pattern: "opgenomen|gebracht|overgebracht|overgevlogen in|naar het|de ~2 ziekenhuis|kinderziekenhuis|gasthuis|umc|mc", strength: "weak" },
    // Burn dressings put on someone ("afgedekt met brandwondenverband"); in the van or the kit they are objects.
    { id: "care.burn-dressing", pattern: "afgedekt|behandeld|verbonden|ingesmeerd|gekoeld|verzorgd met ~1 brandwondenverband|brandwondengel|burnshield|watergel", strength: "weak" },
    { id: "care.cast-off", pattern: "gips|hechtingen|hechtdraadjes|brace|spalk|verband ~1 is|zijn|mogen|mag eraf|eruit|verwijderd|gehaald", strength: "weak" },
    { id: "care.cleared", pattern: "@SPECIALIST heeft|had ~2 vrijgegeven|goedgekeurd|hersteld|arbeidsgeschikt", strength: "weak" },
    { id: "care.operation-kind", pattern: "preventieve|geplande|kleine|zware|spoed operatie|ingreep|operaties|borstamputatie", strength: "weak" },
    { id: "care.dressing-applied", pattern: "verband|pleister|pleisters|tourniquet|knelverband|drukverband ~1 aangelegd|omgedaan|gewisseld|verschoond|geplakt|opgeplakt|applied", strength: "weak" },
    { id: "care.physiotherapy", pattern: "fysiotherapie|physiotherapy|ergotherapie|revalidatietraject|oefentherapie", strength: "weak" },
    // Ambulance and helicopter arriving or called for someone; the route kept free for one is not care.
    // Only an auxiliary or an adverb between, so "Ambulance niet nodig" is no care.
    { id: "care.ambulance", pattern: "@AMBULANCE is|was|werd|wordt|direct|meteen|snel|gelijk|daarna? gebeld|geweest|gekomen|kwam|ter|geland|landde|gealarmeerd|opgeroepen|ingeschakeld|aanwezig|nodig|voor|afgevoerd|vervoerd|weggebracht|meegenomen|opgehaald|gebracht|arrived|called|came|took", strength: "weak" },
    // "Ambulance was er na 14 min", "ambulance stond er binnen tien minuten".
    { id: "care.ambulance-there", pattern: "@AMBULANCE was|is|waren|kwam|stond|stonden er|ter|snel|binnen", strength: "weak" },
    { id: "care.by-ambulance", pattern: "met|per|by de|het|een|an|the? @AMBULANCE", strength: "weak" },
    { id: "care.helicopter", pattern: "traumaheli|traumahelikopter|lifeliner|traumateam|mmt", strength: "weak" },
    // "door naar de SEH", "op de spoedpost", "in the ER": emergency care of a person.
    // "naar de SEH" is a patient's way; "op de SEH" is also where a crew renovates, so it needs a verb.
    // Sitting at a carer's: "zit elke week bij de fysio", "zat gisteren bij de huisarts"; not "zit bij de
    // uitvoerder" (no carer).
    // Taken somewhere for care named after it: "naar het Bernhoven voor hechten", "naar de post voor een röntgenfoto".
    // Not "voor controle" or "voor onderzoek", which machines and samples go for too, nor "voor een foto".
    { id: "care.for-treatment", pattern: "naar ~3 voor hechten|hechtingen|gips|rontgenfoto|rontgen|xray|behandeling|echo|prik|scan|ctscan|mri", strength: "weak" },
    // Rest prescribed: "moet 1 week rust", "kreeg twee dagen rust van de huisarts".
    { id: "care.rest-prescribed", pattern: "moet|moest|kreeg|krijgt|heeft ~2 dag|dagen|week|weken|maand rust", strength: "weak" },
    { id: "care.sits-at", pattern: "zit|zat|zitten|zaten ~8 bij de|het? fysio|fysiotherapeut|psycholoog|psychiater|huisarts|bedrijfsarts|specialist|dokter|therapeut|masseur|chiropractor|osteopaat", strength: "weak" },
    { id: "care.emergency", pattern: "naar|via|to de|the? @EMERGENCY", strength: "weak" },
    // Flemish notes call the emergency room "de spoed": "naar de spoed gevoerd". Not "met spoed" (urgently).
    // Also without the article and by its longer names ("met de ziekenwagen naar spoed", "op spoedgevallen").
    { id: "care.emergency-flemish", pattern: "naar|op|in|van de? spoed|spoedgevallen|spoeddienst", strength: "weak" },
    // First aid given, in the words of a hurried note: "Kapitein heeft EHBO gedaan". Only right before the
    // verb: "EHBO cursus gedaan" is a course.
    { id: "care.first-aid-done", pattern: "ehbo|bhv|eerstehulp gedaan|gedaan", strength: "weak" },
    { id: "care.emergency-first-aid", pattern: "naar|via|op|to de|the? eerste|emergency hulp|hulppost|room|department", strength: "weak" },
    { id: "care.at-emergency", pattern: "@EMERGENCY ~2 behandeld|gehecht|onderzocht|gezien|geholpen|gecontroleerd|nagekeken|opgevangen|beland|geweest|terechtgekomen|opgenomen|treated", strength: "weak" },
    { id: "care.er-en", pattern: "to|at the er", strength: "weak" },
    // The out-of-hours GP post by its abbreviation: "naar de HAP". Only with a preposition and an
    // article: "een hap eten" is a bite.
    { id: "care.gp-post", pattern: "naar|op|bij|via de hap", strength: "weak" },
    // Discharged from care with the verb last: "met blijvend letsel uit het ziekenhuis ontslagen" (health.ts has it first).
    { id: "care.discharged-verb-last", pattern: "uit het|de ziekenhuis|kliniek|revalidatiecentrum|ic ontslagen|thuisgekomen", strength: "weak" },
    // Admitted to mental-health care: "opgenomen op een klinische afdeling van een GGZ-instelling".
    { id: "care.admitted-mental", pattern: "opgenomen ~4 ggz|ggzinstelling|psychiatrische|psychiatrie|verslavingskliniek|afkickkliniek|kliniek|klinische", strength: "weak" },
    { id: "care.emergency-noun", pattern: "sehbezoek|ziekenhuisopname|ziekenhuisbezoek|spoedopname|ziekenhuisopnames", strength: "weak" },
    // Treated first, the place after: "gecontroleerd in het ziekenhuis" reads as checking a building,
    // so a hospital only counts with verbs that happen to patients.
    { id: "care.treated-at", pattern: "opgenomen|behandeld|gehecht|geopereerd|doorverwezen|doorgestuurd|overgebracht|afgevoerd|admitted|treated ~1 in|naar|op|bij|door|to ~1 @CARE|@EMERGENCY", strength: "weak" },
    { id: "care.checked-by", pattern: "gecontroleerd|nagekeken|onderzocht|gezien|checked|examined|seen ~1 in|op|bij|door|by|at ~1 @SPECIALIST|@EMERGENCY", strength: "weak" },
    { id: "care.to-hospital-en", pattern: "taken|sent|brought|rushed|transported|admitted|driven|flown ~1 to ~1 hospital|a&e|er|emergency|doctor|gp|clinic", strength: "weak" },
    // A person with an appointment at, or sent to, a named care giver. Not "bij de fysio" alone: crews
    // renovate practices ("verbouwing bij de fysio").
    { id: "care.appointment", pattern: "afspraak|afspraken|controle|consult|spreekuur|gesprek|oproep|verwijzing|doorverwezen|verwezen|gestuurd|doorgestuurd|appointment|referred ~3 @SPECIALIST", strength: "weak" },
    // A visit by its compound: "ivm tandartsbezoek", "na het huisartsbezoek".
    { id: "care.visit-noun", pattern: "tandartsbezoek|huisartsbezoek|doktersbezoek|ziekenhuisbezoek|fysiobezoek|specialistenbezoek|tandartsafspraak|huisartsafspraak|doktersafspraak|ziekenhuisafspraak|fysioafspraak", strength: "weak" },
    { id: "care.at-specialist", pattern: "naar|volgens|vlgs|vlg|volg|langs|via de|het|zijn|haar|z'n|zn|een|the|his|her|a? cardioloog|orthopeed|neuroloog|longarts|oogarts|knoarts|dermatoloog|huidarts|internist|chirurg|traumachirurg|neurochirurg|kaakchirurg|uroloog|gynaecoloog|verloskundige|oncoloog|reumatoloog|revalidatiearts|psychiater|psycholoog|mdlarts|sportarts|bedrijfsarts|verzekeringsarts|arboarts|huisarts|tandarts|fysiotherapeut|fysio|ergotherapeut|manueeltherapeut|chiropractor|osteopaat|podotherapeut|psychotherapeut|dokter|physio|gp|doctor", strength: "weak", notBefore: ["aan", "in", "op", "de", "het", "een", "om"] },
    { id: "care.specialist-involved", pattern: "@SPECIALIST ~2 ingeschakeld|gebeld|geweest|bezocht|gesproken|gezien|geraadpleegd|langs|adviseert|adviseerde|stelde|constateerde|vermoedt|verklaarde|doorverwezen|verwees", strength: "weak" },
    // Tests and scans: single words that are only medical; "foto" and "scan" only of a body part.
    { id: "care.test", pattern: "@MEDICAL_TEST", strength: "weak" },
    // A photo or scan of someone's body part ("foto van zijn pols"); "foto van de kop" is a pile head
    // and "foto van de arm" a crane's, so the part needs a possessive or no article.
    { id: "care.photo-of-part", pattern: "foto|fotos|foto's|rontgenfoto|rontgenfotos|rontgen|scan|echo|xray|mri|ct ~2 van|of zijn|haar|z'n|zn|mijn|m'n|his|her|my? @SIDE? @BODY", strength: "weak" },
    { id: "care.photo-result", pattern: "volgens de|het? foto|fotos|foto's|rontgenfoto|scan|echo|mri|uitslag|bloedonderzoek", strength: "weak", notBefore: ["van", "staat", "staan", "is", "moet", "moeten", "zit"] },
    // A fracture seen or ruled out on a scan is a test result, labelled also when clean: "geen breuk op de foto".
    { id: "care.photo-fracture", pattern: "geen|een|wel|kleine ~1 breuk|breuken|breukje|botbreuk|fractuur|haarscheur|haarscheurtje ~1 op|volgens|te|zichtbaar de|het? foto|fotos|foto's|rontgenfoto|scan|echo|mri|xray|zien", strength: "weak" },
    // At the specialist for a check: "Sandra bij de verloskundige (controle)".
    { id: "care.at-specialist-check", pattern: "bij|naar de|het|een @SPECIALIST ~1 controle|afspraak|consult|spreekuur|onderzoek|echo|check", strength: "weak" },
    // Talking with a psychologist: "wil eerst met een psycholoog praten".
    { id: "care.talks-with", pattern: "met|bij een|de|zijn|haar? psycholoog|psychiater|therapeut|traumatherapeut ~1 praten|gepraat|spreken|gesproken|sessies", strength: "weak" },
    // Physiotherapy counted: "Fysio 3x per week".
    { id: "care.physio-count", pattern: "fysio|fysiotherapie|physio|oefentherapie ~2 per|in|a de? week|wk|weeks", strength: "weak" },
    // A splinter taken out of a part: "bij de oogarts is een metaalsplinter uit het hoornvlies gehaald".
    { id: "care.splinter-out", pattern: "splinter|metaalsplinter|vuiltje|spaan uit zijn|haar|z'n|het|de @SIDE? @BODY ~1 gehaald|verwijderd|gepeuterd", strength: "weak" },
    { id: "care.mri", pattern: "mri|ct ~1 gemaakt|gehad|laten|gepland|uitslag|onderzoek|toonde|liet|wees|gedaan|scan|made|showed", strength: "weak" },
    // Vaccination status is health data: "tetanusprik gehaald".
    // A person vaccinated: "gevaccineerd", "heeft zijn griepprik gehad". A vaccination offered to all is
    // nobody's: "De griepprik wordt op 14 november gegeven", "vaccinatie hepatitis B is via de arbodienst
    // aangeboden aan de ploeg" — the noun with what it protects from (taken into the match) and then a
    // verb of offering or planning, or a date, right after it.
    { id: "care.vaccination", pattern: "gevaccineerd|ingeent|thuisquarantaine", strength: "weak" },
    // A person in quarantine, named in the clause: "Jan zit in quarantaine". Goods are put "in
    // quarantaine" too ("alle big bags van deze levering in quarantaine"), after an earlier sentence's person.
    { id: "care.quarantine", pattern: "<@WHO zit|zat|moet|moest|is|was|ging|gaat|blijft|bleef|werd|wordt ~3 quarantaine|isolatie", strength: "weak" },
    { id: "care.vaccination-noun", pattern: "tetanusprik|tetanusinjectie|griepprik|coronaprik|boosterprik|vaccinatie|vaccinaties|hepatitisvaccinatie|inenting|inentingen tegen? hepatitis|griep|corona|covid|tetanus|dtp|hpv|mazelen|tbc? a|b|ab?", strength: "weak", notBefore: OFFERED },
    // English hospital vocabulary of mixed crews.
    { id: "care.english", pattern: "hospitalised|hospitalized|hospitalisation|hospitalization|outpatient", strength: "weak" },
  ],
};
