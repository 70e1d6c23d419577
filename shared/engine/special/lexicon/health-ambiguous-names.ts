import type { LexiconList } from "../patterns.ts";

// Conditions whose name is also an everyday word or an abbreviation, told only in a frame that
// makes them a person's condition: having it ("heeft sinds vorig jaar kanker"), suffering from it
// ("lijdt aan MS"), being known with it ("is bekend met ALS"), or its being found ("bij hem is staar
// vastgesteld"). Alone these words are a curse ("kanker"), a conjunction ("als"), a software name
// ("MS"), a beer or a crown ("corona"), a verb ("staar", I stare), a raise ("verhoging") or a load's
// weight ("overgewicht"), so no list of terms may hold them.
// Sources: Thuisarts.nl's topic names and the NVN/ALS Centrum spelling of the abbreviations. Traps:
// "we hadden het over kanker" (talking about it: "het over" is not in the filler class), "als hij
// ..." (no frame), "een verhoging van het budget" (no verb of having before it), "de kraan heeft
// overgewicht" (no person: weak).

export const ambiguousNames: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Not "als" here: "heeft als taak" is everywhere; ALS is read only after "lijdt aan". */
    AMBIGUOUS_CONDITION: ["kanker", "ms", "corona", "covid", "zona", "staar", "overgewicht", "suiker", "sikkelcel", "lyme", "tbc"],
    /** Words that may stand between the verb of having and the condition: time, degree, hedges. */
    HAVE_FILLER: [
      "al", "ook", "nu", "toch", "echt", "helaas", "inmiddels", "sinds", "vorig", "vorige", "jaar", "maand", "week", "weken",
      "maanden", "jaren", "een", "paar", "tijdje", "weer", "opnieuw", "waarschijnlijk", "vermoedelijk", "misschien",
      "blijkbaar", "kennelijk", "sindsdien", "dus", "nog", "steeds", "zelf", "ernstig", "recent", "onlangs", "lang", "tijd",
    ],
    /** Words of finding a condition, after it: "bij hem is MS vastgesteld". */
    FOUND: ["vastgesteld", "geconstateerd", "gediagnosticeerd", "gediagnostiseerd", "ontdekt", "aangetoond", "gevonden"],
  },
  patterns: [
    { id: "condition.ambiguous-had", pattern: "heeft|had|heb|hebben|hadden|kreeg|krijgt|kregen @HAVE_FILLER? @HAVE_FILLER? @HAVE_FILLER? @AMBIGUOUS_CONDITION", strength: "weak",
      notBefore: ["in", "voor", "bij", "gehaald", "gekocht", "nodig", "mee", "op", "van", "aan", "uit", "gezet"] },
    { id: "condition.ambiguous-suffers", pattern: "lijdt|leed|lijden|leden|lijd aan @AMBIGUOUS_CONDITION|als", strength: "weak" },
    { id: "condition.ambiguous-known", pattern: "bekend met @AMBIGUOUS_CONDITION", strength: "weak" },
    { id: "condition.ambiguous-treated", pattern: "behandeld|behandeling|onderzocht voor|tegen @AMBIGUOUS_CONDITION", strength: "weak" },
    { id: "condition.ambiguous-found", pattern: "@AMBIGUOUS_CONDITION ~1 @FOUND", strength: "weak", notAfter: ["de", "het", "die", "dat"] },
    // Conditions of two words, each word ordinary alone: "prikkelbare darm", "bipolaire stoornis".
    { id: "condition.two-words", pattern: "prikkelbare darm|darmen|darmsyndroom", strength: "weak" },
    { id: "condition.disorder-kind", pattern: "bipolaire|bipolair|obsessieve|dwangmatige|dissociatieve|borderline|psychotische|posttraumatische stoornis|persoonlijkheidsstoornis", strength: "weak" },
    { id: "condition.eye-two-words", pattern: "lui|lazy oog|eye", strength: "weak" },
    { id: "condition.open-leg", pattern: "open been|benen", strength: "weak" },
    { id: "condition.thyroid", pattern: "trage|snelle|langzame|overactieve schildklier", strength: "weak" },
    { id: "condition.thyroid-word", pattern: "schildklierprobleem|schildklierproblemen|schildklieraandoening|schildklierziekte|schildklierklachten", strength: "weak" },
    { id: "condition.suicidal-thoughts", pattern: "suicidale gedachten|neigingen|uitingen", strength: "weak" },
    { id: "condition.continence", pattern: "incontinent|incontinentie|incontinence|stomazak", strength: "weak" },
    { id: "care.surgery-kind", pattern: "keizersnede|maagverkleining|maagverkleiningsoperatie|bypassoperatie|dotterbehandeling|gedotterd", strength: "weak" },
    { id: "condition.colour-blind", pattern: "kleurenblindheid|kleurenblind|colourblind|colorblind", strength: "weak" },
    { id: "condition.phobia-has", pattern: "@HAVE ~2 fobie|fobieen|angststoornis|paniekstoornis", strength: "weak" },
    { id: "condition.carpal", pattern: "carpaal|carpale tunnel|tunnelsyndroom", strength: "weak" },
    { id: "condition.organ-trouble", pattern: "prostaatproblemen|prostaatprobleem|blaasproblemen|blaasprobleem|plasproblemen", strength: "weak" },
    { id: "allergy.sting", pattern: "bijensteekallergie|wespensteekallergie|insectenbeetallergie|insectenallergie", strength: "weak" },
  ],
};
