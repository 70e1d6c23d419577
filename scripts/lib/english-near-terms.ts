// English words of site notes that are one edit from a lexicon word but mean something else, so the
// typo tolerance must not read them as that word: "Shift handover" is no "hangover", "talked to him" no
// "stalked", "asbestos" on a roof no "asbestose", a "lifeline" a safety line, "shingles" a roof's too.
// Source: the English words of the `word-list` package (SCOWL) that the spelling index corrects to a
// lexicon word, hand-picked where the meaning differs; inflections of the same word ("hernias",
// "injures") are left out, so they are still read as the term.
export const ENGLISH_WORDS_NEAR_TERMS: readonly string[] = [
  "addition", "adeptest", "asbestos", "atoned", "balker", "beaded", "blending", "bounded", "braising", "breeding",
  "calker", "chancer", "chocked", "clutches", "collator", "concession", "convection", "crotches", "cruising", "crunches",
  "dancer", "dastard", "daystar", "demission", "dialer", "dialers", "dwelling", "emission", "fechting", "founded",
  "gestalt", "gressing", "handover", "heeled", "humour", "insured", "invalid", "invalids", "kneeled", "lancer",
  "lifeline", "lifelines", "lysogen", "mealer", "mealers", "micella", "mounded", "newish", "nicker", "omitting",
  "operate", "operates", "operatic", "operative", "origin", "origins", "ostents", "painted", "paster", "peeled",
  "plumbago", "pounded", "protectant", "protectants", "realer", "reeled", "regnant", "rounded", "rumour", "sainted",
  "scents", "sealer", "sealers", "seating", "selling", "shacked", "shelling", "shingle", "shingled", "shingler",
  "shinglers", "smelling", "socked", "sounded", "spital", "spline", "splitter", "splitters", "staled", "stalled",
  "stalks", "stocked", "sunburst", "surger", "surgers", "tainted", "talked", "talker", "texting", "tressed",
  "tressing", "turnout", "vealer", "vealers", "walked", "wheeling",
];
