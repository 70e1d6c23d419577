import { tokenize, type Token } from "../text/tokenize.ts";
import { isRoleNoun } from "./persons.ts";
import { isTopicSentence } from "./context.ts";
import { COMPANY_WORDS } from "./lexicon/context-words.ts";
import { EMPLOYER } from "./lexicon/reference-words.ts";
import { GENERIC, NONE, PRONOUN_ONLY, SPECIFIC, SPECIFIC_ROLE, referenceOfSentence, type Reference, type ReferenceDetail, type TermTest } from "./reference.ts";
import { isFaqHeading } from "./sources.ts";
import { WORK } from "./work.ts";

/** Verbs by which a company accuses a person: "beschuldigd van", "betrapt op", "aangegeven bij de politie". */
const ACCUSING: ReadonlySet<string> = new Set(["beschuldigd", "beschuldigde", "beschuldigt", "verdacht", "verdenkt", "betrapt", "betrapte", "aangegeven", "aangeklaagd", "beticht", "betichtte"]);
/**
 * Dismissal for an offence accuses too, when the company does it: "de werkgever ontslaat de werknemer
 * wegens diefstal", "de werkgever heeft de werknemer ontslagen wegens diefstal". Not "de werkgever is
 * veroordeeld wegens fraude, de werknemer is ontslagen" (the company's own offence; a passive dismissal).
 */
const DISMISSES: ReadonlySet<string> = new Set(["ontslaat", "ontsloeg", "ontsloegen", "ontslaan", "schorst", "schorste", "ontslag"]);
/** The participles, also passive ("is ontslagen"): the company's only after "heeft". */
const DISMISSED: ReadonlySet<string> = new Set(["ontslagen", "geschorst"]);
const HAS: ReadonlySet<string> = new Set(["heeft", "had", "hebben", "hadden"]);

/** "Mijn medewerker is ziek, wat nu?": the question heading in one sentence. */
function endsInFaq(tokens: readonly Token[], folded: string, from: number, to: number): boolean {
  if (to - from < 4) return false;
  const a = tokens[to - 2]!.word;
  const b = tokens[to - 1]!.word;
  return (b === "nu" || b === "dat") && (a === "wat" || a === "mag" || a === "kan" || a === "hoe") && folded.charCodeAt(tokens[to - 1]!.end) === 63;
}

/** Persons a company word may follow as where they work: "verdachten van een bouwbedrijf". */
const PEOPLE_OF_COMPANY: ReadonlySet<string> = new Set(["verdachte", "verdachten", "werknemers", "medewerkers", "personeelsleden", "arbeiders", "directeuren", "bestuurders", "man", "vrouw", "mannen", "vrouwen"]);

/** References that single out someone later sentences can be about. */
export const names = (r: Reference) => r === SPECIFIC || r === SPECIFIC_ROLE;

/**
 * Whether the sentence `tokens[from, to)` names someone later sentences can be about. A policy or a
 * training sentence does not, even where it names the role that applies it ("bij vermoeden kan de
 * uitvoerder een blaastest laten afnemen").
 */
export function namesSomeone(tokens: readonly Token[], folded: string, from: number, to: number, isTerm: TermTest, faqHeadings: boolean): boolean {
  return names(sentenceReference(tokens, folded, from, to, isTerm, faqHeadings)) && !isTopicSentence(tokens, from, to);
}

/**
 * The reference of a sentence as the detector and the field state both read it (they must agree, or an
 * incremental scan would differ from a full one): "Mijn werknemer is gelovig. Mag dat?" is an HR page's
 * question heading, a case in general. Only where no form is known: in a Deftiq form's note ("Hassan
 * is kaderlid van FNV Metaal, hij wil 5 minuten over de cao vertellen. Mag dat?") it asks about a case.
 */
function sentenceReference(tokens: readonly Token[], folded: string, from: number, to: number, isTerm: TermTest, faqHeadings: boolean, detail?: ReferenceDetail): Reference {
  WORK.steps += to - from;
  const r = referenceOfSentence(tokens, folded, from, to, isTerm, detail);
  if (faqHeadings && (r === SPECIFIC || r === SPECIFIC_ROLE) && (isFaqHeading(folded, tokens[to - 1]!.end) || endsInFaq(tokens, folded, from, to))) return GENERIC;
  return r;
}

// Who a sentence is about, worked out only for sentences where a lexicon pattern matched: most
// accepted sentences match nothing in the end, and reading every one cost more than the matching.
// "Named before" looks back through the field: earlier paragraphs (the caller's `personBefore`),
// earlier tokenized sentences, and the sentences the pre-scan saw a person cue in but did not list
// (`cues`, tokenized only when a later sentence needs them). A sentence without any person cue cannot
// name anyone, so this equals reading every sentence of the text.

interface Walk { paragraph: number; to: number; generic: boolean; named: boolean; namedEarlier: number; roles: string[] }

/**
 * The context's per-sentence arrays, reused: one context is made per detection and the engine is
 * synchronous, so one is in use at a time. Made afresh with `new Array(n).fill(-1)`, five of them were
 * a fortieth of the engine's time on the bench corpus. Plain arrays of small integers, as before.
 */
const scratch = { firstToken: [] as number[], references: [] as number[], topics: [] as number[], companies: [] as number[], afterGeneric: [] as number[] };

/** `a` with its first `n` entries set to -1; a new array after a long text, so one paste does not keep it large. */
function cleared(a: number[], n: number, replace: (a: number[]) => void): number[] {
  if (a.length > 4096 && n < a.length >> 3) {
    a = [];
    replace(a);
  }
  for (let k = 0; k < n; k++) a[k] = -1;
  return a;
}

export class PersonContext {
  private readonly tokens: readonly Token[];
  private readonly original: string;
  private readonly folded: string;
  private readonly cues: readonly number[];
  private readonly personBefore: boolean;
  private readonly isTerm: TermTest;
  /** Whether a person named in an earlier sentence counts (not in toolbox notes, which are about a topic). */
  private readonly carries: boolean;
  /** Whether "…. Mag dat?" makes the sentence before it a question heading: on pages, not in a form's notes. */
  private readonly faqHeadings: boolean;
  // Plain arrays of small integers: one context is made per detection, and a typed array costs
  // several hundred nanoseconds to allocate, several times what these small ones cost.
  /** Token index where each sentence starts (sentences are numbered 0… in text order). */
  private readonly firstToken: number[];
  private readonly references: number[];
  private readonly topics: number[];
  /** aboutCompany's answers by sentence (-1: not asked yet): every criminal match of a sentence asks. */
  private readonly companies: number[];
  /** Sentences before this one were checked for a specific person; `firstSpecific` is the first found. */
  private checkedSentences = 0;
  private firstSpecific = Infinity;
  /** Cue ranges checked so far (pairs), and the end offset of the first that names someone. */
  private checkedCues = 0;
  private firstCueEnd = Infinity;
  /** followsGeneric's answers by sentence (-1: not asked yet), and its walk through the paragraph so far. */
  private readonly afterGeneric: number[];
  /**
   * Where the walk is: its paragraph, how far it read, what it saw, and whether earlier paragraphs named
   * someone (-1: not asked). Made on the first walk: most detections never take one.
   */
  private walk: Walk | undefined;
  private readonly detail: ReferenceDetail = { pronounOnly: false, definiteRole: "" };
  /** The definite role a SPECIFIC_ROLE sentence rests on ("de werkneemster"), by sentence, for followsGeneric (made when first needed). */
  private roleWords: Map<number, string> | undefined;

  constructor(tokens: readonly Token[], original: string, folded: string, cues: readonly number[], personBefore: boolean,
    isTerm: TermTest, carries: boolean, faqHeadings: boolean) {
    this.isTerm = isTerm;
    this.carries = carries;
    this.faqHeadings = faqHeadings;
    this.tokens = tokens;
    this.original = original;
    this.folded = folded;
    this.cues = cues;
    this.personBefore = personBefore;
    const sentences = tokens.length ? tokens[tokens.length - 1]!.sentence + 1 : 0;
    this.firstToken = cleared(scratch.firstToken, sentences + 1, (a) => (scratch.firstToken = a));
    for (let i = tokens.length - 1; i >= 0; i--) this.firstToken[tokens[i]!.sentence] = i;
    this.firstToken[sentences] = tokens.length;
    this.references = cleared(scratch.references, sentences, (a) => (scratch.references = a));
    this.topics = cleared(scratch.topics, sentences, (a) => (scratch.topics = a));
    this.companies = cleared(scratch.companies, sentences, (a) => (scratch.companies = a));
    this.afterGeneric = cleared(scratch.afterGeneric, sentences, (a) => (scratch.afterGeneric = a));
  }

  /** The end of a sentence's tokens, `[firstToken[sentence], end)` (no pair made: every match asks). */
  private endOf(sentence: number): number {
    let to = this.firstToken[sentence]! + 1;
    while (to < this.tokens.length && this.tokens[to]!.sentence === sentence) to++;
    return to;
  }

  reference(sentence: number): Reference {
    let r = this.references[sentence]!;
    if (r < 0) {
      const from = this.firstToken[sentence]!;
      const to = this.endOf(sentence);
      const detail = this.detail;
      r = this.references[sentence] = sentenceReference(this.tokens, this.folded, from, to, this.isTerm, this.faqHeadings, detail);
      // Read once with the reference: followsGeneric asks only about sentences whose reference was read.
      if (detail.pronounOnly || r === PRONOUN_ONLY) this.afterGeneric[sentence] = -2;
      else if (r === SPECIFIC_ROLE && detail.definiteRole !== "") {
        this.afterGeneric[sentence] = -2;
        (this.roleWords ??= new Map()).set(sentence, detail.definiteRole);
      }
    }
    return r as Reference;
  }

  /** A SPECIFIC_ROLE sentence whose role has a definite article ("de voorman"), not an indefinite one. */
  hasDefiniteRole(sentence: number): boolean {
    this.reference(sentence);
    return this.roleWords?.has(sentence) === true;
  }

  /** The sentence speaks of a company ("de bv", "het bedrijf"): an offence or fine there is the company's. */
  aboutCompany(sentence: number): boolean {
    let c = this.companies[sentence]!;
    if (c < 0) c = this.companies[sentence] = this.readAboutCompany(sentence) ? 1 : 0;
    return c === 1;
  }

  private readAboutCompany(sentence: number): boolean {
    const from = this.firstToken[sentence]!;
    const to = this.endOf(sentence);
    for (let i = from; i < to; i++) {
      const w = this.tokens[i]!.key;
      // For an offence or a fine the employer is the company too: "de werkgever werd veroordeeld tot een boete".
      if (COMPANY_WORDS.has(w) && this.ofPeople(i, from)) continue;
      if ((COMPANY_WORDS.has(w) || EMPLOYER.has(w)) && this.accusesPerson(i, to)) continue;
      if (COMPANY_WORDS.has(w) || EMPLOYER.has(w) || ((w === "b" || w === "n") && this.tokens[i + 1]?.key === "v")) return true;
    }
    return false;
  }

  /**
   * "drie verdachten van een bouwbedrijf", "een medewerker van het bedrijf": the company word says where
   * the people before it work, and what they did or are suspected of stays theirs (news on arrests of
   * workers). Only people right before "van|bij" and an article. Trap: "de verdachte rol van het bedrijf"
   * (no person noun), "het bedrijf van Jan werd beboet" (the company first).
   */
  private ofPeople(i: number, from: number): boolean {
    if (i - 3 < from) return false;
    const article = this.tokens[i - 1]!.key;
    const prep = this.tokens[i - 2]!.key;
    const noun = this.tokens[i - 3]!.key;
    if (!(article === "een" || article === "het" || article === "de") || !(prep === "van" || prep === "bij")) return false;
    return PEOPLE_OF_COMPANY.has(noun) || isRoleNoun(noun);
  }

  /**
   * "De werkgever heeft werknemer beschuldigd van verduistering", "het bedrijf betrapte de monteur op
   * diefstal": the company accuses, and what it accuses a person of is that person's. A role noun after the
   * company word and an accusing verb after that, or a dismissing verb the company does. Trap: "de
   * werkgever werd veroordeeld tot een boete voor het ongeval van de monteur" (no accusing verb: the
   * company's own offence).
   */
  private accusesPerson(i: number, to: number): boolean {
    for (let k = i + 1; k < to; k++) {
      if (!isRoleNoun(this.tokens[k]!.key)) continue;
      for (let j = k + 1; j < to; j++) if (ACCUSING.has(this.tokens[j]!.key)) return true;
      // "ontslaat de werknemer", "waarna de werkgever de werknemer op staande voet ontslaat".
      for (let j = i + 1; j < to; j++) if (DISMISSES.has(this.tokens[j]!.key)) return true;
      if (HAS.has(this.tokens[i + 1]?.key ?? "")) for (let j = k + 1; j < to; j++) if (DISMISSED.has(this.tokens[j]!.key)) return true;
      return false;
    }
    return false;
  }

  /** A training, a policy or a vacancy: about the topic, unless the sentence names someone. */
  isTopic(sentence: number): boolean {
    let t = this.topics[sentence]!;
    if (t < 0) {
      const from = this.firstToken[sentence]!;
      const to = this.endOf(sentence);
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
    return this.namedUpTo(sentence, this.tokens[this.firstToken[sentence]!]!.start);
  }

  /** Whether the field named someone in the tokenized sentences before `sentence` or in the cues ending by `offset`. */
  private namedUpTo(sentence: number, offset: number): boolean {
    if (this.personBefore) return true;
    while (this.checkedSentences < sentence && this.firstSpecific === Infinity) {
      const s = this.checkedSentences;
      if (this.firstToken[s]! >= 0 && names(this.reference(s)) && !this.isTopic(s)) this.firstSpecific = s;
      this.checkedSentences++;
    }
    if (this.firstSpecific < sentence) return true;
    const cues = this.cues;
    while (this.firstCueEnd === Infinity && this.checkedCues < cues.length && cues[this.checkedCues + 1]! <= offset) {
      const tokens = tokenize(this.original, this.folded, cues[this.checkedCues], cues[this.checkedCues + 1]);
      if (tokens.length && namesSomeone(tokens, this.folded, 0, tokens.length, this.isTerm, this.faqHeadings)) this.firstCueEnd = cues[this.checkedCues + 1]!;
      this.checkedCues += 2;
    }
    return this.firstCueEnd <= offset;
  }

  /**
   * "Als een werknemer ziek is, moet de werkgever het loon doorbetalen. Hij moet wel …": a sentence that
   * points at someone only by a pronoun, after a generic sentence in its paragraph, speaks of that
   * hypothetical person, unless a name, the writer or a role was read before in the field. The
   * paragraph's sentences before it are tokenized here from the paragraph's start, whatever the pre-scan
   * kept: a paragraph is what the incremental detector scans alone, so a full scan and an incremental
   * one read the same sentences (a newline always ends a sentence).
   */
  followsGeneric(sentence: number): boolean {
    // -1: not read; -2: about someone only by a pronoun, not yet looked back from; 0/1: the answer.
    if (this.afterGeneric[sentence] === -1) this.reference(sentence);
    let known = this.afterGeneric[sentence]!;
    if (known === -1) known = this.afterGeneric[sentence] = 0;
    else if (known === -2) known = this.afterGeneric[sentence] = this.readFollowsGeneric(sentence) ? 1 : 0;
    return known === 1;
  }

  private readFollowsGeneric(sentence: number): boolean {
    const from = this.firstToken[sentence]!;
    const detail = this.detail;
    const start = this.tokens[from]!.start;
    const walk = (this.walk ??= { paragraph: -1, to: -1, generic: false, named: false, namedEarlier: -1, roles: [] });
    // The paragraph's start: the walk's own while no newline came since (lastIndexOf from here each time
    // would read a long paragraph over and over).
    let same = walk.paragraph >= 0 && walk.to <= start;
    for (let c = walk.to; same && c < start; c++) if (this.original.charCodeAt(c) === 10) same = false;
    const paragraph = same ? walk.paragraph : this.original.lastIndexOf("\n", start - 1) + 1;
    if (walk.paragraph !== paragraph || walk.to > start) {
      walk.paragraph = walk.to = paragraph;
      walk.generic = walk.named = false;
      walk.namedEarlier = -1;
      walk.roles = [];
    }
    // Once someone was named in the paragraph, nothing later in it makes a pronoun hypothetical again
    // (`named` is never unset within a paragraph): its sentences need not be read.
    if (walk.named) walk.to = Math.max(walk.to, start);
    if (walk.to < start) {
      const before = tokenize(this.original, this.folded, walk.to, start);
      walk.to = start;
      for (let a = 0; a < before.length && !walk.named;) {
        let b = a + 1;
        while (b < before.length && before[b]!.sentence === before[a]!.sentence) b++;
        const ref = sentenceReference(before, this.folded, a, b, this.isTerm, this.faqHeadings, detail);
        // A generic sentence makes a later "hij" the hypothetical person; a name, the writer or a role
        // ends that; a pronoun or a sentence without a subject leaves it as it was.
        if (ref === GENERIC) {
          walk.generic = true;
          addIndefiniteRoles(before, a, b, walk.roles);
        }
        // "Een werkneemster vertelt … . … om de werkneemster te weigeren": the same hypothetical one.
        else if (ref === SPECIFIC_ROLE && detail.definiteRole !== "" && walk.roles.includes(detail.definiteRole)) { /* still generic */ }
        else if (ref !== NONE && ref !== PRONOUN_ONLY && !(ref === SPECIFIC && detail.pronounOnly) && !isTopicSentence(before, a, b)) {
          walk.generic = false;
          walk.named = true;
        }
        a = b;
      }
    }
    if (!walk.generic || walk.named) return false;
    const role = this.roleWords?.get(sentence);
    if (role !== undefined && !walk.roles.includes(role)) return false;
    // Someone named in an earlier paragraph: the pronoun may as well be them. Asked once per paragraph.
    if (walk.namedEarlier < 0) {
      let first = sentence;
      while (first > 0 && this.firstToken[first - 1]! >= 0 && this.tokens[this.firstToken[first - 1]!]!.start >= paragraph) first--;
      walk.namedEarlier = this.namedUpTo(first, paragraph) ? 1 : 0;
    }
    return walk.namedEarlier === 0;
  }
}

/** Role nouns after an indefinite article in `tokens[from, to)`: "een werkneemster", "een zieke collega". */
function addIndefiniteRoles(tokens: readonly Token[], from: number, to: number, roles: string[]): void {
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k]!.word;
    if (!isRoleNoun(w)) continue;
    const a = tokens[k - 1]!.word;
    const b = k - 2 >= from ? tokens[k - 2]!.word : "";
    if (a === "een" || a === "a" || a === "an" || ((b === "een" || b === "a") && a.endsWith("e"))) roles.push(w);
  }
}
