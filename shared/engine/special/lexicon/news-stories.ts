import type { PatternDef } from "../patterns.ts";

// How news, interviews and first-person stories put what notes say otherwise: the sick report inverted
// after a fronted phrase ("Op zijn advies meld ik me ziek"), conditions by their acronyms with a verb of
// having ("dat ik al jaren MS heb"), a council seat held for a party ("heeft jaren in de raad
// gezeten voor het CDA"), leading worship ("voorgaan in de dienst"), praying in the first person, and
// what faith gives someone. Sources: Dutch news and magazine interviews on work and illness, UWV and
// NHG wording for the acronyms, the Gemeentewet's seat, church order words (voorgaan, eredienst).
// Weak: only about a person in the text. Traps beside each; tests in test/unit/lexicon-news-stories.test.ts.

export const newsStories: Record<"health" | "politics" | "religion", PatternDef[]> = {
  health: [
    // The sick report inverted after a fronted phrase: "Op zijn advies meld ik me ziek", "Daarna meldde hij
    // zich ziek". Trap: "meld je ziek voor 9 uur" (the imperative to anyone: no subject pronoun).
    { id: "sick.report.inverted", pattern: "meld|meldt|meldde|meldden ik|hij|zij|ze me|mij|zich ziek|beter", strength: "weak" },
    // Conditions by their acronyms, with a verb of having: "dat ik al jaren MS heb", "heeft COPD"
    // (health-conditions.ts reads "na zijn CVA").
    // Not "met 20 ms" (milliseconds: no verb of having).
    { id: "condition.acronym-had", pattern: "heeft|had|heb|hebben|kreeg|krijgt ~2 ms|cva|tia|copd|ptss|tbc", strength: "weak" },
  ],
  politics: [
    // "Mijn vader heeft jaren in de raad gezeten voor het CDA": a seat for a party, the participle first.
    { id: "sat-for-party", pattern: "gezeten|gezeteld|zitting ~2 voor|namens de|het? @PARTY_VOTE", strength: "weak" },
  ],
  religion: [
    // Leading worship, what a minister does: "voorgaan in de dienst", "mocht voorgaan in vieringen", "voor te
    // gaan in een dienst". Trap: "voorgaan in de rij" (no worship word).
    { id: "leads-worship", pattern: "voorgaan|voorgaat|voorging|voorgingen|voorgegaan|voorganger in|bij ~2 dienst|diensten|kerkdienst|kerkdiensten|viering|vieringen|eredienst|erediensten|mis|missen|uitvaart", strength: "weak" },
    { id: "leads-worship.split", pattern: "voor te gaan in ~2 dienst|diensten|kerkdienst|viering|vieringen|eredienst|mis", strength: "weak" },
    // "als ik bid", "hij bad elke avond": praying in the first and third person.
    { id: "prays.person", pattern: "ik|hij|zij|ze bid|bad|baden", strength: "weak", notBefore: ["om", "je", "u"] },
    // "Het geloof geeft me rust": what faith gives the writer or a person.
    { id: "faith-gives", pattern: "het|mijn|zijn|haar|m'n|z'n geloof geeft|gaf|biedt|bood ~1 me|mij|hem|haar|ons rust|kracht|steun|houvast|troost", strength: "weak" },
  ],
};
