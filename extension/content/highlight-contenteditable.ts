// Underlines in contenteditable fields through the CSS Custom Highlight API: no DOM inside the editor
// is touched, so ProseMirror, Quill and React keep their own model of the text.
import { rangeFor, type TextMap } from "./text-contenteditable.ts";
import { lookOf, type ShownFinding } from "./shown-finding.ts";

const NAMES = { high: "dpa-guard-high", medium: "dpa-guard-medium", allowed: "dpa-guard-allowed" } as const;
const STYLE_ID = "dpa-guard-highlight-style";

/** One shared highlight per confidence for the document; each field contributes its own ranges. */
const rangesByField = new Map<HTMLElement, Range[]>();

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  // Only ::highlight() rules for our own names: nothing else on the page can match them.
  style.textContent = `::highlight(${NAMES.high}){text-decoration:underline wavy #c4001a 2px;text-underline-offset:3px;background-color:rgba(196,0,26,.08)}
::highlight(${NAMES.medium}){text-decoration:underline wavy #c77700 2px;text-underline-offset:3px}
::highlight(${NAMES.allowed}){text-decoration:underline dotted #2f855a 2px;text-underline-offset:3px}`;
  (doc.head ?? doc.documentElement).append(style);
}

function publish(): void {
  const registry = CSS.highlights;
  for (const [look, name] of Object.entries(NAMES)) {
    const highlight = new Highlight();
    for (const ranges of rangesByField.values()) {
      for (const r of ranges) if ((r as Range & { dpaLook?: string }).dpaLook === look) highlight.add(r);
    }
    if (highlight.size) registry.set(name, highlight);
    else registry.delete(name);
  }
}

export function supportsHighlights(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

export function highlightContentEditable(field: HTMLElement, map: TextMap, findings: readonly ShownFinding[]): void {
  if (!supportsHighlights()) return;
  ensureStyle(field.ownerDocument);
  const ranges: Range[] = [];
  for (const f of findings) {
    const r = rangeFor(map, f.start, f.end);
    if (!r) continue;
    (r as Range & { dpaLook?: string }).dpaLook = lookOf(f);
    ranges.push(r);
  }
  rangesByField.set(field, ranges);
  publish();
}

export function clearContentEditable(field: HTMLElement): void {
  if (rangesByField.delete(field) && supportsHighlights()) publish();
}
