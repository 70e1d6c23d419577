// Underlines for <input> and <textarea>, which the Highlight API cannot reach: a mirror of the field's
// text with the same font, padding and wrapping, transparent except for the underlines, kept in step
// with the field's scroll position.
import { lookOf, type ShownFinding } from "./shown-finding.ts";
import type { FieldHost } from "./field-host.ts";

const COPIED = [
  "boxSizing", "width", "height", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
  "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "fontFamily", "fontSize",
  "fontWeight", "fontStyle", "fontVariant", "fontStretch", "letterSpacing", "wordSpacing", "lineHeight",
  "textAlign", "textIndent", "textTransform", "direction", "tabSize", "overflowWrap", "wordBreak",
] as const;

export class TextFieldOverlay {
  private readonly mirror: HTMLDivElement;

  constructor(private readonly field: HTMLInputElement | HTMLTextAreaElement, host: FieldHost, signal: AbortSignal) {
    const doc = field.ownerDocument;
    this.mirror = doc.createElement("div");
    this.mirror.setAttribute("aria-hidden", "true");
    this.mirror.style.cssText = "position:absolute;left:0;top:0;color:transparent;border-style:solid;border-color:transparent;overflow:hidden;pointer-events:none;margin:0;";
    host.frame.append(this.mirror);
    const style = doc.createElement("style");
    style.textContent = `mark{background:rgba(196,0,26,.08);color:transparent;text-decoration:underline wavy #c4001a 2px;text-underline-offset:3px}
mark.medium{background:transparent;text-decoration-color:#c77700}
mark.allowed{background:transparent;text-decoration:underline dotted #2f855a 2px}`;
    host.root.append(style);
    field.addEventListener("scroll", () => this.syncScroll(), { signal, passive: true });
  }

  private copyStyle(): void {
    const computed = getComputedStyle(this.field);
    for (const p of COPIED) this.mirror.style[p] = computed[p];
    const single = this.field instanceof HTMLInputElement;
    this.mirror.style.whiteSpace = single ? "pre" : "pre-wrap";
    if (single) this.mirror.style.lineHeight = computed.height; // inputs centre their one line vertically
  }

  private syncScroll(): void {
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  }

  render(text: string, findings: readonly ShownFinding[]): void {
    this.copyStyle();
    const doc = this.field.ownerDocument;
    const fragment = doc.createDocumentFragment();
    let at = 0;
    for (const f of findings) {
      if (f.start < at) continue;
      fragment.append(text.slice(at, f.start));
      const mark = doc.createElement("mark");
      const look = lookOf(f);
      if (look !== "high") mark.className = look;
      mark.textContent = text.slice(f.start, f.end);
      fragment.append(mark);
      at = f.end;
    }
    // A trailing newline in a textarea needs a character after it to take up a line.
    fragment.append(text.slice(at) + "\u200b");
    this.mirror.replaceChildren(fragment);
    this.syncScroll();
  }

  get markCount(): number {
    return this.mirror.querySelectorAll("mark").length;
  }
}
