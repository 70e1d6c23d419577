import type { LexiconList } from "../patterns.ts";

// Politics (AVG art. 9), a person's affiliation and activity as notes and news tell it: being active for
// a party ("actief was geweest voor de PVV"), working on a party's staff ("fractiemedewerker was geweest
// bij de Partij voor de Vrijheid"), sympathy for a party, handing out a party's flyers, sharing a
// leader's videos, a seat on a party section's board ("in het bestuur van de lokale VVD-afdeling"),
// membership of an action committee against a project, a slogan in quotes on a sticker ("'Nee tegen de
// windmolens'-sticker") and campaigning for a party named before ("campaigns for them"). Hand-curated
// from Dutch news on dismissals for party work and site notes. Traps beside each in the tests: active
// at work, a planning meeting's flyers, a committee of the works council, a warning sticker.

export const activity: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Committees that campaign against (or for) a plan: a political cause of their members. */
    COMMITTEE: ["actiecomite", "actiegroep", "bewonerscomite", "buurtcomite", "protestgroep", "burgerinitiatief", "comite", "werkgroep"],
    /** Being on a committee: "zit in het actiecomité", "lid van de actiegroep". */
    ON_COMMITTEE: ["zit", "zat", "zitten", "zaten", "lid", "actief", "voorzitter", "secretaris", "penningmeester", "woordvoerder", "oprichter", "trekker"],
    /** What a person shares of a party or a leader. */
    SHARED: ["filmpjes", "filmpje", "video's", "videos", "berichten", "bericht", "memes", "posts", "artikelen", "toespraken", "speeches", "tweets", "propaganda"],
    SHARES: ["deelt", "deelde", "deelden", "delen", "gedeeld", "stuurt", "stuurde", "post", "postte", "plaatst", "plaatste", "forwards", "shares", "shared", "posts"],
  },
  patterns: [
    // Active for a party, with a verb between: "actief was geweest voor de PVV", "is al jaren actief bij D66".
    { id: "active-for-party", pattern: "actief|active ~3 voor|bij|binnen|in|for|within ~1 de|het|the? @PARTY_VOTE", strength: "weak" },
    // A party's staff, with a verb between: "fractiemedewerker was geweest bij de Partij voor de Vrijheid".
    { id: "party-staff", pattern: "fractiemedewerker|fractiemedewerkster|fractievoorlichter|partijmedewerker|campagnemedewerker|fractiepenningmeester|partijsecretaris ~3 van|voor|bij ~1 de|het? @PARTY", strength: "weak" },
    { id: "party-staff.word", pattern: "fractiemedewerker|fractiemedewerkster|fractievoorlichter|fractiepenningmeester|partijsecretaris", strength: "weak" },
    // Sympathy for a party or a leader: "heeft sympathie voor de PVV", "sympathiseert met de SP".
    { id: "sympathy", pattern: "sympathie|sympathieen|sympathiseert|sympathiseerde|sympathiseren|affiniteit|sympathy|sympathises|sympathizes ~1 voor|met|for|with ~1 de|het|the? @PARTY_VOTE|@LEADER", strength: "weak" },
    // Handing out a party's flyers: "stond flyers uit te delen voor BBB".
    { id: "flyers-for-party", pattern: "flyers|flyer|folders|folder|pamfletten|leaflets ~4 voor|for ~1 de|het|the? @PARTY_VOTE", strength: "weak" },
    // Sharing a leader's or a party's videos: "deelt in de ploegapp steeds filmpjes van Baudet".
    { id: "shares-leader", pattern: "@SHARES ~5 @SHARED van|over|of ~1 de|het? @LEADER|@PARTY_ONLY", strength: "weak" },
    // A party section's board: "zit in het bestuur van de lokale VVD-afdeling".
    { id: "party-section-board", pattern: "bestuur|afdelingsbestuur|partijbestuur|board ~1 van|bij|of ~1 de|het|the? lokale|plaatselijke|regionale|local? @PARTY_COMPOUND+afdeling|@PARTY_COMPOUND+jongeren|@PARTY_COMPOUND+fractie", strength: "weak" },
    { id: "party-section-board.sits", pattern: "zit|zat|zitting in het bestuur van|bij de|het lokale|plaatselijke|regionale? @PARTY_ONLY|@PARTY_COMPOUND+afdeling", strength: "weak" },
    // On a committee against a plan: "zit in het actiecomité tegen het windpark" (not "het comité voor
    // de kerstborrel": only against).
    { id: "committee", pattern: "@ON_COMMITTEE ~2 in|van|bij ~1 het|de|een @COMMITTEE tegen|against", strength: "weak" },
    // A slogan in quotes before its carrier: "een 'Nee tegen de windmolens'-sticker op zijn bus".
    { id: "slogan.before-carrier", pattern: "nee|stop|weg|anti|no|geen ~3 @CAUSE|@POLITICAL_TOPIC sticker|stickers|spandoek|poster|vlag|button|shirt|tshirt", strength: "weak" },
    // Campaigning for a party named just before: "a Labour party member and campaigns for them".
    { id: "campaigns-for-them-en", pattern: "campaigns|campaigned|campaigning|canvasses|canvassed|canvassing|leaflets|leafleted for them", strength: "weak" },
  ],
};
