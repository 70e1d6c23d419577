// Between a keystroke and the debounced scan, underlines must not sit over the wrong characters: the
// edit is found by comparing the old and new text (common head and tail), findings after it move by
// the length difference, and findings the edit touches are dropped until the scan judges them again.
import type { ShownFinding } from "./shown-finding.ts";

export function editBetween(before: string, after: string): { at: number; removed: number; inserted: number } {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { at: head, removed: before.length - head - tail, inserted: after.length - head - tail };
}

export function shiftFindings(findings: readonly ShownFinding[], before: string, after: string): ShownFinding[] {
  if (before === after) return [...findings];
  const { at, removed, inserted } = editBetween(before, after);
  const delta = inserted - removed;
  const out: ShownFinding[] = [];
  for (const f of findings) {
    if (f.end <= at) out.push(f);
    else if (f.start >= at + removed) out.push({ ...f, start: f.start + delta, end: f.end + delta });
    // else: the edit touches this finding; the next scan decides what it is now
  }
  return out;
}
