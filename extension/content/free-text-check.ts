// Free text the user adds to an override or an exception request (an explanation, a justification)
// is checked with the same engine, and the same way, as the Worker checks it before storing anything
// (worker/src/lib/raw-data-guard.ts: detect() with every category). Caught here, the user fixes it
// in the panel; caught only by the Worker, the event would be refused after the panel had closed.
import { detect } from "../../shared/engine/index.ts";
import { categoryName, type Lang } from "../ui/texts.ts";

/** An error to show, or "" when the text holds no BSN or special-category data. */
export function personalDataIn(text: string, lang: Lang): string {
  const found = detect(text);
  if (!found.length) return "";
  const names = [...new Set(found.map((f) => categoryName(f.category, lang)))].join(", ");
  return lang === "en"
    ? `This explanation seems to contain personal data (${names}). Describe the reason without it; nothing was sent.`
    : `Deze toelichting lijkt persoonsgegevens te bevatten (${names}). Beschrijf de reden zonder; er is niets verstuurd.`;
}
