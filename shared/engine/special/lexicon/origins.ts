// Origin words for the ethnicity list: the countries and regions of the CBS classification "herkomst"
// (migratieachtergrond) that Dutch crews most often come from, as adjectives (both inflections) and as
// person nouns. A nationality alone is not ethnic origin (LABELLING: "de Poolse collega" is negative), so
// these words only count inside origin phrasing: "Turkse roots", "Turks-Nederlands", "van Marokkaanse
// afkomst", "Marokkaanse Nederlander".

/** Adjective stems with their inflected form: "turks"/"turkse". */
const ADJECTIVES: [string, string][] = [
  ["turks", "turkse"], ["marokkaans", "marokkaanse"], ["surinaams", "surinaamse"], ["antilliaans", "antilliaanse"],
  ["arubaans", "arubaanse"], ["curacaos", "curacaose"], ["kaapverdiaans", "kaapverdiaanse"], ["moluks", "molukse"],
  ["indonesisch", "indonesische"], ["indisch", "indische"], ["chinees", "chinese"], ["hindoestaans", "hindoestaanse"],
  ["koerdisch", "koerdische"], ["berbers", "berberse"], ["iraaks", "iraakse"], ["iraans", "iraanse"],
  ["afghaans", "afghaanse"], ["syrisch", "syrische"], ["somalisch", "somalische"], ["eritrees", "eritrese"],
  ["ethiopisch", "ethiopische"], ["ghanees", "ghanese"], ["nigeriaans", "nigeriaanse"], ["egyptisch", "egyptische"],
  ["tunesisch", "tunesische"], ["algerijns", "algerijnse"], ["pakistaans", "pakistaanse"], ["indiaas", "indiase"],
  ["vietnamees", "vietnamese"], ["filipijns", "filipijnse"], ["thais", "thaise"], ["braziliaans", "braziliaanse"],
  ["colombiaans", "colombiaanse"], ["dominicaans", "dominicaanse"], ["pools", "poolse"], ["roemeens", "roemeense"],
  ["bulgaars", "bulgaarse"], ["joegoslavisch", "joegoslavische"], ["bosnisch", "bosnische"], ["servisch", "servische"],
  ["kroatisch", "kroatische"], ["albanees", "albanese"], ["portugees", "portugese"], ["spaans", "spaanse"],
  ["italiaans", "italiaanse"], ["grieks", "griekse"], ["afrikaans", "afrikaanse"], ["aziatisch", "aziatische"],
  ["arabisch", "arabische"], ["caribisch", "caribische"], ["aramees", "aramese"], ["armeens", "armeense"],
  ["joods", "joodse"], ["creools", "creoolse"], ["javaans", "javaanse"], ["noordafrikaans", "noordafrikaanse"],
];

/** English origin adjectives for mixed crews: "Turkish roots", "Moroccan-Dutch". */
export const ORIGIN_EN = [
  "turkish", "moroccan", "surinamese", "antillean", "indonesian", "chinese", "kurdish", "iraqi", "iranian", "afghan",
  "syrian", "somali", "eritrean", "ethiopian", "ghanaian", "nigerian", "egyptian", "pakistani", "indian",
  "vietnamese", "filipino", "polish", "romanian", "bulgarian", "african", "asian", "arab", "caribbean", "hispanic",
  "latino", "jewish", "creole", "moluccan",
];

export const ORIGIN_ADJ = ADJECTIVES.flat();
/** Stems that form hyphenated compounds: "Turks-Nederlands", "Marokkaans-Nederlandse". */
export const ORIGIN_STEM = ADJECTIVES.map(([stem]) => stem);

/** People named by origin: "Marokkaan", "Surinamer"; combined with "Nederlander" or a slur prefix. */
export const ORIGIN_NOUN = [
  "turk", "turken", "marokkaan", "marokkanen", "surinamer", "surinamers", "antilliaan", "antillianen", "arubaan",
  "curacaoenaar", "kaapverdiaan", "molukker", "molukkers", "indo", "indos", "chinees", "chinezen", "hindoestaan",
  "hindoestanen", "koerd", "koerden", "berber", "iraki", "irakees", "iranier", "afghaan", "syrier", "somalier",
  "eritreeer", "ghanees", "nigeriaan", "pakistaan", "aziaat", "afrikaan", "arabier", "allochtoon",
];

/** Countries of origin (the same CBS list), for "zijn ouders komen uit Marokko", "roots in Suriname". */
export const COUNTRIES = [
  "turkije", "marokko", "suriname", "curacao", "aruba", "bonaire", "antillen", "kaapverdie", "molukken", "indonesie",
  "china", "irak", "iran", "afghanistan", "syrie", "somalie", "eritrea", "ethiopie", "ghana", "nigeria", "egypte",
  "tunesie", "algerije", "pakistan", "india", "vietnam", "filipijnen", "thailand", "brazilie", "colombia", "polen",
  "roemenie", "bulgarije", "joegoslavie", "bosnie", "servie", "kroatie", "albanie", "armenie", "koerdistan",
  "afrika", "azie", "turkey", "morocco", "africa", "asia",
];
