import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";
import { COUNTRIES, ORIGIN_ADJ, ORIGIN_EN, ORIGIN_NOUN, ORIGIN_STEM } from "./origins.ts";

// Race or ethnic origin (AVG art. 9): descent and origin phrasing ("van Marokkaanse afkomst", "Turkse
// roots", "Turks-Nederlands", "Marokkaanse Nederlander", "zijn ouders komen uit Turkije"), ethnic groups,
// skin colour, and racial slurs aimed at a person. Not labelled (LABELLING): nationality or country
// alone ("de Poolse collega", "Piotr komt uit Polen"), languages ("spreekt alleen Pools", "instructie in
// het Arabisch"), companies and shops ("Turkse onderaannemer", "Surinaamse toko"). So origin words
// (origins.ts) only count inside origin phrasing, never on their own.
/** Companies and teams named by origin are no person's origin: "Nederlands-Poolse uitzendbureau". */
/** Events and food named after a group are no one's origin: "Antilliaanse avond", "Surinaamse hapjes". */
const EVENT = ["avond", "feest", "markt", "hapjes", "eten"];
/** Languages before a language pair: "tolk Arabisch/Syrisch-Nederlands", "woordenboek Turks-Nederlands". */
const LANGUAGE_WORK = ["tolk", "arabisch", "engels"];
const COMPANY = ["bureau", "uitzendbureau", "bedrijf", "bouwbedrijf", "onderaannemer", "aannemer", "firma", "toko", "restaurant", "winkel", "samenwerking", "grens", "company", "firm",
  // Organisations named by the community they speak for (news: "de Turks-Nederlandse organisaties presenteerden").
  "organisatie", "organisaties", "vereniging", "verenigingen", "stichting", "stichtingen", "koepel", "koepelorganisatie", "gemeenschap", "zelforganisaties"];

export const ethnicity: LexiconList = {
  category: "ethnicity",
  source: "origin countries and groups from the CBS classification herkomst/migratieachtergrond and SCP reports (origins.ts); slurs from the Meldpunt Discriminatie annual reports' categories; nationality-only terms deliberately excluded",
  classes: {
    ETHNIC_GROUP: [
      "hindoestaans", "hindoestaanse", "hindoestaan", "hindostaans", "hindostaanse", "hindostaan", "molukker", "molukse", "moluks",
      "koerd", "koerdisch", "koerdische", "creools", "creoolse", "roma", "sinti", "zigeuner", "woonwagenbewoner", "allochtoon", "allochtone",
      "negroide", "aziatisch-uitziend", "kleurling", "mulat", "halfbloed", "indo",
      // The Caribbean parts of the Kingdom: their people are Dutch nationals, so the word is an origin.
      "antilliaan", "antilliaans", "antilliaanse", "curacaoenaar",
      // Peoples without a state of their own, named by people from Afghanistan, Iraq, Syria, Sri Lanka,
      // Morocco and Rwanda (CBS and EU minority lists): their name is an origin, not a nationality.
      "hazara", "pasjtoen", "pashtun", "tamil", "oeigoer", "oeigoerse", "amazigh", "assyrisch", "assyrier", "aramees", "arameese", "tutsi", "hutu", "marron",
    ],
    ETHNIC_GROUP_PLURAL: ["molukkers", "koerden", "zigeuners", "antillianen", "curacaoenaars"],
    LOOKS: ["aziatisch", "aziatische", "afrikaans", "afrikaanse", "arabisch", "arabische", "buitenlands", "buitenlandse", "getint", "getinte", "donker", "donkere", "licht", "lichte", "exotisch", "exotische", "noord-afrikaans", "noordafrikaans"],
    ORIGIN_ADJ,
    ORIGIN_STEM,
    ORIGIN_EN,
    ORIGIN_NOUN,
    COUNTRY: COUNTRIES,
    /** Words for where a person comes from, after an origin adjective. */
    ORIGIN_HEAD: ["roots", "afkomst", "achtergrond", "komaf", "origine", "afstamming", "wortels", "migratieachtergrond", "ouders"],
    DUTCH: ["nederlands", "nederlandse", "nederlander", "nederlanders", "dutch", "amerikaans", "amerikaanse"],
    /** People who give a person their origin: "zijn ouders komen uit Turkije". */
    KIN: ["ouders", "vader", "moeder", "familie", "grootouders", "opa", "oma", "voorouders", "parents", "family"],
    /** Racial slurs aimed at a person (quoted in Meldpunt Discriminatie reports); never used of things. */
    SLUR: ["neger", "nikker", "bosneger", "zandneger", "zwartjoekel", "spleetoog", "geitenneuker", "poepchinees", "bruinjoekel"],
    /** The plurals name a group ("er wordt over 'die negers' gesproken"): only when people are called so. */
    SLUR_PLURAL: ["negers", "nikkers", "bosnegers", "zandnegers", "spleetogen", "geitenneukers", "poepchinezen"],
    SLUR_PREFIX: ["kut", "kanker", "tering", "tyfus", "vuile", "vieze"],
    SKIN_COLOUR: ["zwart", "zwarte", "bruin", "bruine", "geel", "gele"],
    PERSON_NOUN: [
      "man", "vrouw", "jongen", "meid", "meisje", "kerel", "gast", "collega", "huid", "meneer", "mevrouw", "persoon", "uiterlijk", "guy",
      // A worker by role, as rulings and Meldpunt reports write it: "een zwarte werknemer", "de blanke chauffeur".
      "werknemer", "werkneemster", "medewerker", "medewerkster", "leerling", "stagiair", "stagiaire", "chauffeur", "klant", "sollicitant",
      // Several named or counted: "twee blanke mannen", "de donkere jongens van ploeg B" (a plural alone is a group).
      "mannen", "vrouwen", "jongens", "collega's", "collegas",
    ],
  },
  patterns: [
    { id: "descent", pattern: "van|met ~2 afkomst|komaf|roots|afstamming", strength: "strong" },
    // "origine" is also a source's technical name ("van de origine die overeenkomt"): only after an origin word.
    { id: "descent.origine", pattern: "van|met ~1 @ORIGIN_ADJ|buitenlandse|allochtone origine", strength: "strong" },
    // "Turkse roots", "Surinaamse achtergrond", "Marokkaanse ouders": an origin adjective before an origin word.
    { id: "origin.head", pattern: "@ORIGIN_ADJ @ORIGIN_HEAD", strength: "weak" },
    // Origins the list lacks or spells otherwise ("Kaapverdische roots", "Eritrese afstamming"): a
    // capitalised word right before a word that only means descent.
    { id: "origin.capital-head", pattern: "<@CAP roots|komaf|origine|afstamming", strength: "weak" },
    // "Turks-Nederlands", "Marokkaans-Nederlandse", "Nederlands-Turkse", "Afro-Surinaams".
    // Generated compounds are exact (EXACT): hundreds of them share their last letters with ordinary words
    // ("-nederlands", "-ander"), which made the typo tolerance compare every such word against them.
    // A language pair is no origin: "tolk Arabisch/Syrisch-Nederlands" (the word before is the job or a language).
    // The same written apart, as news often does: "de Turks Nederlandse Cemil Yilmaz".
    { id: "origin.apart", pattern: "@ORIGIN_STEM nederlands|nederlandse|nederlander|nederlanders", strength: "weak", notBefore: COMPANY, notAfter: LANGUAGE_WORK },
    { id: "origin.hyphen", pattern: `@ORIGIN_STEM+@DUTCH|nederlands+@ORIGIN_ADJ|afro+@ORIGIN_ADJ|afro+@DUTCH ${EXACT}`, strength: "weak", notBefore: COMPANY, notAfter: LANGUAGE_WORK },
    { id: "origin.dutchman", pattern: "@ORIGIN_ADJ nederlander|nederlanders", strength: "weak" },
    // One such person is someone by themselves ("De Turkse Nederlander werd geweigerd bij de deur"), as a
    // role noun is; the plural is a group (weak, above). Trap: "Turkse Nederlanders stemmen vaker" (group).
    { id: "origin.dutchman-one", pattern: "@ORIGIN_ADJ nederlander", strength: "strong" },
    { id: "origin.kin", pattern: "@KIN ~2 komen|kwamen|komt|kwam|come|came ~1 oorspronkelijk|originally? uit|from @COUNTRY", strength: "weak" },
    // The verb last, in a clause: "vertelde dat zijn ouders uit Suriname komen".
    { id: "origin.kin-verb-last", pattern: "@KIN ~2 uit @COUNTRY komen|kwamen|komt|kwam|afkomstig", strength: "weak" },
    // Not "oorspronkelijk uit China" alone: materials come from somewhere too.
    { id: "origin.roots-in", pattern: "roots|wortels ~2 uit|in|from @COUNTRY", strength: "weak" },
    { id: "migration-background", pattern: "migratieachtergrond|migrantenachtergrond|bicultureel|biculturele|niet-westerse|nietwesterse", strength: "weak" },
    { id: "descent-en", pattern: "of|with ~2 descent|heritage", strength: "weak" },
    // "of Irish Traveller background", "of Polish origin": a capitalised people or country before it. Not
    // "with an engineering background" (no capital).
    { id: "background-en", pattern: "of|with @CAP @CAP? background|origin|roots", strength: "weak" },
    { id: "origin-en", pattern: "@ORIGIN_EN descent|origin|heritage|background|roots", strength: "weak" },
    { id: "origin-en.hyphen", pattern: `@ORIGIN_EN+dutch|@ORIGIN_EN+american ${EXACT}`, strength: "weak" },
    // The plurals name people only when counted or pointed at ("twee Molukkers van ploeg B", "de Koerden
    // op de steiger", "Jan en Piet zijn Molukkers"): bare, they are a people in general, as in a stereotype a ruling quotes ("dat
    // Antillianen … dieven zijn"). Source: ANS on the generic reading of bare plurals.
    { id: "group", pattern: "@ETHNIC_GROUP", strength: "weak", notBefore: EVENT },
    { id: "group.plural", pattern: "<zijn|waren|allebei|beiden|de|die|deze|onze|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|beide|enkele|paar|sommige @ETHNIC_GROUP_PLURAL", strength: "weak", notBefore: EVENT },
    { id: "group.amazigh", pattern: "amazigh|imazighen", strength: "weak" },
    // barber, maroon, marrow
    { id: "group.exact", pattern: `berber|berbers|marron|marrons ${EXACT}`, strength: "weak" },
    // "getint" is also tinted glass (getinte ruiten): only of a person.
    { id: "tinted", pattern: "getinte|getint @PERSON_NOUN", strength: "weak" },
    { id: "skin", pattern: "huidskleur|huidskleuren", strength: "weak" },
    { id: "skin.en", pattern: "skin colour|color", strength: "weak" },
    { id: "skin-en", pattern: "person|people|man|woman of colour|color", strength: "weak" },
    { id: "skin-described", pattern: "@LOOKS huidskleur|huidskleuren", strength: "weak" },
    { id: "looks", pattern: "@LOOKS uiterlijk|uiterlijke", strength: "weak" },
    // "de afkomst van het hout" is the timber's origin: not after an article.
    { id: "race", pattern: "afkomst|etniciteit|etnische|ethnicity", strength: "weak", notAfter: ["de", "het", "een", "the"] },
    { id: "slur", pattern: "@SLUR", strength: "weak" },
    // A colour or an animal word someone is called: "noemde stukadoor Ricardo herhaaldelijk 'bruine'".
    // The person must follow the verb ("noemde de zwarte kabel de hoofdleiding" names a cable).
    { id: "slur.called-at", pattern: "noemde|noemt|schold|scholden ~1 @WHO|hem|haar ~3 voor? bruine|bruintje|zwarte|zwartje|aap|roetmop", strength: "weak" },
    // A colour or an animal word a person is called by ("werd uitgescholden voor aap", "'zwarte piet'
    // genoemd"): the calling verb makes it a slur. Trap: "Jan speelde Zwarte Piet op het sinterklaasfeest".
    { id: "slur.called-for", pattern: "uitgescholden|uitgemaakt|scholden|schold voor ~1 zwarte|bruine|aap|apen|apenkop|apenkoppen|roetmop|zwartje|bruintje|bosneger", strength: "weak" },
    // Racist abuse without a word for the origin, as Meldpunt and stadium reports describe it: "maakten
    // oerwoudgeluiden toen Kevin aan de bal was", "gooiden bananenschillen naar mijn hoofd". Weak: a
    // person must be its target. Trap: "apengeluiden in de dierentuin" (no one), "bananen gegooid in
    // de container" (weak: no person).
    { id: "slur.abuse-sounds", pattern: "maakte|maakten|maakt|maken|gemaakt|imiteerde|imiteerden ~2 apengeluiden|oerwoudgeluiden|apengebaren|apengeluidjes", strength: "weak" },
    { id: "slur.abuse-bananas", pattern: "bananen|bananenschillen|bananenschil|banaan ~3 gegooid|gooide|gooiden|toegeworpen|naar", strength: "weak" },
    // Told to go "back": "dat hij 'terug naar de jungle' moest", "ga terug naar je eigen land". Not a
    // country by name ("gaat in augustus terug naar Turkije" is a holiday).
    { id: "slur.go-back", pattern: "terug naar ~1 jungle|oerwoud|apenland|bananenland", strength: "weak" },
    { id: "slur.go-back-own", pattern: "terug naar je|jouw|hun|zijn eigen land", strength: "weak" },
    { id: "slur.named", pattern: "zwarte piet|roetmop|zwartje|bruintje genoemd|noemden|noemde|uitgescholden", strength: "weak" },
    { id: "slur.called", pattern: "uitgescholden|noemde|noemden|scholden|genoemd ~4 @SLUR_PLURAL", strength: "weak" },
    { id: "slur.compound", pattern: `@SLUR_PREFIX+@ORIGIN_NOUN ${EXACT}`, strength: "weak" },
    // A curse joined to a skin colour: "uitgescholden met de term 'Kankerzwart'", "kutbruine".
    { id: "slur.compound-colour", pattern: "@SLUR_PREFIX+@SKIN_COLOUR", strength: "weak" },
    { id: "slur.words", pattern: "vuile|vieze|kut|kanker|tering|tyfus|dirty @ORIGIN_NOUN", strength: "weak" },
    // --- Classes added for written notes about one colleague (issue 10). ---
    // Mixed origin: "half Surinaams", "half Turks, half Nederlands".
    { id: "origin.half", pattern: "half @ORIGIN_ADJ|@ORIGIN_NOUN|@ORIGIN_EN", strength: "weak" },
    // A parent's or family's origin stated: "zijn vader is Marokkaans", "haar ouders zijn Turks".
    { id: "origin.kin-is", pattern: "@KIN is|zijn|was|waren @ORIGIN_ADJ|@ORIGIN_EN|@ORIGIN_NOUN", strength: "weak" },
    // The person's own family only: "werkt bij een Turks gezin" is a customer.
    { id: "origin.family", pattern: "zijn|haar|z'n|mijn|m'n @ORIGIN_ADJ gezin|familie|moeder|vader|grootouders|opa|oma", strength: "weak" },
    { id: "origin.family-from", pattern: "uit een @ORIGIN_ADJ gezin|familie|migrantengezin", strength: "weak" },
    // Skin colour of a person: "een zwarte collega", "de blanke man", "black colleague".
    // Also uninflected before "persoon" ("als zwart persoon") and "bruine".
    { id: "skin.person", pattern: "zwarte|zwart|blanke|blank|donkere|bruine|getinte|black|white|brown @PERSON_NOUN|persoon|colleague|worker|woman|lad", strength: "weak" },
    // English census words for origin: "mixed race", "Black British".
    { id: "mixed-en", pattern: "mixed|biracial race|heritage|ethnicity", strength: "weak" },
    { id: "census-en", pattern: "black|asian british|caribbean|african", strength: "weak" },
    // --- Published text (columns, interviews about discrimination at work). ---
    // "witte" as skin colour of a person ("door een witte man", "als witte collega"), as skin.person reads
    // "zwarte" and "blanke". Trap: "witte helm", "witte bus", and "witte huid" (pallor: a symptom).
    // A child of parents or immigrants of an origin: "de zoon van Turkse gastarbeiders", "dochter van
    // Marokkaanse migranten". Trap: "Turkse gastarbeiders kwamen in de jaren zestig" (a group, no child of).
    { id: "origin.child-of", pattern: "zoon|dochter|kind|kleinzoon|kleindochter|kleinkind|son|daughter van|of @ORIGIN_ADJ|@ORIGIN_EN gastarbeiders|immigranten|migranten|vluchtelingen|ouders|afkomst|immigrants|parents|descent", strength: "weak" },
    { id: "skin.white", pattern: "witte man|vrouw|mannen|vrouwen|jongen|jongens|meid|kerel|collega|collega's|meneer|mevrouw|persoon", strength: "weak" },
    // "Roma" and "Sinti" are also the plural (groups.ts reads them as a group): said of a person with a copula,
    // "dat hij Roma is", "Dragan is Sinti". Trap: "AS Roma", "de Roma in Europa" (a group).
    { id: "group.roma-is", pattern: "is|ben|bent|was roma|sinti", strength: "weak" },
    { id: "group.roma-clause", pattern: "hij|zij|ze|ik|jij roma|sinti is|ben|bent|was", strength: "weak" },
    // Jokes and remarks about a people aimed at a person: "grapjes over zigeuners richting Dragan".
    // Trap: "grappen over Marokkanen zijn verboden" (no one aimed at: a rule, generic).
    { id: "slur.jokes-at", pattern: "grapjes|grappen|grap|grapje|moppen|opmerkingen|opmerking over ~1 @ORIGIN_NOUN|@ETHNIC_GROUP|@ETHNIC_GROUP_PLURAL ~2 richting|tegen|naar|jegens @WHO", strength: "weak" },
  ],
};
