import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";
import { englishMore } from "./english-more.ts";
import { verbFinal } from "./verb-final.ts";
import { newsStories } from "./news-stories.ts";
import { notePhrasings } from "./note-phrasings.ts";
import { news } from "./religion-news.ts";

// Religion or belief (AVG art. 9): a person's religion, denomination or life stance, and practice that
// reveals it (feasts, fasting, prayer, worship, dress, diet, rites), and clergy referred to as persons
// (LABELLING: "de imam", "de dominee"). Not labelled: churches, mosques and synagogues as buildings or
// worksites, street names (Kerkstraat), boards and congregations as organisations (moskeebestuur),
// public holidays as dates (na Pasen, Hemelvaart), a prayer room as a facility, advice about fasting
// colleagues in general, and swearing (godsamme, Godzijdank, schietgebedje).

/**
 * Religions and denominations: the CBS categories of "kerkelijke gezindte" (rooms-katholiek, Protestantse
 * Kerk in Nederland, gereformeerd, hervormd, overig christelijk, islam, hindoeïsme, boeddhisme, jodendom,
 * overig) with their common subdivisions, and life stances (humanist, atheïst, agnost).
 */
const BELIEVERS = [
  "moslim", "moslima", "moslims", "islamitisch", "islamitische", "christelijk",
  "christelijke", "katholiek", "katholieke", "roomskatholiek", "roomskatholieke", "protestant", "protestants",
  "protestantse", "gereformeerd", "gereformeerde", "vrijgemaakt", "vrijgemaakte", "hervormd", "hervormde",
  "evangelisch", "evangelische", "baptisten", "lutheraans", "lutherse", "doopsgezind", "doopsgezinde",
  "mennoniet", "remonstrant", "remonstrantse", "reformatorisch", "reformatorische", "refo", "bevindelijk",
  "pinkstergemeente", "koptisch", "koptische", "joods", "joodse", "jood", "grieksorthodox", "grieksorthodoxe", "russischorthodox", "russischorthodoxe", "soenniet",
  "soennitisch", "soennitische", "sjiiet", "sjiitisch", "sjiitische", "alevitisch", "alevitische", "alevi",
  "ahmadi", "salafist", "salafistisch", "salafistische", "hindoe", "hindoes", "hindoeistisch", "hindoeistische",
  "boeddhist", "boeddhistisch", "boeddhistische", "sikh", "jezidi", "jezidisch", "rastafari", "atheist",
  "atheistisch", "agnost", "agnostisch", "humanist", "humanistisch", "gelovig", "gelovige",
  "religieus", "religieuze", "vroom", "kerkganger", "moskeeganger", "bekeerling", "jehova's",
  "jehovagetuige", "jehovah's", "adventist", "adventisten", "zevendedagsadventist", "jewish", "catholic", "hindu", "buddhist", "religious",
  // Smaller churches and movements of the same CBS "overig" group, and the believer's opposite (also a stance).
  "mormoon", "mormoonse", "pinksterchristen", "oudkatholiek",
  "oudkatholieke", "bahai", "scientoloog", "ongelovig", "nietgelovig", "onkerkelijk", "sikhs", "muslims",
];

/** Nouns after a belief word that make it an institution, a place or a shop: "christelijke school", "islamitische slager". */
const NOT_A_BELIEVER = [
  "school", "basisschool", "scholengemeenschap", "kerk", "gemeente", "vereniging", "omroep", "partij",
  "ziekenhuis", "begraafplaats", "kerkhof", "centrum", "stichting", "feestdag", "feestdagen", "kalender",
  "moskee", "synagoge", "kapel", "instelling", "zorginstelling", "woningcorporatie", "verbond", "kerken",
  "scholen", "wijk", "buurt", "monument", "architectuur", "church", "vakbond", "bond", "slager", "slagerij",
  "winkel", "supermarkt", "bakker", "universiteit", "hogeschool", "opvoeding",
  // A school's or a body's basis: "een basisschool op reformatorische grondslag", "van christelijke signatuur".
  "grondslag", "signatuur", "huize", "snit", "christelijke", "christelijk",
  // Audiences, communities, cultures and countries: "voor een niet-joods publiek", "de islamitische wereld",
  // "het joodse leven in de stad" describe a group or a heritage, nobody's own belief.
  "publiek", "gemeenschap", "gemeenschappen", "bevolking", "volk", "wereld", "traditie", "tradities", "cultuur", "leven",
  "erfgoed", "geschiedenis", "museum", "media", "pers", "omroepen", "muziek", "feest", "feesten", "festival", "minderheid",
  "minderheden", "groepering", "groeperingen", "organisatie", "organisaties", "instellingen", "land", "landen", "staat",
];

export const religion: LexiconList = {
  category: "religion",
  source: "religions and denominations from the CBS categories of kerkelijke gezindte; feasts from the Dutch interfaith calendar (Stichting Interreligieuze Kalender) minus the public holidays; clergy titles per LABELLING; practices hand-curated and reviewed for worksite false alarms",
  classes: {
    /** Not "dienst": "naar de dienst Stadsbeheer" is a department. */
    WORSHIP_PLACE: ["kerk", "moskee", "synagoge", "sjoel", "tempel", "mandir", "gurdwara", "mis", "kerkdienst", "vrijdaggebed", "gebed", "eucharistie", "church", "mosque", "synagogue", "temple", "mass"],
    /** Religious feasts and fasts that are no Dutch public holiday (those are dates: "na Pasen"). */
    HOLIDAY: [
      "ramadan", "suikerfeest", "offerfeest", "iftar", "eid", "bayram", "kurban", "vastenmaand", "divali", "diwali",
      "holi", "vaisakhi", "pesach", "chanoeka", "jom", "kipoer", "rosj", "hasjana", "soekot", "poerim", "sabbat", "sabbatsrust",
      "sjabbat", "shabbat", "sabbath", "lailat", "ashura", "aswoensdag", "vastentijd",
      // Feasts of faiths that are no Dutch public holiday (their communities' calendars): "ivm Grote Verzoendag".
      "verzoendag", "kippoer", "kippur", "yom", "hashana", "sukkot", "loofhuttenfeest", "wekenfeest", "sjavoeot",
      "chanukah", "hanukkah", "navratri", "phagwa", "mawlid", "mevlid",
    ],
    BELIEVER: BELIEVERS,
    FAITH_MODIFIER: ["moslim", "hindoe", "christen", "sikh"],
    FAITH_PERSON: ["vrouw", "man", "jongen", "meisje", "collega", "werknemer", "medewerker", "vader", "moeder", "jongeman"],
    FAITH_PERSONS: ["vrouwen", "mannen", "jongens", "meisjes", "collega's", "collegas", "werknemers", "medewerkers"],
    /**
     * Clergy and religious office holders, as persons (LABELLING §3 religion). Lay offices (ouderling,
     * diaken) count through membership below: "ouderling" is one letter from "onderling". English
     * "priest" is one from Dutch "triest".
     */
    CLERGY: [
      "imam", "predikant", "pastoor", "priester", "kapelaan", "pastor", "rabbijn", "rabbi", "granthi", "monnik",
      "bisschop",
      // Missions and Flemish parishes: "als missionaris in Congo gediend", "de parochieherder van Kobbegem".
      "missionaris", "parochieherder", "zielzorger",
      // The female form of the PKN's title (its own usage: "predikante ds. A. de Vries").
      "predikante",
    ],
    /**
     * Congregations and their boards and choirs a person belongs to: "lid van de parochie", "zit in de
     * kerkenraad". Not "gemeente": "zit bij de gemeente" is the municipality.
     */
    CONGREGATION: [
      "kerkgenootschap", "geloofsgenootschap",
      "kerkgemeente", "parochie", "moskeevereniging", "geloofsgemeenschap", "kerkenraad", "kerkbestuur", "moskeebestuur",
      "synagogebestuur", "kerkkoor", "gospelkoor", "congregation", "parish",
      // A congregation by its own name: "leden van de Protestantse wijkgemeente Zeist-West".
      "wijkgemeente", "kerkgemeenschap", "geloofsgemeente", "moskeegemeenschap", "parochiegemeenschap", "kerkgenootschappen",
    ],
    /** Houses of worship, for membership only: "lid van de kerk" (not "actief in de kerk", a worksite). */
    HOUSE_OF_WORSHIP: ["kerk", "moskee", "synagoge", "sjoel", "tempel", "church", "mosque", "synagogue"],
    /** Time words between a wish and the place of worship: "wil vrijdag om 13:00 even naar de moskee". */
    WHEN: [
      "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "vrijdagmiddag", "zondagochtend",
      "morgen", "vandaag", "vanmiddag", "vanavond", "straks", "even", "graag", "ook", "weer", "dan", "om", "rond", "uur",
      "11", "12", "13", "14", "15", "00", "30", "45",
    ],
    /** Not "gevormd" (een team gevormd), "doop" or "gedoopt" (cranes and ships are christened too). */
    RITE: ["besneden", "belijdenis", "communie", "vormsel", "barmitswa", "batmitswa", "bekeerd", "bekering", "baptized"],
  },
  patterns: [
    ...englishMore.religion,
    ...verbFinal.religion,
    ...newsStories.religion,
    ...notePhrasings.religion,
    ...news.patterns,
    { id: "believer", pattern: "@BELIEVER", strength: "weak", notBefore: NOT_A_BELIEVER },
    // "hij is islam" (colloquial for a Muslim) is a person's; "de islam" is the faith as a subject
    // ("uitleggen wat de islam inhoudt"), so not after an article. A follower of it is: "aanhanger van de islam".
    { id: "believer.islam", pattern: "islam", strength: "weak", notAfter: ["de", "the"], notBefore: NOT_A_BELIEVER },
    { id: "believer.follower", pattern: "aanhanger|aanhangster|volgeling|belijder van de|het islam|christendom|jodendom|katholicisme|boeddhisme|hindoeisme|geloof", strength: "weak" },
    // Not "mijn God": swearing.
    // Duties of one's faith count as the faith: "om aan zijn geloofsplichten te voldoen".
    { id: "faith.own", pattern: "zijn|haar|z'n|mijn|m'n|his|her|my geloof|religie|overtuiging|geloofsovertuiging|levensovertuiging|geloofsplichten|godsdienst|faith|religion", strength: "weak" },
    { id: "faith.because", pattern: "vanwege|voor|om|door|uit ~1 geloof|religie|geloofsovertuiging|levensovertuiging|religieuze", strength: "weak" },
    { id: "faith.believes", pattern: "gelooft|geloofde|believes ~1 in god|allah|jezus|jesus", strength: "weak" },
    // Worship: "gaat zondag naar de kerk", "bezoekt de moskee", "attends mass".
    // "naar de kerk om de verwarming te repareren" is work on the building.
    { id: "worship.goes", pattern: "gaat|ga|gaan|ging|gingen|goes|went|attends|attended ~4 naar|to ~1 @WORSHIP_PLACE", strength: "weak", notBefore: ["om", "voor", "aan", "to", "for"] },
    // Wanting or being allowed to go: "Youssef wil vrijdag om 13:00 naar de moskee". Not "moet": "de ploeg
    // moet morgen naar de kerk in Zeist" is a worksite. Only time words between (WHEN), so neither "wil
    // niet naar de kerkdienst" (denied) nor "wil de steiger naar de kerk brengen" (a thing moved) reads so.
    { id: "worship.wants", pattern: "wil|wilde|willen|mag|mocht @WHEN? @WHEN? @WHEN? @WHEN? naar|to de|het|the? @WORSHIP_PLACE", strength: "weak",
      notBefore: ["om", "voor", "aan", "in", "te", "to", "for", "brengen", "rijden", "sturen", "halen", "vervoeren", "verplaatsen", "leveren", "hijsen", "verhuizen", "terug"] },
    // Services, not buildings: "bezocht de moskee" is also a site visit.
    { id: "worship.visits", pattern: "bezoekt|bezocht|attends|attended ~2 de|het|een|the? kerkdienst|mis|vrijdaggebed|eucharistie|gebedsdienst|mass", strength: "weak" },
    // Services, wherever they are held: "wil naar het vrijdaggebed", "went to mass".
    { id: "worship.service", pattern: "naar|to de|het|the? vrijdaggebed|kerkdienst|mis|eucharistie|gebedsdienst|sabbatdienst|bidstond|mass", strength: "weak" },
    // A prayer meeting a person has ("heeft vanavond bidstond"); "tijdens de bidstond" is the event as a
    // time, which the one leading it (a dominee, clergy.title) already tells.
    { id: "scripture.bidstond", pattern: "bidstond|bidstonden", strength: "weak", notAfter: ["de", "het", "een", "the"] },
    { id: "worship.attends", pattern: "bezoekt|bezocht|viert|vierde|vieren|houdt|hield|doet|deed|celebrates|celebrated|observes ~3 @HOLIDAY", strength: "weak" },
    { id: "holiday.person", pattern: "@HOLIDAY", strength: "weak" },
    // Refusing blood for one's faith (Jehovah's Witnesses): "wil geen bloedtransfusie", "weigert bloed".
    // The refusal is the practice, so "geen" opens the pattern rather than negating it.
    { id: "practice.no-transfusion", pattern: "geen bloedtransfusie|bloedtransfusies|bloed", strength: "weak", notBefore: ["nodig", "gehad", "gekregen", "verloren", "gegeven", "afgenomen", "geprikt", "bij",
      // Blood not seen after a cut: "heeft geen bloed gezien", "geen bloed op de vloer".
      "gezien", "zichtbaar", "gevonden", "gevloeid", "te", "op", "aan", "in", "uit", "meer"] },
    { id: "practice.refuses-transfusion", pattern: "weigert|weigerde|weigeren|refuses|refused ~2 bloedtransfusie|bloedtransfusies|transfusion|transfusions", strength: "weak" },
    // A believer named with the person noun: "een moslimvrouw", "onze moslimcollega" (one person: strong;
    // the plural is a group unless someone is named).
    { id: "believer.person", pattern: "@FAITH_MODIFIER+@FAITH_PERSON", strength: "strong" },
    { id: "believer.persons", pattern: "@FAITH_MODIFIER+@FAITH_PERSONS", strength: "weak" },
    // "I am Seventh-day Adventist": the capital after a capital reads as a surname, so the pair is one pattern.
    { id: "believer.adventist-en", pattern: "seventhday adventist|adventists", strength: "weak" },
    // Written apart and capitalised ("is Zevendedags Adventist"): the capitals read as a name and its
    // surname, so the two words together.
    { id: "believer.adventist-apart", pattern: "zevendedags|zevende-dags adventist|adventisten|adventiste", strength: "weak" },
    { id: "fasting", pattern: "vastende|fasts", strength: "weak", notAfter: ["aan", "op"] },
    // fasten, lasting, casting
    { id: "fasting.exact", pattern: `vasten|fasting ${EXACT}`, strength: "weak", notAfter: ["aan", "op"] },
    // "Jan bidt dat het droog blijft" is hoping, not praying.
    { id: "prayer", pattern: "bidt|bidde|prays|pray|gebedsmat|gebedspauze|gebedstijden|gebedstijd|gebedskleed", strength: "weak", notBefore: ["dat"] },
    // The first person, inverted after an adverb: "Sindsdien bid ik vijf keer per dag". Not the imperative
    // "Bid voor ons" (no "ik" after it).
    { id: "prayer.first-person", pattern: "bid ik", strength: "weak" },
    // A prayer said: "mompelt een gebed", "sprak het gebed uit". Trap: "het gebed is om 13.00 uur" (no
    // verb of saying before it).
    { id: "prayer.said", pattern: "mompelt|mompelde|zegt|zei|spreekt|sprak|prevelt|prevelde|doet|deed een|het|zijn|haar gebed|gebedje", strength: "weak" },
    // Dress that reveals a belief; a cross only when worn ("een kruisje zetten" ticks a box).
    { id: "headscarf", pattern: "hoofddoek|hoofddoekje|hoofddoeken|keppel|keppeltje|kippa|tulband|tulbanden|boerka|nikab|niqab|hijab|dastar|gezichtssluier|sluier", strength: "weak", notAfter: ["bruids"] },
    // The wearer named by it: "de nikabdraagster in kwestie".
    { id: "headscarf.wearer", pattern: "nikabdraagster|hoofddoekdraagster|boerkadraagster|niqabdraagster|hoofddoekdraagsters", strength: "weak" },
    { id: "cross.worn", pattern: "draagt|droeg|wears|wore ~2 kruisje|kruis|crucifix|rozenkrans", strength: "weak" },
    { id: "scripture", pattern: "koran|bijbel|koranles|koranschool|bijbelstudie|bijbelkring|thora|catechisatie|zondagsschool|quran|bible", strength: "weak" },
    // hidden, spraying, playing
    { id: "prayer.exact", pattern: `bidden|praying ${EXACT}`, strength: "weak", notBefore: ["dat"] },
    { id: "diet", pattern: "halal|koosjer", strength: "weak" },
    // Words one letter from English ones: muslin, christens, baptism, devour, posher.
    { id: "believer.exact", pattern: `muslim|christen|christenen|baptist|devout|kosher ${EXACT}`, strength: "weak", notBefore: NOT_A_BELIEVER },
    // Clergy as persons: "de imam opende het gebedshuis", "de dominee sprak bij de eerste paal".
    // "Er gaat een dominee voorbij" is the idiom for an awkward silence.
    { id: "clergy", pattern: "@CLERGY", strength: "strong", notBefore: ["straat", "opleiding", "huis", "woning", "kamer", "voorbij"] },
    // nominee, bandit and pundit, cardinal
    { id: "clergy.exact", pattern: `dominee|pandit|kardinaal ${EXACT}`, strength: "strong", notBefore: ["straat", "opleiding", "huis", "woning", "kamer", "voorbij"] },
    // Belonging to a congregation or its board (a person's membership, not the organisation itself).
    { id: "congregation.member", pattern: "lid|vrijwilliger|actief|ouderling|diaken|member|volunteer|zit|zat|zingt|zong ~1 van|bij|in|of|at ~1 de|het|een|the? @CONGREGATION", strength: "weak" },
    // Also "vrijwilliger in de kerk", "actief bij de moskee", "koster van de kerk".
    { id: "congregation.house", pattern: "lid|vrijwilliger|vrijwilligster|vrijwilligerswerk|actief|koster|kerkrentmeester|member|volunteer van|bij|in|voor|of|at ~1 de|het|een|the? @HOUSE_OF_WORSHIP|parochie|kerkgemeente", strength: "weak", notBefore: ["straat", "gebouw", "toren", "dak", "renovatie", "bouw"] },
    // Exact: "beneden" and "bekeuring" are one letter from "besneden" and "bekering".
    { id: "rite", pattern: `@RITE ${EXACT}`, strength: "weak" },
    { id: "rite.feast", pattern: "communie|vormsel|barmitswa|batmitswa|doopfeest|doopdienst|belijdenisdienst", strength: "weak" },
    { id: "rite.conversion", pattern: "bekeerd|bekeerde|converted tot|to ~1 de|het? islam|christendom|jodendom|katholicisme|geloof|christianity|judaism", strength: "weak" },
    // Not "Mekka": "het mekka van de bouw".
    { id: "pilgrimage", pattern: "hadj|haddj|umrah|bedevaart|pelgrimstocht|pilgrimage", strength: "weak" },
    { id: "jehovah", pattern: "getuige|getuigen|witness|witnesses van|of jehova|jehovah", strength: "weak" },
    // --- Classes added for written notes about one colleague (issue 10). ---
    // The prayer room as something a person uses, not the room itself ("de gebedsruimte wordt
    // geschilderd"): a verb of use or going before it. Source: HR notes on prayer at work.
    { id: "prayer-room.used", pattern: "gebruikt|gebruikte|gebruiken|bezoekt|bezocht|zoekt|zocht|uses|used ~2 de|het|een|the? gebedsruimte|stilteruimte|bidruimte|gebedsruimtes|stilteruimtes|gebedshoek|prayer", strength: "weak", notBefore: ["wordt", "werd", "is"] },
    { id: "prayer-room.goes", pattern: "naar|to de|het|the? gebedsruimte|stilteruimte|bidruimte|gebedshoek", strength: "weak" },
    // The Friday prayer and a person's own prayer are practice wherever they stand.
    { id: "prayer.friday", pattern: "vrijdaggebed|vrijdaggebeden|vrijdagmiddaggebed|middaggebed|avondgebed|ochtendgebed|jumuah", strength: "weak" },
    { id: "prayer.friday-en", pattern: "friday prayer|prayers", strength: "weak" },
    { id: "prayer.own", pattern: "zijn|haar|z'n|mijn|m'n|his|her|my gebed|gebeden|gebedstijd|gebedsmoment|prayer|prayers", strength: "weak" },
    { id: "prayer.does", pattern: "gebed|gebeden ~1 doen|doet|deed|deden|houden|houdt|hield", strength: "weak" },
    // A regular service: "gaat elke zondag naar de kerk", "bezoekt elke vrijdag de moskee". No gap, so
    // "werkt elke zondag aan de kerk" (work on the building) stays out.
    { id: "worship.regular", pattern: "elke|iedere|every vrijdag|zondag|zaterdag|sabbat|week|friday|sunday|saturday naar|to? de|het|the? kerk|moskee|synagoge|sjoel|tempel|mis|kerkdienst|church|mosque|synagogue|temple|mass", strength: "weak" },
    // Fasting as the person's own: "vast deze maand", "vast overdag". Not "zit vast", "staat vast".
    // Not "komt vast deze week" (surely): only with the fast's own time words.
    { id: "fasting.period", pattern: "vast|vastte|vastten tijdens|tot|in ~1 de? ramadan|vastenmaand|zonsondergang|iftar|suikerfeest", strength: "weak" },
    // "Yusuf vast, dus …", "hij vast deze maand": the verb right after the person. Not "Jan vast in de
    // lift" (stuck) nor "hij vast wel" (surely): the words after it that make it "stuck" or "surely".
    { id: "fasting.person", pattern: "<@WHO vast|vastte", strength: "weak",
      notBefore: ["in", "aan", "op", "tussen", "met", "onder", "achter", "bij", "klem", "te", "door", "wel", "zeker", "al", "nog", "niet", "ook", "het", "de", "een", "gezet", "gezeten", "gelopen", "staan", "zitten", "komen", "houden",
        // "meenden dat ik vast heel goed kon dansen": "surely" before a degree adverb or an adjective.
        "heel", "erg", "zo", "best", "goed", "graag", "gewoon", "even", "meteen", "snel", "wat", "iets", "veel",
        // Verb-last clauses: "omdat Kees vast zit in het verkeer", "dat hij vast kwam te zitten".
        "zit", "zat", "zaten", "staat", "stond", "ligt", "lag", "loopt", "liep", "kwam", "komt", "raakte", "raakt", "geraakt", "heeft", "had", "moet", "kan", "zal", "wil"] },
    // A christening of oneself or a relative: "zijn zoon wordt zondag gedoopt"; not a ship "gedoopt tot".
    { id: "rite.baptised", pattern: "gedoopt", strength: "weak", notBefore: ["tot", "als", "in"] },
    { id: "fasting.daytime", pattern: "vast|vastte|vastten overdag", strength: "weak", notAfter: ["zit", "zat", "staat", "stond", "ligt", "lag", "zet", "zette"] },
    // Lay offices of a congregation (kerkorde of the PKN and the Roman Catholic church), as persons.
    // Exact: "ouderling" is one letter from "onderling".
    { id: "lay-office", pattern: `ouderling|ouderlingen|diaken|diakenen|kerkrentmeester|kerkvoogd|kerkenraadslid|misdienaar|acoliet|deacon ${EXACT}`, strength: "weak" },
    // Church life as the person's: "kerkelijk actief", "kerkelijke opvoeding".
    { id: "church-life", pattern: "kerkelijk|kerkelijke actief|betrokken|meelevend|opgevoed|opvoeding|achtergrond|leven|gezin|familie", strength: "weak" },
    // Rest days kept for a belief: "houdt zich aan de zondagsrust", "zijn sabbatsrust".
    { id: "rest-day", pattern: "zondagsrust|sabbatsrust|zondagsheiliging|sabbatsviering|shabbat|shabbos|sabbath", strength: "weak" },
    // Dress and feasts in English notes: "wears a turban", "celebrates Hanukkah".
    { id: "dress-en", pattern: "turban|turbans|headscarf|headscarves|yarmulke|kippah|kippa|burqa|burka", strength: "weak" },
    { id: "holiday-en", pattern: "passover|hanukkah|chanukah|vaisakhi|navratri|ramadhan|ramazan|ramzan", strength: "weak" },
    // "hij is Jehova": the denomination named without "getuige".
    { id: "jehovah.is", pattern: "jehova|jehovah", strength: "weak" },
    // Leaving a belief: "is uit de kerk gestapt".
    { id: "rite.left", pattern: "uit de|het kerk|geloof|moskee gestapt|getreden|stappen|treden", strength: "weak" },
    // Officers of a congregation: "secretaris geworden in het kerkgenootschap".
    { id: "congregation.officer", pattern: "secretaris|voorzitter|penningmeester|bestuurslid|kosteres ~2 van|bij|in ~1 de|het|een? kerkgenootschap|geloofsgenootschap|geloofsgemeenschap|kerkgemeente|parochie|moskeevereniging", strength: "weak" },
    // Membership of a church named by its denomination: "lid van de Gereformeerde Gemeente".
    { id: "congregation.denomination", pattern: "lid|member|actief|ouderling|diaken|zit|zat|kerkt|kerkte ~2 van|bij|in|of ~1 de|het|een|the? @BELIEVER gemeente|kerk|gemeenschap|parochie|moskee|synagoge|church|congregation", strength: "weak" },
    // Baptism and conversion a person asks for: "heeft zich laten dopen" (cranes are christened, not "zich").
    { id: "rite.self", pattern: "zich ~2 laten|liet|laat dopen|bekeren|besnijden", strength: "weak" },
    { id: "fasting.done", pattern: `gevast|vastte|vastten|vastend|fasted ${EXACT}`, strength: "weak" },
    { id: "prayer.things", pattern: "gebedsmatje|gebedskleedje|gebedssnoer|tasbih|rozenkrans|koranboekje", strength: "weak" },
    { id: "prayer.things-en", pattern: "prayer mat|rug|beads", strength: "weak" },
    // Pork a person does not eat: a dietary law stated through the food. Not "geen varkensvlees
    // bestellen" (an order for the barbecue, nobody's belief).
    { id: "diet.pork", pattern: "eet|eten|at|aten|lust|eats|eat ~1 geen|no varkensvlees|varken|pork", strength: "weak" },
    // Leaving one's faith: "is van het geloof gevallen", "afvallig".
    { id: "faith.left", pattern: "geloof|islam|kerk ~1 gevallen|afgevallen|afgestapt|verlaten", strength: "weak" },
    { id: "faith.apostate", pattern: "afvallig|afvallige|geloofsafval|apostate", strength: "weak" },
    // Notes in short: "vrij ivm suikerfeest", "verzoekt gebedsruimte ivm geloof".
    // Prayer and worship as the reason in a day report: "Ahmed 2 uur later ivm gebed op vrijdag".
    { id: "faith.ivm", pattern: "ivm|wegens|vanwege|omwille ~1 zijn|haar|het|de? geloof|religie|geloofsovertuiging|@HOLIDAY|gebed|bidden", strength: "weak" },
    // "een Jehova's getuige" names a believer as "een moslimvrouw" does (getuige is a person word, so a
    // rule about "een Jehova's getuige" with a modal stays generic).
    { id: "jehovah.witness", pattern: "jehova's|jehovah's getuige|witness", strength: "weak" },
    // --- Published text (church news, local papers): clergy and officers of a congregation. ---
    // Clergy by a compound title (the churches' own: PKN "classispredikant", "stadspredikant",
    // "jeugdpredikant", "legerpredikant", RK "hulppastoor", "studentenpastor", "opperrabbijn").
    // Trap: a surname ("Ria Pastoor", skipped as a name), "predikantsplaats" (another word).
    { id: "clergy.compound", pattern: "*predikant|*dominee|*pastor|*pastoor|*rabbijn|*aalmoezenier", strength: "strong", notBefore: ["straat", "opleiding", "huis", "woning", "kamer", "voorbij"] },
    // "ds." (dominee) and "pater" as a title before a name: "ds. J. de Vries ging voor", "pater Jansen".
    // Weak (a person in the sentence): "DS" is also a brand. Trap: the title needs a capitalised name
    // after it ("ds. van deze" in a manual is none), and no article or possessive before ("een DS Automobiles").
    { id: "clergy.title", pattern: "ds|pater|paus @CAP", strength: "weak", notAfter: ["een", "het", "die", "deze", "mijn", "zijn", "haar", "onze"] },
    // A seat in a church's or a mosque's council, with time words between: "zit al twintig jaar in de
    // kerkenraad" (congregation.member allows one word). Trap: "zit in de raad van de gemeente" (no church body).
    { id: "congregation.seat", pattern: "zit|zat|zitten|zaten|zitting ~4 in de|het kerkenraad|kerkbestuur|moskeebestuur|synagogebestuur|parochiebestuur|parochieraad|classis|synode", strength: "weak" },
    // An officer of a house of worship or of a church's assembly, as a person: "de voorzitter van de
    // moskee", "voorzitter van de laatstgehouden synode" (PKN kerkorde: synode, classis, kerkenraad).
    // Trap: the board itself ("het moskeebestuur besloot"), "de voorzitter van de bouwcommissie".
    { id: "congregation.officer-house", pattern: "voorzitter|secretaris|penningmeester|bestuurslid|scriba|preses van|bij ~2 moskee|kerk|synagoge|sjoel|tempel|gebedshuis|synode|classis|kerkenraad|moskeevereniging", strength: "strong" },
    // Churchgoing as what a person is: "Jan is erg kerkelijk". Trap: "het pand is kerkelijk eigendom".
    { id: "church-life.is", pattern: "is|ben|bent|was|zijn|waren erg|heel|zeer|nogal|best|behoorlijk|streng? kerkelijk", strength: "weak", notBefore: ["eigendom", "bezit", "terrein", "goed", "gebouw", "erfgoed", "monument"] },
    // Church workers and pastors by their church's own titles: PKN "kerkelijk werker", evangelical and
    // Pentecostal "voorganger" of a congregation. Trap: "zijn voorganger bij de gemeente Utrecht" (a
    // predecessor at the municipality: the congregation must be named by a belief word or as a church).
    { id: "clergy.church-worker", pattern: "kerkelijk werker|werkster", strength: "strong" },
    { id: "clergy.voorganger", pattern: "voorganger|voorgangster van|bij|in de|het|een @BELIEVER gemeente|kerk|gemeenschap", strength: "strong" },
    { id: "clergy.voorganger-church", pattern: "voorganger|voorgangster van|bij|in de|het|een kerk|kerkgemeente|pinkstergemeente|baptistengemeente|evangeliegemeente|geloofsgemeente|baptistenkerk|pinksterkerk|geloofsgemeenschap|parochie|moskee", strength: "strong" },
    // Jehovah's Witnesses carry a "geen-bloed-verklaring" (their own advance directive refusing blood).
    // Trap: "geen bloed gezien" (two words: practice.no-transfusion reads those).
    { id: "practice.no-blood-card", pattern: "geenbloed|geenbloedverklaring|geenbloedpas|geenbloedpasje", strength: "weak" },
  ],
};
