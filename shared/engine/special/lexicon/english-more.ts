import type { PatternDef } from "../patterns.ts";

// English phrasings of mixed crews for union, politics and religion (issue 10: "International crews
// write English notes about the same things"): joining or being in a union, supporting a party or
// holding a seat for it, conversion and worship groups. A leaning, a candidacy, denominations, inherited
// disease, DNA swabs and groping in English are written-categories.ts'. Each list is spread into its category's patterns, so the classes they name
// (@UNION, @PARTY_VOTE) are that category's. Weak: only about a person in the text.
// Sources: the verbs UK union and election reporting use ("joined Unite", "standing for Labour",
// "councillor for"), the ONS religion categories in common use, NHS wording for inherited conditions;
// hand-curated. Traps beside each pattern.

export const englishMore: Record<"union" | "politics" | "religion", PatternDef[]> = {
  union: [
    // "he joined FNV last month" (a union's name; "joined the union" is union.ts' joined-en); not "joined the
    // company" nor "joined the FNV protest".
    { id: "joined-union-name-en", pattern: "joined|joins|joining|join|rejoined|signed ~1 up? with|to? the? @UNION_NAME|unie|solidarnosc", strength: "weak", notBefore: ["meeting", "campaign", "protest", "strike", "march", "talks", "'s", "demonstration", "rally"] },
    // "he is in the union", "she's been in the FNV for years"; not "in the union of the parts" (a joint).
    { id: "in-union-en", pattern: "is|was|are|were|'s in the? @UNION", strength: "weak", notBefore: ["of", "between"] },
    // "has been in the union": "been" is also the Dutch "leg", so the auxiliary leads.
    { id: "been-in-union-en", pattern: "has|have|had been in the? @UNION", strength: "weak", notBefore: ["of", "between"] },
  ],
  politics: [
    // Supporting or voting for a party named by its known name or an acronym in capitals ("votes for AUR").
    { id: "supports-en", pattern: "supports|supported|backs|backed|votes|voted|vote for? the? @PARTY_VOTE", strength: "weak" },
    { id: "votes-acronym-en", pattern: "votes|voted|vote for @CAP", strength: "weak", notBefore: ["president", "mayor"] },
    // A seat or a candidacy for a party: "councillor for the SP", "candidate of PSD".
    // Standing in an election: "standing as a Reform UK candidate", "running for council". Trap: "running for
    // the bus" (no office after "for"), "standing as a banksman" (no candidate word).
    { id: "standing-as-en", pattern: "standing|stands|stood|running|runs|ran as a|an|the? ~3 candidate|councillor|councilor", strength: "weak" },
    // "is a candidate for the local council on the VVD list": a candidacy by its office or its list.
    { id: "candidate-for-en", pattern: "candidate|candidacy for|in ~2 council|parliament|election|elections|mayor", strength: "weak" },
    { id: "on-party-list-en", pattern: "on the @PARTY_VOTE list|ticket|slate", strength: "weak" },
    { id: "standing-for-en", pattern: "standing|stands|stood|running|runs|ran for council|parliament|mayor|election|office|re-election|reelection", strength: "weak" },
    { id: "councillor-for-en", pattern: "councillor|councilor|candidate|mp|alderman for|of the? @PARTY_VOTE|@CAP", strength: "weak" },
  ],
  religion: [
    // "a born again Christian" written apart (the hyphenated word and denominations are written-categories.ts'
    // faith-en), "converted to Islam".
    { id: "born-again-en", pattern: "born again christian|believer", strength: "weak" },
    { id: "converted-en", pattern: "converted|converting to islam|christianity|catholicism|judaism|buddhism", strength: "weak" },
    // Leading worship or study: "leads the Bible study in his church"; not "the church" as a building site alone.
    { id: "bible-study-en", pattern: "bible study|class|group|prayer group|meeting", strength: "weak" },
  ],
};
