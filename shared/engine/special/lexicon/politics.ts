import type { LexiconList } from "../patterns.ts";

// Political opinions (AVG art. 9). Party names from the Kiesraad register of parties in the Tweede Kamer
// and large councils. Several are ordinary words (Volt, DENK, partij as a batch), so a party only counts
// with a predicate that ties it to a person: stemt, lid van, raadslid voor.
export const politics: LexiconList = {
  category: "politics",
  source: "party names from the Kiesraad registers; predicates hand-curated",
  classes: {
    PARTY: [
      "pvv", "vvd", "cda", "d66", "groenlinks", "pvda", "sp", "fvd", "bbb", "ja21", "nsc", "christenunie",
      "sgp", "pvdd", "denk", "volt", "50plus", "bij1", "glpvda", "groenlinks-pvda", "leefbaar", "forum",
      "partij",
    ],
    ROLE: [
      "lid", "kaderlid", "raadslid", "kamerlid", "statenlid", "wethouder", "fractievoorzitter", "aanhanger",
      "fan", "voorzitter", "bestuurslid", "campagneleider", "kandidaat", "lijsttrekker", "activist",
      "vrijwilliger", "stemmer", "kiezer", "member", "supporter", "voter",
    ],
    COUNCIL: ["gemeenteraad", "raad", "kamer", "provinciale", "staten", "deelraad", "waterschap", "senaat", "parlement"],
  },
  patterns: [
    { id: "vote", pattern: "stemt|stemde|stemmen|gestemd|stem|votes|voted ~1 op|voor|for? ~2 @PARTY", strength: "weak" },
    { id: "role.party", pattern: "@ROLE van|voor|bij|of|for ~1 de|het|the? @PARTY", strength: "weak" },
    { id: "party.role", pattern: "@PARTY ~1 @ROLE|stemmer|aanhanger|raadslid|wethouder|kamerlid", strength: "weak" },
    { id: "party-compound", pattern: "@PARTY+lid|@PARTY+stemmer|@PARTY+aanhanger|@PARTY+raadslid|@PARTY+wethouder|@PARTY+kamerlid", strength: "weak" },
    { id: "council.seat", pattern: "zit|zat|zitting|gekozen ~1 in|voor de|het ~1 gemeenteraad|tweede|eerste|provinciale|deelraad|waterschap", strength: "weak" },
    { id: "office", pattern: "raadslid|kamerlid|statenlid|gemeenteraadslid|fractievoorzitter|lijsttrekker", strength: "weak" },
    { id: "opinion", pattern: "politieke|political voorkeur|overtuiging|kleur|ideeen|mening|opvattingen|views|opinions", strength: "weak" },
    { id: "ideology", pattern: "communist|socialist|extreemrechts|extreemlinks|extreem-rechts|extreem-links|nationalist|fascist|nazi|anarchist|links-radicaal|rechts-radicaal|populist", strength: "weak" },
  ],
};
