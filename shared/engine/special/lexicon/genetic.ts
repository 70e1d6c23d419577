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
    GENE_THING: ["gen", "genen", "mutatie", "genmutatie", "afwijking", "ziekte", "aandoening", "brca", "brca1", "brca2", "gene", "mutation", "cf", "taaislijmziekte", "sikkelcelanemie", "thalassemie", "huntington"],
  },
  patterns: [
    { id: "test", pattern: "dnatest|dnaonderzoek|dnaprofiel|dnaanalyse|dnaafname|dnamonster|dnamateriaal|dnamatch|vaderschapstest|dragerschapstest|verwantschapstest|genetest|erfelijkheidsonderzoek|erfelijkheidstest|genoomanalyse|genetic-test", strength: "weak" },
    { id: "test-words", pattern: "dna|genetisch|genetische|genetic @GENE_TEST|test|tests|afwijking|aandoening|mutatie|aanleg|defect|disorder|condition", strength: "weak" },
    // A DNA trace that led to a person (genetic, also criminal per LABELLING).
    { id: "dna-trace", pattern: "dnaspoor|dnasporen|dnamatch", strength: "weak" },
    { id: "dna-taken", pattern: "dna|wangslijm ~3 afgenomen|afnemen|genomen|gematcht|taken|matched", strength: "weak" },
    { id: "hereditary", pattern: "erfelijk|erfelijke belast|aandoening|ziekte|aanleg|afwijking|bepaald", strength: "weak" },
    { id: "carrier", pattern: "dragerschap|genmutatie|brca|brca1|brca2|chromosoomafwijking|chromosomale", strength: "weak" },
    // "Die wand is ook drager" is a beam: only "is zelf drager", or a carrier of a gene (below).
    { id: "carrier.is", pattern: "zelf @CARRIER", strength: "weak", notBefore: ["van"] },
    { id: "carrier.of", pattern: "@CARRIER van|of ~1 het|een|de|the|a? @GENE_THING", strength: "weak" },
    // gentlest, generically
    { id: "test.exact", pattern: `gentest|genetically ${EXACT}`, strength: "weak", notBefore: ["modified"] },
    { id: "clinic", pattern: "klinische|klinisch genetica|geneticus|genetisch", strength: "weak" },
    { id: "gene-test-en", pattern: "gene|genetic|dna test|testing|screening|mutation", strength: "weak" },
  ],
};
