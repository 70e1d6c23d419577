import type { LexiconList } from "../patterns.ts";
import { FULL_NAME } from "./religion-news.ts";

// Trade-union membership and office (AVG art. 9) as news and the unions' own magazines write it: an
// officer by title and name in a sentence about the union ("Het is tijd voor loonsverhoging, zegt
// actiecoördinator Peter bij de FNV", "aldus Bert, CNV Vakcentrale voorzitter a.i."), the former member
// unions by name ("G. van Dijk van de Hout- en Bouwbond CNV"), membership joined or held ("lid te worden
// van de bond", "ben ik ook lid en doe vakbondswerk"). Sources: the federations' member lists past and
// present (FNV: Bouw- en Houtbond, Industriebond, Voedingsbond, Dienstenbond, Vervoersbond, AbvaKabo,
// FNV Kiem; CNV: Hout- en Bouwbond, Industrie- en Voedingsbond, Dienstenbond, Publieke Zaak; the unions of
// police, defence and crews: NPB, ACP, ANPV, AFMP, KVMO, VNV, NVJ, VVMC) and the job titles on their
// staff pages (bestuurder, organizer, actieleider, actiecoördinator, kaderconsulent). Traps in
// test/unit/lexicon-union-news.test.ts.

/** Union names beyond the federations (union.ts' UNION_NAME): member unions past and present. */
const MEMBER_UNIONS = [
  "bouwbond", "houtbond", "bouwenhoutbond", "houtenbouwbond", "industriebond", "voedingsbond", "dienstenbond", "vervoersbond",
  "metaalbond", "politiebond", "fnvkiem", "npb", "anpv", "afmp", "kvmo", "nvj", "vvmc", "vakcentrale",
];
/** Officers' titles on the unions' staff pages (union.ts lists the statutory ones). */
const STAFF = "actiecoordinator|actieleider|organizer|organiser|kaderconsulent|belangenbehartiger|onderhandelaar|onderhandelaarster|" +
  "bestuurder|bestuurslid|voorzitter|vicevoorzitter|secretaris|penningmeester|woordvoerder|woordvoerster|districtsbestuurder|regiobestuurder|sectorbestuurder|bondsbestuurder|kaderlid";

export const news: Pick<LexiconList, "classes" | "patterns"> = {
  classes: { MEMBER_UNION: MEMBER_UNIONS },
  patterns: [
    // A title and a name with the union in the same sentence, after or before: "'…', zegt actiecoördinator
    // Peter van der Put van de FNV", "Bij de FNV is het stil, zegt bestuurder Hans". Strong: the pattern
    // holds the person (the title's name). Trap: "De FNV voert actie, zegt directeur Jan van het bedrijf"
    // (a director is no union title), "voorzitter Jan Smit reageert op de FNV" (the union after
    // the name must be the title's: "van|bij|namens").
    { id: "news.title-then-union", pattern: `${STAFF} ${FULL_NAME} van|bij|namens de|het? @UNION_NAME|@MEMBER_UNION|vakbond`, strength: "strong" },
    // The name is read whole and must end the phrase: "De FNV eist 5 procent, zegt voorzitter Jan de Vries
    // van Bouwend Nederland" is the employers' chair ("van" after the name).
    { id: "news.union-then-title", pattern: `@UNION_NAME|@MEMBER_UNION|vakbond ~10 ${STAFF} ${FULL_NAME}`, strength: "strong", notBefore: ["van", "namens", "bij", "uit"] },
    // A person of a member union, named after the person: "G. van Dijk van de Hout- en Bouwbond CNV".
    // Trap: "het rapport van de Industriebond" (no person before "van").
    { id: "news.person-of-union", pattern: "<@WHO|@CAP van|namens|bij de|het ~3 @MEMBER_UNION", strength: "strong" },
    // The same for the federations, the way news names a union's people: "zegt Zakaria Boufangacha van de
    // FNV", "Van de Borcht van de FNV". Weak. Trap: "de cao van de FNV", "het ultimatum van de FNV" (no
    // person before "van").
    { id: "news.person-of-federation", pattern: "<@WHO van|namens|bij de|het? vakbond? @UNION_NAME", strength: "weak" },
    // A title of a member union or its branch: "voorzitter van de bouwbond-afdeling Roosendaal".
    // Trap: "voorzitter van de bouwcommissie" (no union).
    { id: "news.officer-of-branch", pattern: `${STAFF} van|bij de|het ~1 @MEMBER_UNION|bondsafdeling|vakbondsafdeling`, strength: "strong" },
    // The federation and its section named before the title: "CNV Vakcentrale voorzitter a.i.".
    // Trap: "de FNV en de voorzitter van de werkgevers" (only the federation's section may stand between).
    { id: "news.federation-title", pattern: `@UNION_NAME vakcentrale|@MEMBER_UNION ${STAFF}`, strength: "weak" },
    // Joining or being a member with words between: "zegt hem lid te worden van de bond", "werd in 1965
    // lid van de Bouwbond". Trap: "lid te worden van de tennisclub" (no union).
    { id: "news.member-to-be", pattern: "lid|kaderlid te? worden|geworden|blijven|gebleven|gaan van|bij de|het? @UNION|@MEMBER_UNION", strength: "weak" },
    // Membership said beside union work: "ben ik ook lid en doe vakbondswerk". Trap: "lid van de
    // voetbalclub" with no union word within three words.
    { id: "news.member-and-work", pattern: "lid ~3 vakbondswerk|kaderwerk|vakbondsactiviteiten", strength: "weak" },
  ],
};
