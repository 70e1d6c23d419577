// Which fields are guarded, and what they are called. Password fields are never read.

export type FieldKind = "input" | "textarea" | "contenteditable";

export interface GuardedField {
  kind: FieldKind;
  element: HTMLElement;
}

const TEXT_INPUT_TYPES = new Set(["", "text", "search", "email", "url", "tel"]);

/** The guarded field an event target belongs to, or undefined. */
export function fieldOf(target: EventTarget | null): GuardedField | undefined {
  if (!(target instanceof HTMLElement)) return undefined;
  if (target instanceof HTMLTextAreaElement) return target.readOnly ? undefined : { kind: "textarea", element: target };
  if (target instanceof HTMLInputElement) {
    return TEXT_INPUT_TYPES.has(target.type) && !target.readOnly ? { kind: "input", element: target } : undefined;
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
