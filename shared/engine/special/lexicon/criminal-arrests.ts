import type { LexiconList } from "../patterns.ts";

// Criminal (AVG art. 10), arrests and exploitation in the words of police news: the separable "hield …
// aan" with the police as subject, arrests counted as made ("Er werden drie arrestaties verricht"), and a
// person who exploited workers ("dat de teler de werknemers had uitgebuit", Sr art. 273f). Sources: police
// press releases (politie.nl wording), Wetboek van Strafrecht; hand-curated. Traps: "de politie hield
// rekening met …" (no "aan"), "300 arrestaties per jaar" (a count beyond a handful is a statistic, not
// named here), "de grond is uitgeput" (another verb).

export const arrests: Required<Pick<LexiconList, "patterns">> = {
  patterns: [
    // Strong: what the police "houden aan" is always someone (a judge adjourns a case, the police do not).
    { id: "arrest.police-held-separable", pattern: "@POLICE ~1 hield|hielden ~7 aan", strength: "strong", notBefore: ["de", "het", "een"] },
    // A handful of arrests, made: specific people, as a news report counts them.
    { id: "arrest.counted-made", pattern: "een|twee|drie|vier|vijf|zes|1|2|3|4|5|6 arrestatie|arrestaties|aanhouding|aanhoudingen verricht|gedaan", strength: "strong" },
    // Strong: those exploited are people; a company as the exploiter is left out by the company check.
    { id: "exploited", pattern: "had|heeft|hebben|hadden ~5 uitgebuit", strength: "strong" },
    { id: "exploitation-noun", pattern: "arbeidsuitbuiting|mensenhandel|uitbuiting ~1 van|door|veroordeeld|verdacht", strength: "weak" },
  ],
};
