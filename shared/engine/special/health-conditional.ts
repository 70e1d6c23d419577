import type { Token } from "../text/tokenize.ts";

// A health word as the condition of an instruction, or as the topic of a hazard, names nobody:
//   "bij huidklachten stoppen en melden", "bij griep in de ploeg graag melden", "in geval van
//   duizeligheid direct naar beneden", "in case of dizziness stop work": Dutch "bij" + a bare noun is
//   "in case of" (ANS §8.4.3.3, the conditional use of "bij"); the noun has no article or possessive,
//   so it is nobody's. An LMRA's subjectless sentence is otherwise read as the writer's own.
//   "allergie-risico bij epoxy", "epilepsie-protocol", "hitte-instructie": a hyphenated compound whose
//   head is a hazard, a rule, a training or a season names a topic (the hit is on a part that is not the
//   head), and so does the same compound written apart ("hooikoorts seizoen", "allergie risico").
// Traps (what still flags): "bij de huisarts geweest" (an article: a place of care, the pattern holds
// "bij" itself), "Jan kreeg bij het tillen rugklachten" (the term does not follow "bij"), "Jan heeft
// hooikoorts" (no "bij"), "zijn allergie-test was positief" ("test" is a test of a person, not a topic).
// Source: hand-written from the conditional "bij" of LMRA cards and toolbox instructions; the compound
// heads from the words of the Arbocatalogus' hazard sheets (risico, protocol, instructie, beleid).

/** Heads of a hyphenated compound that make it a topic, never a person's state. */
const TOPIC_HEADS: ReadonlySet<string> = new Set([
  "risico", "risicos", "risico's", "gevaar", "gevaren", "protocol", "protocollen", "beleid", "instructie", "instructies",
  "training", "trainingen", "cursus", "toolbox", "procedure", "preventie", "poster", "folder", "kaart", "formulier",
  "voorlichting", "campagne", "plan", "risk", "risks", "hazard", "hazards", "policy",
  // a time or a spread of an illness, nobody's case of it: "hooikoorts seizoen", "griep-golf", "flu season"
  "seizoen", "golf", "epidemie", "uitbraak", "pandemie", "season", "outbreak",
]);

/** Verbs whose object takes "bij": passen bij, horen bij, aansluiten bij. */
const FITS_WITH: ReadonlySet<string> = new Set(["passen", "past", "paste", "pasten", "horen", "hoort", "hoorde", "aansluiten", "sluit", "sluiten", "aan", "lijkt", "lijken", "overeen"]);

/** The words before a bare noun that make it a condition: "bij", "in geval van", "in case of". */
function conditionBefore(tokens: readonly Token[], i: number): boolean {
  const at = (j: number) => (j >= 0 && tokens[j]!.sentence === tokens[i]!.sentence ? tokens[j]!.key : undefined);
  const b1 = at(i - 1);
  // "klachten passen bij overspannenheid", "dit hoort bij zijn ziekte": "bij" after a verb of fitting or
  // belonging is that verb's, no condition.
  if (b1 === "bij") return !FITS_WITH.has(at(i - 2) ?? "");
  if (b1 === "van" && at(i - 2) === "geval" && at(i - 3) === "in") return true;
  if (b1 === "of" && at(i - 2) === "case" && at(i - 3) === "in") return true;
  return false;
}

/** The health match at tokens i..last is the condition of an instruction or a hazard topic, nobody's state. */
export function isConditionOrTopic(tokens: readonly Token[], i: number, last: number): boolean {
  const t = tokens[i]!;
  if (i === last && conditionBefore(tokens, i)) return true;
  // The same head written apart after a one-word term: "hooikoorts seizoen", "allergie risico".
  const next = tokens[last + 1];
  // Only with a single space between: "hoofdpijn, training gemist" is a symptom and then another matter.
  if (i === last && next !== undefined && next.start === t.end + 1 && next.sentence === t.sentence && TOPIC_HEADS.has(next.key)) return true;
  if (t.word.includes("-")) {
    const parts = t.word.split("-");
    const head = parts[parts.length - 1]!;
    if (parts.length > 1 && TOPIC_HEADS.has(head)) return true;
  }
  return false;
}

/**
 * The name of an offence of the Wetboek van Strafrecht (art. 307, 308 and 300-302 Sr), not a victim's
 * injury: "zwaar lichamelijk letsel door schuld", "het toebrengen van zwaar lichamelijk letsel". The
 * criminal rules read the charge; the health rules would call it someone's injury. Trap: "Jan liep zwaar
 * lichamelijk letsel op" (no "door schuld" after it, no "toebrengen" before it).
 */
export function isOffenceName(tokens: readonly Token[], i: number, last: number): boolean {
  const sentence = tokens[i]!.sentence;
  const at = (j: number) => (j >= 0 && j < tokens.length && tokens[j]!.sentence === sentence ? tokens[j]!.key : undefined);
  if (at(last + 1) === "door" && at(last + 2) === "schuld") return true;
  for (let j = i - 1; j >= i - 4 && j >= 0; j--) {
    const w = at(j);
    if (w === "toebrengen" || w === "toegebracht" || w === "toebracht") return true;
  }
  return false;
}
