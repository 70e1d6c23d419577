import { CATEGORIES, type Category } from "./types.ts";
import { LEXICONS } from "./special/lexicon/index.ts";

// The engine's closed list of rule ids, for whoever stores or reports them (the Worker refuses any
// other id, so a rule field cannot carry a typed value such as "bsn.111222333"). The special-category
// ids are read from the lexicon definitions themselves (`${category}.${pattern id}`, as
// special/patterns.ts compiles them), so a pattern added to a lexicon is known here at once. The BSN
// rule picks its id from a fixed set of branches in bsn/detect-bsn.ts; a unit test reads that file
// and fails when a branch is added there and not here.

export const BSN_RULE_IDS = [
  "bsn.keyword-bound",
  "bsn.other-label",
  "bsn.driving-licence",
  "bsn.field-label",
  "bsn.shape-needs-keyword",
  "bsn.field-other",
  "bsn.unbound",
  "bsn.personal-context",
  "bsn.keyword-nearby",
  "bsn.keyword-in-context",
] as const;

export const RULE_IDS: ReadonlySet<string> = new Set([
  ...BSN_RULE_IDS,
  ...LEXICONS.flatMap((list) => list.patterns.map((p) => `${list.category}.${p.id}`)),
]);

/** Whether `id` is a rule the engine can report today. */
export function isKnownRuleId(id: string): boolean {
  return RULE_IDS.has(id);
}

/** The category a rule id belongs to (its first part), when that is a category at all. */
export function categoryOfRuleId(id: string): Category | undefined {
  const head = id.slice(0, id.indexOf(".") >>> 0);
  return (CATEGORIES as readonly string[]).includes(head) ? (head as Category) : undefined;
}
