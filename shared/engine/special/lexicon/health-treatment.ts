import type { LexiconList } from "../patterns.ts";

// Health, treatment a person received beyond dressing a wound: what a carer did to them (checked,
// rinsed, referred), injections, drips, oxygen and ventilation, operations by their everyday names,
// blood taken and scans made, a night in hospital, ointments and drops prescribed, and the same in the
// English of mixed crews ("treated by paramedics", "airlifted", "in plaster"). LABELLING: care is its
// own span when it uses medical vocabulary, and a doctor or test named as the source is part of it.
// Sources: the treatments are the everyday words of Thuisarts.nl's pages on injections (spuitje,
// cortisoninjectie), operations (kijkoperatie, narcose) and examinations (bloedprikken, röntgenfoto,
// echo); the ambulance vocabulary is that of the Ambulancezorg Nederland protocol (zuurstof, infuus,
// beademing). Hand-curated.
// Traps on a building site: a weld x-rayed ("röntgenfoto van de las"), cracks injected with resin
// ("scheuren geïnjecteerd", "injectie" of money), a crane's "operatie", an echo in a hall, a hospital as
// the worksite ("week in het ziekenhuis gewerkt"), "gecontroleerd op de IC" of fire alarms.

/** Carers whose check, referral or rinse of a person is care: "door de huisarts nagekeken". */
const CHECKER =
  "@SPECIALIST|@AMBULANCE|ehbo|ehboer|ehbo'er|ehbo'ers|bhv|bhver|bhv'er|bhvers|paramedics|paramedic|medics|huisartsenpost|seh|spoedpost|traumateam";

export const treatment: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** What a carer does to a person, said with the carer as the agent ("door", "by"). */
    CARE_ACT: [
      "gespoeld", "uitgespoeld", "nagekeken", "gecontroleerd", "onderzocht", "gestabiliseerd", "doorgestuurd",
      "doorverwezen", "verwezen", "gezien", "bekeken", "opgevangen", "vervoerd", "meegenomen", "verdoofd",
      "behandeld", "geholpen", "verzorgd", "schoongemaakt", "ontsmet",
      "checked", "examined", "assessed", "treated", "seen", "stabilised", "stabilized", "patched",
    ],
    /** What is given into a body; "prik" and "spuitje" only after a verb of receiving. */
    INJECTION: [
      "spuitje", "spuitjes", "prik", "prikje", "infuus", "infuusje", "zuurstof",
      "pijnstilling", "verdoving", "narcose", "morfine", "adrenaline", "zalf", "oogdruppels", "oogzalf",
      "brandwondenzalf", "antibiotica", "antibioticakuur", "pijnstillers", "cortisone", "cortison",
    ],
  },
  patterns: [
    // "oog gespoeld door de huisarts", "door de ambulance nagekeken", "checked by paramedics".
    { id: "care.by-carer", pattern: `@CARE_ACT door|by de|het|een|the|a? ${CHECKER}`, strength: "weak" },
    { id: "care.carer-did", pattern: `door|by de|het|een|the|a? ${CHECKER} ~1 @CARE_ACT`, strength: "weak" },
    // "Ambulancepersoneel heeft Jan gecontroleerd", "de huisarts heeft hem doorgestuurd".
    { id: "care.carer-has", pattern: "@SPECIALIST|@AMBULANCE|paramedics|ehbo|ehboer|ehbo'er|bhv|bhver|bhv'er heeft|hebben|had|hadden ~2 @CARE_ACT|verbonden|gehecht|behandeld|geholpen", strength: "weak" },
    // "kreeg een spuitje in zijn knie", "zuurstof toegediend", "kreeg een infuus".
    { id: "care.given", pattern: "kreeg|kregen|krijgt|gekregen|gehad|meegekregen|voorgeschreven een? @INJECTION", strength: "weak", notBefore: ["voor", "om"] },
    // Not "een injectie van 50.000 euro" (money).
    { id: "care.injection", pattern: "kreeg|kregen|krijgt|gekregen|gehad een? injectie|injecties", strength: "weak", notBefore: ["van", "voor", "om"] },
    // First-aid material put on a person: "kreeg een pleister(tje) van de EHBO"; a pleister on a wall is no gift.
    { id: "care.dressing-given", pattern: "kreeg|kregen|krijgt|gekregen|meegekregen een? pleister|pleistertje|pleisters|verbandje|drukverband|snelverband|mitella|spalk|spalkje|brandwondenkompres|coldpack", strength: "weak" },
    { id: "mind.burn-out-spaced", pattern: "burn out", strength: "weak" },
    { id: "symptom.fainted-spaced", pattern: "flauw gevallen|valt|viel|vallen|gegaan|ging", strength: "weak" },
    { id: "care.first-aid-received", pattern: "kreeg|kregen|krijgt|gekregen|ontving|ontvangen eerste hulp", strength: "weak" },
    { id: "care.given-after", pattern: "@INJECTION ~2 toegediend|gegeven|gekregen|gehad|voorgeschreven|meegekregen|gezet|ingespoten", strength: "weak" },
    { id: "care.injection-part", pattern: "spuitje|prik|injectie|infuus in zijn|haar|z'n|zn|mijn|m'n|de @SIDE? @BODY", strength: "weak" },
    { id: "care.named", pattern: "cortisoninjectie|cortisonprik|cortisoneinjectie|kijkoperatie|dagbehandeling|beademing|beademd|gedotterd|dotterbehandeling|stent|stents|hartstilstand|circulatiestilstand|adrenalineprik|adrenalinespuit", strength: "weak" },
    // "een operatie gehad", "onder narcose", "wordt geopereerd" is surgery in health.ts.
    { id: "care.operation-had", pattern: "operatie|operaties|ingreep ~2 gehad|ondergaan|ondergaat|onderging|gepland", strength: "weak" },
    { id: "care.operation-behind", pattern: "operatie|operaties|ingreep|behandeling|chemo|bestraling|bestralingen achter de rug", strength: "weak" },
    { id: "care.anaesthesia", pattern: "onder narcose|verdoving", strength: "weak" },
    // Blood taken: "bloed laten prikken", "bloed afgenomen".
    { id: "care.blood-taken", pattern: "bloed ~1 prikken|geprikt|afgenomen|afnemen|laten", strength: "weak", notBefore: ["van"] },
    // Only medical scans; a weld is "doorgelicht" and its röntgenfoto needs a body part (health-care.ts).
    { id: "care.x-rayed", pattern: "echo|mri|ctscan|rontgenfoto|scan ~2 maken|gemaakt|gehad|gedaan", strength: "weak" },
    { id: "care.x-rayed-word", pattern: "gerontgend|gerontgenfotografeerd", strength: "weak" },
    { id: "care.checkup", pattern: "voor|ter controle|onderzoek|behandeling|check|nacontrole|observatie naar|in|bij|op de|het? ziekenhuis|@CARE|@SPECIALIST|@EMERGENCY", strength: "weak" },
    { id: "care.physio", pattern: "@HAVE|krijgt|kreeg|doet|volgt|volgde fysio|fysiotherapie|oefentherapie|manuele", strength: "weak" },
    { id: "care.physio-for", pattern: "fysio|fysiotherapie voor|aan|vanwege|ivm zijn|haar|z'n|zn|mijn|m'n|de @SIDE? @BODY", strength: "weak" },
    // A stay in hospital: "een nacht in het ziekenhuis gelegen", "twee dagen in het UMC doorgebracht".
    { id: "care.stay", pattern: "in het|de ziekenhuis|kliniek|@HOSPITAL_NAME gelegen|verbleven|doorgebracht", strength: "weak" },
    { id: "care.transferred", pattern: "overgeplaatst|overgevlogen|doorgestuurd naar|to de|het|een|the? ziekenhuis|umc|@HOSPITAL_NAME|@EMERGENCY|hospital", strength: "weak" },
    // "AED op hem gebruikt"; an AED laid ready or checked is an object (LABELLING).
    { id: "care.aed-used", pattern: "aed|defibrillator ~3 aangesloten|gebruikt|ingezet|toegepast|opgeplakt|geplakt|schok|schokken|gaf|used|applied", strength: "weak" },
    { id: "care.stitches-count", pattern: "hechtinkjes|hechtinkje|hechtingetje|hechtingsdraad", strength: "weak" },
    { id: "care.stitches-number", pattern: "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|1|2|3|4|5|6|7|8|9|10|11|12|15|20 steken|steekjes ~2 in|op|aan", strength: "weak" },
    // English: "treated by paramedics", "airlifted to hospital", "in plaster for six weeks".
    { id: "care.airlifted-en", pattern: "airlifted|medevac", strength: "weak" },
    { id: "care.air-ambulance-en", pattern: "air|helicopter ambulance", strength: "weak" },
    { id: "care.carer-did-en", pattern: "paramedics|paramedic|medic|medics|nurse|doctor|gp|aider|aiders ~1 treated|checked|assessed|examined|stabilised|stabilized|bandaged|cleaned|dressed|patched", strength: "weak" },
    { id: "care.in-cast-en", pattern: "<@WHO is|was|are|were|been|be|in ~2 plaster|cast|sling", strength: "weak", notBefore: ["of", "wall", "walls", "board", "boards"] },
    { id: "care.physio-en", pattern: "got|gets|getting|having|had|has|needs|needed|started|starting physio|physiotherapy|therapy|rehab", strength: "weak" },
  ],
};
