import type { Category } from "../types.ts";
import type { Token } from "../text/tokenize.ts";
import { standardOf } from "./note-spellings.ts";
import { WORK } from "./work.ts";

// A small pattern language over word tokens, so that lexicon entries stay data:
//   word            the folded word (no accents, no hyphens)
//   a|b|@CLASS      alternatives; @CLASS names a word class (body parts, parties…)
//   @A+@B           a compound: one word made of a word of A and a word of B ("knie"+"blessure")
//   pre* / *suf     a prefix or a suffix (`*verslaafd` matches "alcoholverslaafd")
//   @CAP            any word written with a capital (a name: "ziekte van Huntington")
//   @WHO            a word that names or points at a person: a name, initials, a subject pronoun, a role
//   @OBJ            a person as a preposition's object, which @WHO (a subject) turns away: "de
//                   vingerafdruk van de heftruckchauffeur", "het DNA van hem"
//   <x              (first only) the word right before the match must be x; it is not part of the span:
//                   "<@WHO ligt plat" is "Kees ligt plat", not "het werk ligt plat"
//   x?              optional element
//   ~N              up to N words of anything (within the sentence)

/**
 * strong: flags on its own (high); weak: needs a person in the same sentence (medium); episode: the
 * follow-up of a person's injury or illness, which flags only after a health finding about a person
 * earlier in the same paragraph ("Jan brak zijn pols. Naar de huisarts, pols in het gips.") (medium).
 */
export type Strength = "strong" | "weak" | "episode";

export interface PatternDef {
  /** Rule id suffix; the full rule is `${category}.${id}`. */
  id: string;
  pattern: string;
  strength: Strength;
  /** Words that, right before the match, make it something else ("rijden" before "onder invloed"). */
  notAfter?: string[];
  /** Words that, right after the match, make it something else ("christelijke school"). */
  notBefore?: string[];
  /** Words a prefix or suffix of the first element would take in that are something else ("betonkanker"). */
  except?: string[];
}

export interface LexiconList {
  category: Category;
  /** Where the list comes from and who reviewed it. */
  source: string;
  classes?: Record<string, string[]>;
  patterns: PatternDef[];
}

interface Alternative {
  words?: Set<string>;
  prefix?: string;
  suffix?: string;
  capital?: boolean;
  /** @WHO: a person (persons.ts' isPersonAt, which needs the token's neighbours). */
  who?: boolean;
  /** @OBJ: a person as a preposition's object (persons.ts' isPersonObjectAt). */
  object?: boolean;
}

export type MatchElement = { kind: "match"; alternatives: Alternative[]; optional: boolean };
type Element = MatchElement | { kind: "gap"; max: number };

export interface CompiledPattern {
  rule: string;
  category: Category;
  strength: Strength;
  elements: Element[];
  /** `<x`: what the word right before the match must be. */
  before?: MatchElement;
  notAfter?: Set<string>;
  notBefore?: Set<string>;
  except?: Set<string>;
  /** Words made by a compound spec ("knie"+"blessure"), with the length of their first part. */
  compoundModifiers: ReadonlyMap<string, number>;
  /** Id of the element a sentence must hold before the pattern is tried there (-1: none); set by the index. */
  presence: number;
}

export type WordClasses = Map<string, string[]>;

/** The words of a compound spec, each with the length of its first part (its modifier). */
function compound(classes: WordClasses, spec: string): Map<string, number> {
  const parts = spec.split("+").map((p) => (p.startsWith("@") ? lookup(classes, p.slice(1)) : [p]));
  let acc: [string, number][] = [["", 0]];
  for (const [i, part] of parts.entries()) {
    const next: [string, number][] = [];
    for (const [a, modifier] of acc) {
      for (const w of part) {
        const m = i === 0 ? w.length : modifier;
        next.push([a + w, m]);
        // Dutch linking -s-/-en- in compounds: "vakbondslid", "hersenletsel".
        if (i > 0 && i === parts.length - 1) next.push([a.endsWith("s") ? a + w : a + "s" + w, m]);
      }
    }
    acc = next;
  }
  return new Map(acc);
}

function lookup(classes: WordClasses, name: string): string[] {
  const words = classes.get(name);
  if (!words) throw new Error(`unknown word class @${name}`);
  return words;
}

/**
 * Every alternative has all five fields, so the matcher reads them from objects of one shape: with
 * one shape per kind its property reads were megamorphic, a lookup each, for every candidate tried.
 */
const alternative = (a: Alternative): Alternative =>
  ({ words: a.words, prefix: a.prefix, suffix: a.suffix, capital: a.capital, who: a.who, object: a.object });

function compileAlternative(classes: WordClasses, alt: string, modifiers: Map<string, number>): Alternative {
  if (alt === "@CAP") return alternative({ capital: true });
  if (alt === "@WHO") return alternative({ who: true });
  if (alt === "@OBJ") return alternative({ object: true });
  if (alt.includes("+")) {
    const words = compound(classes, alt);
    for (const [w, m] of words) modifiers.set(w, m);
    return alternative({ words: new Set(words.keys()) });
  }
  if (alt.startsWith("@")) return alternative({ words: new Set(lookup(classes, alt.slice(1))) });
  if (alt.endsWith("*")) return alternative({ prefix: alt.slice(0, -1) });
  if (alt.startsWith("*")) return alternative({ suffix: alt.slice(1) });
  return alternative({ words: new Set([alt]) });
}

/** Articles an element may consist of and a writer may leave out. */
const ARTICLES_ONLY: ReadonlySet<string> = new Set(["de", "het", "een", "the", "a", "an", "n", "t", "den"]);

export function compilePattern(classes: WordClasses, category: Category, def: PatternDef): CompiledPattern {
  const modifiers = new Map<string, number>();
  const parts = def.pattern.trim().split(/\s+/);
  let before: MatchElement | undefined;
  if (parts[0]!.startsWith("<")) {
    const body = parts.shift()!.slice(1);
    before = { kind: "match", optional: false, alternatives: body.split("|").map((alt) => compileAlternative(classes, alt, modifiers)) };
  }
  const elements: Element[] = parts.map((part, index) => {
    if (/^~\d+$/.test(part)) return { kind: "gap", max: Number(part.slice(1)) };
    const marked = part.endsWith("?");
    const body = marked ? part.slice(0, -1) : part;
    // Learners of Dutch and hurried notes drop articles ("gaan naar kerk", "is ook in vakbond", "naar
    // ziekenhuis gebracht"): an element of articles only, after the first, may be absent.
    const optional = marked || (index > 0 && body.split("|").every((alt) => ARTICLES_ONLY.has(alt)));
    const alternatives: Alternative[] = [];
    const words = new Set<string>();
    for (const alt of body.split("|")) {
      const compiled = compileAlternative(classes, alt, modifiers);
      if (compiled.words) for (const w of compiled.words) words.add(w);
      else alternatives.push(compiled);
    }
    if (words.size) alternatives.unshift(alternative({ words }));
    return { kind: "match", alternatives, optional };
  });
  const first = elements[0];
  // @WHO is judged from a word's neighbours, so it is no word to index a pattern by.
  if (!first || first.kind !== "match" || first.optional || first.alternatives.some((alt) => alt.who || alt.object)) {
    throw new Error(`${category}.${def.id}: a pattern must start with a required word`);
  }
  return {
    rule: `${category}.${def.id}`,
    category,
    strength: def.strength,
    elements,
    before,
    notAfter: def.notAfter ? new Set(def.notAfter) : undefined,
    notBefore: def.notBefore ? new Set(def.notBefore) : undefined,
    except: def.except ? new Set(def.except) : undefined,
    compoundModifiers: modifiers,
    presence: -1,
  };
}

/** The forms a token may be matched as: its key, a spelling correction, and the parts of a hyphenated word. */
export function keysOf(t: Token, corrected: string | undefined): string[] {
  const keys = [t.key];
  if (corrected) keys.push(corrected);
  const standard = standardOf(t.key);
  if (standard) keys.push(standard);
  if (t.word.length !== t.key.length) for (const part of t.word.split("-")) if (part.length > 1) keys.push(part);
  return keys;
}

/**
 * Whether token `i` names or points at a person (persons.ts' isPersonAt with the detector's term test);
 * with `object`, as a preposition's object (isPersonObjectAt).
 */
export type WhoTest = (i: number, object?: boolean) => boolean;

function altMatches(alt: Alternative, t: Token, keys: string[], who: WhoTest, i: number): boolean {
  if (alt.capital) return t.capital && !t.sentenceStart;
  if (alt.who) return who(i);
  if (alt.object) return who(i, true);
  for (const k of keys) {
    if (alt.words?.has(k)) return true;
    if (alt.prefix && k.startsWith(alt.prefix)) return true;
    if (alt.suffix && k.endsWith(alt.suffix) && k.length > alt.suffix.length) return true;
  }
  return false;
}

export function elementMatches(el: MatchElement, t: Token, keys: string[], who: WhoTest, i: number): boolean {
  for (const alt of el.alternatives) if (altMatches(alt, t, keys, who, i)) return true;
  return false;
}

/**
 * Tries the pattern at token `i`; returns the index of the last matched token or -1.
 * Backtracks over optional elements and gaps; patterns are short, so this stays cheap.
 * `firstMatched`: the caller found the pattern by one of the token's keys among its first element's
 * words, so that element matches and is not tested again (the first element is never optional).
 */
export function matchAt(
  p: CompiledPattern,
  tokens: readonly Token[],
  keysAt: (i: number) => string[],
  i: number,
  who: WhoTest,
  firstMatched = false,
): number {
  const sentence = tokens[i]!.sentence;
  if (p.before && (i === 0 || tokens[i - 1]!.sentence !== sentence || !elementMatches(p.before, tokens[i - 1]!, keysAt(i - 1), who, i - 1))) return -1;
  return firstMatched ? step(p.elements, tokens, keysAt, who, sentence, 1, i + 1, i) : step(p.elements, tokens, keysAt, who, sentence, 0, i, i);
}

// A plain function rather than a closure in matchAt: it runs for every candidate pattern of every
// token, and a closure per call was a good part of the matching time.
function step(elements: readonly Element[], tokens: readonly Token[], keysAt: (i: number) => string[], who: WhoTest, sentence: number,
  e: number, pos: number, last: number): number {
  WORK.steps++;
  if (e === elements.length) return last;
  const el = elements[e]!;
  if (el.kind === "gap") {
    for (let skip = 0; skip <= el.max; skip++) {
      const at = pos + skip;
      // The words skipped must be of this sentence; skipping none always may, also at the sentence's
      // end ("bidden ~0" ends "… met het bidden?" before the next sentence, not only at the text's end).
      if (skip > 0 && (at - 1 >= tokens.length || tokens[at - 1]!.sentence !== sentence)) break;
      const r = step(elements, tokens, keysAt, who, sentence, e + 1, at, last);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (pos < tokens.length && tokens[pos]!.sentence === sentence && elementMatches(el, tokens[pos]!, keysAt(pos), who, pos)) {
    const r = step(elements, tokens, keysAt, who, sentence, e + 1, pos + 1, pos);
    if (r >= 0) return r;
  }
  return el.optional ? step(elements, tokens, keysAt, who, sentence, e + 1, pos, last) : -1;
}
