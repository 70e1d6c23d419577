import type { FormKind } from "./types.ts";

// The kind of form a page shows, from its words (a heading, a title, a path). The extension reads
// those from the page (extension/content/form-kind.ts); this part is pure so it can be tested anywhere.

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

