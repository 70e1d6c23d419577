import type { Lang } from "./i18n.ts";

// What the console shows instead of codes: category, reason, legal basis, event type and status names
// in the reader's language, and times on Amsterdam clocks (the organisations' own), not in UTC.

type Names = Record<string, [nl: string, en: string]>;

const CATEGORY: Names = {
  bsn: ["BSN", "Citizen service number (BSN)"],
  health: ["Medisch gegeven", "Health data"],
  religion: ["Religie of levensovertuiging", "Religion or belief"],
  ethnicity: ["Afkomst of etniciteit", "Ethnic origin"],
  politics: ["Politieke voorkeur", "Political opinion"],
  union: ["Vakbondslidmaatschap", "Trade-union membership"],
  genetic: ["Genetisch gegeven", "Genetic data"],
  biometric: ["Biometrisch gegeven", "Biometric data"],
  sexual: ["Seksueel leven of geaardheid", "Sex life or orientation"],
  criminal: ["Strafrechtelijk gegeven", "Criminal data"],
};
const REASON: Names = {
  consent: ["Toestemming van betrokkene", "Consent of the person concerned"],
  legal_obligation: ["Wettelijke plicht", "Legal obligation"],
  deftiq_exception: ["Uitzondering van Deftiq", "Exception from Deftiq"],
  other: ["Anders", "Other"],
};
const BASIS: Names = {
  consent: ["Toestemming", "Consent"],
  legal_obligation: ["Wettelijke plicht", "Legal obligation"],
  vital_interest: ["Vitaal belang", "Vital interest"],
  employment_law: ["Arbeidsrecht", "Employment law"],
  other: ["Anders", "Other"],
};
const EVENT_TYPE: Names = {
  override: ["Toch doorgegaan", "Continued anyway"],
  false_positive: ["Geen persoonsgegeven", "Not personal data"],
  removed: ["Verwijderd", "Removed"],
  exception_request: ["Uitzondering aangevraagd", "Exception requested"],
  submit_warned: ["Gewaarschuwd bij verzenden", "Warned on submit"],
  submit_blocked: ["Verzenden geblokkeerd", "Submit blocked"],
};
const STATUS: Names = {
  pending: ["aangevraagd", "requested"],
  approved: ["goedgekeurd", "approved"],
  denied: ["afgewezen", "denied"],
  revoked: ["ingetrokken", "revoked"],
};
const MODE: Names = {
  off: ["uit", "off"],
  warn: ["waarschuwen", "warn"],
  block: ["blokkeren", "block"],
};

const pick = (names: Names) => (code: string | null | undefined, lang: Lang): string => {
  if (!code) return "";
  const n = names[code];
  return n ? n[lang === "en" ? 1 : 0] : code;
};

export const categoryLabel = pick(CATEGORY);
export const reasonLabel = pick(REASON);
export const basisLabel = pick(BASIS);
export const eventTypeLabel = pick(EVENT_TYPE);
export const statusLabel = pick(STATUS);
export const modeLabel = pick(MODE);

const FORMATS = {
  nl: new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", day: "2-digit", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
};

/** An instant (ISO 8601, UTC) as Amsterdam wall-clock time: "30-11-2026 00:00". */
export function amsterdamTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : FORMATS[lang].format(d).replace(",", "");
}

/** A calendar date ("2026-12-31") the Dutch or English way. */
export function dateLabel(date: string | null | undefined, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? "");
  if (!m) return date ?? "";
  return lang === "en" ? `${m[3]} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(m[2]) - 1]} ${m[1]}` : `${m[3]}-${m[2]}-${m[1]}`;
}
