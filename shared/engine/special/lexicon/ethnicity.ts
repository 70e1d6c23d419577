import type { LexiconList } from "../patterns.ts";

// Race or ethnic origin (AVG art. 9). Nationality or language alone is not labelled ("Poolse collega's
// krijgen de instructie in het Pools"); descent, ethnic groups and skin colour of a person are.
export const ethnicity: LexiconList = {
  category: "ethnicity",
  source: "hand-curated; ethnic groups as named in CBS and SCP reports; nationality-only terms deliberately excluded",
  classes: {
    ETHNIC_GROUP: [
      "hindoestaans", "hindoestaanse", "hindoestaan", "hindostaans", "molukker", "molukkers", "molukse", "moluks",
      "koerd", "koerden", "koerdisch", "koerdische", "berber", "berbers", "creools", "creoolse", "marron",
      "marrons", "roma", "sinti", "zigeuner", "zigeuners", "woonwagenbewoner", "allochtoon", "allochtone",
      "getint", "getinte", "negroide", "aziatisch-uitziend", "kleurling", "mulat", "halfbloed",
    ],
    LOOKS: ["aziatisch", "aziatische", "afrikaans", "afrikaanse", "arabisch", "arabische", "buitenlands", "buitenlandse", "getint", "getinte", "donker", "donkere", "licht", "lichte", "exotisch", "exotische", "noord-afrikaans", "noordafrikaans"],
  },
  patterns: [
    { id: "descent", pattern: "van|met ~2 afkomst|komaf|origine|roots|afstamming", strength: "strong" },
    { id: "descent-en", pattern: "of|with ~2 descent|origin|heritage|background", strength: "weak" },
    { id: "group", pattern: "@ETHNIC_GROUP", strength: "weak" },
    { id: "skin", pattern: "huidskleur|huidskleuren", strength: "weak" },
    { id: "skin-described", pattern: "@LOOKS huidskleur|huidskleuren", strength: "weak" },
    { id: "looks", pattern: "@LOOKS uiterlijk|uiterlijke", strength: "weak" },
    { id: "race", pattern: "afkomst|etniciteit|etnische|ethnicity", strength: "weak" },
  ],
};
