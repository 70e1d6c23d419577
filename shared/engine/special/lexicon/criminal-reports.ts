import type { LexiconList } from "../patterns.ts";

// Criminal (AVG art. 10), what notes and news tell of one person's offence after the fact: a report
// made ("aangifte gedaan", "aangifte van mishandeling"), a licence gone after drink-driving ("rijbewijs
// kwijt", "door de politie ingenomen"), a fine with substitute detention ("geldboete … subsidiair 85
// dagen hechtenis"), what a suspect risks ("riskeert 8.000 euro boete"), a counted group held ("zijn
// achttien mensen aangehouden"), being caught with the employer's goods, and a person labelled
// an offender ("aangemerkt als fraudeur"). Sources: Wetboek van Strafrecht art. 23-24c (geldboete,
// vervangende hechtenis), Wegenverkeerswet 1994 art. 164 (invordering rijbewijs); how notes and Dutch
// news write them. Hand-curated. Traps beside each in the tests: a report by the victim of unknown
// thieves ("Jan heeft aangifte gedaan van de inbraak"), a licence mislaid, a company's fine.

// The word lists are inline and short: the content script's size budget (150 KB) leaves little room.
export const reports: Pick<LexiconList, "patterns"> = {
  patterns: [
    // A report made, in the passive after what a person did: "Rachid wordt verdacht van verduistering,
    // aangifte is gedaan" (the auxiliary leaves out "Jan heeft aangifte gedaan": the reporter is a
    // victim). Not "aangifte is gedaan bij de politie / van de inbraak" (a theft by unknown persons is
    // no one's record), nor the bare "Aangifte gedaan." (after "twee personen met capuchon, niet
    // herkenbaar" it names nobody, and the person test reads the sentences before it).
    { id: "report.made", pattern: "aangifte is|wordt|werd gedaan", strength: "weak", notBefore: ["bij", "van", "door"] },
    // A report of an offence against a person names its offender (thefts are as often by unknown persons).
    { id: "report.assault", pattern: "aangifte van mishandeling|bedreiging|aanranding|verkrachting|belediging|stalking|geweld", strength: "weak" },
    // A licence taken by the police, however far apart: "Het rijbewijs van de chauffeur is daarop ter
    // plaatse door de politie ingenomen" (the CBR's medical withdrawal is no offence).
    { id: "licence.police", pattern: "rijbewijs ~10 door de? politie ingenomen|ingevorderd", strength: "weak" },
    // Gone for a span or right after the drinking: "twee weken mijn rijbewijs kwijt", "aangehouden met
    // 1,2 promille, rijbewijs kwijt"; not a licence mislaid ("rijbewijs kwijt, ligt in de keet").
    { id: "licence.lost", pattern: "weken|maanden|promille|dronken ~3 rijbewijs kwijt|ingevorderd", strength: "weak" },
    // A fine with substitute detention is a person's sentence (a company cannot be detained, Sr art. 24c).
    { id: "fine.detention", pattern: "geldboete|boete|taakstraf|werkstraf ~5 subsidiair ~4 hechtenis", strength: "strong" },
    // What a suspect risks before a court, further from the verb than penalty.risks reads: "riskeert in
    // de Brugse rechtbank 8.000 euro boete" (a company's fine is not a person's: the company check drops it).
    { id: "penalty.risks-far", pattern: "riskeert|riskeerde ~8 boete|geldboete", strength: "weak" },
    // A counted group held, in inverted order: "Vorige maand zijn achttien mensen aangehouden".
    { id: "arrest.counted", pattern: "zijn|werden ~3 mensen|personen|mannen|verdachten|werknemers ~2 aangehouden|gearresteerd|opgepakt", strength: "weak" },
    // Caught with the employer's goods: "betrapt met een boormachine van de zaak in zijn kofferbak".
    { id: "caught.goods", pattern: "betrapt met ~5 van de|het zaak|bedrijf|baas", strength: "weak" },
    // Labelled an offender: "onterecht aangemerkt als fraudeur".
    { id: "labelled", pattern: "aangemerkt|bestempeld als ~1 fraudeur|dief|oplichter|crimineel", strength: "weak" },
  ],
};
