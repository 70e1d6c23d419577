// Which fields are guarded, and what they are called. Password fields are never read.

export type FieldKind = "input" | "textarea" | "contenteditable";

export interface GuardedField {
  kind: FieldKind;
  element: HTMLElement;
}

const TEXT_INPUT_TYPES = new Set(["", "text", "search", "email", "url", "tel"]);

/**
 * Whether a value is an element, in any window. Quirk: a same-origin iframe's elements belong to that
 * frame's realm, so `instanceof HTMLElement` (this window's class) is false for them.
 */
export function isElement(x: unknown): x is HTMLElement {
  return typeof x === "object" && x !== null && (x as Node).nodeType === 1 && "isContentEditable" in (x as object);
}

/** The guarded field an event target belongs to, or undefined. */
export function fieldOf(target: EventTarget | null): GuardedField | undefined {
  if (!isElement(target)) return undefined;
  if (target.tagName === "TEXTAREA") {
    const area = target as HTMLTextAreaElement;
    return area.readOnly ? undefined : { kind: "textarea", element: area };
  }
  if (target.tagName === "INPUT") {
    const input = target as HTMLInputElement;
    return TEXT_INPUT_TYPES.has(input.type) && !input.readOnly ? { kind: "input", element: input } : undefined;
  }
  if (target.isContentEditable) {
    // Editors nest contenteditable elements; the outermost editing host is the field.
    let host: HTMLElement = target;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return { kind: "contenteditable", element: host };
  }
  return undefined;
}

/** The field's label, name and placeholder: a field labelled "BSN" is the strongest cue there is. */
export function describeField(el: HTMLElement): { label?: string; name?: string; placeholder?: string } {
  const doc = el.ownerDocument;
  let label = el.getAttribute("aria-label") ?? undefined;
  const labelledBy = el.getAttribute("aria-labelledby") ?? el.closest("[aria-labelledby]")?.getAttribute("aria-labelledby");
  if (!label && labelledBy) {
    label = labelledBy.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? "").join(" ").trim() || undefined;
  }
  if (!label && el.id) label = doc.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() || undefined;
  if (!label) label = el.closest("label")?.textContent?.trim() || undefined;
  return {
    label,
    name: el.getAttribute("name") ?? undefined,
    placeholder: el.getAttribute("placeholder") ?? undefined,
  };
}
