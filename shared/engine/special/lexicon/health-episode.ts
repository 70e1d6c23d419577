import type { LexiconList } from "../patterns.ts";

// Health, the follow-up of an injury or illness the paragraph has already reported about a person:
// where they went for care, what treats them, how the hurt part is now, what they still feel. After
// "Jan viel van de trap en brak zijn pols" a note goes on "Naar de huisarts, pols dik en blauw, gips
// voor zes weken, krukken mee": each of those says something about Jan's health (LABELLING: care
// received and the state of a body part are spans of their own), though none says whose. Alone the
// same words name nothing: "steiger bij het ziekenhuis", "gips voor de binnenwand", "de kraan is
// kapot", "pijn in de portemonnee". So these are of strength "episode": they flag only after a health
// finding about a person earlier in the same paragraph (detect-special.ts), never on their own.
// Sources: care places and treatments are the everyday words of Thuisarts.nl's pages on wounds,
// fractures and sprains (wondverzorging, gips, mitella, krukken, pijnstillers); hand-curated, with the
// building-site meanings left out ("kruk" a stool or door handle, "verband" a connection, "cast" and
// "sling" in concrete work and hoisting, "afgebonden" of a cordoned-off area).

export const episode: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Places where a person is cared for; "ziekenhuis" is also a worksite, hence an episode word only. */
    EPISODE_PLACE: [
      "ziekenhuis", "seh", "spoedeisende", "eerstehulp", "huisartsenpost", "spoedpost", "ic", "intensive",
      "traumacentrum", "polikliniek", "gipskamer", "brandwondencentrum", "revalidatiecentrum",
      "hospital", "icu", "emergency",
    ],
    /** Who gives the care, as the one gone to, seen by or given something by. */
    EPISODE_CARER: [
      "huisarts", "tandarts", "fysio", "fysiotherapeut", "bedrijfsarts", "dokter", "arts", "specialist",
      "orthopeed", "chirurg", "oogarts", "doctor", "gp", "dentist", "physio",
    ],
    /** What treats a hurt or an illness, and the aids a person goes home with. */
    EPISODE_TREATMENT: [
      "antibiotica", "antibioticakuur", "pijnstillers", "pijnstilling", "paracetamol", "ibuprofen",
      "diclofenac", "brandwondenzalf", "zalf", "oogdruppels", "oogzalf", "gips", "gipsverband", "spalk",
      "brace", "krukken", "mitella", "rolstoel", "hechtingen", "hechtstrips", "steristrips", "adrenaline",
      "epipen", "fysiotherapie", "operatie", "medicatie", "medicijnen", "tetanusprik", "tetanusinjectie",
      "antibiotics", "painkillers", "stitches", "crutches", "surgery", "splint", "wheelchair", "cast", "sling",
      "bandage", "dressing", "nacontrole", "wondcontrole", "controleafspraak", "tetanus",
    ],
    /** How a hurt body part is, said of it ("pols dik en blauw", "oog bleef branden"). */
    BODY_STATE: [
      "dik", "blauw", "gezwollen", "opgezwollen", "open", "kapot", "gebroken", "ontstoken", "beurs", "stijf",
      "pijnlijk", "rood", "bloedde", "bloedt", "bloedend", "brandde", "brandt", "branden", "gevoelloos",
      "scheef", "krom", "vervormd", "ontwricht",
      "swollen", "bruised", "broken", "bleeding", "numb", "sore",
    ],
    /** The same before the body part ("een kapotte knie", "dikke enkel"). */
    BODY_STATE_BEFORE: [
      "kapotte", "dikke", "gezwollen", "opgezwollen", "blauwe", "gebroken", "gekneusde", "ontstoken",
      "pijnlijke", "stijve", "open", "swollen", "bruised", "broken", "sore",
    ],
    /** What the person still feels. */
    EPISODE_SYMPTOM: [
      "pijn", "bloedverlies", "ademnood", "benauwd", "duizelig", "misselijk", "overgeven",
      "overgegeven", "pain", "dizzy", "zwelling", "zwellingen", "swelling", "swollen", "bruising", "bleeding",
    ],
  },
  patterns: [
    // "naar het ziekenhuis", "in het ziekenhuis", "op de SEH", "taken to hospital", "in the ICU".
    { id: "episode.care-place", pattern: "naar|in|op|to|at|into de|het|the? @EPISODE_PLACE", strength: "episode" },
    // "naar de huisarts", "bij de fysio", "door de bedrijfsarts bekeken", "antibiotica van de huisarts".
    // Not the English advice "say go to doctor": "go" (bare, the imperative) right before it.
    { id: "episode.carer", pattern: "naar|bij|door|van|to|by|from de|het|zijn|haar|z'n|the|his|her|a? @EPISODE_CARER", strength: "episode", notAfter: ["go"] },
    { id: "episode.treatment", pattern: "@EPISODE_TREATMENT", strength: "episode" },
    // A hospital specialist named bare after the accident: "Met ambulance naar het VUmc, handchirurg."
    { id: "episode.specialist", pattern: "handchirurg|chirurg|traumachirurg|orthopeed|neuroloog|cardioloog|oogarts", strength: "episode" },
    // The care words a note misspells most ("ambulanse", "huisats"): alone they flag only in an
    // episode, and as single-word entries they are typo-tolerant, so the misspelling also completes the
    // care patterns that name them ("met de ambulanse weg"). Not "ziekenhuis": as often the worksite; not
    // "bedrijfsarts weet ervan" (informed, no care given).
    { id: "episode.care-word", pattern: "ambulance|ambulances|ziekenwagen|huisarts|huisartsenpost|bedrijfsarts|fysiotherapeut|traumahelikopter|spoedeisende|polikliniek|brandwondencentrum|revalidatiecentrum", strength: "episode", notAfter: ["als", "as"], notBefore: ["niet", "not", "weet", "wist", "weten", "knows", "knew"] },
    // "Pols dik en blauw", "Onderbeen open", "oog bleef branden"; "een kapotte knie".
    { id: "episode.body-state", pattern: "@BODY ~2 @BODY_STATE", strength: "episode" },
    { id: "episode.body-state-before", pattern: "@BODY_STATE_BEFORE @BODY", strength: "episode" },
    // "pijn bij vastpakken", "moeite met ademen", "veel bloedverlies".
    { id: "episode.symptom", pattern: "@EPISODE_SYMPTOM", strength: "episode" },
    // "morgen controle", "volgende week op controle"; not "controle van de steiger".
    { id: "episode.check-up", pattern: "morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|weer|terug|nog op? controle", strength: "episode", notBefore: ["van", "op", "door", "over"] },
    // Back after resuscitation: "weer hartslag", "weer bij bewustzijn"; staying home: "thuis gebleven".
    { id: "episode.revived", pattern: "weer ~1 hartslag|ademhaling|output|aanspreekbaar|bewustzijn", strength: "episode" },
    { id: "episode.stayed-home", pattern: "thuis gebleven|gebleven|blijven|blijft|bleef", strength: "episode", notBefore: ["werken", "wachten"] },
    { id: "episode.stayed-home-word", pattern: "thuisgebleven|thuisblijven", strength: "episode" },
    // "BHV'er heeft de arm gespalkt": in an episode the part after "de" is the person's, not work by hand.
    { id: "episode.part-dressed", pattern: "@BODY werd|is|was|wordt? gespalkt|verbonden|gehecht|gegipst|getaped|gelijmd|ontsmet", strength: "episode" },
    // "Daar verbonden", "ter plaatse gehecht"; lay first aid ("gekoeld", "gespoeld") is no span of its own.
    { id: "episode.dressed-there", pattern: "daar|toen|direct|meteen|vervolgens|netjes|snel verbonden|gehecht|gespalkt|gegipst|getaped|gelijmd|ontsmet", strength: "episode" },
    // The follow-up in a hurried note's words: "2 dagen thuis", "3 maanden thuis", "blijft irriteren", "Rode kring een week later".
    { id: "episode.days-home", pattern: "dagen|dag|weken|week|wk|wkn|maanden|maand|mnd thuis|ziek|uit", strength: "episode", notBefore: ["werk", "gewerkt", "werken"] },
    { id: "episode.lingers", pattern: "blijft|bleef|bleven irriteren|branden|prikken|jeuken|bloeden|zeuren|steken|kloppen|pijn|tranen", strength: "episode" },
    { id: "episode.mark", pattern: "rode|blauwe|paarse kring|vlek|vlekken|plek|plekken|zwelling|uitslag", strength: "episode" },
    { id: "episode.trouble", pattern: "moeite met|bij ademen|ademhalen|lopen|slikken|zien|staan", strength: "episode" },
  ],
};
