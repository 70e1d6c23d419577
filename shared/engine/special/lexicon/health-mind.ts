import type { LexiconList } from "../patterns.ts";

// Health, mind: mental health, stress and sleep complaints, and psychological care after an incident.
// Sources: the complaint and disorder names of Thuisarts.nl and the GGZ's everyday vocabulary (the
// DSM categories as Dutch patients name them); sleep complaints as the Hersenstichting lists them.
// Hand-curated. Traps: "stress" of a planning or a stress test, "spanning" of a cable (voltage),
// "shock" of electricity ("schok"), "overbelast" of a crane, "slaapt" of a project ("ligt stil").

export const mind: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Complaints that only a person has. */
    MIND_COMPLAINT: [
      "stressklachten", "spanningsklachten", "angstklachten", "angstaanval", "angstaanvallen", "nachtmerries",
      "herbelevingen", "getraumatiseerd", "zelfmoordgedachten", "suicidegedachten", "somberheid", "neerslachtig",
      "neerslachtigheid", "oververmoeid", "oververmoeidheid", "overstuur", "depri",
      "burnoutklachten", "boreout", "eetstoornis", "anorexia", "boulimia", "dwangstoornis", "ocd",
      "persoonlijkheidsstoornis", "angststoornissen", "rouwverwerking",
      "psychiatrisch", "psychiatrische", "posttraumatische", "traumaverwerking",
      "slapeloosheid", "slaapproblemen", "slaapstoornis", "slaapstoornissen", "slaaptekort", "slaapapneu",
      "apneu", "insomnia", "narcolepsie", "cpap", "cpapapparaat", "anxiety", "depressed",
      // compulsions and startle after a trauma: "dwangmatig gedrag", "schrikreacties", "overprikkeld"
      "dwangmatig", "dwangmatige", "dwanggedachten", "dwanghandelingen", "schrikreacties", "overprikkeld",
      "overprikkeling", "prikkelgevoelig", "paniekerigheid", "schrikachtig",
    ],
  },
  patterns: [
    { id: "mind.complaint", pattern: "@MIND_COMPLAINT", strength: "weak", notBefore: ["afdeling", "kliniek", "ziekenhuis", "centrum", "instelling"] },
    // "last van stress", "heeft veel stress", "kampt met angst": symptom.pain in health-absence.ts.
    { id: "mind.stressed", pattern: "gestrest|gestresst|angstig|paniekerig|stressed", strength: "weak" },
    // "in shock"; not an electric shock (Dutch writes "schok" for that, English "electric shock").
    { id: "mind.in-shock", pattern: "shock", strength: "weak", notAfter: ["electric", "electrical", "elektrische", "static"], notBefore: ["absorber", "absorbers", "dempers", "demper", "load", "loads"] },
    { id: "mind.shocked", pattern: "shocktoestand|shocked", strength: "weak" },
    { id: "mind.aftercare", pattern: "slachtofferhulp|traumaopvang|bedrijfsopvangteam|nazorggesprek", strength: "weak" },
    { id: "mind.aftercare-help", pattern: "psychosociale|psychische|psychologische hulp|zorg|ondersteuning|begeleiding|opvang|nazorg", strength: "weak" },
    { id: "mind.therapy", pattern: "therapie|therapy", strength: "weak" },
    { id: "mind.therapy-kind", pattern: "emdr|psychotherapie|traumatherapie|relatietherapie|gedragstherapie|cgt", strength: "weak" },
    // Not the service itself ("het bedrijfsmaatschappelijk werk is bereikbaar").
    { id: "mind.counselling", pattern: "bedrijfsmaatschappelijk|maatschappelijk werk|werker|werkster", strength: "weak", notAfter: ["het"] },
    // Sleep: "slaapt slecht", "slecht geslapen", "sliep nauwelijks".
    { id: "sleep.poor", pattern: "slaap|slaapt|sliep|slapen|geslapen|slept|sleeping ~1 slecht|nauwelijks|amper|weinig|onrustig|badly|poorly", strength: "weak" },
    { id: "sleep.poor-before", pattern: "slecht|nauwelijks|amper|weinig|onrustig geslapen|slapen", strength: "weak" },
    { id: "sleep.pills", pattern: "slaappil|slaappillen|slaapmiddel|slaapmiddelen|slaapmedicatie", strength: "weak" },
    { id: "sleep.pills-en", pattern: "sleeping pills|tablets", strength: "weak" },
    // "ligt 's nachts wakker van de stress"; not "wakker van de herrie" (noise wakes anyone).
    { id: "sleep.awake-from", pattern: "wakker van|door|vanwege|ivm de|het? stress|zorgen|pijn|piekeren|spanning|nachtmerries|jeuk|hoest|hoofdpijn|rugpijn|spanningen", strength: "weak" },
    // Mood in everyday words, of a person: "Jan is somber", "zit niet lekker in zijn vel"; not "somber over
    // de planning" (a forecast) or a server that "is down".
    // Concentration lost and a short fuse, of a person: "ik ben mn concentratie kwijt", "snel geirriteerd".
    // Not "de concentratie van stof" (no "kwijt").
    { id: "mind.concentration", pattern: "concentratie kwijt|weg|verloren|focus", strength: "weak" },
    { id: "mind.irritable", pattern: "snel|erg|vaak|sneller|kort geirriteerd|prikkelbaar|aangebrand|ontvlambaar", strength: "weak" },
    { id: "mind.mood", pattern: "<@WHO is|was|voelt|voelde|lijkt|leek|oogt|oogde ~2 somber|neerslachtig|depri|lusteloos|futloos|labiel|prikkelbaar|angstig|gespannen|opgejaagd|emotioneel", strength: "weak", notBefore: ["over", "gestemd", "voor", "van", "bij", "tijdens"] },
    { id: "mind.skin", pattern: "niet lekker|goed in zijn|haar|z'n|zn|mijn|m'n vel", strength: "weak" },
    { id: "mind.hard-time", pattern: "@HAVE het ~1 mentaal|psychisch|emotioneel|geestelijk zwaar|moeilijk|lastig", strength: "weak" },
    // The same with its verb last: "een collega die het mentaal zwaar had".
    { id: "mind.hard-time-clause", pattern: "het ~1 mentaal|psychisch|emotioneel|geestelijk zwaar|moeilijk|lastig ~1 heeft|had|hadden|hebben|heb", strength: "weak" },
    // A hard time dated by what happened: "heeft het moeilijk sinds het ongeval"; not "moeilijk met de planning".
    { id: "mind.hard-time-since", pattern: "@HAVE het ~1 moeilijk|zwaar|lastig sinds|na het|de|zijn|haar? ongeval|ongeluk|val|incident|overlijden|dood|scheiding|aanrijding", strength: "weak" },
    // Startled by every sound since an accident: "schrikt van elk piepje".
    { id: "mind.startles", pattern: "schrikt|schrok|schrikken|schrikte ~1 van elk|elke|ieder|iedere|alle", strength: "weak" },
    // The kinds of therapy by name, not a suffix: a suffix is tested against every word of every sentence.
    { id: "mind.therapies", pattern: "traumatherapie|traumaverwerkingstherapie|gedragstherapie|groepstherapie|praattherapie|schematherapie|exposuretherapie|haptotherapie|dramatherapie|speltherapie|lichttherapie|muziektherapie|hormoontherapie|radiotherapie|immunotherapie|zuurstoftherapie|psychotherapeut|haptotherapeut|traumatherapeut|gezinstherapeut|relatietherapeut|oefentherapeut|dramatherapeut|speltherapeut", strength: "weak" },
    { id: "mind.counsellor-en", pattern: "seeing|sees|saw|see|visits|visited|with a|the? counsellor|counselor|therapist|psychologist|psychiatrist|counselling|counseling", strength: "weak" },
  ],
};
