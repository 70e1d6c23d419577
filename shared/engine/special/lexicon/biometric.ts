import type { LexiconList } from "../patterns.ts";

// Biometric data for unique identification (AVG art. 9): a person's fingerprint, face, iris, retina,
// palm, vein or voice profile as enrolled, stored or matched ("vingerafdruk van Jan ingelezen",
// "Stemprofiel van Jan", "zijn gezicht wordt niet herkend"). Not labelled: scanners, readers and cameras
// as objects or work ("defecte vingerafdrukscanner", "kabels voor de irisscanner", compounds with
// -scanner/-lezer/-camera are other words), generic policy ("toegang via gezichtsherkenning"), a pasfoto
// on a site pass, signatures and CCTV as such.
/** Articles before a template that make it the system or the method rather than someone's. */
const ARTICLES = ["de", "het", "een", "the", "a"];

export const biometric: LexiconList = {
  category: "biometric",
  source: "traits and templates from the AP's page on biometric data and ISO/IEC 2382-37 (biometric vocabulary: capture, template, enrolment, comparison); equipment words deliberately excluded",
  classes: {
    /** Body traits used to identify someone (ISO/IEC 2382-37 modalities). */
    /** Not "hand": "zijn handafdruk in het beton" is a mark, not an identification. */
    TRAIT: ["vinger", "vingerafdruk", "duim", "duimafdruk", "gezicht", "gelaat", "iris", "retina", "netvlies", "handpalm", "palm", "ader", "stem", "oor", "oog"],
    /** What is kept or matched of the trait: "vingerafdrukprofiel", "stemprofiel", "gezichtsscan". */
    /** Not "herkenning": "gezichtsherkenning bij de ingang" is the system (below, only of a person). */
    TEMPLATE: ["scan", "scans", "profiel", "template", "sjabloon", "patroon", "afdruk", "afdrukken", "kenmerken", "geometrie", "print"],
    TRAIT_EN: ["fingerprint", "fingerprints", "face", "facial", "iris", "retina", "palm", "voice", "vein", "thumbprint"],
    TEMPLATE_EN: ["scan", "scans", "profile", "template", "print", "id", "data", "recognition", "biometrics"],
    /** What happens to a person's biometric: enrolled, stored, matched, refused. */
    PROCESSED: [
      "ingelezen", "inlezen", "geregistreerd", "registreren", "opgeslagen", "vastgelegd", "afgenomen", "herkend",
      "gematcht", "gescand", "scannen", "geweigerd", "gekoppeld", "enrolled", "registered", "stored", "recognised",
      "recognized", "scanned", "matched", "rejected",
    ],
  },
  patterns: [
    // Enrolment by the person: "heb me laten registreren voor de gezichtsherkenning". Trap: "de
    // gezichtsherkenning bij de hoofdingang wordt geregistreerd als storing" (no enrolment verb before it).
    { id: "enrolled-for", pattern: "registreren|geregistreerd|aangemeld|ingeschreven|ingelezen|enrolled ~3 gezichtsherkenning|vingerafdrukscanner|irisscanner|handpalmscanner|facial", strength: "weak" },
    // "vingerafdrukken op het glas" are smudges, not an identification.
    // After an article it is the system or the method ("via de gezichtsscan inklokken", "stopte met de
    // vingerscan", "met alleen een vingerafdruk"), unless whose it is follows (template.whose).
    { id: "template", pattern: "vingerafdruk|vingerafdrukken|irisscan|irisscans|handpalmscan|gezichtsscan|retinascan|aderpatroon|handgeometrie|stemafdruk|fingerprint|fingerprints", strength: "weak", notBefore: ["op", "achter", "overal", "on", "all"], notAfter: ARTICLES },
    { id: "trait-template", pattern: "@TRAIT+@TEMPLATE", strength: "weak", notBefore: ["op", "achter", "overal", "on", "all"], notAfter: ARTICLES },
    // "de vingerafdruk van Lukasz", "een handpalmscan van de nieuwe machinist": whose it is, after an article.
    // Made or enrolled after an article: "is van Ewout een handpalmscan gemaakt".
    { id: "template.made", pattern: "<de|het|een|the|a vingerafdruk|vingerafdrukken|irisscan|handpalmscan|gezichtsscan|retinascan|stemafdruk|fingerprint|fingerprints|@TRAIT+@TEMPLATE ~2 gemaakt|afgenomen|ingelezen|geregistreerd|opgeslagen|made|taken", strength: "weak" },
    { id: "template.whose", pattern: "<de|het|een|the|a vingerafdruk|vingerafdrukken|irisscan|handpalmscan|gezichtsscan|retinascan|stemafdruk|fingerprint|fingerprints|@TRAIT+@TEMPLATE van|of de|het|een|the? @CAP|@WHO|@OBJ|hem|haar|him|her|mij|me|verdachte|dader|suspect", strength: "weak" },
    { id: "recognition.of", pattern: "gezichtsherkenning|stemherkenning|irisherkenning|vingerafdrukherkenning ~1 van|bij|voor|for @CAP|zijn|haar|z'n|his|her", strength: "weak" },
    { id: "iris-en", pattern: "iris|face|palm|retina scan", strength: "weak" },
    { id: "trait-en", pattern: "@TRAIT_EN @TEMPLATE_EN", strength: "weak" },
    { id: "voiceprint-en", pattern: "voiceprint|faceprint|faceid", strength: "weak" },
    { id: "biometric-data", pattern: "biometrische|biometric gegevens|data|kenmerken|template|profiel|scan|registratie|identificatie", strength: "weak" },
    // "zijn gezicht wordt niet herkend bij de poort": a person's own face matched by a system (not "het
    // gezicht van de dader herkend", a witness).
    { id: "face-matched", pattern: "zijn|haar|z'n|mijn|m'n|his|her|my gezicht|duim|vinger|stem|iris|face|voice|thumb|finger ~3 herkend|gescand|ingelezen|geregistreerd|recognised|recognized|scanned", strength: "weak" },
    // Enrolment asked for or done: "kan iemand mijn vinger opnieuw inlezen?", "met hun iris ingelezen" (a
    // named crew's). Not "hun gezicht" in a photo: only the enrolling verbs.
    // A system that does not recognise someone's trait: "het systeem herkent zijn gezicht niet" (not a
    // witness who "herkende zijn gezicht": only a machine as the subject).
    // The verb first (a rarer word than "poort" or "app"), the machine right before it.
    { id: "system-refuses", pattern: "<systeem|poort|scanner|camera|lezer|app|telefoon|tourniquet|draaihek|toegangspoort herkent|herkende|accepteert|accepteerde|weigert|weigerde ~2 zijn|haar|mijn|m'n|z'n gezicht|vinger|vingerafdruk|iris|duim|handpalm", strength: "weak" },
    { id: "enrolled", pattern: "<zijn|haar|z'n|mijn|m'n|hun|his|her|my|their vinger|vingers|duim|iris|irissen|gezicht|handpalm|finger|fingers|thumb|face ~2 inlezen|ingelezen|inscannen|ingescand|registreren|scannen|enrol|enroll|enrolled|registered", strength: "weak" },
    { id: "processed-of", pattern: "@PROCESSED ~2 vingerafdruk|vingerafdrukken|gezichtsscan|irisscan|fingerprint|fingerprints", strength: "weak" },
    // --- Classes added for written notes about one colleague (issue 10). ---
    // A person's own trait being scanned or enrolled: "heeft haar gezicht laten scannen voor de toegang".
    { id: "trait.enrolled", pattern: "zijn|haar|z'n|mijn|m'n|his|her|my gezicht|vinger|vingers|duim|iris|ogen|hand|handpalm|stem|face|finger|thumb|eyes|palm ~2 laten|laat|liet scannen|registreren|inlezen|vastleggen|opnemen", strength: "weak" },
    { id: "trait.enrolled-en", pattern: "enrolled|registered|scanned|stored ~2 his|her|my fingerprint|fingerprints|face|iris|palm|thumbprint", strength: "weak" },
    // A named person's trait: "de iris van Tom wordt niet herkend"; a stored face: "zijn gezicht is opgeslagen".
    { id: "trait-of-person", pattern: "gezicht|iris|vinger|vingerafdruk|duim|stem|handpalm|face|fingerprint van|of @CAP|hem|haar ~3 herkend|gescand|ingelezen|geregistreerd|opgeslagen|gematcht|matcht|recognised|recognized|stored|matched", strength: "weak" },
    { id: "trait-stored", pattern: "zijn|haar|z'n|mijn|m'n|his|her|my gezicht|vingerafdruk|vingerafdrukken|iris|handpalm|face|fingerprint|fingerprints ~3 opgeslagen|vastgelegd|gematcht|matcht|stored|saved|matched", strength: "weak" },
    // English notes: "Jan's fingerprint is not recognised by the turnstile"; a palm like a face.
    { id: "trait-en.matched", pattern: "fingerprint|fingerprints|thumbprint|faceprint ~4 recognised|recognized|rejected|matched|enrolled|registered|stored|read", strength: "weak" },
    { id: "palm-matched", pattern: "zijn|haar|z'n|mijn|m'n|his|her|my handpalm|palm ~3 herkend|gescand|ingelezen|geregistreerd|recognised|recognized|scanned", strength: "weak" },
    // A person identified by a biometric comparison, as police news tells it: "met gezichtsherkenning werd
    // de man geïdentificeerd", "via zijn vingerafdrukken opgespoord". Trap: "toegang via gezichtsherkenning"
    // (policy: no identifying verb), "de verdachte is nog niet geïdentificeerd" (no trait).
    { id: "identified-by", pattern: "gezichtsherkenning|stemherkenning|irisherkenning|vingerafdrukken|vingerafdruk|vingerafdrukonderzoek|gezichtsvergelijking ~5 geidentificeerd|identificeerde|identificeren|opgespoord|herkend|getraceerd|identified", strength: "weak" },
    // A biometric reader that does not recognise a named person: "gezichtsherkenning herkent Jan niet".
    { id: "reader-person", pattern: "gezichtsherkenning|vingerafdrukscanner|vingerafdruklezer|irisscanner|gezichtsscanner|handpalmscanner|handpalmlezer ~2 herkent|herkende|accepteert|accepteerde|weigert|weigerde|recognises|recognizes|rejects|rejected @CAP|hem|haar|mij|me|him|her", strength: "weak" },
  ],
};
