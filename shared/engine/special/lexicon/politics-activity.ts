import type { LexiconList } from "../patterns.ts";

// Politics (AVG art. 9), a person's affiliation and activity as notes and news tell it: being active for
// a party ("actief was geweest voor de PVV"), working on a party's staff ("fractiemedewerker was geweest
// bij de Partij voor de Vrijheid"), sympathy for a party, handing out a party's flyers, sharing a
// leader's videos, a seat on a party section's board ("in het bestuur van de lokale VVD-afdeling"),
// membership of an action committee against a project, a slogan in quotes on a sticker ("'Nee tegen de
// windmolens'-sticker") and campaigning for a party named before ("campaigns for them"). Hand-curated
// from Dutch news on dismissals for party work and site notes. Traps beside each in the tests: active
// at work, a planning meeting's flyers, a committee of the works council, a warning sticker.

// The word lists are inline and short: the content script's size budget (150 KB) leaves little room.
export const activity: Pick<LexiconList, "patterns"> = {
  patterns: [
    // Active for a party, with a verb between: "actief was geweest voor de PVV", "is al jaren actief bij D66".
    { id: "active-for", pattern: "actief|active ~3 voor|bij|for ~1 de|het|the? @PARTY_VOTE", strength: "weak" },
    // "erg actief in de SP", "active in the Labour party": in a party as in a club.
    { id: "active-in", pattern: "actief|active in|within de|het|the @PARTY_VOTE", strength: "weak" },
    // A party's staff, with a verb between: "fractiemedewerker was geweest bij de Partij voor de Vrijheid".
    { id: "staff", pattern: "fractiemedewerker|fractiemedewerkster|partijmedewerker|fractiepenningmeester ~3 van|voor|bij ~1 de|het? @PARTY", strength: "weak" },
    { id: "staff.word", pattern: "fractiemedewerker|fractiemedewerkster|fractiepenningmeester", strength: "weak" },
    // Sympathy for a party or a leader: "heeft sympathie voor de PVV", "sympathiseert met de SP".
    { id: "sympathy", pattern: "sympathie|sympathiseert|sympathiseerde|sympathy ~1 voor|met|for ~1 de|het|the? @PARTY_VOTE|@LEADER", strength: "weak" },
    // Handing out a party's flyers: "stond flyers uit te delen voor BBB".
    { id: "flyers", pattern: "flyers|folders|leaflets ~4 voor|for ~1 de|het|the? @PARTY_VOTE", strength: "weak" },
    // Sharing a leader's or a party's videos: "deelt in de ploegapp steeds filmpjes van Baudet".
    { id: "shares", pattern: "deelt|deelde|stuurt ~5 filmpjes|video's|berichten van @LEADER|@PARTY_ONLY", strength: "weak" },
    // A party section's board: "zit in het bestuur van de lokale VVD-afdeling".
    { id: "party-board", pattern: "bestuur van de lokale|plaatselijke? @PARTY_COMPOUND+afdeling", strength: "weak" },
    // On a committee against a plan: "zit in het actiecomité tegen het windpark" (not "het comité voor
    // de kerstborrel": only against).
    { id: "committee", pattern: "zit|zat|lid|actief|voorzitter ~2 in|van ~1 het|de actiecomite|actiegroep|comite|bewonerscomite tegen", strength: "weak" },
    // A slogan in quotes before its carrier: "een 'Nee tegen de windmolens'-sticker op zijn bus".
    { id: "slogan.quoted", pattern: "nee|stop|anti ~3 @CAUSE sticker|stickers", strength: "weak" },
    // --- Published text (local news, council reports) and notes about a colleague. ---
    // News puts a council member's party in brackets after the name: "Johan de Wit (SGP) noemt de motie
    // ongepast". Only names that are nothing but a party (PARTY_ONLY: not "ik denk", "230 volt").
    // Trap: "De VVD stemde tegen" (no person right before), "de CDA-fractie" (the party itself).
    { id: "party-after-person", pattern: "<@WHO @PARTY_ONLY", strength: "weak" },
    // A seat won or held for a party: "keren voor de PVV terug in de gemeenteraad" (party.council reads
    // the other order). Trap: "stemde voor de motie in de gemeenteraad" (no party).
    { id: "seat.for-party", pattern: "voor|namens de|het? @PARTY_VOTE ~2 in de|het? gemeenteraad|raad|deelraad|kamer|fractie|staten|senaat", strength: "weak" },
    // A party's talk or slogan carried by a person: "zijn PVV praatjes", "een PVV sticker op zijn helm".
    // Trap: "230 volt sticker" (PARTY_ONLY leaves out Volt, SP, DENK and CU).
    // A party's office holder by compound title, in news often with no name: "de SP-wethouder was niet
    // aanwezig", "VVD-minister", "PVV-kopstuk". One person in an office of that party, so strong. Trap:
    // "de PVV-kiezer" (the typical voter: not listed), "CDA-fractie" (the party's group, not a person).
    { id: "party-office.compound", pattern: "@PARTY_COMPOUND+@OFFICE_HEAD ~0", strength: "strong" },
    // A vote with the occasion between: "stemde bij de laatste verkiezingen op Forum voor Democratie".
    // Trap: "de raad stemde in met de bouw op het terrein" (no party after "op").
    { id: "vote.occasion", pattern: "stemt|stemde|stemden|gestemd ~5 op de|het? @PARTY_VOTE|@LEADER", strength: "weak" },
    // "zijn partijgenoot Jan": a member of the same party as the one named (party statutes' word).
    // Trap: "partijgenoten" in general (a plural: a group), "partij" as a batch of sand.
    { id: "party-fellow", pattern: "partijgenoot|partijgenote", strength: "weak" },
    { id: "party-talk", pattern: "@PARTY_ONLY praatjes|gedachtegoed|propaganda|retoriek|sticker|stickers|pet|shirt|tshirt|speldje|button|vlag|vlaggetje|spandoek", strength: "weak" },
    // A seat on a party section's board: "zit in het bestuur van de lokale afdeling van de ChristenUnie".
    // Trap: "de afdeling van de SP organiseert" (the section itself: no office before it).
    { id: "party-section.office", pattern: "bestuur|bestuurslid|voorzitter|secretaris|penningmeester|lid|actief|vrijwilliger ~3 afdeling|kiesvereniging|partijafdeling|jongerenafdeling van|vd de|het? @PARTY_VOTE", strength: "weak" },
  ],
};
