// Removing a finding through the editor's own input path, so undo works and frameworks keep their
// model: select the span, then document.execCommand("delete"), which goes through beforeinput/input
// like a keypress and lands on the page's undo stack (setting .value would wipe it).
// Quirk: execCommand is deprecated but is still the only way to edit *with* the native undo stack;
// where it is refused (returns false), a synthetic beforeinput is offered to the editor, and the
// native value setter plus an input event is the last resort (React listens to that).
import type { GuardedField } from "./field-kind.ts";
import { rangeFor, readContentEditable } from "./text-contenteditable.ts";

export function removeSpan(field: GuardedField, start: number, end: number): boolean {
  const el = field.element;
  const doc = el.ownerDocument;
  el.focus({ preventScroll: true });
  if (field.kind !== "contenteditable") {
    const input = el as HTMLInputElement | HTMLTextAreaElement;
    input.setSelectionRange(start, end);
    if (doc.execCommand("delete")) return true;
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), "value")?.set;
    setter?.call(input, input.value.slice(0, start) + input.value.slice(end));
    input.setSelectionRange(start, start);
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "deleteContent" }));
    return true;
  }
  const range = rangeFor(readContentEditable(el), start, end);
  if (!range) return false;
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (doc.execCommand("delete")) return true;
  const before = new InputEvent("beforeinput", { bubbles: true, cancelable: true, inputType: "deleteContent", targetRanges: [new StaticRange(range)] });
  if (!el.dispatchEvent(before)) return true; // the editor handled it
  range.deleteContents();
  el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "deleteContent" }));
  return true;
}
