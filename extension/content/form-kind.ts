// Which kind of Deftiq form a field belongs to (incident report, LMRA, toolbox, observation), read from
// what the page shows: the form's own name, label and heading first, then the page's title and path.
// In an incident report the injured person is identifiable without being named, so the engine needs
// no explicit person there for an injury or care phrase (shared/engine/special/detect-special.ts).
import { formKindIn, type FormKind } from "../../shared/engine/index.ts";

/** Texts that may name the form, nearest the field first. */
function cues(el: HTMLElement): string[] {
  const out: string[] = [];
  const form = el.closest("form, [role=form], fieldset, section");
  if (form) {
    out.push(form.id, form.getAttribute("name") ?? "", form.getAttribute("aria-label") ?? "", form.getAttribute("action") ?? "");
    const heading = form.querySelector("legend, h1, h2, h3");
    if (heading) out.push(heading.textContent ?? "");
  }
  const doc = el.ownerDocument;
  out.push(doc.querySelector("h1")?.textContent ?? "", doc.querySelector("header")?.textContent ?? "", doc.title, doc.location?.pathname ?? "");
  return out.map((c) => c.slice(0, 300));
}

/** The form's kind as the page shows it, or undefined (then the engine assumes nothing). */
export function formKindOf(el: HTMLElement): FormKind | undefined {
  for (const cue of cues(el)) {
    const kind = cue && formKindIn(cue);
    if (kind) return kind;
  }
  return undefined;
}
