// Underlines for <input> and <textarea>, which the Highlight API cannot reach: a mirror of the field's
// text with the same font, padding and wrapping, transparent except for the underlines, kept in step
// with the field's scroll position.
//
// Speed: a keystroke in a 20,000-character textarea must not lay out 20,000 characters again. The
// mirror holds one block per paragraph (same lines as one pre-wrap block, since "\n" ends a line
// either way), and only the paragraphs between the unchanged head and tail are rebuilt, so the
// browser re-lays out one paragraph. Styles are copied when the field is set up or resized, not per
// keystroke.
import { lookOf, type ShownFinding } from "./shown-finding.ts";
import type { FieldHost } from "./field-host.ts";

const COPIED = [
  "boxSizing", "width", "height", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
  "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "fontFamily", "fontSize",
  "fontWeight", "fontStyle", "fontVariant", "fontStretch", "letterSpacing", "wordSpacing", "lineHeight",
  "textAlign", "textIndent", "textTransform", "direction", "tabSize", "overflowWrap", "wordBreak",
] as const;

/** Extra room below a single-line input for the underline (3 px offset + 2 px wave + its swing). */
const UNDERLINE_ROOM = 8;

interface Paragraph {
  /** Text and underlines (as "start-end-look,…"): equal pairs render identically. */
  text: string;
  marks: string;
  el: HTMLElement;
}

export class TextFieldOverlay {
  private readonly mirror: HTMLDivElement;
  private paragraphs: Paragraph[] = [];
  private styled = false;

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
    const observer = new ResizeObserver(() => {
      this.styled = false;
    });
    observer.observe(field);
    signal.addEventListener("abort", () => observer.disconnect(), { once: true });
  }

  private copyStyle(): void {
    const computed = (this.field.ownerDocument.defaultView ?? window).getComputedStyle(this.field);
    for (const p of COPIED) this.mirror.style[p] = computed[p];
    const single = this.field.tagName === "INPUT";
    this.mirror.style.whiteSpace = single ? "pre" : "pre-wrap";
    if (single) {
      // Inputs centre their one line in the content box: a line box exactly that tall does the same.
      const padTop = parseFloat(computed.paddingTop) || 0;
      const padBottom = parseFloat(computed.paddingBottom) || 0;
      this.mirror.style.lineHeight = `${Math.max(0, this.field.clientHeight - padTop - padBottom)}px`;
      // Quirk: the wavy underline hangs below the text, and a single-line input's padding is often
      // too small for it; clipped at the field's box, it was cut off. The mirror reaches
      // UNDERLINE_ROOM px lower than the field (its text does not move: it is placed from the top).
      this.mirror.style.height = `${this.field.offsetHeight + UNDERLINE_ROOM}px`;
      this.mirror.style.paddingBottom = `${padBottom + UNDERLINE_ROOM}px`;
    }
    this.styled = true;
  }

  syncScroll(): void {
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  }

  private paragraph(text: string, marks: readonly { start: number; end: number; look: string }[]): HTMLElement {
    const doc = this.field.ownerDocument;
    const el = doc.createElement("div");
    let at = 0;
    for (const m of marks) {
      if (m.start < at) continue;
      el.append(text.slice(at, m.start));
      const mark = doc.createElement("mark");
      if (m.look !== "high") mark.className = m.look;
      mark.textContent = text.slice(m.start, m.end);
      el.append(mark);
      at = m.end;
    }
    // An empty line still takes up a line; so does the last one when it is empty.
    el.append(text.slice(at) || "\u200b");
    return el;
  }

  render(text: string, findings: readonly ShownFinding[]): void {
    if (!this.styled) this.copyStyle();
    const lines = text.split("\n");
    const next: { text: string; marks: string; spans: { start: number; end: number; look: string }[] }[] = [];
    let offset = 0;
    let f = 0;
    for (const line of lines) {
      const end = offset + line.length;
      const marks: { start: number; end: number; look: string }[] = [];
      while (f < findings.length && findings[f]!.start < end + 1) {
        const finding = findings[f]!;
        if (finding.end > offset) marks.push({ start: Math.max(0, finding.start - offset), end: Math.min(line.length, finding.end - offset), look: lookOf(finding) });
        if (finding.end > end + 1) break; // crosses into the next line: keep it for that line too
        f++;
      }
      // No concatenation with the line itself: that would copy the whole text on every keystroke.
      next.push({ text: line, marks: marks.length ? marks.map((m) => `${m.start}-${m.end}-${m.look}`).join(",") : "", spans: marks });
      offset = end + 1;
    }
    // Keep the unchanged head and tail; rebuild only what lies between.
    const old = this.paragraphs;
    let head = 0;
    const same = (a: Paragraph, b: { text: string; marks: string }) => a.marks === b.marks && a.text === b.text;
    while (head < old.length && head < next.length && same(old[head]!, next[head]!)) head++;
    let tail = 0;
    while (tail < old.length - head && tail < next.length - head && same(old[old.length - 1 - tail]!, next[next.length - 1 - tail]!)) tail++;
    const removed = old.slice(head, old.length - tail);
    const added = next.slice(head, next.length - tail).map((p) => ({ text: p.text, marks: p.marks, el: this.paragraph(p.text, p.spans) }));
    const before = old[old.length - tail]?.el ?? null;
    for (const p of removed) p.el.remove();
    for (const p of added) this.mirror.insertBefore(p.el, before);
    this.paragraphs = [...old.slice(0, head), ...added, ...old.slice(old.length - tail)];
  }

  get markCount(): number {
    return this.mirror.querySelectorAll("mark").length;
  }
}
