import type { LexiconList } from "../patterns.ts";

// Health in everyday words: what a note says of a colleague who is out of action without using a
// clinical word ("ligt plat", "is uit de running", "zit thuis", "ligt op bed"), walking aids and casts
// ("loopt met een stok", "gipsen been"), being admitted ("is opgenomen"), the time of an illness
// ("zolang hij ziek is", "na zijn operatie"), a person's absence record ("verzuimt vaak", "zijn
// verzuim"), being well again ("is weer hersteld"), and the same in the English of mixed crews ("went
// to A&E", "could not walk", "had surgery", "fit note"). Source: hand-curated from the phrasings Dutch
// site notes and UK site diaries use for these; the absence words are those of the Wet verbetering
// poortwachter's practice (verzuimgesprek, verzuimbegeleiding).
// Most of these words also describe things ("het werk ligt plat", "de wijziging is opgenomen in het
// plan", "de bout zit vast", "de lekkage is hersteld"), so the patterns ask for a person as the
// subject: `<@WHO` right before the verb, or `@WHO` right after it in an inverted clause ("Gisteren
// is Kees opgenomen").

/** Dismissal, not absence: "hij is eruit gegooid", "er niet uit gekomen" (could not solve it). */
const OUT_NOT_ILL = ["gegooid", "gezet", "gehaald", "gestapt", "gevlogen", "geknikkerd", "geschopt", "gekomen", "komen", "kwam", "gelazerd", "gewerkt"];

export const everyday: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Copulas of a state a person is in: "is", "ligt", "zit". */
    IS_OUT: ["is", "was", "ligt", "lag", "zit", "zat", "blijft", "bleef", "raakte"],
    /** Aids a person walks with after an injury or with a disability. */
    WALKING_AID: ["stok", "wandelstok", "kruk", "krukken", "elleboogkrukken", "rollator", "looprek", "brace", "spalk", "loopgips", "loopschoen", "gips"],
    /** What a person's illness or operation is called when a note dates something by it. */
    ILLNESS_TIME: ["ziekte", "ziekteperiode", "ziekzijn", "operatie", "ingreep", "ziekenhuisopname", "herstel", "revalidatie", "burnout", "chemo", "bevalling", "zwangerschap"],
    POSSESSIVE: ["zijn", "haar", "z'n", "zn", "mijn", "m'n", "mn", "his", "her", "my"],
  },
  patterns: [
    // Out of action: "Kees ligt (al twee dagen) plat", "Sinds maandag ligt Jan plat".
    { id: "absence.flat", pattern: "<@WHO ligt|lag ~3 plat", strength: "weak" },
    { id: "absence.flat-inverted", pattern: "ligt|lag @WHO ~2 plat", strength: "weak" },
    { id: "absence.out-of-running", pattern: "<@WHO @IS_OUT ~4 uit de running|roulatie", strength: "weak" },
    { id: "absence.out-of-running-inverted", pattern: "is|ligt @WHO ~4 uit de running|roulatie", strength: "weak" },
    { id: "absence.field-out", pattern: "<@WHO @IS_OUT ~2 veld|velduit uit?", strength: "weak", notBefore: ["de", "het", "naar"] },
    { id: "absence.lappenmand", pattern: "lappenmand", strength: "weak" },
    // "is er even uit", "is er een paar weken uit"; not "is er niet uit gekomen", "is eruit gegooid".
    { id: "absence.out", pattern: "<@WHO is|was|ligt er ~3 uit", strength: "weak", notBefore: OUT_NOT_ILL },
    { id: "absence.out-word", pattern: "<@WHO is|was|ligt ~3 eruit", strength: "weak", notBefore: OUT_NOT_ILL },
    { id: "absence.out-for", pattern: "<@WHO is|was|ligt|raakte ~3 uitgeschakeld|uitgevallen|geveld|gevloerd", strength: "weak" },
    // "zit (ziek) thuis"; not "zit thuis te wachten", "zit thuis zonder werk".
    { id: "absence.at-home", pattern: "<@WHO zit|zat ~2 thuis", strength: "weak", notBefore: ["te", "op", "zonder", "tot", "voor", "omdat", "want", "vanwege", "wegens", "door", "ivm"] },
    { id: "absence.at-home-part", pattern: "thuis|uitgevallen|off ~1 met|door|wegens|vanwege|ivm|with @POSSESSIVE @SIDE? @BODY", strength: "weak" },
    { id: "absence.in-bed", pattern: "<@WHO ligt|lag ~3 op|in bed", strength: "weak" },
    { id: "absence.in-bed-inverted", pattern: "ligt|lag @WHO ~2 op|in bed", strength: "weak" },
    { id: "absence.sickbed", pattern: "ziekbed|ziekenhuisbed|hartbewaking|brandwondencentrum|brandwondenafdeling|verkoeverkamer", strength: "weak" },
    { id: "absence.unconscious", pattern: "buiten ~1 westen", strength: "weak" },
    // Where a patient lies: "ligt op de intensive care", "ligt op de IC".
    { id: "absence.ward", pattern: "ligt|lag|liggen|lagen|opgenomen|verblijft op|in de|het? intensive|ic|ccu|hartbewaking|traumacentrum|brandwondencentrum", strength: "weak" },
    // Named conditions and injuries a note or a report gives a person, without an everyday second meaning.
    // Not the diseases of asbestos and quartz dust (mesothelioom, asbestose, silicose): pages about
    // exposure name them for whole trades far more often than for one person.
    { id: "condition.named-more", pattern: "dwarslaesie|schedelbasisfractuur|bekkenfractuur|heupfractuur|rolstoelafhankelijk|rolstoelgebonden|verslavingsachtergrond|concentratieproblemen|geheugenproblemen|evenwichtsproblemen|evenwichtsstoornis|inwendige", strength: "weak", notBefore: ["afwerking", "wand", "wanden", "deur", "deuren", "muur", "muren", "hoek", "hoeken", "zijde", "kant", "maat", "maten", "diameter"] },
    // A measurement of a person's body out of range: "bloeddruk te hoog", "suiker veel te laag".
    { id: "measurement.out-of-range", pattern: "bloeddruk|cholesterol|hartslag|saturatie|bloedwaarden|ijzergehalte te|veel|erg|flink|wat ~1 hoog|laag", strength: "weak" },
    // Fitness for work at a medical exam: "Dhr. Kuipers is afgekeurd bij de periodieke keuring ivm zijn ogen".
    { id: "fitness.rejected-person", pattern: "<@WHO is|werd ~2 afgekeurd|goedgekeurd ~4 keuring|keuringsarts|medisch|medische|ivm|vanwege|wegens", strength: "weak" },
    // Sleep: "slaapt niet door stress", "al 3 nachten niet geslapen".
    // Not "kon niet slapen van de herrie": noise keeps anyone awake.
    { id: "sleep.not", pattern: "niet|slecht|nauwelijks slaapt|sliep|geslapen|slapen", strength: "weak", notBefore: ["op", "in", "bij", "tijdens", "van", "door", "vanwege", "ivm", "want", "omdat"] },
    // Starts at "niet": after it the sleep words would read as negated ("niet slaapt door stress").
    { id: "sleep.not-because", pattern: "niet|slecht|nauwelijks slaapt|sliep|geslapen|slapen door|vanwege|van|ivm ~1 de? stress|zorgen|pijn|piekeren|spanning|nachtmerries", strength: "weak" },
    { id: "sleep.because", pattern: "slaapt|sliep|slapen|geslapen ~3 door|vanwege|van|ivm de? stress|zorgen|pijn|piekeren|spanning|nachtmerries", strength: "weak" },
    // Walking aids and casts: "loopt nog met een stok", "gipsen been", "gips voor 6 weken".
    { id: "aid.walks-with", pattern: "loopt|liep|lopen|liepen ~2 met|op een|de? @WALKING_AID", strength: "weak", notBefore: ["de", "het", "naar", "in", "over", "langs", "door", "rond", "van", "tegen"] },
    { id: "aid.cast-part", pattern: "gipsen|gegipste|gespalkte @SIDE? @BODY", strength: "weak" },
    { id: "aid.cast-weeks", pattern: "gips|gipsverband|brace|spalk|mitella voor|nog ~1 weken|week|dagen|maanden", strength: "weak" },
    { id: "aid.brace-compound", pattern: "@BODY_STEM+brace|@BODY_STEM+spalk|@BODY_STEM+bandage|orthese|nekkraag", strength: "weak" },
    // Admitted: "Kees is (gisteren) opgenomen"; not "opgenomen in het plan/register/als".
    { id: "admitted.person", pattern: "<@WHO is|werd|wordt|ligt ~2 opgenomen", strength: "weak", notBefore: ["in", "op", "als", "door", "bij", "onder", "met", "voor", "tussen"] },
    { id: "admitted.person-inverted", pattern: "is|werd|wordt @WHO ~2 opgenomen", strength: "weak", notBefore: ["in", "op", "als", "door", "bij", "onder", "met", "voor", "tussen"] },
    { id: "admitted.observation", pattern: "ter observatie ~3 opgenomen|gehouden|gebleven|gebracht|@CARE", strength: "weak" },
    // The time of an illness: "zolang hij ziek is", "tijdens zijn ziekte", "na haar operatie".
    { id: "illness.while-sick", pattern: "zolang|nu|sinds|omdat|doordat|aangezien|terwijl ~2 ziek", strength: "weak", notBefore: ["druk", "veel", "lang", "hard", "mooi", "goed", "duur", "vet"] },
    { id: "illness.time", pattern: "tijdens|sinds|na|door|vanwege|wegens|ivm|voor|since|after|during @POSSESSIVE @ILLNESS_TIME", strength: "weak" },
    // A person's absence record: "verzuimt vaak", "zijn verzuim", "verzuim van Jan", "heeft veel verzuim".
    { id: "absence.verb", pattern: "verzuimt|verzuimde|verzuimen|verzuimd", strength: "weak", notBefore: ["te", "om", "het", "de", "een", "dit", "dat", "deze", "die", "zijn", "haar", "z'n", "melding", "plicht", "aangifte"] },
    { id: "absence.record", pattern: "@POSSESSIVE verzuim|ziekteverzuim|verzuimdagen|verzuimpercentage|verzuimfrequentie|verzuimgedrag", strength: "weak" },
    { id: "absence.record-of", pattern: "verzuim|ziekteverzuim|verzuimdagen|verzuimgedrag van @CAP|hem|haar", strength: "weak" },
    { id: "absence.has-record", pattern: "<@WHO heeft|had ~2 veel|vaak|hoog|frequent|kort|langdurig|regelmatig verzuim|ziekteverzuim", strength: "weak" },
    { id: "absence.guidance", pattern: "verzuimbegeleiding|verzuimspreekuur|verzuimtraject|verzuimcoach", strength: "weak" },
    // Well again: "Henk is weer hersteld", "voelt zich weer beter", "eerst halve dagen".
    { id: "recovery.well", pattern: "<@WHO is|was|voelt|voelde ~2 hersteld|genezen|opgeknapt", strength: "weak", notBefore: ["door", "met"] },
    { id: "recovery.better", pattern: "<@WHO is|was|voelt|voelde ~1 weer beter", strength: "weak", notBefore: ["in", "dan", "op", "met", "bij"] },
    { id: "recovery.part-healed", pattern: "@BODY ~2 genezen|geheeld|aangegroeid|hersteld", strength: "weak", notAfter: ["de", "het"] },
    { id: "recovery.half-days", pattern: "eerst|voorlopig|tijdelijk|alleen halve dagen|ochtenden|middagen", strength: "weak", notBefore: ["door", "vanwege", "ivm", "wegens", "omdat"] },

    // English field notes.
    { id: "care.went-to-en", pattern: "went|go|goes|gone|going|got ~1 to ~1 ae|er|casualty|hospital|emergency|urgent|gp|doctor|doctors", strength: "weak" },
    // "A&E": the ampersand is no word character, so the abbreviation is two words.
    { id: "care.ae-en", pattern: "to|at|in|from a e", strength: "weak" },
    { id: "symptom.cannot-walk-en", pattern: "<@WHO could|couldn't|couldnt|can't|cant|cannot ~1 walk|stand|breathe|bend|weight", strength: "weak", notBefore: ["the", "a", "it", "there", "here", "near", "under", "in", "up", "that", "this"] },
    { id: "symptom.unable-en", pattern: "unable|struggling|struggled ~1 to walk|stand|breathe|bend|weight", strength: "weak", notBefore: ["the", "a", "it", "there", "here", "near", "under", "in", "up", "that", "this"] },
    // Not "operation" after "for"/"after": the operation of a crane.
    { id: "surgery.had-en", pattern: "had|has|having|needs|needed|need|underwent|undergo|undergoing|booked|scheduled|after|for ~2 surgery", strength: "weak", notBefore: ["room", "rooms", "block", "wing", "hours", "car", "park"] },
    { id: "surgery.an-operation-en", pattern: "had|has|having|needs|needed|need|underwent|undergo|undergoing an|another|the operation", strength: "weak", notBefore: ["of", "manual", "mode"] },
    { id: "surgery.part-en", pattern: "@BODY surgery", strength: "weak" },
    { id: "sick.note-en", pattern: "fit|doctor's|doctors|gp|sick note|notes", strength: "weak" },
    { id: "sick.fitnote-en", pattern: "fitnote|fit-note", strength: "weak" },
    { id: "sick.signed-off-en", pattern: "signed off ~2 sick|weeks|week|days|months|month", strength: "weak" },
    { id: "sick.off-work-en", pattern: "off work ~2 after|with|due|because|since ~2 accident|injury|surgery|operation|illness|knee|back|fall|stress", strength: "weak" },
    { id: "care.cast-en", pattern: "@BODY ~2 in a|the? cast|plaster|sling|splint|brace", strength: "weak", notAfter: ["by", "the", "de", "met"] },
  ],
};
