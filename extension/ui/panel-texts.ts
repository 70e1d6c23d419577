import { t, type Lang } from "./texts.ts";

// What the explanation panel says besides the content script's sentences (texts.ts): only the panel
// script (entrypoints/panel.ts, loaded on first open) needs these, so they stay out of the content
// script, whose budget is 150 KB.

export function panelTexts(lang: Lang) {
  const en = lang === "en";
  return {
    ...t(lang),
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
