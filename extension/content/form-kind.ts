// Which kind of Deftiq form a field belongs to (incident report, LMRA, toolbox, observation), read from
// what the page shows: the form's own name, label and heading first, then the page's title and path.
// In an incident report the injured person is identifiable without being named, so the engine needs
// no explicit person there for an injury or care phrase (shared/engine/special/detect-special.ts).
import type { FormKind } from "../../shared/engine/index.ts";

/** Words that name each kind, folded; the first kind whose words a cue holds wins, nearest cue first. */
const KIND_WORDS: readonly [FormKind, RegExp][] = [
  ["lmra", /\blmra\b|last[- ]?minute[- ]?risic|laatste[- ]?minuut[- ]?risic/],
  ["toolbox", /toolbox/],
  ["incident", /incident|ongeval|ongeluk|bijna[- ]?ongeval|near[- ]?miss|letselmelding|schademelding|accident/],
  ["observation", /observati|waarneming|werkplekinspectie|veiligheidsronde|observation/],
];

/** The kind a piece of page text names, if any. Pure, for tests. */
export function formKindIn(text: string): FormKind | undefined {
  const folded = text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  for (const [kind, words] of KIND_WORDS) if (words.test(folded)) return kind;
  return undefined;
}

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
