import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";
import { conduct } from "./sexual-conduct.ts";
import { verbFinal } from "./verb-final.ts";

// Sex life or sexual orientation (AVG art. 9): orientation words, coming out, a same-sex partner said of
// the person ("Mark is getrouwd met een man", "zijn man", "her wife"), affairs and infidelity
// ("vreemdgegaan", "affaire met"), sex itself ("seks in de bouwkeet") and sexual harassment of a
// specific person (LABELLING: sexual, also criminal). Not labelled: Pride and rainbow flags as objects or
// events, a code of conduct against sexual intimidation, gender ("mannelijke collega", "geslacht: V"),
// substrings (homogeen, homologatie), and "vriend" alone, which is only a friend.

/**
 * Common Dutch male and female given names (Meertens Instituut, Nederlandse Voornamenbank, most frequent
 * names of working-age men and women) and the crews' other common names: only to tell a same-sex
 * partner from any partner.
 */
const MALE = `jan piet kees henk gerrit willem dirk klaas hans peter paul mark erik bas tom tim rik bart jeroen wouter
ruud ronald richard robert rob martin marco frank frans johan joost koen kevin dennis niels sander stefan thijs
lars daan luuk bram jesse stijn sven ruben arjan arie wim theo harm jaap jos pieter jasper joris maarten vincent
remco gijs hendrik hugo olaf ahmed mohamed mustafa hassan youssef omar karim mehmet murat emre hakan piotr tomasz
pawel marek errol`.split(/\s+/);
const FEMALE = `sandra anna anouk lieke sophie sanne emma julia lisa fleur eva femke marieke linda petra monique fatima
aisha khadija samira nadia esra elif ayse zeynep ingrid karin anja ellen marloes mirjam esther inge wendy nicole
aylin`.split(/\s+/);

export const sexual: LexiconList = {
  category: "sexual",
  source: "orientation words from the COC and Movisie glossaries; given names from the Meertens Voornamenbank; relationship and harassment words hand-curated; ambiguous relationship words (vriend, relatie) excluded",
  classes: {
    MALE,
    FEMALE,
    MARRIED: ["getrouwd", "trouwt", "trouwde", "verloofd", "samenwonend", "gehuwd", "married", "engaged"],
    HUSBAND: ["man", "echtgenoot", "vriend", "husband", "boyfriend"],
    WIFE: ["vrouw", "echtgenote", "vriendin", "wife", "girlfriend", "woman"],
  },
  patterns: [
    ...verbFinal.sexual,
    // "ze zei dat ze bi is": the short word for bisexual, before the copula of a subordinate clause (the
    // main-clause order "is bi" would also read "is bi-weekly on site").
    { id: "bi.verb-last", pattern: "bi is|was|ben|bent", strength: "weak" },
    ...conduct.patterns,
    ...[
      "homo", "homos", "homoseksueel", "homoseksuele", "homofiel", "lesbisch", "lesbienne", "lesbiennes",
      "biseksueel", "biseksuele", "transgender", "transseksueel", "transvrouw", "transman", "queer", "gay",
      "lesbian", "bisexual", "homosexual", "lhbti", "lhbtiq", "aseksueel", "panseksueel",
      // The spelling with x, two edits from the Dutch one.
      "homosexueel", "homosexuele", "bisexueel", "bisexuele",
      // Inflected before a noun: "hun lesbische relatie", "een homofiele collega".
      "lesbische", "homofiele", "aseksuele", "panseksuele", "transseksuele",
    ].map((w) => ({ id: `lexicon.${w}`, pattern: w, strength: "strong" as const })),
    // The abstract noun names the orientation, not whose: "dat homoseksualiteit niet strookt met de
    // uitgangspunten van de school". "Zijn homoseksualiteit" has its person (weak).
    { id: "lexicon.homoseksualiteit", pattern: "homoseksualiteit|homosexualiteit|biseksualiteit|homosexuality", strength: "weak" },
    { id: "orientation", pattern: "seksuele|sexual geaardheid|voorkeur|orientatie|orientation|leven|gedrag", strength: "weak" },
    // Not "geaard": "de kabels zijn geaard" is earthing.
    { id: "orientation.own", pattern: "zijn|haar|z'n|his|her geaardheid", strength: "weak" },
    { id: "attracted", pattern: "valt|vallen|viel|vielen op mannen|vrouwen|jongens|meiden|kerels", strength: "weak" },
    { id: "attracted.clause-final", pattern: "op mannen|vrouwen|jongens|meiden|kerels valt|vallen|viel|vielen", strength: "weak" },
    // "haalde de boor uit de kast" is a cupboard: a person comes out.
    { id: "coming-out", pattern: "kwam|komt|kom|komen|durft|durfde ~2 uit de kast", strength: "weak", notBefore: ["gehaald", "gepakt", "halen", "pakken", "gevallen", "getrokken"] },
    { id: "coming-out.is", pattern: "is|was|ben ~3 uit de kast", strength: "weak", notBefore: ["gehaald", "gepakt", "gevallen", "getrokken"] },
    { id: "coming-out.done", pattern: "uit de kast gekomen|komen|kwam|durven", strength: "weak" },
    { id: "coming-out.noun", pattern: "coming-out|comingout", strength: "weak" },
    // "came out as expected" is no coming-out: only to people or as an orientation.
    { id: "coming-out-en", pattern: "came|come|coming out as|to ~1 gay|lesbian|bisexual|queer|trans|family|parents|colleagues|crew|team|friends", strength: "weak" },
    // A same-sex partner said of the person: "Mark is getrouwd met een man", "hij en zijn man", "her wife".
    { id: "partner.male", pattern: "@MALE|hij|he ~3 @MARRIED ~1 met|to een|a @HUSBAND", strength: "weak" },
    { id: "partner.female", pattern: "@FEMALE|zij|she ~3 @MARRIED ~1 met|to een|a @WIFE", strength: "weak" },
    // A man married to "his" man or boyfriend: "Henk is getrouwd met zijn vriend Mark". Trap: "getrouwd met
    // zijn vriendin" (not listed), "zijn vriend" alone (a friend).
    { id: "partner.male-his", pattern: "@MALE|hij|he ~3 @MARRIED ~1 met|to zijn|z'n|his man|echtgenoot|vriend|husband|boyfriend", strength: "weak" },
    // A partner named after "zijn"/"haar" with a given name of the same sex: "Mark woont samen met zijn
    // partner Thomas", "haar vrouw Ellen". Trap: "zijn vriend Thomas" (a friend), "haar partner Kees".
    { id: "partner.his-named", pattern: "zijn|z'n|his partner|echtgenoot|husband|boyfriend|man|vriendje @MALE", strength: "weak" },
    { id: "partner.her-named", pattern: "haar|her partner|echtgenote|wife|girlfriend|vrouw|vriendinnetje @FEMALE", strength: "weak" },
    // A same-sex couple: "het homostel uit de wijk". Trap: "homogeen", "homologatie" (other words).
    { id: "couple", pattern: "homostel|homopaar|homostelletje|lesbostel", strength: "weak" },
    { id: "partner.his-husband", pattern: "zijn|z'n|his echtgenoot|husband|boyfriend", strength: "weak" },
    // "zijn man" is also a foreman's worker ("stuurde zijn man naar de keet"): only "met/en zijn man".
    { id: "partner.with-his-man", pattern: "met|en|and|with zijn|z'n|his man", strength: "weak", notBefore: ["staan", "staat", "stond", "van", "en", "genoeg"] },
    // "zijn man belde namens hem", "z'n man bracht hem naar huis": the man who calls in or fetches for him is
    // his husband; a foreman's worker is sent ("stuurde zijn man"), the verb before.
    { id: "partner.his-man-acts", pattern: "zijn|z'n|his man|husband belde|belt|meldde|meldt|bracht|haalde|kwam|called|rang", strength: "weak" },
    // Not "haar vriendin": a woman's female friend.
    // Sexual contact and conduct by their words: "seksueel contact", "een seksuele relatie", "ongewenst
    // seksueel bejegend" (not "seksuele voorlichting", "seksuele intimidatie" as a policy's topic).
    { id: "contact", pattern: "seksueel|seksuele|intiem|intieme contact|contacten|relatie|omgang|verhouding", strength: "weak" },
    { id: "conduct", pattern: "seksueel ~2 bejegend|benaderd|lastiggevallen|geintimideerd|misbruikt|gedwongen", strength: "weak" },
    // "Patrick gaat vreemd", "gaat hij vreemd"; not "het gaat vreemd met de levering" nor "ging vreemd met
    // de uitvoerder om" (dealt oddly with).
    { id: "affair.goes", pattern: "<@WHO gaat|ging|gaan|gingen vreemd", strength: "weak", notBefore: ["genoeg", "uit", "af", "om", "te", "met"] },
    { id: "affair.goes-inverted", pattern: "gaat|ging @WHO vreemd", strength: "weak", notBefore: ["genoeg", "uit", "af", "om", "te", "met"] },
    // English: "he has a husband", "she has a wife" (the orientation stated, as "his husband" above).
    { id: "partner.he-has-en", pattern: "he has|had|'s a? husband|boyfriend", strength: "weak" },
    { id: "partner.she-has-en", pattern: "she has|had|'s a? wife|girlfriend", strength: "weak" },
    { id: "partner.her-wife", pattern: "haar|her vrouw|echtgenote|wife", strength: "weak", notBefore: ["van"] },
    // Affairs and infidelity, and sex itself.
    { id: "affair", pattern: "vreemdgegaan|vreemdgaan|vreemdgaat|vreemdging|overspel|slippertje|scharrel|minnares|minnaar|buitenechtelijke|buitenechtelijk|adultery", strength: "weak" },
    { id: "affair.exact", pattern: `cheated ${EXACT}`, strength: "weak" },
    // "De affaire rond de aanbesteding" is a scandal: an affair is with someone.
    // "heeft Patrick een affaire met de vrouw van …", "een verhouding met zijn collega": with "een" it is a
    // love affair whatever follows (not "in verhouding met", "de affaire met de gemeente").
    { id: "affair.an", pattern: "<een affaire|verhouding|scharrel met", strength: "weak" },
    { id: "affair.with", pattern: "affaire|affaires|affair ~1 met|with", strength: "weak", notBefore: ["de", "het", "ons", "onze", "the"] },
    // "het ging vreemd toe bij de oplevering" is odd, not unfaithful.
    { id: "affair.went", pattern: "gaat|ging|gingen|gaan|ga ~1 vreemd met iemand|een|zijn|haar|@CAP", strength: "weak" },
    // "Sex: M" on a form is gender, not sex life.
    // Not "neuken" or "vrijen": one letter from keuken and vrij en, and mostly swearing anyway.
    { id: "sex", pattern: "seks|sex|geslachtsgemeenschap|onenightstand", strength: "weak", notBefore: ["m", "v", "f", "male", "female", "man", "vrouw"] },
    // Harassment of a specific person (sexual, also criminal).
    // Harassment of a specific person, not the topic ("toolbox over seksuele intimidatie").
    // English notes: "sent her sexual messages", "made unwanted advances"; not "sexual harassment" as a
    // poster's or a talk's topic (harassment.accused reads a complaint of it).
    { id: "harassment-en", pattern: "sexual messages|comments|remarks|advances|texts|jokes|photos|pictures", strength: "weak" },
    { id: "harassment-en.unwanted", pattern: "unwanted|inappropriate advances|touching", strength: "weak" },
    { id: "harassment", pattern: "seksueel|sexually geintimideerd|lastiggevallen|misbruikt|getinte|grensoverschrijdend|grensoverschrijdende|overschrijdend|overschrijdende|harassed|assaulted|intimiderend|intimiderende", strength: "weak" },
    // Rulings: "zich op seksuele intimidatie beroepen", "de kantonrechter concludeert tot seksuele intimidatie".
    { id: "harassment.ruled", pattern: "beroepen|beriep|concludeert|concludeerde|vastgesteld|oordeelde ~3 seksuele intimidatie", strength: "weak" },
    { id: "sexual-acts", pattern: "seksuele|seksueel handelingen|contact tussen|met|op|verricht|gehad|gepleegd", strength: "weak" },
    { id: "harassment.accused", pattern: "beschuldigd|verdacht|melding|klacht|aangifte|accused|complaint ~3 seksuele|sexual|ongewenste intimidatie|harassment|misbruik|misconduct|intimiteiten", strength: "weak" },
    // Not "aangezeten" or "gegrepen": touching a cable, caught by a machine.
    { id: "groping", pattern: "betast|betastte|betasten|begrapt|handtastelijk", strength: "weak" },
    { id: "groping.exact", pattern: `groped ${EXACT}`, strength: "weak" },
    // "touched her inappropriately", "kept touching him without consent". Trap: "touched the live wire"
    // (no manner and no person after the verb).
    { id: "groping.touched-en", pattern: "touched|touching|touches ~2 inappropriately", strength: "weak" },
    { id: "groping.touched-consent-en", pattern: "touched|touching|touches ~2 without consent", strength: "weak" },
    // --- Classes added for written notes about one colleague (issue 10). ---
    // "ze"/"Ze" for the woman and the other word order: "ze is getrouwd met een vrouw", "hij is met een man getrouwd".
    { id: "partner.female-ze", pattern: "ze|zij|she ~3 @MARRIED ~1 met|to een|a @WIFE", strength: "weak" },
    { id: "partner.male-before", pattern: "@MALE|hij|he ~3 met|to een|a @HUSBAND getrouwd|trouwt|trouwde|verloofd|gehuwd|married|engaged", strength: "weak" },
    { id: "partner.female-before", pattern: "@FEMALE|ze|zij|she ~3 met|to een|a @WIFE getrouwd|trouwt|trouwde|verloofd|gehuwd|married|engaged", strength: "weak" },
    // Identity words and transition: "non-binair", "in transitie naar vrouw". Not "is bi" or "is trans":
    // hyphen parts ("bi-weekly", "trans-Atlantisch") would read as them.
    { id: "gender-identity.words", pattern: "nonbinair|genderfluid|geslachtsverandering|geslachtsoperatie|transitieverlof|nonbinary|transitioning", strength: "weak" },
    { id: "transition", pattern: "transitie|transition naar|tot|to vrouw|man|female|male|woman", strength: "weak" },
    // Infidelity with an article: "gaat vreemd met de vrouw van Piet".
    // Not "ging vreemd met de uitvoerder om" (treated oddly): a person after it, and no "om".
    { id: "affair.went-de", pattern: "gaat|ging|gingen|gaan|ga ~1 vreemd met de|die|deze vrouw|man|vriendin|vriend|collega|buurvrouw|buurman|secretaresse|receptioniste|stagiaire|uitvoerder|baas|schoonmaakster|planner", strength: "weak", notBefore: ["om"] },
    { id: "harassment.advances-en", pattern: "unwanted|unwelcome advances", strength: "weak" },
    // Paid sex, sexting and explicit images of or to a person.
    { id: "sex.paid", pattern: "prostituee|prostituees|hoerenloper|escortservice|escortdame|bordeel|prostitutes|prostitute|brothel", strength: "weak" },
    { id: "sex.images", pattern: "naaktfoto|naaktfoto's|naaktfotos|sexting|dickpic|dickpics|nudes|seksfilmpje|sekstape", strength: "weak" },
    // Sexual remarks and messages aimed at a person (sexual, also criminal where framed as an offence).
    { id: "harassment.remarks", pattern: "seksuele|sexual|schunnige berichten|opmerkingen|toespelingen|avances|grappen|messages|comments|advances|texts|remarks", strength: "weak", notAfter: ["over", "about", "tegen", "against"] },
    // Sexual acts and intimidation between specific people: "seksuele intimidatie van de zijde van de
    // directeur", "seksuele handelingen tussen de begeleider en de collega". Not "toolbox over seksuele
    // intimidatie" or "beleid tegen seksuele intimidatie": the topic, not a person's act.
    // Between or by someone: "…, seksuele intimidatie en pesten worden niet getolereerd" names nobody.
    { id: "sexual-acts.between", pattern: "seksuele|sexuele|sexual intimidatie|handelingen|contacten|contact|omgang|relatie|misconduct|relationship|intercourse ~1 van|door|tussen|met|jegens|tegenover|by|with|between", strength: "weak", notAfter: ["over", "tegen", "about", "against", "rond", "around", "voorkomen", "van", "on"] },
    // A same-sex partner by name: "Kees is getrouwd met Mark" (the name lists tell men from women).
    { id: "partner.named-male", pattern: "@MALE|hij|he ~3 @MARRIED ~1 met|to|with @MALE", strength: "weak" },
    { id: "partner.named-female", pattern: "@FEMALE|ze|zij|she ~3 @MARRIED ~1 met|to|with @FEMALE", strength: "weak" },
    // "had an affair with the site manager": the article after "with" is fine once "had an" comes first.
    // --- Published text (columns, interviews about coming out at work). ---
    // One's own sexuality: "eerlijk over mijn seksualiteit", "zijn seksleven". Trap: "seksualiteit als
    // thema van de voorlichting" (no possessive), "mijn sexy auto" (another word).
    { id: "orientation.own-sexuality", pattern: "zijn|haar|z'n|mijn|m'n|his|her|my seksualiteit|sexualiteit|seksleven|sexleven|sexuality|sexlife", strength: "weak" },
    // Explicit images sent to a person: "sent her explicit photos", "stuurde expliciete foto's".
    // Trap: "explicit instructions", "expliciete afspraken" (no image word).
    { id: "harassment.explicit-images", pattern: "explicit|expliciete|nude|naked photos|pictures|images|videos|pics|foto's|fotos|filmpjes", strength: "weak" },
    { id: "affair.had-en", pattern: "had|has|having|heeft an|a|een affair|affaire", strength: "weak", notBefore: ["rond", "around", "over", "about"] },
  ],
};
