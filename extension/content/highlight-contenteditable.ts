// Underlines in contenteditable fields through the CSS Custom Highlight API: no DOM inside the editor
// is touched, so ProseMirror, Quill and React keep their own model of the text.
import { rangeFor, type TextMap } from "./text-contenteditable.ts";
import { lookOf, type ShownFinding } from "./shown-finding.ts";

const NAMES = { high: "dpa-guard-high", medium: "dpa-guard-medium", allowed: "dpa-guard-allowed" } as const;
const STYLE_ID = "dpa-guard-highlight-style";

/** One shared highlight per look for each document; each field contributes its own ranges. */
const rangesByField = new Map<HTMLElement, Range[]>();

/**
 * The window whose highlight registry paints this field. Quirk: each document has its own
 * CSS.highlights, and a same-origin iframe's fields only show highlights registered in the iframe's.
 */
type HighlightWindow = Window & { CSS: typeof CSS; Highlight: typeof Highlight };
const windowOf = (el: HTMLElement) => (el.ownerDocument.defaultView ?? window) as HighlightWindow;

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

function publish(win: HighlightWindow): void {
  const registry = win.CSS.highlights;
  for (const [look, name] of Object.entries(NAMES)) {
    const highlight = new win.Highlight();
    for (const [field, ranges] of rangesByField) {
      if (field.ownerDocument.defaultView !== win) continue;
      for (const r of ranges) if ((r as Range & { dpaLook?: string }).dpaLook === look) highlight.add(r);
    }
    if (highlight.size) registry.set(name, highlight);
    else registry.delete(name);
  }
}

export function supportsHighlights(win: Window = window): boolean {
  const w = win as Partial<HighlightWindow>;
  return typeof w.CSS !== "undefined" && "highlights" in w.CSS && typeof w.Highlight === "function";
}

export function highlightContentEditable(field: HTMLElement, map: TextMap, findings: readonly ShownFinding[]): void {
  const win = windowOf(field);
  if (!supportsHighlights(win)) return;
  ensureStyle(field.ownerDocument);
  const ranges: Range[] = [];
  for (const f of findings) {
    const r = rangeFor(map, f.start, f.end);
    if (!r) continue;
    (r as Range & { dpaLook?: string }).dpaLook = lookOf(f);
    ranges.push(r);
  }
  rangesByField.set(field, ranges);
  publish(win);
}

export function clearContentEditable(field: HTMLElement): void {
  const win = windowOf(field);
  if (rangesByField.delete(field) && supportsHighlights(win)) publish(win);
}
