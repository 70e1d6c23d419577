import type { PatternDef } from "../patterns.ts";

// Subordinate clauses put the finite verb last: "Gijs zei dat hij bij de CNV zit", "omdat hij in de
// WIA zit", "ik hoorde dat ze in het ziekenhuis ligt". The main-clause patterns ("zit in de WIA",
// "ligt in het ziekenhuis", "is lid van de FNV") never see that order, so a fact reported second-hand
// ("zei dat", "hoorde dat", "omdat") went unwarned. Singular verbs only: "omdat zij in verwachting zijn"
// and "dat ze in de WIA zitten" speak of a group. These are the same predicates with the verb after
// the place or the group, for the predicates notes report most: being on sick benefit, in hospital or
// in treatment, in a union or a party or a council, going to worship, in a cell.
// Source: Dutch word order (ANS 10.3, "werkwoordelijke eindgroep" of the bijzin), checked against the
// main-clause patterns they mirror (health-absence.ts, health-care.ts, union.ts, politics.ts,
// religion.ts, criminal.ts). Weak: only about a person in the text.
// Trap: a main clause that starts with the place and inverts ("In de gemeenteraad zit een meerderheid
// tegen", "Bij de FNV is de cao getekend", "In de cel zit een raam"): the verb is then followed by its
// subject, an article or "er", which `notBefore` turns away.

/** What follows an inverted main clause's verb: its own subject, not the end of a subordinate clause. */
const INVERTED_SUBJECT = ["de", "het", "een", "er", "nog", "geen", "dit", "dat", "deze", "die", "veel", "weinig", "al", "alle", "ook"];

export const verbFinal: Record<"health" | "union" | "politics" | "religion" | "criminal" | "sexual", PatternDef[]> = {
  health: [
    // "dat ze in verwachting is van haar tweede".
    { id: "pregnancy.expecting.verb-last", pattern: "in blijde? verwachting is|was|raakte", strength: "weak" },
    // A separable verb is written as one word at the end of a subordinate clause: "die zich op 4 mei
    // ziekmeldde", "nadat hij zich ziekmeldt". Not the infinitive ("hoe je je moet ziekmelden": a rule).
    { id: "sick.report.verb-last", pattern: "ziekmeldde|ziekmeldden|ziekmeldt|betermeldde|betermeldt", strength: "weak" },
    // Also the conditions named by everyday words (health-ambiguous-names.ts): "dat ik kanker heb".
    { id: "condition.acronym.verb-last", pattern: "ms|cva|tia|copd|ptss|kanker|zona|staar|lyme|corona|covid heb|heeft|had|kreeg|hebben|krijgt", strength: "weak" },
    // "omdat hij in de ziektewet zit", "dat ze in de WIA kwam".
    { id: "sick.benefit.verb-last", pattern: "in de ziektewet|wia|wao|ziekte zit|zat|kwam|komt|belandde|beland|terechtkwam|terechtkomt|loopt|liep", strength: "weak", notBefore: INVERTED_SUBJECT },
    // "dat hij in het ziekenhuis ligt", "toen ze op de IC lag"; not "het terrein dat naast het ziekenhuis ligt" (naast).
    { id: "care.admitted.verb-last", pattern: "in|op het|de|een ziekenhuis|ic|intensive|revalidatiecentrum|brandwondencentrum|traumacentrum|kliniek|afkickkliniek|verpleeghuis|ziekenhuisbed ligt|lag|belandde|beland|verblijft|verbleef", strength: "weak", notBefore: INVERTED_SUBJECT },
    // "dat zijn knie weer pijn doet", "omdat haar rug nog steeds zeer deed".
    { id: "injury.body-part-hurts.verb-last", pattern: "@BODY|@SIDE+@BODY ~2 pijn|zeer doet|deed|doen", strength: "weak" },
    // "toen bleek dat hij een hypo had", "dat hij naar drank rook".
    { id: "attack.had.verb-last", pattern: "een|de @ATTACK ~1 te? hebben|had|heeft|kreeg|krijgt|gehad", strength: "weak" },
    { id: "alcohol.smelled.verb-last", pattern: "naar drank|alcohol|bier|drugs|wiet rook|rookt|ruikt|roken", strength: "weak" },
    // "omdat hij bij de fysio loopt", "dat ze bij een psycholoog is geweest".
    { id: "care.in-treatment.verb-last", pattern: "bij de|een|het|zijn|haar psycholoog|psychiater|therapeut|fysio|fysiotherapeut|huisarts|bedrijfsarts|dokter|ggz|specialist|longarts|cardioloog|neuroloog|orthopeed loopt|liep|zit|zat|geweest|moet|moest|was|is", strength: "weak", notBefore: INVERTED_SUBJECT },
  ],
  union: [
    // "dat hij lid is van de FNV" (the prepositional phrase after the verb, as speech puts it).
    { id: "member-of.verb-between", pattern: "lid|member is|was|wordt|werd|blijft|bleef|geworden|gebleven ~1 van|bij|vd de|het? @UNION", strength: "weak" },
    // "dat ie bij de CNV zit", "sinds vorige maand bij de FNV aangesloten".
    { id: "at-union.verb-last", pattern: "bij de|het? @UNION_NAME|vakbond zit|zat|is|was|aangesloten|ingeschreven|gegaan", strength: "weak", notBefore: INVERTED_SUBJECT },
  ],
  politics: [
    // Also with two verbs: "dat hij lid is geworden van de BBB".
    { id: "member-of.verb-between", pattern: "lid|member is|was|wordt|werd|blijft|bleef|geworden|gebleven ~1 van de|het? @PARTY_VOTE", strength: "weak" },
    // "dat ik voor D66 koos", "omdat hij op de PVV stemde" (the vote's verb-last form is politics.ts' vote.before).
    { id: "chose-party.verb-last", pattern: "voor de|het? @PARTY_VOTE koos|kiest|gekozen|heeft|had", strength: "weak" },
    // "omdat ze in de gemeenteraad zit"; not "In de gemeenteraad zit een meerderheid tegen".
    { id: "council.seat.verb-last", pattern: "in de gemeenteraad|deelraad|raad|statenfractie|waterschap|fractie zit|zat|kwam|komt", strength: "weak", notBefore: INVERTED_SUBJECT },
    { id: "chamber.seat.verb-last", pattern: "in de tweede|eerste|provinciale kamer|staten zit|zat|kwam|komt", strength: "weak", notBefore: INVERTED_SUBJECT },
  ],
  religion: [
    // "dat hij vrijdag naar de moskee gaat"; not "de weg naar de kerk" (no verb after it).
    { id: "worship.goes.verb-last", pattern: "naar de|het? kerk|moskee|synagoge|sjoel|tempel|mis|kerkdienst|vrijdaggebed ga|gaat|ging|wil|wilde|moet|moest|mag|mocht", strength: "weak", notBefore: INVERTED_SUBJECT },
    { id: "congregation.member.verb-between", pattern: "lid|actief|vrijwilliger|ouderling|diaken is|was|geworden van|bij|in de|het? @CONGREGATION|@HOUSE_OF_WORSHIP", strength: "weak" },
    { id: "congregation.seat.verb-last", pattern: "in de|het kerkenraad|kerkbestuur|moskeebestuur|synagogebestuur|parochiebestuur|parochieraad|classis|synode zit|zat", strength: "weak", notBefore: INVERTED_SUBJECT },
  ],
  sexual: [
    // "wist je dat Kevin uit de kast is?"; the main-clause "is uit de kast" is sexual.ts'.
    { id: "coming-out.verb-last", pattern: "uit de kast is|was|gekomen|kwam|komt", strength: "weak" },
  ],
  criminal: [
    // "dat hij in de cel zit", "toen hij in de gevangenis belandde"; not "de bak" (a container).
    { id: "prison.verb-last", pattern: "in de|het cel|gevangenis|bajes|nor|jeugdgevangenis|tbskliniek|gevang zit|zat|belandde|beland|terechtkwam|kwam", strength: "weak", notBefore: INVERTED_SUBJECT },
  ],
};
