import type { LexiconList } from "../patterns.ts";

// Sex life or sexual orientation (AVG art. 9). Orientation words say it on their own; "vriend" alone is
// ambiguous and not labelled.
export const sexual: LexiconList = {
  category: "sexual",
  source: "hand-curated from the COC glossary; ambiguous relationship words excluded",
  patterns: [
    ...[
      "homo", "homos", "homoseksueel", "homoseksuele", "homofiel", "lesbisch", "lesbienne", "lesbiennes",
      "biseksueel", "biseksuele", "transgender", "transseksueel", "transvrouw", "transman", "queer", "gay",
      "lesbian", "bisexual", "homosexual", "lhbti", "lhbtiq", "aseksueel", "panseksueel",
    ].map((w) => ({ id: `lexicon.${w}`, pattern: w, strength: "strong" as const })),
    { id: "orientation", pattern: "seksuele|sexual geaardheid|voorkeur|orientatie|orientation|leven|gedrag", strength: "weak" },
    { id: "attracted", pattern: "valt op mannen|vrouwen|jongens|meiden|kerels", strength: "weak" },
    { id: "coming-out", pattern: "uit de kast|coming-out|comingout", strength: "weak" },
  ],
};
