// Popover behaviour of the panel: it stays inside the visible area, and Esc or a press outside closes it.
//
// fitPanel keeps the open panel inside the visible area of its window. Below the field by default; above it
// when there is more room there; when neither side has room (a small iframe, 300×150 by default) it
// covers the field and scrolls inside itself. Without this the panel overflowed the frame, which then
// scrolled the field out of view to show it.
const GAP = 6;
const MARGIN = 4;

export function fitPanel(field: HTMLElement, root: ShadowRoot): void {
  const panel = root.querySelector<HTMLElement>(".panel");
  const win = field.ownerDocument.defaultView;
  if (!panel || !win) return;
  const viewW = field.ownerDocument.documentElement.clientWidth || win.innerWidth;
  const viewH = field.ownerDocument.documentElement.clientHeight || win.innerHeight;
  const f = field.getBoundingClientRect();
  // The content's own height (scrollHeight), not the box's: the box may be capped by an earlier fit.
  const p = { height: panel.scrollHeight + 2, width: panel.offsetWidth };
  const below = viewH - f.bottom - GAP - MARGIN;
  const above = f.top - GAP - MARGIN;
  // Offsets are relative to the field's box (the panel's containing block is the frame over the field).
  let top: number;
  let maxHeight = "";
  if (p.height <= below) top = f.height + GAP;
  else if (p.height <= above) top = -(p.height + GAP);
  else {
    top = MARGIN - f.top;
    maxHeight = `${Math.max(60, viewH - 2 * MARGIN)}px`;
  }
  let left = 0;
  if (f.left + p.width > viewW - MARGIN) left = viewW - MARGIN - p.width - f.left;
  if (f.left + left < MARGIN) left = MARGIN - f.left;
  // Written only when changed: the caller refits on resize, and equal writes would loop.
  const set = (prop: "top" | "left" | "maxHeight", value: string) => {
    if (panel.style[prop] !== value) panel.style[prop] = value;
  };
  set("top", `${Math.round(top)}px`);
  set("left", `${Math.round(left)}px`);
  set("maxHeight", maxHeight);
}

/**
 * Esc closes the panel wherever focus is (also a panel with nothing to act on, where focus may still
 * be in the field), and so does a press anywhere outside it. Capture phase on the field's document.
 */
export function dismissOnEscOrOutside(doc: Document, host: HTMLElement, field: HTMLElement, isOpen: () => boolean, close: (focusField: boolean) => void, signal: AbortSignal): void {
  doc.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && isOpen()) close(e.composedPath().includes(host) || doc.activeElement === field);
  }, { capture: true, signal });
  doc.addEventListener("mousedown", (e) => {
    if (isOpen() && !e.composedPath().includes(host)) close(false);
  }, { capture: true, signal });
}
