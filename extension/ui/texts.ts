import type { Category } from "../../shared/engine/types.ts";

// Everything the extension says, Dutch first. The engine returns message keys (`bsn.high`,
// `health.weak`); this turns them into sentences a field worker understands, citing the DPA.

export type Lang = "nl" | "en";

export function pickLang(setting: string | undefined, browserLang: string): Lang {
  if (setting === "nl" || setting === "en") return setting;
  return /^en\b/i.test(browserLang) ? "en" : "nl";
}

const CATEGORY: Record<Category, [string, string]> = {
  bsn: ["BSN", "citizen service number (BSN)"],
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

export const categoryName = (c: Category, lang: Lang) => CATEGORY[c][lang === "en" ? 1 : 0];

/** What the content script says (the panel's and the submit dialog's sentences are in panel-texts.ts, in panel.js). */
export function t(lang: Lang) {
  const en = lang === "en";
  return {
    requested: en ? "requested" : "aangevraagd",
    announceNew: (n: number, names: string) => (en
      ? `${n} possibly sensitive item${n === 1 ? "" : "s"} in this field: ${names}. Alt+Shift+D explains.`
      : `${n} mogelijk gevoelig${n === 1 ? " gegeven" : "e gegevens"} in dit veld: ${names}. Alt+Shift+D geeft uitleg.`),
    describe: (n: number, names: string) => (en
      ? `${n} possibly sensitive item${n === 1 ? "" : "s"}: ${names}. Alt+Shift+D opens the explanation.`
      : `${n} mogelijk gevoelig${n === 1 ? " gegeven" : "e gegevens"}: ${names}. Alt+Shift+D opent de uitleg.`),
    count: (n: number) => (en ? `${n} possibly sensitive item${n === 1 ? "" : "s"}` : `${n} mogelijk gevoelig${n === 1 ? " gegeven" : "e gegevens"}`),
  };
}
export type Texts = ReturnType<typeof t>;
