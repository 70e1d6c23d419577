// Wires the page's edit events to one FieldSession per field. Listens in the capture phase on the
// document, so fields added later by single-page apps and same-origin iframes' own scripts need no
// registration; every listener carries the AbortSignal, so teardown is one abort().
import { fieldOf } from "./field-kind.ts";
import { FieldSession } from "./field-session.ts";

export function startGuard(doc: Document, signal: AbortSignal): void {
  const sessions = new WeakMap<HTMLElement, FieldSession>();

  const onEdit = (event: Event) => {
    try {
      const field = fieldOf(event.target instanceof Node && !(event.target instanceof HTMLElement)
        ? event.target.parentElement
        : event.target);
      if (!field) return;
      let session = sessions.get(field.element);
      if (!session) {
        session = new FieldSession(field, signal);
        sessions.set(field.element, session);
      }
      session.schedule();
    } catch (e) {
      // The host page must never break because of us.
      console.debug("dpa-guard:", e);
    }
  };

  const opts = { capture: true, passive: true, signal } as const;
  doc.addEventListener("input", onEdit, opts);
  // Quirk: some editors fire no `input` on delete or on programmatic changes; keyup and paste catch those.
  doc.addEventListener("keyup", onEdit, opts);
  doc.addEventListener("paste", onEdit, opts);
  doc.addEventListener("focusin", onEdit, opts);
  doc.addEventListener("compositionend", onEdit, opts);

  // Same-origin iframes: guard their documents too (allFrames covers cross-origin ones).
  const guardFrame = (frame: HTMLIFrameElement) => {
    try {
      const inner = frame.contentDocument;
      if (inner && inner !== doc) startGuard(inner, signal);
    } catch {
      // cross-origin: its own content-script instance handles it
    }
  };
  doc.querySelectorAll("iframe").forEach((f) => f.addEventListener("load", () => guardFrame(f), { signal }));
}
