import type { LexiconList } from "../patterns.ts";

// Politics (AVG art. 9), a person's moves between parties as local news tells them: leaving a party,
// founding one, a place on its list, taking a seat along. Local parties are many and unlisted, so a local
// party is a capitalised word before a head that names parties ("de Nieuwe Democraten", "Burger Belangen
// Roosendaal", "Gemeentebelang Noord"). Source: how Dutch regional news reports council splits (Kiesraad
// registers for the heads' use in party names); hand-curated. Traps: "verliet de bouwplaats", "richtte de
// steiger op", "nummer 2 van de partij stenen", "de zetel in de kantine" (Flemish: a sofa).

export const partyMoves: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Heads of local party names: "Leefbaar Rotterdam" is listed; these come after a capitalised word. */
    LOCAL_PARTY_HEAD: ["belangen", "democraten", "lokaal", "gemeentebelang", "gemeentebelangen", "liberalen", "alliantie", "groep", "partij", "kiezers"],
  },
  patterns: [
    // Leaving: "besloot de Nieuwe Democraten te verlaten", "verliet de PVV", "stapte uit de SP".
    { id: "left-party", pattern: "verliet|verlieten|verlaten|verlaat ~2 de|het? @PARTY_VOTE", strength: "weak" },
    { id: "left-local-party", pattern: "verliet|verlieten|verlaat ~2 de|het? @CAP @LOCAL_PARTY_HEAD", strength: "weak" },
    { id: "local-party-left", pattern: "<@CAP @LOCAL_PARTY_HEAD te? verlaten|verliet|opgezegd", strength: "weak" },
    { id: "party-left", pattern: "@PARTY_VOTE te? verlaten|verliet", strength: "weak" },
    { id: "stepped-out", pattern: "stapte|stapt|stappen ~1 uit de|het? @PARTY_VOTE|partij|fractie", strength: "weak" },
    // Founding: "richtte Burger Belangen Roosendaal op", "richtte een eigen partij op"; not "richtte de steiger op".
    { id: "founded-local-party", pattern: "richtte|richtten|oprichter|oprichtster|medeoprichter ~1 van? de? @CAP @LOCAL_PARTY_HEAD", strength: "weak" },
    { id: "founded-party", pattern: "richtte|richtten ~6 partij|fractie|lijst op", strength: "weak" },
    // A place on a party's list: "de nummer twee van de islamitische partij NIDA", "nummer 3 op de kieslijst".
    { id: "list-place", pattern: "nummer|nr ~1 van|op|voor de|het ~1 partij @CAP", strength: "weak" },
    { id: "list-place-party", pattern: "nummer|nr ~1 van|op|voor de|het? @PARTY_VOTE|kieslijst|kandidatenlijst", strength: "weak" },
    { id: "list-role", pattern: "lijstduwer|lijstduwster|lijsttrekkerschap|kandidatuur|kandidaatstelling", strength: "weak" },
    // Taking the seat along: "Zij nam de enige zetel mee".
    { id: "seat-along", pattern: "nam|neemt|namen ~5 zetel|zetels|raadszetel mee", strength: "weak" },
  ],
};
