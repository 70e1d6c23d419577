// What the user sees of a finding: open (a warning), allowed (an approved exception covers it) or
// requested (an exception request waits for a decision). Suppressed findings ("geen persoonsgegeven",
// "toch doorgaan") are not shown at all in that field.
import type { Finding } from "../../shared/engine/index.ts";
import { exceptionCovers } from "../../shared/schema/scope.ts";
import type { Policy } from "../../shared/schema/policy.ts";
import type { RequestedException } from "../background/messages.ts";

export type FindingStatus = "open" | "allowed" | "requested";

export interface ShownFinding extends Finding {
  status: FindingStatus;
  exception?: { id: number; validUntil: string };
}

/** Underline style: open findings by confidence, the others muted. */
export const lookOf = (f: ShownFinding): "high" | "medium" | "allowed" => (f.status === "open" ? (f.confidence === "high" ? "high" : "medium") : "allowed");

/** A suppression is remembered by category and matched text, so it survives edits that move the span. */
export const suppressionKey = (f: Finding, text: string) => `${f.category}\u0000${text.slice(f.start, f.end)}`;

/**
 * Judges each finding against the page's policy, exception requests and the field's suppressions.
 * `memo` (per field, cleared by the caller when policy or suppressions change) returns the same
 * ShownFinding for the same Finding object: the incremental detector hands back unchanged objects for
 * paragraphs that did not move, so a keystroke allocates only for what changed.
 */
export function classify(
  findings: readonly Finding[],
  text: string,
  page: { site: string; path: string; policy?: Policy; requested: readonly RequestedException[] },
  suppressed: ReadonlySet<string>,
  memo: WeakMap<Finding, ShownFinding | null> = new WeakMap(),
  today = new Date().toISOString().slice(0, 10),
): ShownFinding[] {
  const out: ShownFinding[] = [];
  for (const f of findings) {
    const known = memo.get(f);
    if (known !== undefined) {
      if (known) out.push(known);
      continue;
    }
    const shown = judge(f, text, page, suppressed, today);
    memo.set(f, shown);
    if (shown) out.push(shown);
  }
  return out;
}

function judge(
  f: Finding,
  text: string,
  page: { site: string; path: string; policy?: Policy; requested: readonly RequestedException[] },
  suppressed: ReadonlySet<string>,
  today: string,
): ShownFinding | null {
  if (f.confidence === "low" || (suppressed.size > 0 && suppressed.has(suppressionKey(f, text)))) return null;
  const exception = page.policy?.exceptions.find((e) => e.category === f.category && e.validUntil >= today && exceptionCovers(e, page.site, page.path));
  if (exception) return { ...f, status: "allowed", exception: { id: exception.id, validUntil: exception.validUntil } };
  const requested = page.requested.some((r) => r.category === f.category && exceptionCovers(r, page.site, page.path) &&
    !page.policy?.exceptions.some((e) => e.id === r.id));
  return { ...f, status: requested ? "requested" : "open" };
}
