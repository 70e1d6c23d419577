// Wires the page's edit events to one FieldSession per field. Listens in the capture phase on the
// document, so fields added later by single-page apps need no registration; same-origin iframes get
// their own guard. Every listener carries the AbortSignal, so teardown is one abort().
import { fieldOf } from "./field-kind.ts";
import { FieldSession } from "./field-session.ts";
import { PageState } from "./page-state.ts";
import { guardSubmits } from "./submit-guard.ts";
import { timed } from "./timing.ts";

export interface Guard {
  sessions(): FieldSession[];
}

/** Documents already guarded (a frame's document may be reached by load and by the observer). */
const guardedDocuments = new WeakSet<Document>();

export function startGuard(doc: Document, signal: AbortSignal, page = new PageState(doc.defaultView!, signal)): Guard {
  guardedDocuments.add(doc);
  const byElement = new WeakMap<HTMLElement, FieldSession>();
  const all = new Set<FieldSession>();

  const sessionFor = (target: EventTarget | null): FieldSession | undefined => {
    // Text nodes (nodeType 3) can be event targets in some editors; their element is the field.
    const node = target as Node | null;
    const field = fieldOf(node && node.nodeType === 3 ? node.parentElement : target);
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
      timed("dpa-guard:event", () => {
        const session = sessionFor(event.target);
        if (!session) return;
        if (event.type === "input" || event.type === "paste") session.edited();
        session.schedule();
      });
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
      if (doc.activeElement) sessionFor(doc.activeElement)?.schedule();
    } catch (e) {
      console.debug("dpa-guard:", e);
    }
  }, opts);

  // A field focused before the guard started (it starts once the lexicon is unpacked) is checked now,
  // not at its next keystroke.
  try {
    if (doc.activeElement) sessionFor(doc.activeElement)?.schedule();
  } catch (e) {
    console.debug("dpa-guard:", e);
  }

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

  // Same-origin iframes (srcdoc and about:blank ones too, where no content script is injected): guard
  // their documents from here, now and whenever they (re)load; frames added later are seen by a
  // MutationObserver. Cross-origin frames get their own content-script instance (allFrames).
  const guardFrame = (frame: HTMLIFrameElement) => {
    try {
      const inner = frame.contentDocument;
      if (inner && inner !== doc && !guardedDocuments.has(inner)) {
        guardedDocuments.add(inner);
        startGuard(inner, signal, page);
      }
    } catch {
      // cross-origin: its own content-script instance handles it
    }
  };
  const isFrame = (n: Node): n is HTMLIFrameElement => n.nodeType === 1 && (n as Element).tagName === "IFRAME";
  const watchFrame = (frame: HTMLIFrameElement) => {
    frame.addEventListener("load", () => guardFrame(frame), { signal });
    guardFrame(frame);
  };
  doc.querySelectorAll<HTMLIFrameElement>("iframe").forEach(watchFrame);
  const frames = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (isFrame(n)) watchFrame(n);
        else if (n.nodeType === 1 && (n as Element).firstElementChild) (n as Element).querySelectorAll<HTMLIFrameElement>("iframe").forEach(watchFrame);
      }
    }
  });
  frames.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener("abort", () => frames.disconnect(), { once: true });

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
