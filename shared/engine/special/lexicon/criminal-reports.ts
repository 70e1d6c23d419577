import type { LexiconList } from "../patterns.ts";

// Criminal (AVG art. 10), what notes and news tell of one person's offence after the fact: a report
// made ("aangifte gedaan", "aangifte van mishandeling"), a licence gone after drink-driving ("rijbewijs
// kwijt", "door de politie ingenomen"), a fine with substitute detention ("geldboete … subsidiair 85
// dagen hechtenis"), what a suspect risks ("riskeert 8.000 euro boete"), a counted group held ("zijn
// achttien mensen aangehouden"), a dismissal whose reason is an offence ("met als reden verduistering"),
// theft told as taking without paying or being caught with the employer's goods, and a person labelled
// an offender ("aangemerkt als fraudeur"). Sources: Wetboek van Strafrecht art. 23-24c (geldboete,
// vervangende hechtenis), Wegenverkeerswet 1994 art. 164 (invordering rijbewijs); how notes and Dutch
// news write them. Hand-curated. Traps beside each in the tests: a report by the victim of unknown
// thieves ("Jan heeft aangifte gedaan van de inbraak"), a licence mislaid, a company's fine.

/** Words before "aangifte" that make someone the reporter ("Jan heeft aangifte gedaan"): a victim, not an offender. */
const REPORTERS = ["ik", "we", "wij", "heeft", "hebben", "had", "hadden", "zal", "gaat", "wil", "moet", "kan", "i"];

export const reports: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Offences against a person, whose report names an offender ("aangifte van mishandeling"); thefts are as often by unknown persons. */
    PERSONAL_OFFENCE: ["mishandeling", "bedreiging", "bedreigingen", "aanranding", "verkrachting", "belediging", "stalking", "belaging", "geweld", "geweldpleging", "afpersing", "doodsbedreiging", "doodsbedreigingen", "zedendelict"],
    /** Spans of time a licence is gone for: "twee weken mijn rijbewijs kwijt". */
    SPAN: ["dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren"],
    /** People named as offenders by a label: "aangemerkt als fraudeur", "weggezet als dief". */
    OFFENDER_NOUN: ["fraudeur", "fraudeurs", "dief", "dieven", "oplichter", "crimineel", "criminelen", "heler", "inbreker", "zwartwerker", "fraudster", "thief", "criminal"],
    /** Whose goods a person is caught with: the employer's, the client's. */
    EMPLOYER: ["zaak", "bedrijf", "baas", "werkgever", "klant", "opdrachtgever", "aannemer", "bouwplaats", "project", "company", "firm", "employer"],
  },
  patterns: [
    // A report made, in the passive after what a person did: "Rachid wordt verdacht van verduistering,
    // aangifte is gedaan". Not "Jan heeft aangifte gedaan" nor "aangifte is gedaan bij de politie / van de
    // inbraak": the reporter is a victim, and a theft by unknown persons is no one's record. Not the bare
    // "Aangifte gedaan." either: after "twee personen met capuchon, niet herkenbaar" it names nobody, and
    // the person test reads the sentences before it.
    { id: "report.made", pattern: "aangifte is|wordt|werd gedaan", strength: "weak", notAfter: REPORTERS, notBefore: ["bij", "van", "door", "op", "via"] },
    // A report of an offence against a person names its offender: "aangifte van mishandeling gedaan".
    { id: "report.of-assault", pattern: "aangifte|aangiftes van @PERSONAL_OFFENCE", strength: "weak" },
    // A licence taken by the police, however far apart: "Het rijbewijs van de chauffeur is daarop ter
    // plaatse door de politie ingenomen". The police name the seizure; the CBR's medical withdrawal is no offence.
    { id: "licence.seized-by-police", pattern: "rijbewijs ~10 door|by de|the? politie|police ingenomen|ingevorderd|afgepakt|afgenomen|seized", strength: "weak" },
    // A licence gone for a span: "twee weken mijn rijbewijs kwijt", "rijbewijs kwijt voor drie maanden".
    { id: "licence.lost-for", pattern: "@SPAN ~1 mijn|m'n|zijn|z'n|haar|het? rijbewijs kwijt|ingeleverd|inleveren", strength: "weak" },
    { id: "licence.lost-for-after", pattern: "rijbewijs kwijt|ingeleverd ~1 voor ~2 @SPAN", strength: "weak" },
    // "aangehouden met 1,2 promille, rijbewijs kwijt": gone after the drinking told before it in the
    // paragraph (an episode opened by the health finding), not a licence mislaid ("rijbewijs kwijt, ligt thuis").
    { id: "licence.lost-after-drinking", pattern: "rijbewijs kwijt|ingeleverd|ingevorderd|ingenomen", strength: "episode", notBefore: ["geraakt", "gemaakt"] },
    // The drinking named right before it in the sentence: "aangehouden met 1,2 promille, rijbewijs kwijt".
    { id: "licence.lost-drunk", pattern: "promille|gedronken|dronken|drank|alcohol|invloed|blaastest|ademtest ~3 rijbewijs kwijt|ingeleverd|ingevorderd|ingenomen", strength: "weak" },
    // A fine with substitute detention is a person's sentence (a company cannot be detained, Sr art. 24c).
    { id: "fine.substitute-detention", pattern: "geldboete|boete|taakstraf|werkstraf ~5 subsidiair|vervangende ~4 hechtenis|gevangenisstraf|jeugddetentie", strength: "strong" },
    { id: "fine.substitute-detention-alone", pattern: "subsidiair ~4 hechtenis|jeugddetentie", strength: "strong" },
    // What a suspect risks before a court: "riskeert in de Brugse rechtbank 8.000 euro boete" (a
    // company's fine is not a person's: the company check drops it).
    { id: "penalty.risks-fine", pattern: "riskeert|riskeren|riskeerde|riskeerden ~8 boete|boetes|geldboete|celstraf|gevangenisstraf|cel", strength: "weak" },
    // A counted group held, in inverted order: "Vorige maand zijn achttien mensen aangehouden".
    { id: "arrest.counted", pattern: "zijn|werden|waren ~3 mensen|personen|mannen|vrouwen|jongeren|verdachten|werknemers ~2 aangehouden|gearresteerd|opgepakt|ingerekend", strength: "weak" },
    // A dismissal whose stated reason is an offence: "ontslagen met als reden verduistering".
    { id: "dismissed.reason", pattern: "ontslagen|ontslag|geschorst|dismissed|fired ~4 reden|grond|verwijt|reason|grounds ~2 @OFFENCE", strength: "weak" },
    // Theft told by its act: "had een tasje meegenomen zonder ervoor te betalen".
    { id: "theft.without-paying", pattern: "meegenomen|meenam|meenamen|weggenomen|ingepakt|gepakt|took|taken ~3 zonder|without ~2 betalen|afrekenen|paying", strength: "weak" },
    // Caught with the employer's goods: "betrapt met een boormachine van de zaak in zijn kofferbak".
    { id: "caught.with-goods", pattern: "betrapt|caught met|with ~5 van|of de|het|the @EMPLOYER", strength: "weak" },
    // Labelled an offender: "onterecht aangemerkt als fraudeur".
    { id: "labelled.offender", pattern: "aangemerkt|bestempeld|weggezet|gebrandmerkt|labelled|labeled|branded als|as ~1 een|a? @OFFENDER_NOUN", strength: "weak" },
  ],
};
