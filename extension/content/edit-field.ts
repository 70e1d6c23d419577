// Removing a finding through the editor's own input path, so undo works and the page's model (React
// state, an editor's document) changes with the DOM, never behind the editor's back.
// - inputs and textareas: select the span, then document.execCommand("delete"): a trusted input event
//   (React's value tracker follows) that lands on the native undo stack.
// - contenteditable: select the span, let the page see the selection, then offer a `beforeinput`
//   (deleteContentBackward with the span as target range), the event editors built on Input Events
//   (Slate, Lexical, CKEditor 5, Trix) turn into a delete in their model and their own undo history.
//   Quirk: Chromium fires no beforeinput for execCommand, so execCommand alone changed only the DOM of
//   those editors (Slate kept the BSN in its value; Trix's undo went back past the user's typing).
//   Where no editor took the event, execCommand("delete") edits the DOM as a keypress would, for editors
//   that read the DOM back (Quill, ProseMirror) and plain contenteditable.
// Quirk: execCommand is deprecated but still the only way to edit *with* the native undo stack.
// Afterwards the field is read again: an editor that ignored the delete (or rendered its old model back)
// is reported as "refused", so the panel says so instead of claiming a removal that did not happen.
import type { GuardedField } from "./field-kind.ts";
import { editorKind } from "./editor-kind.ts";
import { rangeFor, readContentEditable } from "./text-contenteditable.ts";

/** removed; refused: the editor did not take it (say so); changed: the field changed meanwhile (look again). */
export type Removal = "removed" | "refused" | "changed";

/** How the field reads, for comparing before and after (editors render spaces as NBSP, add ZWSP). */
const plain = (s: string) => s.replace(/\u00a0/g, " ").replace(/[\u200b\ufeff]/g, "");

const sleep = (win: Window, ms: number) => new Promise<void>((ok) => win.setTimeout(ok, ms));

/** Waits `n` animation frames, then one task (hidden tabs run no frames: a timer stands in). */
function frames(win: Window, n: number): Promise<void> {
  return new Promise((ok) => {
    const timer = win.setTimeout(ok, 100 * n);
    const step = (left: number) => win.requestAnimationFrame(() => {
      if (left > 1) return step(left - 1);
      win.clearTimeout(timer);
      win.setTimeout(ok, 0);
    });
    step(n);
  });
}

/**
 * Quirk (Quill): its history merges every change made within `history.delay` (1 s by default) of the
 * previous one into one undo step, so a removal right after typing would be undone together with the
 * user's last keystrokes. Removal waits until that second has passed since the field's last edit.
 */
const QUILL_MERGE_MS = 1000;

/**
 * Resolves after the browser has dispatched `selectionchange` for the selection just set and the
 * page's own listeners have seen it. Quirks: Trix records an undo entry in the context of the
 * selection *it* last saw (a collapsed caret at the end of the user's typing merges the removal into
 * the typing entry, so Ctrl+Z would take the typing too); Slate and CKEditor 5 likewise keep a copy of
 * the selection that is updated from selectionchange. selectionchange is queued as a task, after
 * execCommand would already have run.
 */
function selectionSettled(doc: Document): Promise<void> {
  const win = doc.defaultView!;
  return new Promise((ok) => {
    const done = () => {
      doc.removeEventListener("selectionchange", done);
      win.clearTimeout(fallback);
      // Listeners registered by the page run after ours in this dispatch; one more task runs after them.
      win.setTimeout(ok, 0);
    };
    doc.addEventListener("selectionchange", done);
    // Same selection as before: no event comes.
    const fallback = win.setTimeout(done, 50);
  });
}

/** Reads the field until it shows `expected` (editors such as Slate and Lexical render a beat later). */
async function settlesTo(field: GuardedField, expected: string): Promise<boolean> {
  const win = field.element.ownerDocument.defaultView!;
  for (let i = 0; i < 20; i++) {
    if (plain(readField(field)) === plain(expected)) return true;
    await sleep(win, 25);
  }
  return false;
}

function readField(field: GuardedField): string {
  return field.kind === "contenteditable" ? readContentEditable(field.element).text : (field.element as HTMLInputElement).value;
}

/**
 * Removes [start, end) of the field's text as if the user had selected it and pressed Delete.
 * `lastEditAt` is when the field last changed (performance.now()), for editors that merge undo steps by time.
 */
export async function removeSpan(field: GuardedField, start: number, end: number, lastEditAt = 0): Promise<Removal> {
  const el = field.element;
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  const before = readField(field);
  const expected = before.slice(0, start) + before.slice(end);
  if (field.kind !== "contenteditable") {
    const input = el as HTMLInputElement | HTMLTextAreaElement;
    el.focus({ preventScroll: true });
    input.setSelectionRange(start, end);
    // Works in Chromium and Firefox (since 89) for inputs and textareas; React's value tracker sees the
    // trusted input event, so a controlled field's state follows.
    doc.execCommand("delete");
    return (await settlesTo(field, expected)) ? "removed" : "refused";
  }
  if (editorKind(el) === "quill") {
    // The content script's clock, as for lastEditAt: a same-origin frame's performance has another origin.
    const wait = lastEditAt + QUILL_MERGE_MS + 50 - performance.now();
    if (wait > 0) await sleep(win, wait);
    // The finding's offsets hold only for the text they were found in.
    if (readField(field) !== before) return "changed";
  }
  el.focus({ preventScroll: true });
  const range = rangeFor(readContentEditable(el), start, end);
  if (!range) return "refused";
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  await selectionSettled(doc);
  // The user (or the page) may have moved the selection meanwhile: never delete what they selected.
  const now = doc.getSelection();
  if (!now || now.rangeCount === 0 || plain(now.toString()) !== plain(range.toString())) return "changed";
  const offered = new InputEvent("beforeinput", {
    bubbles: true, cancelable: true, composed: true, inputType: "deleteContentBackward",
    targetRanges: [new StaticRange(now.getRangeAt(0))],
  });
  const taken = !el.dispatchEvent(offered);
  if (taken) return (await settlesTo(field, expected)) ? "removed" : "refused";
  // Quirk (Trix): it applies the delete to its model without cancelling the event and renders the
  // model in the next animation frame; wait for that before deciding nobody took it, or the
  // execCommand below would delete a second time.
  await frames(win, 2);
  const after = readField(field);
  if (plain(after) === plain(expected)) return "removed";
  if (plain(after) !== plain(before)) return "refused"; // changed, but not as asked: leave it to the user
  doc.execCommand("delete");
  return (await settlesTo(field, expected)) ? "removed" : "refused";
}
