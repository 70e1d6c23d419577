// Wires the page's edit events to one FieldSession per field. Listens in the capture phase on the
// document, so fields added later by single-page apps need no registration; same-origin iframes get
// their own guard. Every listener carries the AbortSignal, so teardown is one abort().
import { fieldOf } from "./field-kind.ts";
import { FieldSession } from "./field-session.ts";
import { PageState } from "./page-state.ts";
import { guardSubmits } from "./submit-guard.ts";

export interface Guard {
  sessions(): FieldSession[];
}

export function startGuard(doc: Document, signal: AbortSignal, page = new PageState(doc.defaultView!, signal)): Guard {
  const byElement = new WeakMap<HTMLElement, FieldSession>();
  const all = new Set<FieldSession>();

  const sessionFor = (target: EventTarget | null): FieldSession | undefined => {
    const field = fieldOf(target instanceof Node && !(target instanceof HTMLElement) ? target.parentElement : target);
    if (!field) return undefined;
    let session = byElement.get(field.element);
    if (!session) {
      session = new FieldSession(field, signal, page);
      byElement.set(field.element, session);
      all.add(session);
    }
    return session;
  };

  const onEdit = (event: Event) => {
    try {
      performance.mark("dpa-guard:event-start");
      sessionFor(event.target)?.schedule();
      performance.measure("dpa-guard:event", "dpa-guard:event-start");
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
  // Quirk: a few editors change their text on delete without input or keyup reaching the document
  // (key handled and cancelled in a keydown listener); the selection still moves, so selectionchange
  // re-checks the focused field. It fires on every caret move: scheduling is a cleared timer, cheap.
  doc.addEventListener("selectionchange", () => {
    try {
      if (doc.activeElement instanceof HTMLElement) sessionFor(doc.activeElement)?.schedule();
    } catch (e) {
      console.debug("dpa-guard:", e);
    }
  }, opts);

  // Alt+Shift+D in a guarded field opens its panel (keyboard users never need the mouse).
  doc.addEventListener("keydown", (event) => {
    try {
      if (!(event.altKey && event.shiftKey && event.code === "KeyD")) return;
      const session = sessionFor(doc.activeElement);
      if (!session) return;
      event.preventDefault();
      session.openPopover();
    } catch (e) {
      console.debug("dpa-guard:", e);
    }
  }, { capture: true, signal });

  const live = () => {
    for (const s of all) if (!s.element.isConnected) all.delete(s);
    return [...all];
  };
  guardSubmits(doc, live, page, signal);

  // Same-origin iframes: guard their documents too (allFrames covers cross-origin ones).
  const guardFrame = (frame: HTMLIFrameElement) => {
    try {
      const inner = frame.contentDocument;
      if (inner && inner !== doc) startGuard(inner, signal, page);
    } catch {
      // cross-origin: its own content-script instance handles it
    }
  };
  doc.querySelectorAll("iframe").forEach((f) => f.addEventListener("load", () => guardFrame(f), { signal }));

  // The popup asks how many findings this page has: counts only.
  // Comparing windows is allowed across origins; reading top.document would throw in a framed page.
  if (doc.defaultView && doc.defaultView === doc.defaultView.top) {
    const onMessage = (message: { kind?: string }, _sender: unknown, reply: (x: unknown) => void) => {
      if (message?.kind !== "page-findings") return;
      const sessions = live();
      reply({ guarded: true, open: sessions.reduce((n, s) => n + s.openFindings().length, 0), fields: sessions.length });
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener("abort", () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  }
  return { sessions: live };
}
