import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";

// Health (AVG art. 9) as news, court rulings and HR columns write about one person: the lasting harm a
// victim is left with (the words of letselschade claims: blijvend letsel, invaliditeit, blind or deaf
// on one side, hearing, smell and memory lost), an injury or illness by a possessive ("zijn verwonding",
// "haar ziekte"), injuring oneself, the sick-leave years of the Wet verbetering poortwachter and the
// Ziektewet (eerste ziektejaar, ZW-uitkering, eerstejaarsbeoordeling, periode van ziekte), drinking at
// work in dismissal rulings ("een incident met alcohol", "met een paar biertjes op", "0,8 promille"),
// addiction care, and a victim taken away under sirens. Sources: Dutch news on work accidents, rulings
// on rechtspraak.nl on dismissal for alcohol, UWV's own terms, letselschade advocates' vocabulary.
// Traps beside each class in test/unit/lexicon-health-news.test.ts.

/** One eye or ear: "rechteroog", "linkeroor", "beide ogen". */
const SENSE_ORGAN = "oog|ogen|oor|oren|linkeroog|rechteroog|linkeroor|rechteroor";
/** Senses and faculties a victim may lose (letselschade: "reukvermogen en smaakzin kwijt"). */
const FACULTY = "reukvermogen|reuk|smaak|smaakzin|gehoor|zicht|gezichtsvermogen|geheugen|kortetermijngeheugen|evenwicht|evenwichtsgevoel|" +
  "concentratie|concentratievermogen|spraak|tastzin";
const OWN = "zijn|haar|z'n|mijn|m'n|hun";
/** How news reports a victim's state. */
const STATE = "stabiel|kritiek|kritieke|zorgelijk|zorgwekkend|ernstig|levensbedreigend|verslechterd|verbeterd|slecht|redelijk";
/**
 * The one a report is about, after "van" (a preposition's object is no subject, so @WHO does not read it):
 * the parties of rulings and the persons of news and notes. Singular only: "de gezondheid van de
 * werknemers" is everyone's.
 */
const OWNER_NOUN = "werknemer|werkneemster|medewerker|medewerkster|collega|appellant|appellante|eiser|eiseres|verzoeker|verzoekster|" +
  "betrokkene|slachtoffer|man|vrouw|jongen|meisje|patient|stagiair|uitzendkracht|monteur|chauffeur|timmerman|leerling";

export const news: Pick<LexiconList, "patterns"> = {
  patterns: [
    // Care as news reports it: "kreeg medische hulp", "kreeg ter plaatse de eerste zorgen" (Flemish). Trap:
    // "de eerste zorg van de uitvoerder is de planning" (no verb of getting or giving before it).
    { id: "news.got-care", pattern: "kreeg|kregen|krijgt|ontving|ontvingen ~3 medische|eerste hulp|zorg|zorgen|verzorging|assistentie", strength: "weak" },
    // Flemish "de eerste zorgen" given ("eerste hulp verleend" is care.first-aid-noun's).
    { id: "news.gave-care", pattern: "eerste zorg|zorgen|hulp toe te dienen", strength: "weak" },
    { id: "news.gave-care-done", pattern: "eerste zorg|zorgen toegediend|verleend|gegeven", strength: "weak" },
    // Stab wounds and blood lost: "was gestoken in arm en borst", "had veel bloed verloren". Trap: "de
    // wesp heeft gestoken" (no body part), "het bloed van de machine" (oil: no verb of losing).
    { id: "news.stabbed-in", pattern: "gestoken|neergestoken in ~1 @BODY", strength: "weak" },
    { id: "news.blood-lost", pattern: "veel|ernstig|flink|zwaar bloed|bloedverlies verloren|geleden", strength: "weak" },
    // Lasting harm: "blijvende letsels", "levenslange invaliditeit", "blijvend invalide". Trap: "blijvende
    // schade aan de gevel" (damage to a thing: only injury and disability heads).
    { id: "news.lasting-harm", pattern: "blijvend|blijvende|levenslang|levenslange|permanent|permanente letsel|letsels|invaliditeit|invalide|handicap|beperking|beperkingen|hersenletsel|gehoorschade|oogletsel", strength: "weak" },
    // Blind or deaf on one side, as victims tell it: "doof aan m'n linkeroor", "blind aan zijn rechteroog".
    // Trap: "blind vertrouwen", "doof voor kritiek" (no eye or ear after "aan").
    { id: "news.blind-deaf-side", pattern: `blind|doof|slechtziend|slechthorend aan ~1 ${SENSE_ORGAN}`, strength: "weak" },
    // A faculty reduced or lost: "verminderd gehoor", "reukvermogen en smaakzin kwijt". Trap: "verminderd
    // zicht door mist" (a cause after it), "apparaten met beperkt geheugen" (a device's memory: "beperkt"
    // is not listed), "zijn geheugen opfrissen" (no loss word).
    { id: "news.faculty-reduced", pattern: `verminderd|verminderde|aangetast|aangetaste ${FACULTY}`, strength: "weak", notBefore: ["door", "op", "vanwege"] },
    { id: "news.faculty-lost", pattern: `${FACULTY} ~3 kwijt|verloren|kwijtgeraakt|aangetast|beschadigd`, strength: "weak" },
    { id: "news.tinnitus", pattern: "fluittoon|piep in zijn|haar|mijn oor|tinnitus", strength: "weak" },
    // The victim's injury claim: "de afwikkeling van de letselschade voor het zwaargewonde slachtoffer".
    // Trap: "een letselschadeadvocaat" (a trade; not listed).
    { id: "news.injury-claim", pattern: "letselschade|letselschadeclaim|smartengeld", strength: "weak" },
    // An injury or illness by its owner: "leidde tot zijn verwonding", "verband met zijn ziekte", "haar aandoening".
    // Trap: "zijn ziekteverzuimbeleid" (another word), "de ziekte van het bedrijf" (no possessive),
    // "haar klachten over de planning" and "zijn diagnose van de storing" (complaints and a mechanic's
    // diagnosis: neither word is listed).
    { id: "news.own-condition", pattern: `<${OWN} verwonding|verwondingen|ziekte|ziektes|kwaal|kwalen|aandoening|aandoeningen|handicap|letsel|ziektebeeld`, strength: "weak" },
    // The same owner after "van" (the Dutch genitive): "de operatie van Piet", "het herstel van Kees", "vanwege
    // de ziekte van de werknemer". Trap: "het herstel van de gevel", "de operatie van de kraan" (no person
    // after "van"); not "klachten" (of customers and residents) nor "behandeling" ("ongelijke behandeling
    // van de werknemer" is discrimination, "behandeling van de klacht" a procedure).
    { id: "news.condition-of", pattern: `<de|het operatie|ingreep|herstel|ziekte|ziekteperiode|revalidatie|ziekenhuisopname|ziekteverzuim|aandoening|gezondheid|gezondheidstoestand|reintegratie|verwondingen|kwaal van de|het ${OWNER_NOUN}`, strength: "weak" },
    { id: "news.condition-of-name", pattern: "<de|het operatie|ingreep|ziekte|ziekteperiode|revalidatie|ziekenhuisopname|ziekteverzuim|reintegratie|verwondingen van @CAP", strength: "weak" },
    // Injuring oneself: "verwondt hij zich ernstig aan de hand", "verwondde zich aan een zaag".
    // Trap: "verwondt de natuur" (no reflexive).
    { id: "news.injures-self", pattern: "verwondt|verwondde|verwondden|bezeerde|bezeert|verwond ~2 zich|zichzelf|me|mij", strength: "weak" },
    // The Ziektewet's and Poortwachter's years and benefits: "tijdens het eerste ziektejaar", "ZW-uitkering",
    // "eerstejaarsbeoordeling", "na een periode van ziekte". Trap: "het ziektejaar van de griepgolf" is
    // not a usage; weak (a person in the sentence).
    // Exact: "ww-uitkering" (unemployment, no health) is one letter from "zw-uitkering".
    { id: "news.sick-year", pattern: `ziektejaar|ziektejaren|zwuitkering|eerstejaarsbeoordeling|eerstejaarsziektewetbeoordeling|ewzbeoordeling|wiakeuring|wiabeoordeling|wiauitkering|wgauitkering|ivauitkering ${EXACT}`, strength: "weak" },
    { id: "news.sick-period", pattern: "periode|tijd|jaar|jaren|maanden van ziekte|arbeidsongeschiktheid|ziekteverzuim", strength: "weak" },
    // Drinking at work in dismissal rulings: "weer een incident met alcohol", "met een aantal biertjes op",
    // "0,8 promille". Trap: "een biertje na het werk" with nobody (weak), "promille" of a solution (no alcohol word near).
    { id: "news.alcohol-incident", pattern: "incident|incidenten|voorval|voorvallen met|rond alcohol|drank|drugs", strength: "weak" },
    { id: "news.beers-on", pattern: "biertjes|borrels|drankjes|pilsjes ~2 op|gedronken|op had|ophad", strength: "weak", notBefore: ["tafel", "de", "het", "een"] },
    // "promille" is also a slope ("afschot van 5 promille"): only after a test word ("De blaastest wees
    // 0,9 promille uit", "het resultaat van de tests (0,8 promille)").
    { id: "news.blood-alcohol", pattern: "promillage|alcoholpromillage|bloedalcoholgehalte|ademalcoholgehalte", strength: "weak" },
    { id: "news.blood-alcohol.test", pattern: "blaastest|blaastesten|alcoholtest|alcoholtesten|ademtest|ademanalyse|bloedproef|tests|test ~4 promille", strength: "weak" },
    // Addiction care: "de verslavingsbehandeling bleek niet succesvol", "opgenomen in de verslavingszorg".
    // Trap: "een congres over verslavingszorg" (weak: a person is needed).
    { id: "news.addiction-care", pattern: "verslavingsbehandeling|verslavingszorg|verslavingskliniek|verslavingsarts|ontwenningskliniek|ontwenning|afkickperiode|ontslakingskuur|ontwenningskuur", strength: "weak" },
    // What a person can no longer do since an injury or an illness (UWV's functional limitations):
    // "is niet langer in staat om lasten te tillen", "kan niet meer lopen" (health-everyday's restriction). Trap: "niet in staat om de
    // deadline te halen" (no bodily act), "niet meer in staat om te leveren" (a company: weak, no person).
    { id: "news.unable-body", pattern: "niet|nooit langer|meer in staat ~4 tillen|lopen|staan|zitten|bukken|traplopen|fietsen|autorijden|werken|praten|slapen|zien|horen|lezen|knielen|sjouwen", strength: "weak" },
    // Pain a victim had, by its degree: "had kort na het ongeval veel pijn", "hevige pijn in zijn rug".
    // Trap: "het doet (Jan) veel pijn dat de fabriek sluit", "doet pijn om te zien" (grief: "doet" before
    // it, or a clause after it).
    { id: "news.pain-degree", pattern: "veel|hevige|ernstige|enorme|helse|vreselijke|flinke|zware|chronische pijn|pijnen", strength: "weak", notAfter: ["doet", "deed", "doen", "deden"], notBefore: ["dat", "om"] },
    // Plurals and compounds of conditions the strong list names in the singular (health.ts): news tells
    // of repeated episodes ("kampt al jaren met depressies", "had twee hersenschuddingen") and of a late
    // pregnancy ("is hoogzwanger"). Inflections from the OpenTaal word list. Trap: "depressies boven de
    // Atlantische Oceaan" (weather: weak, no person), "psychoses komen vaak voor" (generic).
    { id: "news.condition-plural", pattern: "depressies|psychoses|hersenschuddingen|beroertes|herseninfarcten|hartinfarcten|longontstekingen|tumoren|hernia's|hernias|burnouts|epilepsieaanvallen|hoogzwanger|hoogzwangere|zwangerschappen|miskramen", strength: "weak" },
    // The state of a victim in hospital, as news reports it: "zijn toestand is stabiel", "verkeert in
    // kritieke toestand" (health-episode reads "buiten levensgevaar"). Trap: "de toestand van de weg is slecht" (no possessive), "de situatie is stabiel".
    { id: "news.condition-state", pattern: `<${OWN} toestand|gezondheidstoestand|conditie ~2 ${STATE}`, strength: "weak" },
    // The same with the owner after "van": "De toestand van de man is zeer zorgelijk".
    { id: "news.condition-state-of", pattern: `toestand|gezondheidstoestand van de|het? @OBJ ~3 ${STATE}`, strength: "weak" },
    // The cause of a death that reveals an illness: "is overleden aan de gevolgen van kanker", "stierf aan
    // longkanker". Trap: "overleden aan de Rijnkade" (no illness), a death by accident with no cause named.
    { id: "news.died-of", pattern: "overleden|overleed|overlijdt|stierf|gestorven|bezweek|bezweken aan ~4 kanker|ziekte|corona|covid|longkanker|darmkanker|borstkanker|alvleesklierkanker|leukemie|hartfalen|hartstilstand|hartaanval|hartinfarct|herseninfarct|beroerte|longontsteking|hersenbloeding|aids|dementie|parkinson|alzheimer|suikerziekte", strength: "weak" },
    // A victim taken away under sirens or by ambulance: "zagen onze collega met gillende sirenes worden
    // afgevoerd". Trap: "het puin werd afgevoerd" (no siren or care word).
    { id: "news.taken-away", pattern: "sirenes|sirene|ambulance|traumaheli|traumahelikopter ~3 afgevoerd|weggevoerd|weggebracht", strength: "weak" },
  ],
};
