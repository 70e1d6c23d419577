import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";

// Genetic data (AVG art. 9): a person's genetic test and its result, carrier status ("is zelf drager"),
// a gene mutation or predisposition, DNA taken from them (also criminal), and hereditary conditions
// (health, also genetic). Not labelled: "DNA van ons bedrijf", "zit in de genen van de organisatie",
// erf- words (erfgoed, erfpacht, erfafscheiding), DNA and forensic work in general, and "drager" as a
// beam (stalen drager), so carrier status needs a copula or a gene.
export const genetic: LexiconList = {
  category: "genetic",
  source: "terms from the Erfelijkheid.nl glossary and the VKGN (Vereniging Klinische Genetica Nederland) patient pages; reviewed for metaphor, beam (drager) and erf- false alarms",
  classes: {
    GENE_TEST: ["test", "onderzoek", "profiel", "analyse", "testing", "afname", "monster", "materiaal", "match", "uitslag", "screening"],
    CARRIER: ["drager", "draagster", "carrier"],
    /** Hereditary diseases with a carrier state or a predictive test (Erfelijkheid.nl A-Z list). */
    HEREDITARY: [
      "huntington", "hemofilie", "duchenne", "becker", "marfan", "lynch", "taaislijmziekte", "cf", "sikkelcelanemie",
      "thalassemie", "hemochromatose", "fragiele", "ehlers", "brca", "brca1", "brca2", "fh", "cystic", "haemophilia",
      "hemophilia", "sickle",
    ],
    /** Syndromes named as hereditary (Erfelijkheid.nl): the name alone says a gene is involved. */
    HEREDITARY_SYNDROME: ["lynchsyndroom", "marfansyndroom", "downsyndroom", "klinefelter", "turnersyndroom", "ehlersdanlos", "fragielexsyndroom"],
    GENE_THING: ["gen", "genen", "mutatie", "genmutatie", "afwijking", "ziekte", "aandoening", "brca", "brca1", "brca2", "gene", "mutation", "cf", "taaislijmziekte", "sikkelcelanemie", "thalassemie", "huntington"],
  },
  patterns: [
    { id: "test", pattern: "dnatest|dnaonderzoek|dnaprofiel|dnaanalyse|dnaafname|dnamonster|dnamateriaal|dnamatch|vaderschapstest|dragerschapstest|verwantschapstest|genetest|erfelijkheidsonderzoek|erfelijkheidstest|genoomanalyse|genetic-test", strength: "weak" },
    { id: "test-words", pattern: "dna|genetisch|genetische|genetic @GENE_TEST|test|tests|afwijking|aandoening|mutatie|aanleg|defect|disorder|condition", strength: "weak" },
    // A DNA trace that led to a person (genetic, also criminal per LABELLING).
    { id: "dna-trace", pattern: "dnaspoor|dnasporen|dnamatch", strength: "weak" },
    { id: "dna-taken", pattern: "dna|wangslijm ~3 afgenomen|afnemen|genomen|gematcht|taken|matched", strength: "weak" },
    { id: "hereditary", pattern: "erfelijk|erfelijke belast|aandoening|ziekte|aanleg|afwijking|bepaald|vorm|variant", strength: "weak" },
    // A clean result is still a test result (LABELLING): "ik heb me laten testen en ben geen drager". Not a
    // beam ("er is geen drager onder de vloer"): only after "ben/bleek" and with nothing placed after it.
    { id: "carrier.not", pattern: "<ben|bleek|blijk|blijkt geen drager|draagster", strength: "weak", notBefore: ["onder", "boven", "voor", "meer", "aanwezig", "nodig", "geplaatst", "gemonteerd"] },
    // A match in the police's DNA database: "rolt er een naam uit de DNA-databank", "afname van hun DNA".
    { id: "dna-database", pattern: "dnadatabank|dnadatabase|dnabank", strength: "weak" },
    { id: "dna-taken.noun", pattern: "afname van ~1 dna|wangslijm|dnamateriaal", strength: "weak" },
    { id: "carrier", pattern: "dragerschap|genmutatie|brca|brca1|brca2|chromosoomafwijking|chromosomale|genfout|gendefect|genafwijking|brcamutatie|brca1mutatie|brca2mutatie", strength: "weak" },
    // "Die wand is ook drager" is a beam: only "is zelf drager", or a carrier of a gene (below).
    { id: "carrier.is", pattern: "zelf @CARRIER", strength: "weak", notBefore: ["van"] },
    { id: "carrier.of", pattern: "@CARRIER van|of ~1 het|een|de|the|a? @GENE_THING", strength: "weak" },
    { id: "carrier.is-of", pattern: "@CARRIER is|was|blijkt|bleek van|of ~1 het|een|de|the|a? @GENE_THING", strength: "weak" },
    // gentlest, generically
    { id: "test.exact", pattern: `gentest|genetically ${EXACT}`, strength: "weak", notBefore: ["modified"] },
    // Not the name of the geneticists' association: "de Vereniging Klinische Genetica Nederland".
    { id: "clinic", pattern: "klinische|klinisch genetica|geneticus|genetisch", strength: "weak", notAfter: ["vereniging", "stichting", "society", "association"] },
    { id: "gene-test-en", pattern: "gene|genetic|dna test|testing|screening|mutation", strength: "weak" },
    // --- Classes added for written notes about one colleague (issue 10). ---
    // Carrier of a named hereditary disease (VKGN patient pages): "draagster van hemofilie".
    { id: "carrier.disease", pattern: "@CARRIER van|of ~1 de|het|een|the|a? @HEREDITARY", strength: "weak" },
    // A hereditary condition named by its syndrome and said to be hereditary: "dat is erfelijk".
    { id: "hereditary.is", pattern: "is|zijn|was erfelijk|hereditary|genetisch|genetic", strength: "weak", notBefore: ["bepaald"] },
    // Testing for a hereditary disease: "laat zich testen op Huntington", "getest op het BRCA-gen".
    { id: "tested-for", pattern: "testen|getest|test|tested ~1 op|for ~1 de|het|een|the? ziekte? van? @HEREDITARY|gen|brca|brca1|brca2|mutatie|dragerschap", strength: "weak" },
    { id: "syndrome", pattern: "@HEREDITARY_SYNDROME", strength: "weak" },
    // A DNA trace that led to a person (genetic, also criminal): "een DNA-spoor leidde naar een man".
    { id: "dna-trace.led-to", pattern: "dnaspoor|dnasporen|dnamatch ~4 leidde|leidden|naar|van|matched|led", strength: "weak" },
    // Carrying a gene: "he carries the gene for cystic fibrosis", "draagt het gen".
    // --- Published text (police news) and notes. ---
    // DNA said to be a person's: "het DNA van de verdachte werd gevonden" (genetic, also criminal).
    // Trap: "het DNA van ons bedrijf" (no person), "DNA-onderzoek in het algemeen".
    { id: "dna-of-person", pattern: "dna van|of de|het|een|zijn|haar|the|his|her? @WHO|@OBJ|verdachte|dader|slachtoffer|man|vrouw|suspect|victim", strength: "weak" },
    // Kinship DNA searches that trace a person (police news: "via DNA-verwantschapsonderzoek opgespoord").
    // Trap: "het DNA van ons bedrijf" (bare DNA is left to the rules above that need a person's DNA).
    { id: "test.kinship", pattern: "dnaverwantschapsonderzoek|verwantschapsonderzoek|dnasporenonderzoek|dnavergelijking|dnaprofielen|dnaverwantschap", strength: "weak" },
    // A hit in the DNA database: "leverde een match op in de databank", "een match met de Slowaakse
    // databank". Trap: a fingerprint database has its own word (vingerafdrukkendatabank), not listed.
    // DNA found on a scene is a trace of someone: "zijn DNA werd aangetroffen op het mes". Trap: "het zit in
    // zijn DNA" (figurative: no finding verb).
    { id: "dna-found", pattern: "dna|dnaspoor|dnasporen|dnaprofiel ~5 aangetroffen|gevonden|teruggevonden|veiliggesteld", strength: "weak" },
    { id: "database-match", pattern: "match|hit ~4 databank|databanken|dnadatabank", strength: "weak" },
    // A predisposition found by a test: "hij heeft de aanleg voor hemochromatose". Trap: "de aanleg van
    // de weg" (construction, and no hereditary disease after it).
    { id: "predisposition", pattern: "aanleg voor|tot ~1 de|het? ziekte? van? @HEREDITARY", strength: "weak" },
    { id: "carries-gene", pattern: "carries|carry|carried|draagt|droeg ~1 the|a|het|een gene|gen|mutation|mutatie|genmutatie", strength: "weak" },
  ],
};
