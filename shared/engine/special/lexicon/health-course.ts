import type { LexiconList } from "../patterns.ts";

// Health: the course of an illness and the care around it in a person's own or a colleague's words,
// beyond the diagnosis: metastases, starting a treatment, being free of a disease or its flaring up,
// side effects, being in danger of one's life, a resuscitation attempt, consultations with a company
// doctor, recovering from an addiction in a care programme, the practice nurse for mental health
// (POH-GGZ), seasickness, a contact allergy, pleural plaques, deafness in one ear, the Flemish
// "gekwetst" and "steken" (stitches), and the English of a mixed crew ("PTSD",
// "seeing the company psychologist"). Weak: about a person only.
// Sources: KWF's and Thuisarts.nl's pages on the course of cancer (uitzaaiingen, behandeling,
// bijwerkingen), the addiction care organisations of the Netherlands (Tactus, Jellinek, Brijder,
// Novadic-Kentron, Verslavingszorg Noord Nederland, IrisZorg), the NHG's name of the POH-GGZ, Van
// Dale for the Flemish words. Traps: "de uitzaaiing van het onkruid", "gestart met de behandeling van
// het dossier" (no care word after), "schoon van asbest" (not a disease), "vrij van ziekte" in a policy
// (no person), "steken" of a pain ("steken in de zij", which is a symptom too).

export const course: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    ADDICTION_CARE: ["tactus", "jellinek", "brijder", "novadic", "kentron", "iriszorg", "vnn", "verslavingszorg", "verslavingskliniek", "afkickkliniek", "aa", "na"],
    COUNT_WORD: ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "15"],
  },
  patterns: [
    { id: "course.metastases", pattern: "uitzaaiingen|uitzaaiing|gemetastaseerd|metastasen|uitgezaaid", strength: "weak", notBefore: ["van"] },
    { id: "course.started-treatment", pattern: "gestart|begonnen|start|begint ~1 met een|de|zijn|haar ~1 behandeling|chemo|chemokuur|bestraling|bestralingen|immunotherapie|therapie|revalidatie", strength: "weak", notBefore: ["van"] },
    { id: "course.free-of", pattern: "schoon|vrij|clean van ~1 kanker|tumoren|uitzaaiingen|alcohol|drugs|drank", strength: "weak" },
    { id: "course.clean-for", pattern: "jaar|maanden|weken|dagen clean|nuchter|droog", strength: "weak" },
    { id: "course.flares-up", pattern: "ziekte|kanker|tumor|hernia|reuma|depressie ~2 oplaait|opspeelt|terugkomt|teruggekomen|teruggekeerd|terug", strength: "weak" },
    // "is besmet met het coronavirus", "geïnfecteerd met hepatitis".
    { id: "infection.infected-with", pattern: "besmet|geinfecteerd met het|de? ~1 coronavirus|corona|covid|virus|griep|griepvirus|hepatitis|hiv|tbc|legionella|salmonella|norovirus", strength: "weak" },
    { id: "course.side-effects", pattern: "bijwerking|bijwerkingen|side effects|side effect", strength: "weak" },
    { id: "course.danger-of-life", pattern: "in levensgevaar|levensbedreigende|levensbedreigend|kritieke toestand", strength: "weak" },
    { id: "care.resuscitation-attempt", pattern: "reanimatiepoging|reanimatiepogingen|reanimatie|gereanimeerd|reanimeren", strength: "weak", notBefore: ["cursus", "training", "les", "oefening"] },
    { id: "care.consultations", pattern: "consult|consulten|gesprekken|afspraken ~4 bij|met de|het|een @SPECIALIST", strength: "weak" },
    { id: "care.addiction-programme", pattern: "traject|behandeling|opname|opgenomen|kliniek bij|in|via ~1 @ADDICTION_CARE", strength: "weak" },
    { id: "care.practice-nurse-mind", pattern: "pohggz|poh", strength: "weak" },
    { id: "care.practice-nurse-mind-words", pattern: "praktijkondersteuner ~1 ggz", strength: "weak" },
    { id: "symptom.seasick", pattern: "zeeziek|zeeziekte|wagenziek|reisziek|seasick|seasickness", strength: "weak" },
    { id: "allergy.contact", pattern: "contactallergie|huidallergie|voedselallergie|medicijnallergie|geneesmiddelenallergie", strength: "weak" },
    { id: "condition.pleural", pattern: "pleurale plaques|pleuraplaques|asbestplaques", strength: "weak" },
    { id: "condition.deaf-one-ear", pattern: "doof|slechthorend aan|op een|zijn|haar|het? oor|linkeroor|rechteroor", strength: "weak" },
    { id: "condition.one-ear-deaf", pattern: "aan|op een|zijn|haar|het|1 oor|linkeroor|rechteroor doof|slechthorend", strength: "weak" },
    { id: "condition.deaf-person", pattern: "<@WHO is|was|werd|raakte ~2 doof", strength: "weak", notBefore: ["voor"] },
    // Flemish: "gekwetst geraakt aan zijn hand", "drie steken" (stitches) at the emergency department.
    { id: "injury.gekwetst", pattern: "gekwetst|zwaargekwetst|lichtgekwetst|zwaar gekwetst", strength: "weak", notBefore: ["gevoel", "door", "in"] },
    { id: "care.steken-counted", pattern: "@COUNT_WORD steken|steekjes", strength: "weak" },
    { id: "mind.ptsd-en", pattern: "ptsd|post-traumatic|posttraumatic", strength: "weak" },
    { id: "absence.note-en", pattern: "sick|fit note", strength: "weak" },
    { id: "care.seeing-en", pattern: "seeing|sees|saw|see a|the|his|her ~1 psychologist|counsellor|counselor|therapist|psychiatrist|physio|physiotherapist|gp|doctor|specialist", strength: "weak" },
    { id: "sick-report.writer", pattern: "ik ~1 mij|me ~3 ziekmelden|ziek melden|ziekgemeld|ziek gemeld", strength: "weak" },
  ],
};
