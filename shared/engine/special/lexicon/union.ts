import type { LexiconList } from "../patterns.ts";

// Trade-union membership (AVG art. 9). Unions: FNV, CNV, De Unie, AC (Ambtenarencentrum), curated by
// hand. An industry topic ("cao-overleg met de vakbonden") names no member; a person's membership or
// role does.
export const union: LexiconList = {
  category: "union",
  source: "union names from the FNV, CNV, De Unie and AC federations; predicates hand-curated",
  classes: {
    UNION: ["fnv", "cnv", "unie", "vakbond", "vakbonden", "bond", "union", "fnv-bouw", "cnv-vakmensen", "vakmensen", "ac"],
    UNION_ROLE: [
      "lid", "leden", "kaderlid", "kaderleden", "aangesloten", "member", "members", "rep", "representative",
      "delegate", "steward", "afgevaardigde", "vertegenwoordiger", "bestuurder", "consulent", "actief",
      "organizer", "vrijwilliger",
    ],
  },
  patterns: [
    { id: "member-of", pattern: "@UNION_ROLE van|bij|voor|of|for|at ~1 de|het|the? @UNION", strength: "weak" },
    { id: "union-role", pattern: "union @UNION_ROLE", strength: "weak" },
    { id: "union-member-word", pattern: "vakbondslid|vakbondsman|vakbondsvrouw|vakbondskader|vakbondslidmaatschap|fnvlid|cnvlid|fnvkaderlid|cnvkaderlid|fnver|cnver", strength: "strong" },
    { id: "union-compound", pattern: "vakbond+@UNION_ROLE|fnv+@UNION_ROLE|cnv+@UNION_ROLE|vakbondsbestuurder|vakbondsvertegenwoordiger|vakbondsconsulent", strength: "weak" },
    { id: "membership", pattern: "lidmaatschap|lidnummer|contributie van|bij ~1 de|het? @UNION", strength: "weak" },
    { id: "union-member-en", pattern: "union member|membership", strength: "weak" },
  ],
};
