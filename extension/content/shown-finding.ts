// What the user sees of a finding: open (a warning), requested (an exception request waits for a
// decision: still a warning, and still blocking in block mode, since nobody has approved anything yet)
// or allowed (an approved exception covers it). Findings the user overrode ("toch doorgaan", "geen
// persoonsgegeven") are not shown again in that field, but only in warn mode: in block mode only an
// approved exception or removing the text unblocks.
import type { Finding } from "../../shared/engine/index.ts";
import { exceptionCovers } from "../../shared/schema/scope.ts";
import type { Policy } from "../../shared/schema/policy.ts";
import type { RequestedException } from "../background/messages.ts";

export type FindingStatus = "open" | "allowed" | "requested";

export interface ShownFinding extends Finding {
  status: FindingStatus;
  /** The organisation's policy for the category: warn (send anyway, logged) or block. */
  mode: "warn" | "block";
  exception?: { id: number; validUntil: string };
  /** The pending request's number, when the Worker gave one. */
  request?: { id?: number };
}

/** Whether a finding still warns (and blocks in block mode): everything but an approved exception. */
export const warns = (f: ShownFinding) => f.status !== "allowed";

/** Underline style: warnings by confidence (a pending request too), only an approved exception green. */
export const lookOf = (f: ShownFinding): "high" | "medium" | "allowed" => (warns(f) ? (f.confidence === "high" ? "high" : "medium") : "allowed");

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
  if (f.confidence === "low") return null;
  const mode = page.policy?.categories[f.category]?.mode ?? "warn";
  if (mode === "warn" && suppressed.size > 0 && suppressed.has(suppressionKey(f, text))) return null;
  const exception = page.policy?.exceptions.find((e) => e.category === f.category && e.validUntil >= today && exceptionCovers(e, page.site, page.path));
  if (exception) return { ...f, status: "allowed", mode, exception: { id: exception.id, validUntil: exception.validUntil } };
  const requested = page.requested.find((r) => r.category === f.category && exceptionCovers(r, page.site, page.path) &&
    !page.policy?.exceptions.some((e) => e.id === r.id));
  return requested ? { ...f, status: "requested", mode, request: { id: requested.id } } : { ...f, status: "open", mode };
}
