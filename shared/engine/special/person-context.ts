import { tokenize, type Token } from "../text/tokenize.ts";
import { isTopicSentence } from "./context.ts";

/**
 * Words for a company or its kind, hand-curated from Dutch court rulings and inspection reports.
 * Not "onderaannemer" or "werkgever": on a site those are as often one person (a zzp'er, the boss).
 */
const COMPANY_WORDS = new Set([
  "bv", "nv", "vof", "onderneming", "rechtspersoon", "vennootschap", "bedrijf", "hoofdaannemer", "bouwbedrijf",
  "aannemersbedrijf", "firma", "holding", "stichting", "company", "contractor",
]);
import { GENERIC, PRONOUN_ONLY, SPECIFIC, SPECIFIC_ROLE, referenceOfSentence, type Reference, type TermTest } from "./reference.ts";
import { isFaqHeading } from "./sources.ts";

/** "Mijn medewerker is ziek, wat nu?": the question heading in one sentence. */
function endsInFaq(tokens: readonly Token[], folded: string, from: number, to: number): boolean {
  if (to - from < 4) return false;
  const a = tokens[to - 2]!.word;
  const b = tokens[to - 1]!.word;
  return (b === "nu" || b === "dat") && (a === "wat" || a === "mag" || a === "kan" || a === "hoe") && folded.charCodeAt(tokens[to - 1]!.end) === 63;
}

/** References that single out someone later sentences can be about. */
export const names = (r: Reference) => r === SPECIFIC || r === SPECIFIC_ROLE;

/**
 * Whether the sentence `tokens[from, to)` names someone later sentences can be about. A policy or a
 * training sentence does not, even where it names the role that applies it ("bij vermoeden kan de
 * uitvoerder een blaastest laten afnemen").
 */
export function namesSomeone(tokens: readonly Token[], folded: string, from: number, to: number, isTerm: TermTest): boolean {
  return names(sentenceReference(tokens, folded, from, to, isTerm)) && !isTopicSentence(tokens, from, to);
}

/**
 * The reference of a sentence as the detector and the field state both read it (they must agree, or an
 * incremental scan would differ from a full one): "Mijn werknemer is gelovig. Mag dat?" is an HR page's
 * question heading, a case in general.
 */
function sentenceReference(tokens: readonly Token[], folded: string, from: number, to: number, isTerm: TermTest): Reference {
  const r = referenceOfSentence(tokens, folded, from, to, isTerm);
  if ((r === SPECIFIC || r === SPECIFIC_ROLE) && (isFaqHeading(folded, tokens[to - 1]!.end) || endsInFaq(tokens, folded, from, to))) return GENERIC;
  return r;
}

// Who a sentence is about, worked out only for sentences where a lexicon pattern matched: most
// accepted sentences match nothing in the end, and reading every one cost more than the matching.
// "Named before" looks back through the field: earlier paragraphs (the caller's `personBefore`),
// earlier tokenized sentences, and the sentences the pre-scan saw a person cue in but did not list
// (`cues`, tokenized only when a later sentence needs them). A sentence without any person cue cannot
// name anyone, so this equals reading every sentence of the text.

export class PersonContext {
  private readonly tokens: readonly Token[];
  private readonly original: string;
  private readonly folded: string;
  private readonly cues: readonly number[];
  private readonly personBefore: boolean;
  private readonly isTerm: TermTest;
  /** Whether a person named in an earlier sentence counts (not in toolbox notes, which are about a topic). */
  private readonly carries: boolean;
  // Plain arrays of small integers: one context is made per detection, and a typed array costs
  // several hundred nanoseconds to allocate, several times what these small ones cost.
  /** Token index where each sentence starts (sentences are numbered 0… in text order). */
  private readonly firstToken: number[];
  private readonly references: number[];
  private readonly topics: number[];
  /** Sentences before this one were checked for a specific person; `firstSpecific` is the first found. */
  private checkedSentences = 0;
  private firstSpecific = Infinity;
  /** Cue ranges checked so far (pairs), and the end offset of the first that names someone. */
  private checkedCues = 0;
  private firstCueEnd = Infinity;

  constructor(tokens: readonly Token[], original: string, folded: string, cues: readonly number[], personBefore: boolean,
    isTerm: TermTest, carries: boolean) {
    this.isTerm = isTerm;
    this.carries = carries;
    this.tokens = tokens;
    this.original = original;
    this.folded = folded;
    this.cues = cues;
    this.personBefore = personBefore;
    const sentences = tokens.length ? tokens[tokens.length - 1]!.sentence + 1 : 0;
    this.firstToken = new Array<number>(sentences + 1).fill(-1);
    for (let i = tokens.length - 1; i >= 0; i--) this.firstToken[tokens[i]!.sentence] = i;
    this.firstToken[sentences] = tokens.length;
    this.references = new Array<number>(sentences).fill(-1);
    this.topics = new Array<number>(sentences).fill(-1);
  }

  /** The tokens of a sentence: `[from, to)`. */
  private bounds(sentence: number): [number, number] {
    const from = this.firstToken[sentence]!;
    let to = from + 1;
    while (to < this.tokens.length && this.tokens[to]!.sentence === sentence) to++;
    return [from, to];
  }

  reference(sentence: number): Reference {
    let r = this.references[sentence]!;
    if (r < 0) {
      const [from, to] = this.bounds(sentence);
      r = this.references[sentence] = sentenceReference(this.tokens, this.folded, from, to, this.isTerm);
    }
    return r as Reference;
  }

  /** The sentence speaks of a company ("de bv", "het bedrijf"): an offence or fine there is the company's. */
  aboutCompany(sentence: number): boolean {
    const [from, to] = this.bounds(sentence);
    for (let i = from; i < to; i++) {
      const w = this.tokens[i]!.key;
      if (COMPANY_WORDS.has(w) || ((w === "b" || w === "n") && this.tokens[i + 1]?.key === "v")) return true;
    }
    return false;
  }

  /** A training, a policy or a vacancy: about the topic, unless the sentence names someone. */
  isTopic(sentence: number): boolean {
    let t = this.topics[sentence]!;
    if (t < 0) {
      const [from, to] = this.bounds(sentence);
      t = this.topics[sentence] = isTopicSentence(this.tokens, from, to) ? 1 : 0;
    }
    return t === 1;
  }

  /** The sentence is about someone: it names or points at a person, or someone was named before it. */
  aboutPerson(sentence: number): boolean {
    const r = this.reference(sentence);
    return names(r) || r === PRONOUN_ONLY || (this.carries && this.namedBefore(sentence));
  }

  private namedBefore(sentence: number): boolean {
    if (this.personBefore) return true;
    while (this.checkedSentences < sentence && this.firstSpecific === Infinity) {
      const s = this.checkedSentences;
      if (this.firstToken[s]! >= 0 && names(this.reference(s)) && !this.isTopic(s)) this.firstSpecific = s;
      this.checkedSentences++;
    }
    if (this.firstSpecific < sentence) return true;
    const offset = this.tokens[this.firstToken[sentence]!]!.start;
    const cues = this.cues;
    while (this.firstCueEnd === Infinity && this.checkedCues < cues.length && cues[this.checkedCues + 1]! <= offset) {
      const tokens = tokenize(this.original, this.folded, cues[this.checkedCues], cues[this.checkedCues + 1]);
      if (tokens.length && namesSomeone(tokens, this.folded, 0, tokens.length, this.isTerm)) this.firstCueEnd = cues[this.checkedCues + 1]!;
      this.checkedCues += 2;
    }
    return this.firstCueEnd <= offset;
  }
}
