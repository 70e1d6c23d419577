import type { LexiconList } from "../patterns.ts";

// Health in the Polish that Polish crews mix into Dutch notes and messages ("ik chory", "lekarz zegt
// thuis blijven"): the words for ill, doctor, hospital, pain, fever and sick leave, folded (no
// diacritics: "złamany" is "zlamany"). Source: the Polish words of the Dutch-Polish site phrase cards
// that Dutch employers and uitzendbureaus hand out (hand-curated). Weak: about a person only.
// Traps: Polish words that are Dutch or English words too are left out ("rana" is a frog, "bol" a ball).

export const polish: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    HEALTH_PL: [
      "chory", "chora", "chorzy", "choroba", "chorobowe", "zwolnienie", "lekarz", "lekarza", "lekarzem", "szpital",
      "szpitala", "szpitalu", "pogotowie", "karetka", "boli", "bolala", "bolal", "goraczka", "goraczke", "przeziebiony",
      "przeziebienie", "grypa", "grype", "zlamany", "zlamana", "zlamal", "zlamala", "zlamanie", "skrecona", "skrecil",
      "skrecenie", "stluczenie", "rozciety", "skaleczenie", "skaleczony", "oparzenie", "wymioty", "wymiotowal",
      "nudnosci", "zawroty", "kaszel", "kaszle",
    ],
  },
  patterns: [
    { id: "polish.word", pattern: "@HEALTH_PL", strength: "weak" },
  ],
};
