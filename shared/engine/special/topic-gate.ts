import type { Token } from "../text/tokenize.ts";
import { LEXICONS } from "./lexicon/index.ts";
import { onLexiconLoaded } from "./lexicon/ready.ts";

// Words that say "member", "chair" or "place 7" say which organisation only in a text about one: in a
// union magazine "ik werd lid op mijn 16e" is union membership, in a party's news "staat op plek 2"
// is a candidacy. Rules with ".topic." in their id (union.topic.*, politics.topic.*) hold only after
// the text named such an organisation: earlier in the field (FieldState.topicsBefore) or in this text
// up to the end of the match's sentence. Both the full and the paragraph-by-paragraph scan read the
// same words the same way (namedTopics), so they agree.

export const UNION_TOPIC = 1;
export const PARTY_TOPIC = 2;

/** Union names and words; party names that are no everyday word, and election words. */
let unionPattern = /$^/g;
let partyPattern = /$^/g;
/** Words that name the election a list is for: "kieslijst", "kandidatenlijst". */
const ELECTION_WORDS = ["kieslijst", "kandidatenlijst", "lijsttrekker", "gemeenteraadsverkiezingen", "statenverkiezingen", "kamerverkiezingen", "raadsverkiezingen", "verkiezingen"];
/** Elections of other bodies: "OR-verkiezingen", "de sociale verkiezingen" (Belgian works councils), "syndicale verkiezingen". */
const OTHER_ELECTIONS = /(?:\bor[- ]|ondernemingsraad |sociale |syndicale )$/;

/** One word of the list, as a whole word of the folded text (words are runs of [a-z0-9']). */
const wholeWords = (alternatives: string[]) =>
  new RegExp(`(?<![a-z0-9'])(?:${alternatives.join("|")})(?![a-z0-9'])`, "g");
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// One regex per topic, not a Set lookup per word: the scan runs over whole texts, and irregexp finds
// the first listed word several times faster than a loop over the words did (a sixteenth of the bench).
onLexiconLoaded(() => {
  const union = LEXICONS.find((l) => l.category === "union" && l.classes?.UNION_NAME);
  const politics = LEXICONS.find((l) => l.category === "politics" && l.classes?.PARTY_ONLY);
  // "ac" (Ambtenarencentrum) and "unite" are words too; "vakbond…" compounds count by their prefix.
  const unionWords = [...(union?.classes?.UNION_NAME ?? []), "vakbeweging", "vakcentrale"].filter((w) => w !== "unite" && w !== "ac");
  unionPattern = wholeWords([...unionWords.map(escape), "vakbond[a-z0-9']*"]);
  // PARTY_ONLY: the party names that are no everyday word ("denk", "volt", "partij" are).
  const partyWords = [...(politics?.classes?.PARTY_ONLY ?? []), ...ELECTION_WORDS];
  // "sp" and "cu" are the party only in a compound: "SP-fractie", "CU-wethouder".
  partyPattern = wholeWords([...partyWords.map(escape), "(?:sp|cu)(?=-)", "(?<=-)(?:sp|cu)"]);
});

/** Where `topic` is first named in `folded` (from `from` on), or -1. */
function firstNamed(folded: string, topic: number, from = 0): number {
  const pattern = topic === UNION_TOPIC ? unionPattern : partyPattern;
  pattern.lastIndex = from;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    if (topic === PARTY_TOPIC && m[0] === "verkiezingen" && OTHER_ELECTIONS.test(folded.slice(Math.max(0, m.index - 18), m.index))) continue;
    return m.index;
  }
  return -1;
}

/** The topics `folded` names (a bit set of UNION_TOPIC and PARTY_TOPIC). */
export function namedTopics(folded: string): number {
  return (firstNamed(folded, UNION_TOPIC) >= 0 ? UNION_TOPIC : 0) | (firstNamed(folded, PARTY_TOPIC) >= 0 ? PARTY_TOPIC : 0);
}

/**
 * Where in a text each topic is first named, read once per text and only when a gated rule asks:
 * a gated match holds when its topic was named before the end of its sentence.
 */
export class TopicGate {
  private readonly folded: string;
  private readonly before: number;
  private firstUnion = -2;
  private firstParty = -2;

  constructor(folded: string, topicsBefore: number) {
    this.folded = folded;
    this.before = topicsBefore;
  }

  /** Whether `topic` was named before the field's text or in it before `end` (the end of the match's sentence). */
  holds(topic: number, end: number): boolean {
    if (this.before & topic) return true;
    let at: number;
    if (topic === UNION_TOPIC) at = this.firstUnion === -2 ? (this.firstUnion = firstNamed(this.folded, topic)) : this.firstUnion;
    else at = this.firstParty === -2 ? (this.firstParty = firstNamed(this.folded, topic)) : this.firstParty;
    return at >= 0 && at < end;
  }
}

/** The topic a gated rule needs: union.topic.* a union, politics.topic.* a party; 0 for other rules. */
export function gateOf(rule: string): number {
  if (!rule.includes(".topic.")) return 0;
  return rule.startsWith("union.") ? UNION_TOPIC : rule.startsWith("politics.") ? PARTY_TOPIC : 0;
}

/** Bodies a member or an officer may belong to that are no union: "lid van de ondernemingsraad". */
const OTHER_BODIES: ReadonlySet<string> = new Set([
  "ondernemingsraad", "or", "personeelsvereniging", "pv", "club", "vereniging", "commissie", "kerkenraad", "vve", "jury", "directie",
  "rvb", "rvc", "medezeggenschapsraad", "mr", "gmr", "clientenraad", "kerk", "parochie", "moskee", "gemeenteraad", "fractie", "partij",
  "sportclub", "voetbalclub", "bhv",
  // The other side of the table: "zegt voorzitter Jan de Vries van de werkgeversvereniging".
  "werkgevers", "werkgeversvereniging", "werkgeversorganisatie", "werkgeversorganisaties", "vno-ncw", "vnoncw", "mkb", "bedrijf", "bedrijfsleven",
]);

/**
 * "lid van de ondernemingsraad", "voorzitter Jan Smit van de werkgevers": the union office is in
 * another body, a few words on (a name may come between).
 */
export function inOtherBody(tokens: readonly Token[], last: number): boolean {
  const sentence = tokens[last]!.sentence;
  for (let k = last + 1; k <= last + 6 && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (OTHER_BODIES.has(tokens[k]!.key)) return true;
  }
  return false;
}
