import type { LexiconList } from "../patterns.ts";

// Genetic data (AVG art. 9). "DNA" as a metaphor ("veiligheid zit in ons DNA") and erf- words
// (erfpacht, erfgoed) are not genetic; a test, a predisposition or a hereditary condition of a person is.
export const genetic: LexiconList = {
  category: "genetic",
  source: "hand-curated; terms from the Erfelijkheid.nl glossary, reviewed for metaphor and erf- false alarms",
  patterns: [
    { id: "test", pattern: "dnatest|dnaonderzoek|dnaprofiel|dnaanalyse|vaderschapstest|dragerschapstest|genetest|genetic-test", strength: "weak" },
    { id: "test-words", pattern: "dna|genetisch|genetische|genetic test|onderzoek|profiel|analyse|test|testing|aanleg|afwijking|defect", strength: "weak" },
    { id: "hereditary", pattern: "erfelijk|erfelijke belast|aandoening|ziekte|aanleg|afwijking|bepaald", strength: "weak" },
    { id: "carrier", pattern: "dragerschap|genmutatie|brca|brca1|brca2|chromosoomafwijking", strength: "weak" },
  ],
};
