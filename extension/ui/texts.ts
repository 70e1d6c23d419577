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

/** The explanation for an engine message key. */
export function explain(key: string, category: Category, lang: Lang): string {
  const en = lang === "en";
  if (key === "bsn.high") return en ? "This looks like a BSN (it passes the elfproef check and is labelled as one)." : "Dit lijkt een BSN (klopt met de elfproef en staat bij een BSN-label).";
  if (key === "bsn.medium") return en ? "This may be a BSN (it passes the elfproef check, next to a person)." : "Dit is mogelijk een BSN (klopt met de elfproef en staat bij een persoon).";
  const name = categoryName(category, lang);
  if (key.endsWith(".strong")) return en ? `${name} about a person.` : `${name} over een persoon.`;
  return en ? `${name} about a person, it seems.` : `${name} over een persoon, zo lijkt het.`;
}

/** What the content script says (the panel's own sentences are in panel-texts.ts, in panel.js). */
export function t(lang: Lang) {
  const en = lang === "en";
  return {
    why: en
      ? "Art. 2 of Deftiq's data processing agreement: BSNs and special categories of personal data may not be entered without Deftiq's separate permission."
      : "Art. 2 van de verwerkersovereenkomst met Deftiq: een BSN of bijzondere persoonsgegevens mogen niet worden ingevoerd zonder aparte toestemming van Deftiq.",
    requested: en ? "requested" : "aangevraagd",
    announceNew: (n: number, names: string) => (en
      ? `${n} possibly sensitive item${n === 1 ? "" : "s"} in this field: ${names}. Alt+Shift+D explains.`
      : `${n} mogelijk gevoelig${n === 1 ? " gegeven" : "e gegevens"} in dit veld: ${names}. Alt+Shift+D geeft uitleg.`),
    describe: (n: number, names: string) => (en
      ? `${n} possibly sensitive item${n === 1 ? "" : "s"}: ${names}. Alt+Shift+D opens the explanation.`
      : `${n} mogelijk gevoelig${n === 1 ? " gegeven" : "e gegevens"}: ${names}. Alt+Shift+D opent de uitleg.`),
    removed: en ? "Removed." : "Verwijderd.",
    removeRefused: en
      ? "This editor does not accept a removal from outside. Select the underlined text and delete it yourself."
      : "Deze editor laat verwijderen van buitenaf niet toe. Selecteer de onderstreepte tekst en verwijder die zelf.",
    overridden: en ? "Logged: continued with a reason." : "Vastgelegd: toch doorgegaan met reden.",
    markedFalse: en ? "Logged as not personal data; it will not be flagged again in this field." : "Gemeld als geen persoonsgegeven; wordt in dit veld niet meer gemarkeerd.",
    requestSent: (id?: number) => (en ? `Exception requested${id ? ` (#${id})` : ""}; the admins decide.` : `Uitzondering aangevraagd${id ? ` (#${id})` : ""}; de beheerders beslissen.`),
    queuedNote: en ? "Logged; it waits in the queue until the Worker can be reached." : "Vastgelegd; wacht in de wachtrij tot de Worker bereikbaar is.",
    submitTitle: en ? "This form contains possibly sensitive data" : "Dit formulier bevat mogelijk gevoelige gegevens",
    submitBlocked: en ? "Your organisation blocks sending this. Remove the data or get an exception first." : "Uw organisatie blokkeert het versturen hiervan. Verwijder het gegeven of vraag eerst een uitzondering aan.",
    submitWarn: en ? "Send anyway? This will be logged." : "Toch versturen? Dit wordt vastgelegd.",
    sendAnyway: en ? "Send anyway" : "Toch versturen",
    back: en ? "Back to the form" : "Terug naar het formulier",
    count: (n: number) => (en ? `${n} possibly sensitive item${n === 1 ? "" : "s"}` : `${n} mogelijk gevoelig${n === 1 ? " gegeven" : "e gegevens"}`),
  };
}
export type Texts = ReturnType<typeof t>;
