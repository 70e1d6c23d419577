import type { LexiconList } from "../patterns.ts";

// Health in the English of mixed crews and UK-style site diaries, beyond the English beside each Dutch
// class: dressings and recovery, conditions by their everyday names, sight and hearing, appointments
// and referrals, scans of a body part, stings and bites, sunburn and isolating. Weak: about a person.
// Sources: the NHS A-Z condition names in everyday use (tennis elbow, frozen shoulder, slipped disc,
// chest infection), HSE RIDDOR report wording (kept in overnight, referred to), hand-curated.
// Traps: "plaster" of a wall ("plaster on the wall", "plastering"), "test results" of concrete cubes,
// "a site appointment", a "consultant" engineer, "rehab" of a building ("the rehab of the old mill").

export const english: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Conditions by the names people use, none of them building words. */
    CONDITION_EN: [
      "tendonitis", "sciatica", "gout", "angina", "vertigo", "shingles", "pneumonia", "appendicitis", "epilepsy",
      "diabetes", "apnoea", "apnea", "hypertension", "hayfever", "eczema", "psoriasis", "arthritis", "osteoarthritis",
      "fibromyalgia", "parkinson's", "alzheimer's", "dementia", "leukaemia", "leukemia", "lymphoma", "chemotherapy",
      "radiotherapy", "chemo", "sunburn", "sunburnt", "sunburned", "sunstroke", "frostbite", "hypothermia",
      "dehydrated", "dehydration", "concussed", "selfisolating", "remission", "alcoholic", "addict", "addiction",
    ],
    /** Care givers and places an appointment is with. */
    CARER_EN: ["hospital", "doctor's", "doctors", "doctor", "gp", "dentist", "physio", "clinic", "consultant", "specialist", "optician", "surgeon", "nurse", "counsellor", "therapist"],
  },
  patterns: [
    { id: "condition.english-more", pattern: "@CONDITION_EN", strength: "weak", notBefore: ["of", "works", "project"] },
    { id: "condition.named-en", pattern: "tennis|golfer's|golfers elbow", strength: "weak" },
    { id: "condition.shoulder-en", pattern: "frozen shoulder", strength: "weak" },
    { id: "condition.disc-en", pattern: "slipped|herniated|bulging disc|disk", strength: "weak" },
    { id: "condition.carpal-en", pattern: "carpal tunnel", strength: "weak" },
    { id: "condition.infection-en", pattern: "chest|ear|eye|throat|kidney|bladder|urine|urinary|sinus|skin|wound infection", strength: "weak" },
    { id: "condition.stones-en", pattern: "kidney|gall stones|stone", strength: "weak" },
    { id: "condition.measured-en", pattern: "high|low blood pressure|cholesterol|sugar", strength: "weak" },
    { id: "condition.sight-en", pattern: "partially|partly sighted|deaf|blind", strength: "weak" },
    { id: "condition.impaired-en", pattern: "visually|hearing impaired", strength: "weak" },
    { id: "condition.hard-hearing-en", pattern: "hard of hearing", strength: "weak" },
    // "shows noise-induced hearing loss in both ears". Trap: "to prevent hearing loss" (prevention: negated).
    { id: "condition.hearing-loss-en", pattern: "hearing loss|damage", strength: "weak" },
    { id: "condition.mental-en", pattern: "his|her|my|their mental health|wellbeing|state", strength: "weak" },
    { id: "condition.hairline-en", pattern: "hairline fracture|crack|break", strength: "weak" },
    { id: "condition.sleep-apnea-en", pattern: "sleep apnea|apnoea|disorder", strength: "weak" },
    // Recovery and care: "recovering at home", "kept in overnight", "needed a plaster".
    { id: "care.recovering-en", pattern: "recovering|resting|convalescing at home", strength: "weak" },
    { id: "care.kept-in-en", pattern: "kept in overnight|hospital|for", strength: "weak" },
    { id: "care.dressing-en", pattern: "needed|got|given|wearing|wears|had a plaster|bandage|dressing|sling|splint|brace", strength: "weak", notBefore: ["of", "on", "board", "wall"] },
    { id: "care.appointment-en", pattern: "@CARER_EN appointment|appointments|check-up|checkup", strength: "weak" },
    { id: "care.referred-en", pattern: "referred|sent to a|an|the? consultant|specialist|physio|hospital|clinic|gp|doctor|surgeon", strength: "weak", notBefore: ["engineer", "engineers", "surveyor", "architect", "for"] },
    { id: "care.scan-en", pattern: "mri|scan|xray|ultrasound|ct on|of his|her|my @BODY", strength: "weak" },
    { id: "care.blood-test-en", pattern: "blood tests|test|bloods|work", strength: "weak" },
    { id: "care.stitches-out-en", pattern: "stitches|cast|plaster out|off|removed", strength: "weak" },
    { id: "care.rehab-en", pattern: "in|to|at|into rehab|detox", strength: "weak", notBefore: ["of", "works", "project"] },
    // Symptoms and care in the words of UK-style incident reports: "started coughing", "burning throat",
    // "eyes red and painful", "inhaled fumes", "medic checked him", "oxygen given", "checked at hospital".
    // Traps: "started bleeding the line" (air out of a pipe) is rare; "the red line", "a sore point" have no body part.
    { id: "symptom.began-en", pattern: "started|began|kept coughing|vomiting|shaking|trembling|wheezing|choking|retching", strength: "weak" },
    { id: "symptom.burning-part-en", pattern: "burning|stinging|itchy|irritated|watery|swollen|painful throat|eyes|eye|skin|chest|nose|lungs", strength: "weak" },
    { id: "symptom.part-state-en", pattern: "eyes|eye|throat|skin|hand|hands|arm|arms|leg|legs|knee|ankle|wrist|finger|fingers|face|chest ~1 red|swollen|sore|painful|bruised|numb|itchy|irritated|burning|bleeding", strength: "weak", notAfter: ["the", "a"] },
    { id: "symptom.inhaled-en", pattern: "inhaled|breathed ~1 fumes|smoke|gas|vapour|vapours|vapors|h2s|dust", strength: "weak" },
    { id: "symptom.measured-after-en", pattern: "blood pressure|sugar|oxygen|saturation|pulse ~1 low|high|elevated|raised|dropped|dropping", strength: "weak" },
    { id: "care.checked-at-en", pattern: "checked|treated|examined|assessed|seen|observed at|in|by ~1 hospital|clinic|a&e|er|medic|nurse|doctor|gp", strength: "weak" },
    { id: "care.given-en", pattern: "oxygen|painkillers|paracetamol|ibuprofen ~1 given|administered|received", strength: "weak" },
    { id: "care.eye-drops", pattern: "eye drops|oogdruppels|eyedrops|oogspoeling", strength: "weak" },
    // Mixed crews' English in more words: "my back hurts", "sugar disease", "he was shaking and sweating",
    // "has fever and cough", "heat stroke", "miscarriage", "big toe is blue".
    { id: "symptom.hurts-en", pattern: "my|his|her @BODY|back hurts|hurt|aches|ached|hurting", strength: "weak" },
    { id: "symptom.sore-en", pattern: "my|his|her @BODY|back is|was|feels sore|painful|swollen", strength: "weak" },
    { id: "condition.sugar-en", pattern: "sugar disease|illness", strength: "weak" },
    { id: "condition.heat-en", pattern: "heat stroke|exhaustion", strength: "weak" },
    { id: "condition.lay-word-en", pattern: "miscarriage|miscarried|burnout", strength: "weak" },
    // Of a person only ("he was shaking"); "the truck was shaking" has no person before the verb.
    { id: "symptom.was-shaking-en", pattern: "<@WHO was|is|were|started|kept shaking|sweating|trembling|shivering|vomiting", strength: "weak" },
    // Not "a cold drink": "cold" is left out.
    { id: "symptom.has-en", pattern: "has|had|have a? fever|cough|flu|temperature|headache|diarrhoea|diarrhea", strength: "weak" },
    { id: "symptom.part-colour-en", pattern: "toe|toes|foot|feet|finger|fingers|nail|thumb is|was|are|were ~1 blue|black|swollen|purple", strength: "weak" },
    // More of the same report wording: "strained his lower back", "his doctor found reduced lung function",
    // "follow-up at the fracture clinic", a blister after a burn. Traps: "the lower back wall", "paint
    // blisters" (a blister only in the episode of a person's injury), "follow-up meeting with the client".
    { id: "injury.lower-upper-en", pattern: "@INJURY_VERB his|her|my|their lower|upper back|arm|leg|lip|body|abdomen", strength: "weak" },
    { id: "care.own-doctor-found-en", pattern: "his|her|my|their doctor|gp|physio|specialist|consultant found|diagnosed|confirmed|said|says|told", strength: "weak" },
    { id: "care.follow-up-at-en", pattern: "followup|follow at|with|in the? ~1 clinic|hospital|doctor|gp|physio|specialist|consultant", strength: "weak" },
    { id: "injury.blister-en", pattern: "blister|blisters|blistered", strength: "episode" },
    // Mental health and sick notes as British and Irish crews say them (NHS 'fit note' wording): "burnt out",
    // "having flashbacks", "can't sleep since", "signed off by his GP". Traps: "the bulb burnt out" (a thing:
    // weak, and no person), "flashback arrestor" (a gas valve: the noun before it), "signed off the drawings"
    // (no doctor after "by").
    { id: "mind.burnt-out-en", pattern: "is|was|got|feels|felt|completely|totally burnt|burned out", strength: "weak" },
    { id: "mind.flashbacks-en", pattern: "flashbacks|nightmares|insomnia", strength: "weak", notAfter: ["gas", "torch", "oxygen"] },
    { id: "mind.not-sleeping-en", pattern: "not|cannot|can't|cant|couldn't|hardly sleeping|sleep", strength: "weak" },
    { id: "care.signed-off-en", pattern: "signed off ~2 by his|her|the|a gp|doctor|consultant", strength: "weak" },
    // The doctor as subject: "GP signed him off for two more weeks". Trap: "the engineer signed off the drawings".
    { id: "care.doctor-signed-off-en", pattern: "gp|doctor|doc|consultant signed ~2 off", strength: "weak" },
    { id: "care.gave-medicine-en", pattern: "gave|given him|her|them? aspirin|paracetamol|painkillers|ibuprofen|glucose|oxygen", strength: "weak" },
    { id: "injury.stung-en", pattern: "stung|bitten by a|an|the ~1 wasp|bee|bees|wasps|insect|hornet|dog|tick|spider|rat|snake", strength: "weak" },
  ],
};
