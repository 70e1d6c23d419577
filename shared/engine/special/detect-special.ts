import { CATEGORIES, type Category, type Finding, type FormKind } from "../types.ts";
import { TopicGate, UNION_TOPIC, gateOf, inOtherBody, namedTopics } from "./topic-gate.ts";
import { tokenize, type Token } from "../text/tokenize.ts";
import { acceptedSentences } from "./sentence-scan.ts";
import { affixesOf, hasAffix, presenceElementOf, type Affixes } from "./anchors.ts";
import { sentenceFilterIndexInSteps, type SentenceFilterIndex } from "./sentence-filter.ts";
import { COMMON_CLASSES, LEXICONS } from "./lexicon/index.ts";
import { compilePattern, keysOf, matchAt, type CompiledPattern, type MatchElement, type WordClasses } from "./patterns.ts";
import { NEGATION_CUES, isAboutAnyone, isCivilJudgment, isClassifyingPredicate, isDefinedTerm, isExampleOfKind, isItemOfKindList, isGroundOfDiscrimination, hasThingSubject, isHyperbole, isNamedAsWord, isNegatedOrPrevented, isTopicOfText } from "./context.ts";
import { firstNames, isPersonAt, isPersonName, isPersonObjectAt, isSurname } from "./persons.ts";
import { GENERIC, SPECIFIC, SPECIFIC_ROLE } from "./reference.ts";
import { isIndefinite, reportsPast, statesPossibility } from "./reference-frames.ts";
import { isGroupAttribute } from "./groups.ts";
import { isInOrganisationName } from "./sources.ts";
import { hasOwner } from "./owner.ts";
import { isSoughtUnknown } from "./sought.ts";
import { standardOf } from "./note-spellings.ts";
import { isConditionOrTopic, isOffenceName } from "./health-conditional.ts";
import { PersonContext, namesSomeone } from "./person-context.ts";
import { inRanges, topicItemRanges } from "./topic-list.ts";
import { SPELLING_MIN_LENGTH, SpellingIndex } from "./spelling.ts";
import { REAL_WORDS_NEAR_TERMS } from "./lexicon/real-words-near-terms.ts";
import { WordTable, type WordInfo } from "./word-table.ts";
import { TokenArrays } from "./token-arrays.ts";
import { keyHash } from "../text/word-hash.ts";

// Special categories: every lexicon pattern is indexed by the words its first element accepts, so a
// token costs one map lookup; the few patterns that start with a prefix or suffix are tried on every
// token. Weak hits need a specific person in the sentence or before it in the field (reference.ts);
// no hit counts in a generic sentence, and all are dropped under negation or prevention.

interface Index {
  /** Per word: the patterns its first element accepts, and the presence elements it is in. */
  words: WordTable;
  wildcard: CompiledPattern[];
  spelling: SpellingIndex;
  vocabulary: Set<string>;
  /** Every word any pattern element accepts: a capitalised one is a term, not a name. */
  terms: Set<string>;
  /**
   * A pattern of several words is tried only in a sentence holding its rarest required element after
   * the first (`CompiledPattern.presence`); `words` gives the ids of those elements each word is in.
   */
  presenceCount: number;
  /** The prefixes and suffixes that start wildcard patterns (`anyWord`: a pattern starting with @CAP). */
  wildcardFirst: Affixes;
  /** What the pre-scan needs to skip sentences that cannot match. */
  sentenceFilter: SentenceFilterIndex;
}

/**
 * Words compiled between two pauses of the stepwise build. Compiling costs by the word, and one
 * pattern with a compound ("@BODY_STEM+@INJURY_HEAD") makes thousands: such a pattern is a step of
 * its own, and the list patterns of a few words each go in dozens per step.
 */
const WORDS_PER_STEP = 1500;

/** The index build in steps, pausing at each `yield`: prepareSpecialIndex() spreads it over idle time. */
function* buildIndexInSteps(): Generator<void, Index> {
  const byWord = new Map<string, CompiledPattern[]>();
  const wildcard: CompiledPattern[] = [];
  const vocabulary = new Set<string>();
  const modifiers = new Map<string, number>();
  const patterns: CompiledPattern[] = [];
  const terms = new Set<string>();
  const presenceOfWord = new Map<string, number[]>();
  let presenceCount = 0;
  const names = firstNames();
  let wordsInStep = 0;
  // The given names a lexicon lists to tell partners apart (sexual.ts) are names too ("Errol liep mee").
  const givenNames = new Set(LEXICONS.flatMap((l) => [...(l.classes?.MALE ?? []), ...(l.classes?.FEMALE ?? [])]));
  for (const list of LEXICONS) {
    const classes: WordClasses = new Map(Object.entries({ ...COMMON_CLASSES, ...list.classes }));
    for (const def of list.patterns) {
      if (wordsInStep > WORDS_PER_STEP) {
        wordsInStep = 0;
        yield;
      }
      const p = compilePattern(classes, list.category, def);
      for (const el of p.elements) if (el.kind === "match") for (const alt of el.alternatives) wordsInStep += alt.words?.size ?? 1;
      const first = p.elements[0]!;
      if (first.kind !== "match") continue;
      for (const alt of first.alternatives) {
        if (alt.words) {
          for (const w of alt.words) {
            const at = byWord.get(w);
            if (at) at.push(p);
            else byWord.set(w, [p]);
          }
        } else if (!wildcard.includes(p)) wildcard.push(p);
      }
      patterns.push(p);
      const check = presenceCheck(p);
      if (check) {
        const id = presenceCount++;
        p.presence = id;
        for (const w of check) {
          const ids = presenceOfWord.get(w);
          if (ids) ids.push(id);
          else presenceOfWord.set(w, [id]);
        }
      }
      // Names in a pattern ("getrouwd met een man, Jeroen") stay names: a name is never a term.
      for (const el of p.elements) if (el.kind === "match") for (const alt of el.alternatives) if (alt.words) for (const w of alt.words) if (!names.has(w) && !givenNames.has(w)) terms.add(w);
      // Only single-word entries are typo-tolerant: a misspelt predicate word is not worth the risk.
      if (p.elements.length === 1) {
        for (const alt of first.alternatives) if (alt.words) for (const w of alt.words) vocabulary.add(w);
        for (const [w, m] of p.compoundModifiers) modifiers.set(w, m);
      }
    }
  }
  const wildcardFirst = affixesOf(wildcard.map((p) => p.elements[0] as MatchElement));
  yield;
  const spelling = yield* SpellingIndex.inSteps(vocabulary, new Set(REAL_WORDS_NEAR_TERMS), modifiers);
  const sentenceFilter = yield* sentenceFilterIndexInSteps(patterns);
  yield;
  const words = yield* WordTable.inSteps(byWord, presenceOfWord);
  return { words, wildcard, wildcardFirst, spelling, vocabulary, terms, presenceCount, sentenceFilter };
}

/** The words of the required element, after the first, that the fewest sentences hold (anchors.ts). */
function presenceCheck(p: CompiledPattern): ReadonlySet<string> | undefined {
  return presenceElementOf(p)?.alternatives[0]!.words;
}

/** The words the spelling index corrects towards; `npm run gen:real-words` checks them against a Dutch word list. */
export function typoTolerantVocabulary(): ReadonlySet<string> {
  return getIndex().vocabulary;
}

let index: Index | undefined;
let building: Generator<void, Index> | undefined;

function getIndex(): Index {
  if (!index) prepareSpecialIndex(() => true);
  return index!;
}

/**
 * Advances the index build while `more()` allows (checked between steps of well under a
 * millisecond); true once the index is built. The first detection finishes whatever is left.
 */
export function prepareSpecialIndex(more: () => boolean): boolean {
  if (index) return true;
  building ??= buildIndexInSteps();
  while (more()) {
    const step = building.next();
    if (step.done) {
      index = step.value;
      building = undefined;
      return true;
    }
  }
  return false;
}

/** Marks reused across calls: the engine is synchronous, so one detection runs at a time. */
const presenceScratch = { marks: new Int32Array(0), stamp: 0 };

const tokenArrays = new TokenArrays();

/** Explanation keys per category and strength, made once: a text full of findings made them per finding. */
const EXPLANATIONS = new Map(CATEGORIES.map((c) => [c, { strong: `${c}.strong`, weak: `${c}.weak`, episode: `${c}.weak` }] as const));

/** What the text before this one (earlier paragraphs of the same field) says, and the form it is in. */
export interface SpecialContext {
  /** An earlier part of the field named a specific person, so "hij", "ze" and subjectless sentences may refer to them. */
  personBefore: boolean;
  form?: FormKind;
  /** The text starts inside a list under a heading of topics or rules (topic-list.ts). */
  topicListBefore?: boolean;
  /** The organisations earlier paragraphs of the field named (topic-gate.ts' UNION_TOPIC, PARTY_TOPIC). */
  topicsBefore?: number;
}

/**
 * Special categories in a whole text: only the sentences that could hold a finding are tokenized. That
 * is exact: a sentence the pre-scan leaves out holds no match, or only negated ones (negated-sentence.ts),
 * and the person context is read from the sentences with a person cue only when a match needs it
 * (person-context.ts).
 */
export function detectSpecialInText(original: string, folded: string, enabled: ReadonlySet<Category>, context: SpecialContext): Finding[] {
  const { sentenceFilter, spelling } = getIndex();
  const cues: number[] = [];
  const ranges = acceptedSentences(original, folded, sentenceFilter, spelling, context.personBefore, context.form === "incident" || context.form === "lmra", cues);
  if (ranges.length === 0) return [];
  // One token list for all tokenized sentences, each range numbered apart, so rules that look at a
  // neighbouring token still stop at the sentence's edge.
  const tokens: Token[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const sentence = tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.sentence + 1;
    tokenize(original, folded, ranges[r], ranges[r + 1], tokens, sentence);
  }
  return detectSpecial(tokens, original, folded, enabled, context, cues);
}

/** Capitalised lexicon words are terms, not names ("ziekte van Lyme", "tijdens de Ramadan"). */
function isTerm(t: Token): boolean {
  return getIndex().terms.has(t.key);
}

/** Whether the text names a specific person: the context it gives the paragraphs after it. */
export function namesSpecificPerson(original: string, folded: string, faqHeadings: boolean): boolean {
  const tokens = tokenize(original, folded);
  for (let from = 0; from < tokens.length;) {
    let to = from + 1;
    while (to < tokens.length && tokens[to]!.sentence === tokens[from]!.sentence) to++;
    if (namesSomeone(tokens, folded, from, to, isTerm, faqHeadings)) return true;
    from = to;
  }
  return false;
}

/** Whether the sentence starting at token `from` holds a negation or prevention cue word (context.ts' NEGATION_CUES). */
function holdsNegationCue(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  for (let j = from; j < tokens.length && tokens[j]!.sentence === sentence; j++) if (NEGATION_CUES.has(tokens[j]!.key)) return true;
  return false;
}

/** "zijn stem", "haar zwangerschap": a third person's possessive right before the match, in its sentence. */
function ownedByPronoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && before.sentence === tokens[i]!.sentence && (before.word === "zijn" || before.word === "haar" || before.word === "z'n" || before.word === "zn");
}

/** Heads of a hyphenated compound that make it a group, a body, an event or a document, never a person's state. */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set([
  "gemeenschap", "gemeenschappen", "beweging", "organisatie", "organisaties", "vereniging", "beleid", "protocol", "protocollen",
  "campagne", "project", "week", "dag", "maand", "regeling", "regels", "thema", "cursus", "training", "folder", "poster",
  "emancipatie", "acceptatie", "community", "policy", "awareness", "netwerk", "platform", "congres", "symposium", "fonds",
  // Shops, food and labels: "Halal-slagerij Kaddour", "kosher-keuken".
  "slagerij", "slager", "winkel", "supermarkt", "restaurant", "keuken", "maaltijd", "maaltijden", "menu", "vlees", "certificaat", "keurmerk", "producten",
]);

/** Denials inside a match's own words. */
const INSIDE_DENIALS: ReadonlySet<string> = new Set(["niet", "geen", "nooit", "not", "never"]);
function deniedInside(tokens: readonly Token[], i: number, last: number): boolean {
  for (let k = i + 1; k < last; k++) if (INSIDE_DENIALS.has(tokens[k]!.key)) return true;
  return false;
}

/** Religion rules that match an office holder's title alone ("de imam", "pastoor De Maat"). */
const CLERGY_RULES: ReadonlySet<string> = new Set(["religion.clergy", "religion.clergy.exact"]);

/** Biometric rules that match the trait word alone; the others name its owner in the pattern. */
const BARE_TRAIT_RULES: ReadonlySet<string> = new Set(["biometric.template", "biometric.trait-template", "biometric.iris-en",
  "biometric.trait-en", "biometric.voiceprint-en", "biometric.biometric-data"]);

/** Care and injury rules: in an incident report the injured person is identifiable without being named. */
const isIncidentRule = (rule: string) => rule.startsWith("health.injury") || rule.startsWith("health.care") || rule.startsWith("health.surgery");

/**
 * A word of an e-mail address ("nippur@fedoraproject.org") or of a code identifier
 * ("Acquire::Changelogs::URI::Origin::ORIGINE") is no language: translators' credits and manuals.
 */
function isInAddressOrCode(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (after === 64 /* @ */ || before === 64) return true;
  return (after === 58 && text.charCodeAt(end + 1) === 58) || (before === 58 && start > 1 && text.charCodeAt(start - 2) === 58);
}

export function detectSpecial(tokens: readonly Token[], original: string, folded: string, enabled: ReadonlySet<Category>,
  context: SpecialContext, cues: readonly number[] = []): Finding[] {
  const { words, wildcard, wildcardFirst, spelling, presenceCount } = getIndex();
  // Made at the first correction: most texts have none, and a Map per call cost more than asking.
  let corrections: Map<number, string> | undefined;
  tokenArrays.prepare(tokens.length);
  const { keys: keyCache, candidates: candidatesAt, gates: gatesAt, words: wordAt, onlyPart: onlyPartAt } = tokenArrays;
  // Corrections are rare: most texts ask the empty map nothing.
  const correctionAt = (i: number) => (corrections === undefined ? undefined : corrections.get(i));
  // Most tokens have one form, their key: one array for all of them, refilled at each call (the matcher
  // reads a token's forms and is done with them before it asks for another's), rather than an array
  // per token tried, which was a twentieth of what the engine allocated.
  const onlyKey: string[] = [""];
  const keysAt = (i: number) => {
    const t = tokens[i]!;
    // Note spellings of the articles ("n", "'t") are one or two letters: the length test is cheap.
    if (t.word.length === t.key.length && correctionAt(i) === undefined && (t.key.length > 2 || standardOf(t.key) === undefined)) {
      onlyKey[0] = t.key;
      return onlyKey;
    }
    return (keyCache[i] ??= keysOf(t, correctionAt(i)));
  };
  // @WHO in a pattern: asked only where the rest of the pattern fits, so the sentence's start is found
  // then, once per sentence (walking back for every call made a sentence of thousands of words quadratic).
  let whoSentence = -1;
  let whoFrom = 0;
  const who = (i: number, object?: boolean) => {
    if (tokens[i]!.sentence !== whoSentence) {
      whoSentence = tokens[i]!.sentence;
      whoFrom = i;
      while (whoFrom > 0 && tokens[whoFrom - 1]!.sentence === whoSentence) whoFrom--;
    }
    return object ? isPersonObjectAt(tokens, i, whoFrom, isTerm) : isPersonAt(tokens, i, whoFrom, isTerm);
  };
  const people = new PersonContext(tokens, original, folded, cues, context.personBefore, isTerm, context.form !== "toolbox", context.form === undefined);
  /** Where the text names a union or a party, read at the first gated rule that asks. */
  let topics: TopicGate | undefined;
  /** The item lines of topic lists, worked out at the first finding that asks. */
  let topicItems: number[] | undefined;
  const findings: Finding[] = [];
  const allEnabled = enabled.size === CATEGORIES.length;
  const incident = context.form === "incident";
  // An LMRA is the writer's own check before work ("Ben je fit?"): an answer without a subject ("beetje
  // duizelig", "Hooikoorts heel erg vandaag") is the writer's health.
  const lmra = context.form === "lmra";

  // First every token's candidate patterns and spelling correction (each depends on the token alone),
  // so a pattern's presence check below sees the corrected words of the whole sentence.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hash = keyHash(t.key);
    const word = (wordAt[i] = words.get(t.key, hash));
    let candidates = word?.candidates;
    let gates = word?.gates;
    // A term that is only part of a hyphenated word may name a topic, not a person's state
    // ("werkstraf-project", "epilepsie-protocol"): such a hit needs a person even for a strong term.
    // Unless the compound's head is a group, a body or a document: "lhbti-gemeenschap",
    // "epilepsie-protocol" name no one's state even beside a person.
    if (!candidates && t.word.length !== t.key.length && !COLLECTIVE_HEADS.has(t.word.slice(t.word.lastIndexOf("-") + 1))) {
      for (const part of t.word.split("-")) {
        const more = words.get(part)?.candidates;
        gates = undefined;
        if (more) candidates = candidates ? [...candidates, ...more] : more;
      }
      if (candidates) onlyPartAt[i] = 1;
    }
    if (!candidates && t.key.length >= SPELLING_MIN_LENGTH && !(t.capital && isPersonName(t))) {
      const corrected = spelling.correctHashed(t.key, hash);
      if (corrected) {
        (corrections ??= new Map()).set(i, corrected);
        const fixed = words.get(corrected);
        candidates = fixed?.candidates;
        gates = fixed?.gates;
      }
    }
    // hasAffix asks the length first too, but a call for every token cost more than the question.
    if (t.key.length >= wildcardFirst.minLength && hasAffix(wildcardFirst, t.key, 0, t.key.length)) {
      candidates = [...(candidates ?? []), ...wildcard];
      gates = undefined;
    }
    candidatesAt[i] = candidates;
    gatesAt[i] = gates;
  }

  // Which presence elements the sentence holds, in any form keysOf gives (key, correction, hyphen
  // part): marked once per sentence with a stamp, read once per candidate.
  if (presenceScratch.marks.length < presenceCount) presenceScratch.marks = new Int32Array(presenceCount);
  const marks = presenceScratch.marks;
  let markedFrom = -1;
  let stamp = 0;
  const mark = (word: WordInfo | undefined) => {
    const ids = word?.presence;
    if (ids) for (const id of ids) marks[id] = stamp;
  };
  const markSentence = (from: number) => {
    markedFrom = from;
    if (++presenceScratch.stamp === 0x7fffffff) {
      marks.fill(0);
      presenceScratch.stamp = 1;
    }
    stamp = presenceScratch.stamp;
    const sentence = tokens[from]!.sentence;
    for (let j = from; j < tokens.length && tokens[j]!.sentence === sentence; j++) {
      const t = tokens[j]!;
      mark(wordAt[j]);
      const corrected = correctionAt(j);
      if (corrected !== undefined) mark(words.get(corrected));
      if (t.word.length !== t.key.length) for (const part of t.word.split("-")) if (part.length > 1) mark(words.get(part));
    }
  };

  // The tests of a match's span below are pure and alike for every pattern that matched that span, and
  // several often do ("Pols gebroken": three health rules): each is worked out once per span.
  // 0: not asked yet, 1: no, 2: yes.
  let spanFirst = -1;
  let spanLast = -1;
  let negatedHealth = 0;
  let negatedOther = 0;
  let inOrganisation = 0;
  let civil = 0;
  let notAboutPerson = 0;
  const yes = (b: boolean) => (b ? 2 : 1);

  // A person's health episode: open from a health finding about a person to the end of its paragraph
  // (a paragraph is what the incremental detector scans alone, so both see the same episodes).
  let episodeOpen = false;
  let paragraphEnd = -1;
  let sentenceFrom = 0;
  // statesPossibility and reportsPast read the whole sentence and say the same for every token of it:
  // asked once per sentence (-1: not yet), or a long sentence full of terms would be read once per term.
  let sentenceMemo = -1;
  let possibility = -1;
  let past = -1;
  // Whether the sentence holds a word without which isNegatedOrPrevented cannot hold (NEGATION_CUES, the
  // pre-scan's gate too): most do not, and one pass over the sentence's keys spares every match in it
  // the negation windows' several set lookups per word (-1: not yet read).
  let negationCue = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i === 0 || tokens[i - 1]!.sentence !== t.sentence) sentenceFrom = i;
    if (sentenceMemo !== t.sentence) {
      sentenceMemo = t.sentence;
      possibility = past = negationCue = -1;
    }
    if (t.start > paragraphEnd) {
      episodeOpen = false;
      paragraphEnd = original.indexOf("\n", t.start);
      if (paragraphEnd < 0) paragraphEnd = original.length;
    }
    const candidates = candidatesAt[i];
    if (!candidates) continue;
    if (isInAddressOrCode(original, t.start, t.end)) continue;
    const onlyPart = onlyPartAt[i] === 1;
    // A name is never a term by itself: "Christian en Mohammed plaatsen de kozijnen", and neither is a
    // surname after a given name or a title ("Ria Pastoor", "Dhr. Bisschop").
    const nameToken = t.capital && (isPersonName(t) || isSurname(tokens, i));

    const gates = gatesAt[i];
    for (let c = 0; c < candidates.length; c++) {
      // The presence check comes first (the skips below are all pure, so their order changes nothing):
      // it turns most candidates away, by an id read from the word's array, without the pattern object.
      const needed = gates !== undefined ? gates[c]! : candidates[c]!.presence;
      if (needed >= 0) {
        if (markedFrom !== sentenceFrom) markSentence(sentenceFrom);
        if (marks[needed] !== stamp) continue;
      }
      const p = candidates[c]!;
      if (!allEnabled && !enabled.has(p.category)) continue;
      // A gated rule (topic-gate.ts, last in its category's list) adds nothing inside a finding of its
      // category at this word ("lid van de FNV" already found): the merge would swallow it.
      const gate = p.category === "union" || p.category === "politics" ? gateOf(p.rule) : 0;
      if (gate !== 0 && findings.length > 0) {
        const before = findings[findings.length - 1]!;
        if (before.category === p.category && before.start <= t.start && before.end >= t.end) continue;
      }
      if (nameToken && p.elements.length === 1) continue;
      if (p.strength === "episode" && !episodeOpen) continue;
      // `gates` is there only for the word list of the token's key or its spelling correction: the
      // first element holds that word, one of the token's keys.
      const last = matchAt(p, tokens, keysAt, i, who, gates !== undefined);
      if (last < 0) continue;
      if (p.notAfter && i > 0 && tokens[i - 1]!.sentence === t.sentence && p.notAfter.has(tokens[i - 1]!.key)) continue;
      if (p.except?.has(t.key)) continue;
      const next = tokens[last + 1];
      if (p.notBefore && next && next.sentence === t.sentence && p.notBefore.has(next.key)) continue;
      // "Hij zit niet bij de bond", "is nooit lid geweest van een partij": a membership the match itself denies.
      // Memberships only: inside a health or criminal match a denial is often the finding ("kan niet meer
      // lopen", "geen VOG gekregen"), and sexual.attracted.not names it on purpose.
      if ((p.category === "union" || p.category === "politics") && deniedInside(tokens, i, last)) continue;
      // "ik werd lid op mijn 16e": a member of the union or the party the text is about (topic-gate.ts).
      if (gate !== 0) {
        let sentenceEnd = last;
        while (sentenceEnd + 1 < tokens.length && tokens[sentenceEnd + 1]!.sentence === t.sentence) sentenceEnd++;
        if (!(topics ??= new TopicGate(folded, context.topicsBefore ?? 0)).holds(gate, tokens[sentenceEnd]!.end)) continue;
        if (gate === UNION_TOPIC && inOtherBody(tokens, last)) continue;
        // "ABVV-delegee" names its union; "arbo-consulent" is some other consultant.
        if (onlyPart && (namedTopics(t.word) & gate) === 0) continue;
      }
      if (spanFirst !== i || spanLast !== last) {
        spanFirst = i;
        spanLast = last;
        negatedHealth = negatedOther = inOrganisation = civil = notAboutPerson = 0;
      }
      if (negationCue < 0) negationCue = holdsNegationCue(tokens, sentenceFrom) ? 1 : 0;
      if (p.category === "health") {
        if (negatedHealth === 0) negatedHealth = yes((negationCue === 1 && isNegatedOrPrevented(tokens, i, last, original, true)) || isHyperbole(tokens, i, last) || isNamedAsWord(tokens, i, original) || isConditionOrTopic(tokens, i, last) || hasThingSubject(tokens, i) || isOffenceName(tokens, i, last));
        if (negatedHealth === 2) continue;
      } else {
        if (negatedOther === 0) negatedOther = yes((negationCue === 1 && isNegatedOrPrevented(tokens, i, last, original, false)) || isHyperbole(tokens, i, last));
        if (negatedOther === 2) continue;
        // A slur is quoted as the word it is ("uitgescholden met de term ‘kankerzwart’"): being called
        // it is the finding, so only other terms named as words are talked about.
        if (!p.rule.includes(".slur") && isNamedAsWord(tokens, i, original)) continue;
      }
      // "de Islamitische Gemeenschap Milli Görüş": a word of an organisation's name, nobody's belief.
      if (t.capital && (inOrganisation === 0 ? (inOrganisation = yes(isInOrganisationName(tokens, i, last))) : inOrganisation) === 2) continue;
      // Rules, advice, statistics and hypotheticals name nobody, strong terms included.
      const reference = people.reference(t.sentence);
      if (reference === GENERIC) continue;
      // "Als een werknemer ziek is, … . Hij moet …": the pronoun is that hypothetical person.
      if (people.followsGeneric(t.sentence)) continue;
      const person = (incident && isIncidentRule(p.rule)) || (lmra && p.category === "health") || people.aboutPerson(t.sentence);
      if ((p.strength === "weak" || onlyPart) && !person) continue;
      if (!person && (possibility < 0 ? (possibility = statesPossibility(tokens, i) ? 1 : 0) : possibility) === 1) continue;
      // "dat je homo was", "Bij burn-out is sprake van …": anyone's, not the sentence's person.
      if (isAboutAnyone(tokens, i, reference !== SPECIFIC && (past < 0 ? (past = reportsPast(tokens, i) ? 1 : 0) : past) === 0)) continue;
      // "Silicose is een ongeneeslijke longziekte": what a thing is, in a sentence that names nobody.
      if (!person && isClassifyingPredicate(tokens, i)) continue;
      // A bare trait word ("vingerafdruk", "gezichtsscan") is data about someone only when the text says whose.
      if (p.category === "biometric" && BARE_TRAIT_RULES.has(p.rule) && !hasOwner(tokens, i, last, isTerm, sentenceFrom)) continue;
      // An office holder is a specific person; "in afwachting van een nieuwe pastoor", "een eigen dominee
      // gekregen" speak of the office, anyone who will hold it (LABELLING.md: clergy as specific persons).
      // "om voor te gaan als een dominee" is the person's own capacity, not the office in general.
      if (CLERGY_RULES.has(p.rule) && isIndefinite(tokens, i, sentenceFrom) && !(i - 2 >= sentenceFrom && tokens[i - 2]!.word === "als")) continue;
      // A training, a vacancy or a toolbox topic is about the subject unless it names someone.
      // "Tijdens de toolbox begon de voorman over zijn stem op de PVV": a possessive gives the term to the
      // sentence's role, a report of what was said there rather than the topic.
      if (reference !== SPECIFIC && people.isTopic(t.sentence) && !(reference === SPECIFIC_ROLE && people.hasDefiniteRole(t.sentence) && ownedByPronoun(tokens, i))) continue;
      // "Toolbox-onderwerpen Q2: - diabetes en ploegendienst": an item of a list of topics or rules names
      // no one unless it names someone (topic-list.ts).
      if (reference !== SPECIFIC && (topicItems ??= topicItemRanges(folded, context.topicListBefore === true)).length > 0 && inRanges(topicItems, t.start)) continue;
      // Offences and fines of a company are not criminal data of a person (AVG art. 10 covers people).
      if (p.category === "criminal" && reference !== SPECIFIC && people.aboutCompany(t.sentence)) continue;
      // "een klopjacht op de verdachte", "de dader is voortvluchtig": someone nobody has identified.
      if ((p.category === "criminal" || p.category === "genetic") && reference !== SPECIFIC && isSoughtUnknown(tokens, sentenceFrom)) continue;
      // A civil court's order to pay is no criminal record, whoever pays.
      if (p.category === "criminal" && (civil === 0 ? (civil = yes(isCivilJudgment(tokens, i, last))) : civil) === 2) continue;
      // The reference is the sentence's, so for one span these come out alike for every pattern.
      if (notAboutPerson === 0) {
        notAboutPerson = yes(
          // "volwassenen met hersenletsel", "ondernemers van Turkse afkomst": a group's trait, not a person's.
          isGroupAttribute(tokens, folded, i) ||
          // "Een burn-out is …": the term defined, in a sentence that names nobody.
          (reference !== SPECIFIC && isDefinedTerm(tokens, i, last)) ||
          // "bespreekt een uitspraak over ontslag wegens diefstal": the subject of a text, whoever writes it.
          isTopicOfText(tokens, i) ||
          // "klachten zoals stress en burn-out": an example of a kind, in a sentence about nobody.
          (reference !== SPECIFIC && isExampleOfKind(tokens, i)) ||
          // "Veelvoorkomende chronische ziektes zijn: diabetes, astma, epilepsie": an item of a list of kinds.
          (reference !== SPECIFIC && isItemOfKindList(tokens, folded, i)) ||
          // "discriminatie op afkomst", "onderscheid naar godsdienst": the ground, not a person's trait.
          isGroundOfDiscrimination(tokens, i, last));
      }
      if (notAboutPerson === 2) continue;
      // Only a finding about a person opens an episode: the pre-scan then saw a person cue before any
      // later sentence of it, so it keeps those sentences for their episode patterns.
      if (p.category === "health" && person && p.strength !== "episode") episodeOpen = true;
      findings.push({
        category: p.category,
        start: t.start,
        end: tokens[last]!.end,
        confidence: p.strength === "strong" ? "high" : "medium",
        rule: p.rule,
        explanation: EXPLANATIONS.get(p.category)![p.strength],
      });
    }
  }
  return findings;
}
