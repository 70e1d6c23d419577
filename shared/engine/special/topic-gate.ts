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

/** Union names and words, party names (not "partij" or party names that are everyday words). */
let unionWords: ReadonlySet<string> = new Set();
let partyWords: ReadonlySet<string> = new Set();
/** Words that name the election a list is for: "kieslijst", "kandidatenlijst". */
const ELECTION_WORDS = ["kieslijst", "kandidatenlijst", "lijsttrekker", "gemeenteraadsverkiezingen", "statenverkiezingen", "kamerverkiezingen", "raadsverkiezingen", "verkiezingen"];
/** Elections of other bodies: "OR-verkiezingen", "de sociale verkiezingen" (Belgian works councils), "syndicale verkiezingen". */
const OTHER_ELECTIONS = /(?:\bor[- ]|ondernemingsraad |sociale |syndicale )$/;
/** Party names that are everyday words too: "denk", "volt", "forum", "vooruit", "leefbaar", "partij". */
const AMBIGUOUS_PARTIES = new Set(["denk", "volt", "cu", "forum", "partij", "leefbaar", "sp", "vooruit", "volkspartij"]);

onLexiconLoaded(() => {
  const union = LEXICONS.find((l) => l.category === "union" && l.classes?.UNION_NAME);
  const politics = LEXICONS.find((l) => l.category === "politics" && l.classes?.PARTY);
  // "ac" (Ambtenarencentrum) and "unite" are words too; "vakbond…" compounds are read by prefix below.
  unionWords = new Set([...(union?.classes?.UNION_NAME ?? []), "vakbond", "vakbonden", "vakbeweging", "vakcentrale"].filter((w) => w !== "unite" && w !== "ac"));
  // "sp" stays out as a word ("sp" is also a spelling abbreviation), but "SP-fractie" names the party.
  partyWords = new Set([...(politics?.classes?.PARTY ?? []).filter((w) => !AMBIGUOUS_PARTIES.has(w)), ...ELECTION_WORDS]);
});

function topicOfWord(folded: string, at: number, word: string): number {
  const hyphenated = folded.charCodeAt(at + word.length) === 45 || (at > 0 && folded.charCodeAt(at - 1) === 45);
  let topics = 0;
  if (unionWords.has(word) || (word.length > 7 && word.startsWith("vakbond"))) topics |= UNION_TOPIC;
  if ((partyWords.has(word) || (hyphenated && (word === "sp" || word === "cu"))) &&
    !(word === "verkiezingen" && OTHER_ELECTIONS.test(folded.slice(Math.max(0, at - 18), at)))) topics |= PARTY_TOPIC;
  return topics;
}

const WORD = /[a-z0-9']+/g;

/** The topics `folded[from, to)` names (a bit set of UNION_TOPIC and PARTY_TOPIC). */
export function namedTopics(folded: string, from = 0, to = folded.length): number {
  let topics = 0;
  WORD.lastIndex = from;
  for (let m = WORD.exec(folded); m && m.index < to; m = WORD.exec(folded)) {
    if (m.index + m[0].length > to) break;
    topics |= topicOfWord(folded, m.index, m[0]);
    if (topics === (UNION_TOPIC | PARTY_TOPIC)) break;
  }
  return topics;
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

  private first(topic: number): number {
    if (this.firstUnion === -2) {
      this.firstUnion = this.firstParty = -1;
      WORD.lastIndex = 0;
      for (let m = WORD.exec(this.folded); m; m = WORD.exec(this.folded)) {
        const t = topicOfWord(this.folded, m.index, m[0]);
        if (t & UNION_TOPIC && this.firstUnion < 0) this.firstUnion = m.index;
        if (t & PARTY_TOPIC && this.firstParty < 0) this.firstParty = m.index;
        if (this.firstUnion >= 0 && this.firstParty >= 0) break;
      }
    }
    return topic === UNION_TOPIC ? this.firstUnion : this.firstParty;
  }

  /** Whether `topic` was named before the field's text or in it before `end` (the end of the match's sentence). */
  holds(topic: number, end: number): boolean {
    if (this.before & topic) return true;
    const at = this.first(topic);
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
