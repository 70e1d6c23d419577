import type { PatternDef } from "../patterns.ts";

// English phrasings of mixed crews for the categories beside health (issue 10: "International crews
// write English notes about the same things"): joining or being in a union, supporting or standing for
// a party, a person's political wing, conversion and denominations, genetic disease and DNA swabs,
// groping in plain words. Each list is spread into its category's patterns, so the classes they name
// (@UNION, @PARTY_VOTE) are that category's. Weak: only about a person in the text.
// Sources: the verbs UK union and election reporting use ("joined Unite", "standing for Labour",
// "councillor for"), the ONS religion categories in common use, NHS wording for inherited conditions;
// hand-curated. Traps beside each pattern.

export const englishMore: Record<"union" | "politics" | "religion" | "genetic" | "sexual", PatternDef[]> = {
  union: [
    // "he joined FNV last month" (a union's name; "joined the union" is union.ts' joined-en); not "joined the
    // company" nor "joined the FNV protest".
    { id: "joined-union-name-en", pattern: "joined|joining|join the? @UNION_NAME", strength: "weak", notBefore: ["meeting", "campaign", "protest", "strike", "march", "talks", "'s", "demonstration", "rally"] },
    // "he is in the union", "she's been in the FNV for years"; not "in the union of the parts" (a joint).
    { id: "in-union-en", pattern: "is|was|are|were|'s in the? @UNION", strength: "weak", notBefore: ["of", "between"] },
    // "has been in the union": "been" is also the Dutch "leg", so the auxiliary leads.
    { id: "been-in-union-en", pattern: "has|have|had been in the? @UNION", strength: "weak", notBefore: ["of", "between"] },
  ],
  politics: [
    // Supporting or voting for a party named by its known name or an acronym in capitals ("votes for AUR").
    { id: "supports-en", pattern: "supports|supported|backs|backed|votes|voted|vote for? the? @PARTY_VOTE", strength: "weak" },
    { id: "votes-acronym-en", pattern: "votes|voted|vote for @CAP", strength: "weak", notBefore: ["president", "mayor"] },
    // Standing for office: "running for the water board for the Party for the Animals", "councillor for the SP".
    { id: "running-for-en", pattern: "running|standing|stands|ran|stood ~1 for ~6 party|@PARTY_VOTE", strength: "weak" },
    { id: "councillor-for-en", pattern: "councillor|councilor|candidate|mp|alderman for|of the? @PARTY_VOTE|@CAP", strength: "weak" },
    // A person's wing: "is very left wing", "quite right-wing"; not "the left wing of the building".
    { id: "wing-en", pattern: "is|was|are|very|quite|pretty|really|extremely far? left|right wing|winger", strength: "weak", notBefore: ["of", "door", "mirror"] },
  ],
  religion: [
    // "a born-again Christian", "became a Pentecostal believer", "converted to Islam".
    { id: "born-again-en", pattern: "born again christian|believer", strength: "weak" },
    { id: "born-again-word-en", pattern: "bornagain christian|believer", strength: "weak" },
    { id: "denomination-en", pattern: "pentecostal|evangelical|baptist|methodist|anglican|adventist|mormon|orthodox|sikh|hindu|buddhist believer|christian|member", strength: "weak" },
    { id: "became-believer-en", pattern: "became|becoming|become a|an ~1 believer|christian|muslim|catholic|convert", strength: "weak" },
    { id: "converted-en", pattern: "converted|converting to islam|christianity|catholicism|judaism|buddhism", strength: "weak" },
    // Leading worship or study: "leads the Bible study in his church"; not "the church" as a building site alone.
    { id: "bible-study-en", pattern: "bible study|class|group|prayer group|meeting", strength: "weak" },
  ],
  genetic: [
    // "a genetic muscle disease", "an inherited heart condition"; not "genetic algorithm".
    // Not a place or a body of work named after it: "the genetic disease lab", "hereditary disease research".
    { id: "genetic-disease-en", pattern: "genetic|inherited|hereditary ~1 disease|disorder|condition|defect|syndrome|mutation", strength: "weak",
      notBefore: ["lab", "labs", "laboratory", "research", "clinic", "centre", "center", "unit", "department", "ward", "study", "studies", "foundation", "fund", "charity", "screening", "programme", "program"] },
    // Swabs taken of a person: "the police took DNA swabs from Piotr"; not "DNA of the company".
    { id: "dna-swab-en", pattern: "dna swab|swabs|sample|samples|test|tests|profile", strength: "weak" },
  ],
  sexual: [
    // Groping in plain English: "touched her bottom twice", "grabbed her breast"; not "touched the bottom of the tank".
    { id: "groping-en", pattern: "touched|grabbed|groped|pinched|slapped her|his bottom|bum|butt|breasts|breast|backside|chest|crotch", strength: "weak" },
  ],
};
