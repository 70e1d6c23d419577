import { detect } from "../../../shared/engine/index.ts";

// Principle 1: the typed text never reaches the Worker. Free text a user adds to an event (a reason,
// a justification, a field label) could still carry it, so every such string is scanned with the same
// engine as the extension before anything is stored. A finding refuses the whole request; the answer
// names the field and the category, never the value.

export interface RawDataHit {
  path: string;
  category: string;
}

/** Scans each `[path, text]`; returns the first finding per field. */
export function findRawData(fields: Iterable<readonly [string, string | undefined]>): RawDataHit[] {
  const hits: RawDataHit[] = [];
  for (const [path, text] of fields) {
    if (!text) continue;
    const found = detect(text);
    if (found.length) hits.push({ path, category: found[0]!.category });
  }
  return hits;
}

export function rawDataMessage(hits: RawDataHit[]): string {
  const where = hits.map((h) => `${h.path} (${h.category})`).join(", ");
  return `Deze tekst lijkt een BSN of bijzonder persoonsgegeven te bevatten: ${where}. Laat dat weg en beschrijf de reden zonder persoonsgegevens; er is niets opgeslagen. / ` +
    `This text appears to contain a BSN or special-category data: ${where}. Leave it out and describe the reason without personal data; nothing was stored.`;
}
