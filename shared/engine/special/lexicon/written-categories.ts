import type { LexiconList } from "../patterns.ts";

// The other special categories in a field worker's own wording, beside each category's main list: the
// constructions those lists name in one order only (a leaning with the subject between verb and
// degree, a vote for a party of a crew's home country, a marriage stated with "zijn vriend", a union
// membership added with "ook lid", an ethnic group in a compound, a slur "genoemd", a hereditary
// disease in English), each with the traps of the same words that name nobody.
// Sources: party names of the Kiesraad register and of Poland, Romania, Turkey, Germany and Hungary
// (their electoral commissions' party lists); the COC's glossary of slurs ("flikker", "mietje");
// Erfelijkheid.nl for factor V Leiden and familial hypercholesterolaemia; Van Dale for the figurative
// uses ("rechts" as a direction, "flikkeren" as to fall or flicker). Hand-curated.

/** Parties a person may vote for or support: Dutch, and of the countries crews come from. Not "pis", "vox", "usr", "volt" (a unit: "230 volt sticker"), "denk" (a verb), "dem". */
const PARTY_ANY = [
  "pvv", "vvd", "cda", "d66", "sp", "pvda", "groenlinks", "glpvda", "fvd", "forum", "ja21", "bbb", "nsc",
  "sgp", "pvdd", "bij1", "50plus", "christenunie",
  "aur", "konfederacja", "hdp", "akp", "chp", "mhp", "afd", "fidesz", "smer", "podemos", "psd", "pnl", "sns",
];

const politics: LexiconList = {
  category: "politics",
  source: "constructions of written notes: leaning with the subject inverted, English leanings, home-country parties, sharing a party's posts, tractors to The Hague, banners at a protest, running for a council",
  classes: {
    PARTY_ANY,
    DEGREE_ANY: ["erg", "heel", "zeer", "behoorlijk", "nogal", "extreem", "best", "echt", "flink", "uitgesproken", "redelijk", "knap", "hartstikke", "zwaar"],
    DEGREE_EN: ["very", "quite", "really", "pretty", "extremely", "far", "staunchly", "hard", "fiercely", "so"],
  },
  patterns: [
    // "is de nieuwe stagiair erg rechts": the subject between the verb and the degree. Not "de stempel
    // is erg rechts geplaatst" (a direction: a participle or a place word follows).
    { id: "leaning.inverted", pattern: "is|was|wordt|werd|lijkt|bleek|blijkt ~4 @DEGREE_ANY links|rechts|linkser|rechtser", strength: "weak",
      notBefore: ["geplaatst", "afgesteld", "gezet", "van", "naast", "onder", "boven", "uitgelijnd", "af", "aan", "ingesteld", "gemonteerd", "weg", "af", "om", "achter", "voor", "in", "op", "uit", "georienteerd"] },
    // "the other one is very left wing", "a pretty right-wing guy". Not "the right wing of the building"
    // (an article, no degree word).
    { id: "leaning.en", pattern: "@DEGREE_EN left|right wing|winger|leaning", strength: "weak", notBefore: ["of", "van", "wall", "door", "section", "block"] },
    { id: "leaning.en-compound", pattern: "@DEGREE_EN leftwing|rightwing|leftist", strength: "weak" },
    // A party of the crew's home country voted for or supported: "votes for AUR", "sympathiseert met de HDP".
    { id: "party.support-any", pattern: "votes|voted|vote|voting|supports|supported|backs|backed|stemt|stemde|gestemd|sympathiseert|sympathiseerde|sympathiseren|sympathizes|sympathises|sympathized ~1 for|op|met|with ~1 de|het|the? @PARTY_ANY", strength: "weak" },
    // A party's flag or sticker on what someone owns: "he has the AUR flag on his car".
    { id: "party.flag", pattern: "@PARTY_ANY flag|flags|vlag|vlaggen|sticker|stickers|pet|cap|shirt|sjaal", strength: "weak" },
    // Sharing a party's posts: "deelt filmpjes van Forum voor Democratie". Not "deelt berichten van de aannemer".
    { id: "party.shares", pattern: "deelt|deelde|delen|post|postte|liket|likete|shares|shared|posts|posted|stuurt|stuurde ~3 filmpjes|filmpje|berichten|posts|memes|videos|video's|stickers|folders|flyers|propaganda|content van|of|from ~1 de|het|the? @PARTY_ANY", strength: "weak" },
    // Farmers' protest by tractor: "rijdt mee met de trekkers naar Den Haag". Not "trekker naar de bouwplaats".
    { id: "protest.tractors", pattern: "trekkers|tractoren|trekker|tractor|tractors naar|richting|to den|het? haag|malieveld|binnenhof|provinciehuis|hague", strength: "weak" },
    // A banner at a protest: "stond met een spandoek op het Malieveld tegen de pensioenwet". Not "spandoek
    // van de aannemer aan de steiger" (no protest word).
    { id: "protest.banner", pattern: "spandoek|spandoeken|protestbord|protestborden|banner|placard ~5 malieveld|binnenhof|demonstratie|demo|protest|mars|betoging|pensioenwet|stikstofbeleid|klimaatmars|march", strength: "weak" },
    // Running for office in English: "is running for the water board", "stands for the council".
    // Not "running for the bus" (no office word).
    { id: "candidacy.en", pattern: "running|runs|ran|standing|stands|stood for the? water|council|city|municipal|local|parliament|senate|provincial|mayor|election|elections|office", strength: "weak", notBefore: ["pipe", "pipes", "main", "mains", "supply", "tank", "pump", "meter"] },
  ],
};

const sexual: LexiconList = {
  category: "sexual",
  source: "a marriage or relation stated with the partner's gender word, a relation with a named person, groping in English, slurs a person is called",
  patterns: [
    // The partner's gender word says the orientation: "gaat met zijn vriend trouwen", "trouwt met haar
    // vriendin". Not "trouwt met zijn vriendin" or "gaat met zijn vriend op vakantie" (no marriage word).
    { id: "orientation.marries-his", pattern: "met zijn|z'n|zn vriend|vriendje|man|verloofde ~2 trouwen|trouwt|trouwde|getrouwd|verloofd|samenwonen", strength: "weak" },
    { id: "orientation.marries-her", pattern: "met haar vriendin|vriendinnetje|vrouw|verloofde ~2 trouwen|trouwt|trouwde|getrouwd|verloofd|samenwonen", strength: "weak" },
    // The verb first: "trouwt in mei met haar vriendin", "is getrouwd met zijn man".
    { id: "orientation.marries-his-after", pattern: "trouwt|trouwde|trouwen|getrouwd|verloofd ~3 met zijn|z'n|zn vriend|vriendje|man", strength: "weak" },
    { id: "orientation.marries-her-after", pattern: "trouwt|trouwde|trouwen|getrouwd|verloofd ~3 met haar vriendin|vriendinnetje|vrouw", strength: "weak" },
    { id: "orientation.marries-en", pattern: "marrying|marry|marries|married|engaged ~1 to|with? his boyfriend|husband|fiance", strength: "weak" },
    { id: "orientation.marries-en-her", pattern: "marrying|marry|marries|married|engaged ~1 to|with? her girlfriend|wife|fiancee", strength: "weak" },
    // A relation with a named person: "heeft een relatie met Mark". Not "een goede relatie met de klant"
    // (an adjective, an article: no name right after "met"), nor "zijn bedrijf heeft een relatie met Heijmans",
    // "een relatie met Jansen opgebouwd", "met Dura Bouw" (a company: a verb of business or a firm word after).
    { id: "relation.named", pattern: "een relatie|verhouding|relatietje|scharrel met @CAP", strength: "weak", notBefore: ["opgebouwd", "opgezet", "aangegaan", "onderhouden", "onderhoudt", "bv", "nv", "bouw", "groep", "infra", "installatietechniek", "vastgoed"], notAfter: ["bedrijf", "firma", "organisatie", "ons", "onze", "we", "wij", "jullie", "zakelijke", "goede", "langdurige", "klant", "leverancier"] },
    // Groping in English: "touched her bottom twice". Not "touched his chest" (pain: not in the list).
    { id: "groping.en", pattern: "touched|touching|groped|groping|grabbed|grabbing|pinched|pinching|fondled|slapped ~1 her|his|my bottom|bum|butt|backside|breasts|breast|crotch|ass|arse", strength: "weak" },
    // A slur for a gay man a person is called: "werd steeds 'flikker' genoemd", "uitgescholden voor mietje".
    // Not "flikker op met je planning" or "de lamp flikkert" (no verb of calling).
    { id: "slur.called", pattern: "flikker|flikkers|mietje|homootje|faggot|fag|poofter ~2 genoemd|uitgemaakt|called|noemen|noemde|noemt", strength: "weak" },
    { id: "slur.called-for", pattern: "uitgescholden|uitgemaakt|noemde|noemden|noemt|called|calls ~3 voor|a? flikker|flikkers|mietje|faggot|fag|poofter", strength: "weak" },
  ],
};

const union: LexiconList = {
  category: "union",
  source: "joining a named union in English, membership added with 'ook lid' after a union is named in the sentence",
  classes: { UNION_ANY: ["fnv", "cnv", "unie", "vakbond", "bond", "solidarnosc", "union", "fnvbouw", "vakbondsman", "vakbondsbestuurder", "vakbondsvrouw"] },
  patterns: [
    // "Paulo joined FNV last month" is english-more.ts' joined-union-name-en.
    // Membership added after a union is named: "een vakbondsman van de FNV …, onze Henk (ook lid)", "twee
    // van hen zijn ook lid geworden". Not "ook lid van de voetbalclub" (another body named after "lid").
    { id: "also-member", pattern: "@UNION_ANY ~14 ook|al|zelf|inmiddels|eveneens lid|members|member", strength: "weak", notBefore: ["van", "bij", "of", "vd"] },
    // A second union after a first: "lid van Solidarnosc en nu ook van FNV Bouw".
    { id: "also-of", pattern: "lid ~8 ook|tevens|eveneens van|bij de? fnv|cnv|unie|solidarnosc", strength: "weak" },
  ],
};

const ethnicity: LexiconList = {
  category: "ethnicity",
  source: "an ethnic group as the first part of a compound of people ('Roma-jongens'), Indisch said of a person, animal slurs in English",
  classes: {
    ETHNIC_GROUP: ["roma", "sinti", "zigeuner", "molukse", "creoolse", "hindoestaanse", "koerdische"],
    PEOPLE_HEAD: ["jongens", "jongen", "mannen", "man", "vrouwen", "vrouw", "familie", "families", "gezin", "gezinnen", "collega", "collegas", "kinderen", "meisje", "meiden", "ploeg", "knul", "knullen"],
  },
  patterns: [
    // "de Roma-jongens worden buitengesloten". Not "Roma-kamp" (a place: no people word), "Romaanse".
    { id: "group.compound", pattern: "@ETHNIC_GROUP+@PEOPLE_HEAD", strength: "weak" },
    // "Dewi is Indisch", "hij is half Indisch". Not "een Indisch restaurant" (no copula after a person).
    { id: "indisch.is", pattern: "<@WHO is|was|ben half? indisch|indo|moluks", strength: "weak" },
    // An animal slur in English: "called our banksman a monkey". Not "called the crane a dinosaur".
    { id: "slur.called-en", pattern: "called|calls|calling ~4 a|an? monkey|monkeys|ape|apes|baboon|gorilla|coon", strength: "weak" },
  ],
};

const genetic: LexiconList = {
  category: "genetic",
  source: "hereditary conditions named in English and by their gene (factor V Leiden, familial hypercholesterolaemia), DNA swabs taken",
  patterns: [
    // "a genetic muscle disease", "an inherited heart condition". Not "genetic of our company" (no disease word),
    // "the genetic disease lab" (a building: a place word after).
    { id: "hereditary-en", pattern: "genetic|hereditary|inherited ~2 disease|condition|disorder|defect|illness|syndrome", strength: "weak", notBefore: ["lab", "laboratory", "research", "centre", "center", "institute", "unit", "ward", "department", "building", "clinic", "wing"] },
    // Named by its gene: "ik heb factor V Leiden", "drager van familiaire hypercholesterolemie".
    { id: "factor-v", pattern: "factor v|5|vijf leiden", strength: "weak" },
    { id: "fh", pattern: "familiaire hypercholesterolemie|hypercholesterolaemia|hypercholesterolemia", strength: "weak" },
    // DNA taken from people: "took DNA swabs from all five workers". Not "the DNA of our company".
    { id: "swab-en", pattern: "dna swab|swabs|sample|samples|test|tests|taken", strength: "weak" },
  ],
};

const religion: LexiconList = {
  category: "religion",
  source: "faith named in English (born-again, Pentecostal), a prayer with its time, an Orthodox feast asked off",
  patterns: [
    // "Emmanuel is a born-again Christian", "became a Pentecostal believer".
    { id: "faith-en", pattern: "bornagain|born-again|pentecostal|evangelical|baptist|adventist|methodist|mormon|lutheran", strength: "weak", notBefore: ["church", "churches", "chapel", "building", "hall"] },
    { id: "believer-en", pattern: "became|become|becomes|is|was|being a|an? believer|devout|practising|practicing", strength: "weak", notBefore: ["school", "schools", "country", "charity", "organisation", "organization", "name", "in"] },
    // A prayer with its time: "wil op vrijdag om 13:30 bidden". Not "we moeten bidden dat het droog blijft".
    { id: "prayer.wants", pattern: "wil|wilde|moet|gaat|ging|wants ~6 bidden|pray|praying", strength: "weak", notBefore: ["dat", "that", "voor"] },
    // Fasting with its time, right after its subject or an "en": "Youssef is moslim en vast deze maand",
    // "hij vastte de hele maand". Not "de planning ligt vast deze maand" or "hij komt vast deze week"
    // (probably): a verb stands before "vast", not a person or "en".
    { id: "fasting.time", pattern: "<@WHO|en vast|vastte|vasten deze|die|de? hele? maand|week|periode|weken|dagen|overdag", strength: "weak" },
    // An Orthodox feast: "vrij voor 7 januari, orthodoxe kerst". Not a date alone.
    { id: "feast.orthodox", pattern: "orthodoxe|orthodox kerst|kerstmis|pasen|christmas|easter", strength: "weak" },
  ],
};

/** The written-note constructions of the categories beside health, one list each (lexicon/index.ts). */
export const WRITTEN_CATEGORIES: readonly LexiconList[] = [politics, sexual, union, ethnicity, genetic, religion];
