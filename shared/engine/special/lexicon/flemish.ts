import type { PatternDef } from "../patterns.ts";

// Belgian Dutch (Flemish) words for what the Dutch lists say otherwise: subcontractors from Flanders
// write their notes in them. Health: "kinesist" (physiotherapist), "mutualiteit" (the health insurer, told of sick leave), "radiografie" (an X-ray), "briefje van de
// dokter" (a sick note), "werkonbekwaam" (unfit for work), "in de ziekte" (on sick leave). Union: the
// "syndicale afgevaardigde" and "vakbondsmilitant" of the ACV and ABVV. Criminal: "geseind" (wanted by the
// police). Source: Van Dale's and the Taalunie's lists of Belgian-Dutch words (Taaladvies, "Belgisch-
// Nederlands"), checked against Flemish site and HR wording. Weak: only about a person in the text.
// Traps beside each; tests in test/unit/lexicon-flemish.test.ts.

export const flemish: Record<"health" | "union" | "criminal", PatternDef[]> = {
  health: [
    // "bij de kinesist geweest", "gaat naar de kine". Trap: "kinetische energie" (another word).
    { id: "care.kinesist", pattern: "kinesist|kinesisten|kinesitherapeut|kinesitherapie|kine", strength: "weak", notBefore: ["van"] },
    // The health insurer told of someone's sickness: "de mutualiteit is verwittigd", "papieren voor de mutualiteit".
    { id: "sick.mutualiteit", pattern: "mutualiteit|mutualiteiten|ziekenfonds", strength: "weak" },
    // "twee tenen gebroken volgens de radiografie", "radio van zijn knie". Trap: "de radio staat aan" (a
    // radio: only "radiografie", or "radio" of a body part).
    { id: "care.radiografie", pattern: "radiografie|radiografieen", strength: "weak" },
    { id: "care.radio-of-part", pattern: "radio van zijn|haar|z'n|zijne|de @BODY", strength: "weak" },
    // A doctor's note: "een briefke van den dokter voor vijf dagen", "een doktersattest". Trap: "een briefje
    // van de uitvoerder" (no doctor).
    { id: "sick.doctors-note", pattern: "briefje|briefke|attest|getuigschrift van de|den dokter|huisarts|arts|geneesheer", strength: "weak" },
    { id: "sick.medical-attest", pattern: "medisch|medische attest|getuigschrift", strength: "weak" },
    // One word each ("werkonbekwaam tot vrijdag"); "arbeidsongeschikt verklaard" as two.
    { id: "sick.unfit", pattern: "werkonbekwaam|arbeidsonbekwaam|werkonbekwaamheid|arbeidsonbekwaamheid", strength: "weak" },
    { id: "sick.unfit-declared", pattern: "arbeidsongeschikt|werkonbekwaam verklaard", strength: "weak" },
    // The Flemish company doctor and wound words: "opgevolgd door de arbeidsgeneesheer", "een diepe snijwonde",
    // "terugkeer in halftijds werk".
    { id: "care.arbeidsgeneesheer", pattern: "arbeidsgeneesheer|arbeidsgeneesheren|controlearts|controlegeneesheer", strength: "weak" },
    { id: "injury.wonde", pattern: "snijwonde|brandwonde|schaafwonde|hoofdwonde|wonde|wondes|snijwondes", strength: "weak", notAfter: ["open"] },
    { id: "rehab.halftijds", pattern: "halftijds|deeltijds|halftijdse|deeltijdse werk|werken|hervatten|terug|hervatting|terugkeer", strength: "weak" },
    // "hij is in de ziekte sinds maandag": on sick leave. Trap: "in de ziekte van Lyme" (a disease's name after it).
    { id: "sick.in-de-ziekte", pattern: "is|zit|was|zat|staat|stond in de ziekte", strength: "weak", notBefore: ["van"] },
  ],
  union: [
    // The union delegate of a Flemish site: "onze syndicale afgevaardigde", "de vakbondsmilitant".
    // Trap: "de afgevaardigde van de gemeente" (not syndicale; union.ts reads "afgevaardigde van het ACV").
    { id: "delegate-be", pattern: "syndicale|vakbonds afgevaardigde|afgevaardigden|delegatie|delegee|delegees|militant", strength: "weak" },
    { id: "delegate-be.word", pattern: "vakbondsafgevaardigde|vakbondsdelegee|vakbondsmilitant|vakbondsmilitanten|syndicalist|hoofdafgevaardigde", strength: "weak" },
    // A delegate named with the union: "Kristof, ABVV-delegee van de bekisters" (a wildcard is a pattern of its own:
    // a word list beside it in the same element would no longer index those words).
    { id: "delegate-be.compound", pattern: "*delegee|*delegue", strength: "weak" },
  ],
  criminal: [
    // Wanted by the police: "hij stond geseind voor een oude veroordeling". Trap: "de trein is geseind" (a
    // signal for a train: a person is needed).
    { id: "wanted-be", pattern: "geseind stond|staat|stonden|staan|werd|was", strength: "weak" },
    { id: "wanted-be.verb-last", pattern: "stond|staat|stonden|staan geseind", strength: "weak" },
  ],
};
