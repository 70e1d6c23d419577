import type { Category } from "../../shared/engine/types.ts";
import { categoryName, t, type Lang } from "./texts.ts";
import type { ActionOutcome } from "../content/panel-api.ts";

// What the explanation panel says besides the content script's sentences (texts.ts): only the panel
// script (entrypoints/panel.ts, loaded on first open) needs these, so they stay out of the content
// script, whose budget is 150 KB.

/** The explanation for an engine message key. */
export function explain(key: string, category: Category, lang: Lang): string {
  const en = lang === "en";
  if (key === "bsn.high") return en ? "This looks like a BSN (it passes the elfproef check and is labelled as one)." : "Dit lijkt een BSN (klopt met de elfproef en staat bij een BSN-label).";
  if (key === "bsn.medium") return en ? "This may be a BSN (it passes the elfproef check, next to a person)." : "Dit is mogelijk een BSN (klopt met de elfproef en staat bij een persoon).";
  const name = categoryName(category, lang);
  if (key.endsWith(".strong")) return en ? `${name} about a person.` : `${name} over een persoon.`;
  return en ? `${name} about a person, it seems.` : `${name} over een persoon, zo lijkt het.`;
}

export function panelTexts(lang: Lang) {
  const en = lang === "en";
  return {
    ...t(lang),
    why: en
      ? "Art. 2 of Deftiq's data processing agreement: BSNs and special categories of personal data may not be entered without Deftiq's separate permission."
      : "Art. 2 van de verwerkersovereenkomst met Deftiq: een BSN of bijzondere persoonsgegevens mogen niet worden ingevoerd zonder aparte toestemming van Deftiq.",
    title: en ? "Possibly sensitive data" : "Mogelijk gevoelig gegeven",
    remove: en ? "Remove" : "Verwijderen",
    override: en ? "Continue anyway" : "Toch doorgaan",
    falsePositive: en ? "Not personal data" : "Geen persoonsgegeven",
    requestException: en ? "Request exception" : "Uitzondering aanvragen",
    close: en ? "Close" : "Sluiten",
    reason: en ? "Reason" : "Reden",
    reasons: en
      ? { consent: "Consent of the person concerned", legal_obligation: "Legal obligation", deftiq_exception: "Exception from Deftiq", other: "Other" }
      : { consent: "Toestemming van betrokkene", legal_obligation: "Wettelijke plicht", deftiq_exception: "Uitzondering van Deftiq", other: "Anders" },
    explanation: en ? "Explanation (no personal data)" : "Toelichting (zonder persoonsgegevens)",
    confirm: en ? "Confirm" : "Bevestigen",
    legalBasis: en ? "Legal basis" : "Grondslag",
    bases: en
      ? { consent: "Consent", legal_obligation: "Legal obligation", vital_interest: "Vital interest", employment_law: "Employment law", other: "Other" }
      : { consent: "Toestemming", legal_obligation: "Wettelijke plicht", vital_interest: "Vitaal belang", employment_law: "Arbeidsrecht", other: "Anders" },
    justification: en ? "Why is it needed? (no personal data, at least 10 characters)" : "Waarom is het nodig? (zonder persoonsgegevens, minstens 10 tekens)",
    send: en ? "Send request" : "Aanvraag versturen",
    requestedStatus: (id: number | undefined, block: boolean) => (en
      ? `Exception requested${id ? ` (#${id})` : ""}: waiting for a decision. Until it is approved this ${block ? "blocks sending" : "still warns"}.`
      : `Uitzondering aangevraagd${id ? ` (#${id})` : ""}: wacht op een besluit. Tot de goedkeuring ${block ? "blokkeert dit het versturen" : "blijft de waarschuwing staan"}.`),
    allowed: (id: number, until: string) => (en ? `Approved: exception #${id}, allowed until ${until}` : `Goedgekeurd: uitzondering #${id}, toegestaan tot ${until}`),
    blockedNote: en
      ? "Your organisation blocks sending this: remove it, or request an exception and wait for approval."
      : "Uw organisatie blokkeert het versturen hiervan: verwijder het, of vraag een uitzondering aan en wacht op goedkeuring.",
    chooseReason: en ? "Choose a reason." : "Kies een reden.",
    reasonPlaceholder: en ? "— choose a reason —" : "— kies een reden —",
    sending: en ? "Sending…" : "Bezig met versturen…",
    backToActions: en ? "Back to the actions" : "Terug naar de acties",
    needReason: en ? "Give an explanation for 'Other'." : "Geef een toelichting bij 'Anders'.",
    shortcut: en ? "Alt+Shift+D opens this panel" : "Alt+Shift+D opent dit venster",
  };
}

/** The submit dialog (content/submit-dialog.ts), also only in panel.js. */
export function submitTexts(lang: Lang) {
  const en = lang === "en";
  return {
    why: en
      ? "Art. 2 of Deftiq's data processing agreement: BSNs and special categories of personal data may not be entered without Deftiq's separate permission."
      : "Art. 2 van de verwerkersovereenkomst met Deftiq: een BSN of bijzondere persoonsgegevens mogen niet worden ingevoerd zonder aparte toestemming van Deftiq.",
    submitTitle: en ? "This form contains possibly sensitive data" : "Dit formulier bevat mogelijk gevoelige gegevens",
    submitBlocked: en ? "Your organisation blocks sending this. Remove the data or get an exception first." : "Uw organisatie blokkeert het versturen hiervan. Verwijder het gegeven of vraag eerst een uitzondering aan.",
    submitWarn: en ? "Send anyway? This will be logged." : "Toch versturen? Dit wordt vastgelegd.",
    sendAnyway: en ? "Send anyway" : "Toch versturen",
    back: en ? "Back to the form" : "Terug naar het formulier",
  };
}

/**
 * What the live region says after a panel action. Actions only start from the open panel, so these
 * sentences travel in panel.js (finding-actions.ts), not in the content script.
 */
export function outcomeText(outcome: ActionOutcome, lang: Lang, requestId?: number): string {
  const en = lang === "en";
  const id = requestId ? ` (#${requestId})` : "";
  switch (outcome) {
    case "removed": return en ? "Removed." : "Verwijderd.";
    case "refused": return en
      ? "This editor does not accept a removal from outside. Select the underlined text and delete it yourself."
      : "Deze editor laat verwijderen van buitenaf niet toe. Selecteer de onderstreepte tekst en verwijder die zelf.";
    case "overridden": return en ? "Logged: continued with a reason." : "Vastgelegd: toch doorgegaan met reden.";
    case "marked-false": return en ? "Logged as not personal data; it will not be flagged again in this field." : "Gemeld als geen persoonsgegeven; wordt in dit veld niet meer gemarkeerd.";
    case "queued": return en ? "Logged; it waits in the queue until the Worker can be reached." : "Vastgelegd; wacht in de wachtrij tot de Worker bereikbaar is.";
    case "requested": return en ? `Exception requested${id}; the admins decide.` : `Uitzondering aangevraagd${id}; de beheerders beslissen.`;
  }
}
