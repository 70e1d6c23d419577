import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";
import { englishMore } from "./english-more.ts";
import { verbFinal } from "./verb-final.ts";
import { flemish } from "./flemish.ts";
import { news } from "./union-news.ts";

// Trade-union membership (AVG art. 9): a person's membership ("lid van de FNV", "zit in de vakbond",
// "via haar vakbond"), a union role ("kaderlid", "vakbondsman", "FNV-bestuurder Sandra") or help a
// person gets from their union. Not labelled: unions as organisations ("de FNV voert actie", "cao-overleg
// met de vakbonden"), generic strikes, the works council (OR-lid), employer organisations (Bouwend
// Nederland), sports clubs and the personeelsvereniging. "Unie" alone is also the European Union and
// "AVV" also an algemeenverbindendverklaring, so neither stands on its own.

/**
 * Union names: the federations FNV, CNV, De Unie and AC (Ambtenarencentrum) with the member unions that
 * organise building and industry crews (FNV Bouwen & Wonen, FNV Metaal, CNV Vakmensen, CNV Connectief),
 * from the federations' own member lists.
 */
const UNION_NAMES = ["fnv", "cnv", "fnvbouw", "fnvmetaal", "cnvvakmensen", "cnvconnectief", "vakmensen", "abvakabo", "nu'91", "nu91",
  // The Belgian federations that organise Flemish crews (ACV-CSC, ABVV-FGTB, ACLVB-CGSLB, their own sites):
  // "Mick is the ACV delegate". Trap: none of the three is a Dutch word.
  "acv", "abvv", "aclvb",
  // Their centrales and French names, as Belgian news writes them: "BBTK-voorzitter", "de vakbond CNE-CSC".
  "bbtk", "setca", "acvpuls", "cne", "csc", "fgtb", "cgslb", "acod", "vsoa", "lbc",
  // The British and Irish unions of offshore and mixed crews, and Nautilus (Dutch and British seafarers):
  // "joined the RMT", "he is the Unite rep". Trap: "unite" as a verb is rare in notes, and weak.
  "rmt", "unite", "unison", "gmb", "usdaw", "nautilus", "siptu", "ucatt"];
/** Words for a union (also the colloquial "de bond"). */
const UNION_WORDS = ["vakbond", "vakbonden", "bond", "vakcentrale", "vakbeweging", "union", "tradeunion"];

export const union: LexiconList = {
  category: "union",
  source: "union names from the FNV, CNV, De Unie and AC federations' member lists; membership and role words from the unions' statutes (lid, kaderlid, bestuurder, consulent), hand-curated",
  classes: {
    ...news.classes,
    UNION: [...UNION_NAMES, ...UNION_WORDS, "ac"],
    UNION_NAME: UNION_NAMES,
    UNION_ROLE: [
      "lid", "leden", "kaderlid", "kaderleden", "aangesloten", "member", "members", "rep", "representative",
      "delegate", "steward", "afgevaardigde", "vertegenwoordiger", "bestuurder", "consulent", "actief",
      "organizer", "vrijwilliger", "lidmaatschap",
      // Officials who speak or negotiate for a union: "woordvoerder van CNV", "onderhandelaar van de FNV".
      "woordvoerder", "woordvoerster", "voorzitter", "vicevoorzitter", "onderhandelaar", "secretaris", "spokesperson",
      // Officers of a union (the unions' statutes).
      "bestuurslid", "penningmeester",
    ],
    /** Heads of compounds with a union name or "vakbond": "FNV-kaderlid", "vakbondsconsulent". */
    ROLE_HEAD: [
      "lid", "kaderlid", "kader", "man", "vrouw", "bestuurder", "consulent", "vertegenwoordiger", "afgevaardigde",
      "voorzitter", "secretaris", "organisator", "lidmaatschap", "lidnummer", "pasje", "jurist", "advocaat", "er", "'er",
      "vicevoorzitter", "woordvoerder", "woordvoerster", "onderhandelaar",
      // The unions' own titles for their officials: "FNV-districtsbestuurder", "CNV-regiobestuurder".
      "districtsbestuurder", "regiobestuurder", "sectorbestuurder", "bondsbestuurder", "beleidsadviseur",
      // "FNV-vakbondsbestuurder Van der Meulen", "CNV-leden": the union named twice, or its members.
      "vakbondsbestuurder", "vakbondsman", "vakbondsvrouw", "vakbondsconsulent", "kaderleden", "leden",
      // The members' own councils: "Roel van de CNV-ledenraad", "FNV-ledenparlement".
      "ledenraad", "ledenparlement",
      // News names a union's leader by these heads (as it does a party's): "FNV-voorman Stekelenburg",
      // "CNV-topman", "FNV-kopstuk". Trap: "voorman" alone is the site's foreman; only in the compound.
      "voorman", "voorvrouw", "topman", "topvrouw", "kopstuk", "leider", "baas", "prominent",
    ],
    /** Singular heads of an official's compound title: "FNV-bestuurder", "CNV-voorman" (not "-leden"). */
    OFFICIAL_HEAD: [
      "bestuurder", "bestuurslid", "kaderlid", "consulent", "districtsbestuurder", "regiobestuurder", "sectorbestuurder",
      "bondsbestuurder", "voorman", "voorvrouw", "topman", "topvrouw", "kopstuk", "leider", "baas", "woordvoerder",
      "woordvoerster", "onderhandelaar", "voorzitter", "vicevoorzitter", "secretaris", "jurist", "advocaat",
    ],
    /** Sections of a union written after its name: "FNV Bouw", "CNV Vakmensen". */
    UNION_SECTION: ["bouw", "metaal", "vakmensen", "connectief", "jong", "zorg", "overheid", "havens", "bouwen", "wonen", "industrie"],
    /** Not "hun": "de medewerkers en hun vakbond" is a group. */
    VAKBOND_HEAD: [
      "bestuurder", "consulent", "vertegenwoordiger", "afgevaardigde", "voorzitter", "secretaris", "organisator",
      "lidnummer", "pasje", "jurist", "advocaat",
    ],
    OWN: ["zijn", "haar", "z'n", "mijn", "m'n", "his", "her", "my"],
    /** What a member gets from their union. */
    UNION_HELP: ["hulp", "bijstand", "rechtsbijstand", "juridische", "jurist", "advocaat", "advies", "ondersteuning", "begeleiding", "steun", "help", "support", "legal"],
  },
  patterns: [
    ...englishMore.union,
    ...verbFinal.union,
    ...flemish.union,
    ...news.patterns,
    // "vd" is how hurried writers spell "van de": "lid vd FNV".
    { id: "member-of", pattern: "@UNION_ROLE van|bij|voor|of|for|at|vd ~1 de|het|the? @UNION", strength: "weak" },
    // An adjective before the union: "a member of the Polish union Solidarnosc", "lid van de christelijke vakbond".
    { id: "member-of.adj", pattern: "lid|member of|van|bij de|het|the @CAP|christelijke|algemene vakbond|bond|union", strength: "weak" },
    // The unions' member bodies: "zit namens de sector in het ledenparlement" (FNV), "lid van de bondsraad".
    { id: "member-body", pattern: "ledenparlement|bondsraad|sectorraad|kaderraad", strength: "weak" },
    // Joining or staying, with the verb between: "lid is geworden van de FNV", "al 30 jaar lid gebleven bij CNV".
    { id: "member-of.became", pattern: "lid ~1 geworden|gebleven|werd|werden van|bij|vd de|het? @UNION", strength: "weak" },
    // "De Unie" only with its article, right after the role: "lid van De Unie", not "lid van de Europese Unie".
    { id: "member-of.unie", pattern: "@UNION_ROLE van|bij de unie", strength: "weak" },
    { id: "union-role", pattern: "union @UNION_ROLE", strength: "weak" },
    // Speaking for a union is a union role: "Sandra sprak namens de FNV".
    { id: "on-behalf", pattern: "namens ~1 de|het? vakbond|bond|@UNION_NAME", strength: "weak" },
    { id: "union-member-word", pattern: "vakbondslid|vakbondsman|vakbondsvrouw|vakbondskader|vakbondslidmaatschap|fnvlid|cnvlid|fnvkaderlid|cnvkaderlid|fnv'er|cnv'er|fnver|cnver", strength: "strong" },
    // Parties have cadre too, but "kaderlid" on a building site is a union word; with a person only.
    { id: "cadre", pattern: "kaderlid", strength: "weak" },
    { id: "joined-en", pattern: "joined|joins|rejoined ~1 the|a union|unions", strength: "weak", notBefore: ["meeting", "campaign", "protest", "strike", "march", "talks", "'s"] },
    // VAKBOND_HEAD leaves out what union-member-word lists whole: a compound must spell its first part
    // right, which would stop "vakbonslid" from being read as "vakbondslid".
    { id: "union-compound", pattern: "vakbond+@VAKBOND_HEAD|@UNION_NAME+@ROLE_HEAD|vakbondsbestuurder|vakbondsbestuurster|vakbondsbestuur|vakbondsvertegenwoordiger|vakbondsconsulent", strength: "weak" },
    { id: "membership", pattern: "lidmaatschap|lidnummer|contributie|lidmaatschapskaart|ledenpas van|bij|aan ~1 de|het|zijn|haar? @UNION", strength: "weak" },
    { id: "union-member-en", pattern: "union member|membership|rep|representative|steward|official|dues", strength: "weak" },
    { id: "shop-steward", pattern: "shop steward", strength: "weak" },
    // "zit in de vakbond", "is bij de FNV", "joined the union".
    { id: "in-union", pattern: "zit|zat|zitten|zaten|joined ~3 in|bij de|het|the? vakbond|bond|fnv|cnv|union", strength: "weak" },
    // With the copula: "Jan is in de vakbond", "Nikolai is ook in vakbond, CNV". Trap: "de vergadering
    // is bij de FNV" (no person), "het geld is in de vakbondskas" (not listed).
    { id: "in-union-be", pattern: "is|ben|was|zijn|waren ~2 in de|het? vakbond|bond", strength: "weak" },
    // "Kees is bij de bond": colloquial for membership; no gap after so common a verb.
    // Not "de klacht is bij de bond ingediend" (a participle after it: the complaint's place).
    { id: "at-union", pattern: "is|was|ben|gaat|ging ~1 bij de|het? vakbond|bond|fnv|cnv", strength: "weak",
      notBefore: ["getekend", "ingediend", "bekend", "gemeld", "neergelegd", "aangekaart", "besproken", "binnengekomen", "geweest", "langs", "aangemeld", "opgevraagd"] },
    { id: "joined", pattern: "aangesloten|ingeschreven|opgezegd ~1 bij de|het? vakbond|bond|fnv|cnv", strength: "weak" },
    // "via haar vakbond", "his union": a union that is someone's own.
    { id: "own-union", pattern: "@OWN vakbond|bond|union|fnv|cnv|vakbondsconsulent|vakbondsjurist|vakbondsbestuurder", strength: "weak" },
    { id: "help-from-union", pattern: "@UNION_HELP ~2 van|via|from|through ~1 de|het|the? vakbond|fnv|cnv|union", strength: "weak" },
    { id: "help-via-union", pattern: "via|door|through de|the vakbond|fnv|cnv|union ~3 @UNION_HELP|ontslagzaak|ontslag|dismissal", strength: "weak" },
    // --- Classes added for written notes about one colleague (issue 10). ---
    // Membership after "geworden"/"gebleven" and in "De Unie": "is lid geworden van De Unie".
    { id: "member-became", pattern: "lid|kaderlid|member geworden|gebleven|become|became van|bij|of ~1 de|het|the? @UNION|unie", strength: "weak" },
    { id: "active-in", pattern: "actief|kaderlid|vrijwilliger|active in|binnen|within ~1 de|het|the? vakbond|bond|fnv|cnv|union", strength: "weak" },
    // A union a person calls in for their own case: "heeft de bond ingeschakeld", "de bond staat achter Henk".
    { id: "called-in", pattern: "vakbond|bond|fnv|cnv|union ~2 ingeschakeld|inschakelen|bijgehaald|gebeld|contacted|involved", strength: "weak" },
    { id: "called-in.erbij", pattern: "vakbond|bond|fnv|cnv|union erbij gehaald|halen", strength: "weak" },
    { id: "backs-member", pattern: "vakbond|bond|fnv|cnv|union staat|stond|stonden|stands|stood achter|behind ~1 hem|haar|@CAP|him|her", strength: "weak" },
    // English: "joined the union", "union dues", "paid-up member".
    { id: "dues-en", pattern: "union|unions dues|card|membership|fees", strength: "weak" },
    // Officials who speak or negotiate for a union (the federations' own job titles): "woordvoerder van
    // CNV", "onderhandelaar R. de Vries van de Bouw- en Houtbond FNV", "FNV-vicevoorzitter Ton".
    { id: "official-of", pattern: "woordvoerder|woordvoerster|onderhandelaar|onderhandelaarster|vicevoorzitter|voorzitter|secretaris|bestuurder|regiobestuurder|projectleider|spokesperson|negotiator ~4 van|namens|bij|of|for ~1 de|het|the? @UNION_NAME|vakbond|bond|houtbond|union", strength: "weak" },
    { id: "official-compound", pattern: `@UNION_NAME+woordvoerder|@UNION_NAME+onderhandelaar|@UNION_NAME+vicevoorzitter|@UNION_NAME+voorzitter|@UNION_NAME+secretaris ${EXACT}`, strength: "weak" },
    // Unions of the countries crews come from (UK, Poland), after a membership word: "member of Unite".
    // A union's representative named by the union: "the Unite rep", "FNV-steward", "de ACV-delegee".
    { id: "rep-of-union-en", pattern: "@UNION_NAME rep|reps|steward|stewards|convenor|representative|organiser|organizer|delegee|delegate", strength: "weak" },
    { id: "member-of.foreign", pattern: "member|rep|steward|lid of|van|in|bij unite|unison|gmb|solidarnosc|ozzl|ucatt|verdi|igmetall", strength: "weak" },
    { id: "signed-up", pattern: "aangemeld|ingeschreven|signed ~2 bij|up|for ~1 de|het|the? vakbond|bond|fnv|cnv|union", strength: "weak" },
    // An officer named after the union and its section: "aldus FNV Bouw vice-voorzitter Charley Ramdas".
    { id: "officer-after-name", pattern: "@UNION_NAME @UNION_SECTION? voorzitter|vicevoorzitter|bestuurder|woordvoerder|woordvoerster|onderhandelaar|bestuurslid|secretaris|consulent|kaderlid", strength: "weak" },
    // Filing through one's union: "heeft zijn klacht via de FNV ingediend".
    { id: "filed-via", pattern: "via de|het? vakbond|bond|fnv|cnv ~2 ingediend|aangespannen", strength: "weak" },
    { id: "union-rep-en", pattern: "@UNION_NAME rep|representative|steward|member|delegate|official|organiser|organizer", strength: "weak" },
    // --- Published text (news, union magazines): officials by their title, the union's staff. ---
    // The title before the union's name, as news writes it after a name: "Hans, bestuurder FNV Bouwen &
    // Wonen", "bestuurslid CNV Vakmensen". Source: the federations' own titles (statutes, staff pages).
    // Trap: "de FNV voert actie", "cao-overleg met FNV en CNV" (no title: the union as organisation).
    { id: "title-before-name", pattern: "bestuurder|bestuurslid|voorzitter|vicevoorzitter|woordvoerder|woordvoerster|secretaris|onderhandelaar|consulent|penningmeester|kaderlid|districtsbestuurder|regiobestuurder|sectorbestuurder|bondsbestuurder @UNION_NAME", strength: "weak" },
    // Titles only unions use (FNV and CNV job titles): "en later sectorbestuurder en bondsbestuurder".
    // Trap: a sports federation's board ("bestuurslid van de KNVB", "bondsvoorzitter") is not listed.
    { id: "officer-word", pattern: "sectorbestuurder|bondsbestuurder|vakbondsvoorman|vakbondsleider|vakbondsbaas|vakbondstopman|vakbondsvoorzitter", strength: "weak" },
    // Working for a union is a union role: "in dienst komt van de bond", "twintig dienstjaren bij de bond",
    // "werkzaam bij de FNV". Trap: "in dienst van de gemeente", "de dienst van de bouw" (no union).
    { id: "employed", pattern: "dienst|dienstjaren|werkzaam ~2 van|bij de|het? vakbond|bond|@UNION_NAME", strength: "weak" },
    // An official by title, in news often with no name, or as the source of a quote ("volgens de woordvoerder
    // van de FNV", "de FNV-voorzitter sprak de stakers toe"): one person in a union office, so strong, as
    // clergy are. Singular titles only: "FNV-leden", "de leden van CNV" stay weak (a group, groups.ts).
    // Trap: "de FNV voert actie", "de voorzitter van de OR" (no union), "een rapport van de FNV".
    { id: "official.strong", pattern: "woordvoerder|woordvoerster|voorzitter|vicevoorzitter|onderhandelaar|secretaris|bestuurder|bestuurslid|penningmeester|districtsbestuurder|regiobestuurder|sectorbestuurder|bondsbestuurder van|namens|bij ~1 de|het? @UNION_NAME|vakbond|vakcentrale", strength: "strong" },
    { id: "official-compound.strong", pattern: `@UNION_NAME+@OFFICIAL_HEAD ${EXACT}`, strength: "strong" },
    // A seat on a union's board or council: "zit in het hoofdbestuur van de FNV", "werd gekozen in de
    // ledenraad van CNV". Trap: "het bestuur van de FNV besloot" (the body itself: no seat word before it).
    { id: "board-seat", pattern: "zit|zat|zitten|zaten|zitting|gekozen|verkozen ~5 hoofdbestuur|bestuur|federatiebestuur|bondsbestuur|sectorbestuur|ledenraad|ledenparlement|kaderraad van|bij de|het? @UNION_NAME|vakbond|bond", strength: "weak" },
    // Joining: "sloot zich aan bij de vakbond" (joined reads "aangesloten bij"). Trap: "sloot de deur bij de bond".
    { id: "joined-self", pattern: "sloot|sluit|sloten|sluiten ~1 zich aan bij de|het? vakbond|bond|@UNION_NAME", strength: "weak" },
    // A union's card or number written apart: "een FNV pasje in zijn portemonnee" (union-compound reads
    // "FNV-pasje"). Trap: "een NS pasje" (no union), "de FNV actiekaart" (not listed).
    { id: "card", pattern: "@UNION_NAME pasje|pas|ledenpas|lidmaatschapskaart|lidnummer|lidmaatschap|contributie", strength: "weak" },
    // Union work a person does or gets leave for: "heeft ivm vakbondswerk donderdag vrij".
    // Trap: "het vakbondswerk in Nederland" about nobody (weak: needs a person in the sentence).
    // A speaker named with the union they speak for: "zegt Jan de Vries van FNV Bouwen & Wonen", "aldus
    // Marieke Smit van CNV". Strong: the speaker is no person for the sentence's reference (sources.ts), yet
    // the union role is theirs. A verb of saying first, then a person right before the union's name:
    // not "volgens onderzoek van FNV", "De Arboprijs van FNV Bouw" (a capital is no speaker without the verb).
    { id: "speaker-of", pattern: "zegt|zei|zeggen|aldus|volgens|vertelt|vertelde|stelt|reageert ~3 @WHO van|namens|bij @UNION_NAME", strength: "strong" },
    { id: "union-work", pattern: "vakbondswerk|vakbondsactiviteiten|vakbondsverlof|vakbondsuren|vakbondsfunctie|kaderwerk", strength: "weak" },
    // In a text about a union (topic-gate.ts: the rule holds only after a union was named in the field):
    // membership and offices by their bare words, as union magazines tell members' stories ("Ik was
    // natuurlijk lid", "ik werd lid op mijn 16e", "sinds 2016 voorzitter", "secretaris van de
    // afdeling"). Trap: "lid van de ondernemingsraad" (another body: topic-gate.ts' inOtherBody), the
    // same words in a text that names no union, "de leden" (a group), a membership wished for or
    // recruited ("jongeren verleiden lid te worden", "word lid", "maakte 600 mensen lid").
    { id: "topic.member", pattern: "lid|kaderlid|erelid|bondslid", strength: "weak", notAfter: ["geen", "ex", "word", "mensen", "jongeren", "nieuw", "nieuwe"],
      notBefore: ["te", "worden", "maken", "gemaakt", "werven"] },
    { id: "topic.office", pattern: "voorzitter|ondervoorzitter|vicevoorzitter|secretaris|penningmeester|bestuurder|bestuurslid|afgevaardigde|delegee|hoofdafgevaardigde|militant|actieleider|onderhandelaar|consulent", strength: "weak" },
  ],
};
