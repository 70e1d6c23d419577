import type { LexiconList } from "../patterns.ts";

// Health: what a colleague saw or was told of a person's state, in the words of a note rather than
// a diagnosis, and the check-up that followed: collapsing, signs of being under the influence
// (staggering, a glassy look, slurring), coughing (up blood), a blood level out of range told
// subject first ("haar ijzer is veel te laag"), a faculty in decline, an X-ray or scan "laten
// maken", being assessed by a first aider or a doctor, and the commonest English of a site
// clinic's note. Weak: about a person only.
// Sources: Thuisarts.nl's symptom pages ("hoesten", "bloed ophoesten", "flauwvallen"), the CBR's
// and the police's signs of impaired driving (zwalken, lallen, glazige ogen), the Sanquin and NHG
// names of blood values, HSE RIDDOR report wording for the English. Traps: "de muur is in elkaar
// gezakt" and "de kraan zwalkte" (no person: weak), "de motor hoest" (no person), "het budget is
// te laag" (not a blood value), "foto laten maken van de schade" (not of a body or at a clinic),
// "de tekening is beoordeeld door de constructeur" (not a care giver).

export const signs: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Blood and body values a lab or a doctor reports. */
    BODY_VALUE: [
      "ijzer", "ijzergehalte", "hb", "hemoglobine", "bloedwaarden", "bloedwaarde", "bloedsuiker", "suikerspiegel",
      "cholesterol", "bloeddruk", "hartslag", "saturatie", "zuurstofgehalte", "vitamine", "leverwaarden", "nierwaarden",
      "schildklierwaarden", "ontstekingswaarden", "crp", "suiker", "iron", "blood",
    ],
    /** Where a picture of a body part is made. */
    IMAGING: ["foto", "fotos", "rontgenfoto", "rontgen", "scan", "ctscan", "mri", "echo", "mriscan", "xray"],
    ASSESSED: ["beoordeeld", "nagekeken", "bekeken", "onderzocht", "gecontroleerd", "gecheckt", "opgevangen"],
    /** First aiders and doctors as compounds a site writes ("bedrijfs-EHBO'er"). */
    FIRST_AIDER_COMPOUND: ["bedrijfsehbo'er", "bedrijfsehboer", "bedrijfsbhv'er", "bedrijfsbhver", "ploegehbo'er", "ehbo'er", "ehboer", "bhv'er", "bhver"],
  },
  patterns: [
    // Collapsing: "is op de steiger in elkaar gezakt", "zakte ineens in elkaar". Not of a wall or a trench (weak).
    { id: "sign.collapsed", pattern: "in elkaar gezakt|zakte|zakken|zakt|gedoken", strength: "weak", notBefore: ["van", "door"] },
    // Signs of drink or drugs seen in a person: "liep te zwalken", "glazige blik", "sprak met dubbele tong".
    { id: "sign.staggering", pattern: "liep|loopt|lopen|stond|staat te zwalken|waggelen|wankelen|tollen", strength: "weak" },
    { id: "sign.glassy-eyes", pattern: "glazige|glazig|waterige|rode blik|ogen|pupillen", strength: "weak" },
    { id: "sign.pupils", pattern: "verwijde|vergrote|kleine|speldenknop pupillen", strength: "weak" },
    { id: "sign.slurring", pattern: "lalde|lallen|lalt|lallend", strength: "weak" },
    { id: "sign.double-tongue", pattern: "sprak|praatte|praat|praten met een? dubbele tong", strength: "weak" },
    // Coughing of a person: "ik hoest heel veel", "hoestte bloed op", "a persistent cough". Not an engine's.
    { id: "sign.cough", pattern: "hoest|hoestte|hoesten|hoestend|hoestbui|hoestbuien|ophoesten|opgehoest|coughing|coughed", strength: "weak", notAfter: ["motor", "machine", "de", "het"] },
    { id: "sign.blood-up", pattern: "bloed ~1 opgehoest|ophoesten|opgegeven|overgegeven|gespuugd|gehoest", strength: "weak" },
    { id: "sign.blood-in", pattern: "bloed in zijn|haar|z'n|de|het? urine|ontlasting|plas", strength: "weak" },
    // A value told subject first: "haar ijzer is veel te laag", "zijn suiker was 2,8", "bloeddruk te hoog".
    { id: "sign.value-out-of-range", pattern: "@BODY_VALUE is|was|bleek|zit|zat ~2 te? laag|hoog|verhoogd|verlaagd|afwijkend|ontregeld|low|high", strength: "weak" },
    { id: "sign.value-inverted", pattern: "is|was|bleek|zit|zat het|de|haar|zijn|z'n @BODY_VALUE ~2 te? laag|hoog|verhoogd|verlaagd|afwijkend|ontregeld", strength: "weak" },
    // A faculty in decline: "merkt dat zijn coördinatie achteruitgaat", "zijn geheugen gaat achteruit".
    { id: "sign.faculty-declines", pattern: "zijn|haar|z'n|mijn|m'n coordinatie|geheugen|zicht|gehoor|evenwicht|concentratie|motoriek|ogen ~2 achteruitgaat|achteruitging|achteruit|verslechtert|verslechterd|minder", strength: "weak" },
    // An X-ray or scan had made: "foto laten maken bij de SEH", "scan laten maken in het ziekenhuis".
    { id: "care.imaging-had-made", pattern: "@IMAGING ~2 laten|gemaakt|maken ~1 bij|in|op|van de|het? @EMERGENCY|ziekenhuis|huisarts|huisartsenpost|kliniek|@BODY|knie|pols|enkel|rug|hoofd", strength: "weak" },
    // Assessed by a first aider or a doctor: "door de bedrijfs-EHBO'er beoordeeld", "door de arts nagekeken".
    { id: "care.assessed-by", pattern: "door de|een|het ~1 @FIRST_AIDER_COMPOUND|@SPECIALIST|ehbo|bhv|ambulancepersoneel|ambulancebroeders|ambulance @ASSESSED", strength: "weak" },
    { id: "care.assessed-by-verb-first", pattern: "@ASSESSED door de|een|het ~1 @FIRST_AIDER_COMPOUND|@SPECIALIST|ehbo|bhv|ambulancepersoneel|ambulancebroeders|ambulance", strength: "weak" },
    // A site clinic's English: "evaluated at the site clinic", "admitted to Franciscus for observation".
    { id: "care.evaluated-en", pattern: "evaluated|assessed|examined|checked|seen|treated at|by the ~2 clinic|medic|medics|nurse|doctor|paramedics|hospital|er", strength: "weak" },
    { id: "care.admitted-en", pattern: "admitted ~3 for observation|observations|tests|treatment|surgery", strength: "weak" },
    { id: "care.referred-him-en", pattern: "referred|sent him|her|them to ~2 counsellor|counselor|eap|psychologist|therapist|occupational|physician|specialist|physio|gp|doctor", strength: "weak" },
    { id: "symptom.breath-noun-en", pattern: "shortness of breath", strength: "weak" },
    { id: "symptom.breathless-en", pattern: "breathlessness|breathless|dyspnoea", strength: "weak" },
    { id: "symptom.tremor", pattern: "tremor|tremors|beverigheid", strength: "weak" },
    { id: "symptom.shaking-hands", pattern: "trillende|bevende|shaking|trembling handen|hands", strength: "weak" },
    { id: "absence.off-work-en", pattern: "off work|sick", strength: "weak" },
    { id: "rehab.reduced-hours-en", pattern: "reduced|restricted|light hours|duties|duty", strength: "weak" },
    // Fluid in a joint, a ride in the ambulance, a limb taken off: "vocht in zijn rechterknie", "wakker in
    // de ambulance", "zijn rechterbeen werd onder de knie afgezet" (not "het terrein werd afgezet": a limb first).
    { id: "injury.fluid-in-joint", pattern: "vocht|bloeduitstorting|bloeding in zijn|haar|z'n|de|het @SIDE? @BODY|@SIDE+@BODY", strength: "weak" },
    { id: "care.in-ambulance", pattern: "in|achterin de|een ambulance|traumaheli|traumahelikopter", strength: "weak", notBefore: ["staat", "stond", "staan", "zit", "zat", "zitten", "materiaal", "koffer"] },
    { id: "injury.limb-off", pattern: "rechterbeen|linkerbeen|onderbeen|bovenbeen|rechterarm|linkerarm|onderarm|rechtervoet|linkervoet|vinger|vingers|teen|tenen|duim|hand|voet werd|werden|is|moest|moesten ~8 afgezet|geamputeerd", strength: "weak" },
    // Hearing loss by its cause, as an audiometry result reads: "lawaaislechthorendheid links".
    { id: "condition.hearing-loss", pattern: "lawaaislechthorendheid|lawaaidoofheid|slechthorendheid|gehoorverlies|gehoorschade|perceptieverlies|lawaaischade", strength: "weak" },
    { id: "medicine.migraine", pattern: "sumatriptan|rizatriptan|zolmitriptan|triptan|triptanen|imigran", strength: "weak" },
  ],
};
