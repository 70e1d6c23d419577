import type { LexiconList } from "../patterns.ts";

// Health in a note's own words, beyond each class's list: a particle in an eye named by its
// compound ("slakdeeltje in zijn rechteroog") and a damaged cornea, a back "op slot", an unsteady gait,
// a burning feeling, frostbite and hypothermia, a needle-stick, something in a person's blood, light
// work after an operation, the company doctor consulted about a case, a clinic as a destination,
// antihistamines, and the English of a first aider's report (second-degree burns, a burn dressing, a
// GP visit, a nail torn off, stopped sweating). Weak: about a person only.
// Sources: Thuisarts.nl ("iets in je oog", "hoornvliesbeschadiging", "bevriezing", "prikaccident"),
// the NVAB's return-to-work wording ("licht werk", "aangepast werk"), St John Ambulance's first-aid
// guide for the English. Traps: "de deur op slot", "de kraan loopt onvast" (no person), "een brandend
// gevoel van schaamte" (still a feeling: rare; kept), "bloed aan de paal" (no "in zijn bloed").

export const noteWords: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    PARTICLE: ["slakdeeltje", "metaaldeeltje", "slijpsel", "splinter", "splintertje", "vuiltje", "stofje", "gruis", "zaagsel", "stofdeeltje", "ijzervijlsel", "vonk", "spat", "spatje"],
    /** What gets into a body part on a site: "glasscherven in zijn onderarm", "hete bitumen in zijn nek". */
    /** Not screws or nails: "de schroef in de kop van de paal" is a pile's head. */
    IN_BODY: ["glasscherf", "glasscherven", "scherf", "scherven", "splinters", "bitumen", "teer", "metaalsplinter", "houtsplinter"],
    TORN_PART: ["schouderband", "enkelband", "enkelbanden", "kruisband", "kruisbanden", "kniebanden", "achillespees", "hamstring", "kuitspier", "bovenbeenspier", "meniscus", "biceps", "bicepspees", "rotatorcuff", "liesspier"],
    EYE: ["oog", "ogen", "rechteroog", "linkeroog", "eye", "eyes"],
    LOCKED_PART: ["rug", "nek", "onderrug", "knie", "schouder", "heup"],
  },
  patterns: [
    { id: "eye.particle", pattern: "@PARTICLE ~1 in zijn|haar|z'n|mijn|m'n|het|zn|mn @EYE", strength: "weak" },
    { id: "eye.cornea", pattern: "hoornhautbeschadiging|hoornvliesbeschadiging|hoornvlieswond|hoornhautwond|hoornvliesbeschadigingen|hoornhautontsteking|corneal", strength: "weak" },
    { id: "back.locked", pattern: "@LOCKED_PART ~1 op slot|vast|geblokkeerd", strength: "weak", notBefore: ["gezet", "gedaan", "draaien"] },
    { id: "gait.legs", pattern: "wankel|onvast|onzeker|slap op zijn|haar|z'n|de benen", strength: "weak" },
    { id: "gait.unsteady", pattern: "liep|loopt|lopen onvast|wankel|wankelend|waggelend|zwalkend|slingerend", strength: "weak" },
    { id: "speech.slow", pattern: "sprak|spreekt|praatte|praat ~1 traag|onduidelijk|moeizaam|dubbel|slepend", strength: "weak" },
    { id: "feeling.burning", pattern: "brandend|branderig|tintelend|doof|prikkend gevoel", strength: "weak" },
    { id: "cold.frostbite", pattern: "bevriezing|bevriezingen|bevriezingsplekken|bevriezingsverschijnselen|onderkoeld|onderkoeling|frostbite|hypothermia", strength: "weak" },
    { id: "needle-stick", pattern: "geprikt|prikte aan|door|met een|de ~1 naald|injectienaald|spuit|naaldje|injectiespuit", strength: "weak" },
    { id: "blood.substance", pattern: "co|koolmonoxide|alcohol|drugs|thc|cocaine|lood|suiker in zijn|haar|z'n|het bloed|urine", strength: "weak" },
    // After a return: "eerst licht werk", "voorlopig lichte taken". Not "nog lichte werkzaamheden aan de gevel".
    { id: "rehab.light-work", pattern: "eerst|alleen|voorlopig|tijdelijk|mag|aangepast ~1 licht|lichter|lichte werk|werkzaamheden|taken|dienst", strength: "weak" },
    { id: "care.discussed-with", pattern: "besproken|overlegd|afgestemd met|bij de|het ~1 @SPECIALIST", strength: "weak" },
    { id: "care.to-clinic", pattern: "naar een|de kliniek|afkickkliniek|verslavingskliniek|ontwenningskliniek|rehab", strength: "weak", notBefore: ["toe", "gebracht"] },
    { id: "medicine.antihistamine", pattern: "antihistaminica|antihistaminicum|antihistamine|antihistamines|hooikoortspillen|allergiepillen", strength: "weak" },
    { id: "burn.degree-en", pattern: "first|second|third|firstdegree|seconddegree|thirddegree degree? burns|burn", strength: "weak" },
    { id: "burn.dressing-en", pattern: "burn dressing|gel|cream", strength: "weak" },
    { id: "care.visit-en", pattern: "gp|doctor|doctor's|hospital|a&e|clinic visit|appointment|check-up|checkup", strength: "weak" },
    { id: "nail.torn-en", pattern: "nail|fingernail|toenail ~1 torn|ripped|came off", strength: "weak" },
    { id: "heat.sweat-en", pattern: "stopped sweating", strength: "weak" },
    { id: "in-body.object", pattern: "@IN_BODY ~2 in zijn|haar|z'n|mijn|m'n @SIDE? @BODY|@SIDE+@BODY", strength: "weak" },
    { id: "torn.part", pattern: "gescheurde|afgescheurde|ingescheurde|gescheurd|verrekte|verrekt @TORN_PART", strength: "weak" },
    { id: "state.blue-swollen", pattern: "blauw|rood|dik en dik|blauw|gezwollen|rood", strength: "weak" },
    { id: "skin.cracks", pattern: "kloven|kloofjes|eczeemhanden", strength: "weak" },
    { id: "condition.thrombosis-leg", pattern: "trombosebeen|trombosearm|etalagebenen", strength: "weak" },
    { id: "numb.part", pattern: "@BODY ~1 voelen|voelt|voelde|voelden doof|gevoelloos|tintelend|tintelen|slap", strength: "weak" },
    { id: "fell.on-part", pattern: "op mijn|zijn|haar|m'n|z'n|de @SIDE? @BODY gevallen|geland|terechtgekomen|geklapt|gesmakt", strength: "weak" },
    { id: "injured.got", pattern: "gewond|zwaargewond|lichtgewond|zwaar|licht zijn|is|was|waren ~1 geraakt", strength: "weak" },
    { id: "fingertip.lost", pattern: "vingertop|vingertopje|vingertoppen|vinger ~2 missen|kwijt|verloren|eraf|afgezet", strength: "weak" },
    { id: "part.healed-badly", pattern: "@BODY ~2 genas|geneest|herstelde|herstelt|groeide niet|slecht|scheef", strength: "weak" },
    { id: "symptoms.got", pattern: "kreeg|krijgt|vertoonde|vertoont|ontwikkelde ~2 symptomen|verschijnselen|ziekteverschijnselen", strength: "weak" },
    { id: "care.ended-up", pattern: "in|op het|de ziekenhuis|seh|ic terechtkwam|terechtgekomen|terechtkomt|belandde|belandt|beland", strength: "weak" },
    { id: "care.observation-time", pattern: "uur|uren|nacht|nachtje|dag observatie", strength: "weak" },
    { id: "shock.gave", pattern: "gaf|geeft hem|haar|mij|me een ~1 schok|stroomschok|opdonder|elektrische", strength: "weak" },
    { id: "value.high-en", pattern: "bp|sugar|sugars ~1 was|is|were high|low|raised", strength: "weak" },
    { id: "value.pressure-high-en", pattern: "blood pressure ~1 was|is|were high|low|raised", strength: "weak" },
    { id: "chest.tight-en", pattern: "chest tightness", strength: "weak" },
    { id: "chest.tight2-en", pattern: "tight chest", strength: "weak" },
    { id: "swelled.part-en", pattern: "@BODY ~1 swelled|swollen|swelling", strength: "weak" },
    // A hoarse voice, nerve pain in the face, a visit to the doctor, feeling less well.
    { id: "voice.hoarse", pattern: "stem ~2 hees|schor|weg", strength: "weak" },
    { id: "pain.face-nerve", pattern: "aangezichtspijn|aangezichtspijnen|zenuwpijn|zenuwpijnen|trigeminusneuralgie", strength: "weak" },
    { id: "care.visit-to", pattern: "bezoek|bezoekje|afspraak aan|bij|met de|het|een|zijn|haar ~1 @SPECIALIST|ziekenhuis|huisartsenpost|seh|polikliniek", strength: "weak" },
    { id: "unwell.less-well", pattern: "minder|niet goed|lekker ~2 voelen|voelde|voelt|voel", strength: "weak" },
    // Trapped between two things: "raakte bekneld tussen de trailer en het dok".
    { id: "trapped.between", pattern: "raakte|raakten|zat|zaten|werd|kwam bekneld|klem|beklemd ~1 tussen|onder", strength: "weak" },
    // Reported sick with a verb between: "zou zich veelvuldig ziek hebben gemeld", "zich ziek had gemeld".
    { id: "sick.reported-between", pattern: "ziek hebben|had|heeft|hadden gemeld", strength: "weak" },
  ],
};
