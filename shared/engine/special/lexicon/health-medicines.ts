// Health, medicines by name. A medicine a person uses is health data (LABELLING: medication); a
// medicine in a first-aid kit is an object, so names only count with a person's use ("slikt",
// "gebruikt", "zit aan de", "zijn paracetamol"): see the medication patterns in health-mind.ts.
// Source: the active substances with the most users in the Netherlands on the GIPdatabank's
// (Zorginstituut Nederland) top lists of prescribed medicines, from memory of those lists and not
// copied from them, plus the common over-the-counter painkillers and the Dutch brand names a note
// is more likely to use than the substance ("Ascal", "Ritalin"). Folded: no accents, no hyphens.
// Kept lean: the notes written by others name medicines by kind ("bloedverdunners", "antibiotica",
// "zijn puffer") far more than by substance, so only the best-known substances and brands stay; every
// name costs the content script bytes.
export const MEDICINE_NAMES: string[] = [
  // stomach
  "omeprazol", "lansoprazol", "maagzuurremmer", "maagzuurremmers", "macrogol",
  "loperamide", "imodium", "domperidon",
  // heart and blood vessels
  "metoprolol", "bisoprolol", "propranolol", "atorvastatine", "simvastatine", "rosuvastatine", "statine", "statines",
  "cholesterolverlager", "cholesterolverlagers", "amlodipine", "lisinopril", "enalapril", "losartan", "valsartan",
  "furosemide", "lasix", "plaspil", "plaspillen", "bloeddrukverlager", "bloeddrukverlagers",
  "bloeddrukpillen",
  // blood thinners
  "ascal", "clopidogrel", "apixaban", "rivaroxaban",
  "acenocoumarol", "sintrom", "marcoumar", "xarelto", "eliquis", "warfarin", "bloedverdunner",
  "bloedverdunners", "antistolling",
  // diabetes
  "metformine", "gliclazide", "insuline", "insulinepen", "ozempic",
 
  // thyroid, hormones
  "levothyroxine", "thyrax", "anticonceptiepil", "prikpil", "hormoonspiraal", "estradiol",
  // lungs and allergy
  "salbutamol", "ventolin", "budesonide", "fluticason", "inhalator", "puffer",
  "cetirizine", "loratadine", "desloratadine", "antihistamine",
  "epipen",
  // corticosteroids
  "prednison", "prednisolon",
  // pain
  "paracetamol", "panadol", "ibuprofen", "diclofenac", "naproxen", "aspirine",
  "tramadol", "oxycodon", "oxycontin", "morfine", "fentanyl", "codeine", "pijnstiller",
  "pijnstillers", "ontstekingsremmer", "ontstekingsremmers", "pregabaline", "lyrica",
  // infections
  "amoxicilline", "doxycycline", "ciprofloxacine",
  "antibiotica", "antibioticum", "antibioticakuur", "penicilline", "tamiflu",
  // mind and sleep
  "sertraline", "citalopram", "paroxetine", "fluoxetine", "venlafaxine", "mirtazapine",
  "amitriptyline", "seroxat", "prozac", "oxazepam", "diazepam", "temazepam", "lorazepam",
  "seresta", "temesta", "valium", "quetiapine", "seroquel",
  "lithium", "methylfenidaat", "ritalin", "concerta", "dexamfetamine", "melatonine", "antidepressiva",
  "antidepressivum", "antipsychotica", "slaappillen", "slaappil", "kalmeringsmiddel", "kalmeringsmiddelen",
  "benzodiazepine", "benzos", "clonazepam", "rivotril",
  // epilepsy, Parkinson, dementia
  "carbamazepine", "lamotrigine", "levetiracetam", "depakine", "keppra", "levodopa", "donepezil",
  // joints, urology, other
  "tamsulosine", "sildenafil", "viagra", "allopurinol", "colchicine", "methotrexaat", "humira", "tamoxifen",
  // addiction care
  "methadon", "disulfiram", "antabus", "champix", "nicotinepleister",
  "nicotinepleisters",
  // English names mixed crews use
  "insulin", "inhaler", "inhalers", "statins", "morphine", "metformin", "antihistamines", "antibiotics",
  // medicine named by what it treats, as a patient says it ("slikt bloeddrukmedicatie"): the compounds
  // of -medicatie, -medicijnen, -pillen with a condition; not "medicijnkastje" (an object, no such word here)
  "bloeddrukmedicatie", "bloeddrukmedicijnen", "hartmedicatie", "hartmedicijnen", "hartpillen", "pijnmedicatie",
  "epilepsiemedicatie", "astmamedicatie", "diabetesmedicatie", "suikermedicatie", "cholesterolmedicatie",
  "schildkliermedicatie", "maagmedicatie", "maagzuurremmers", "maagzuurremmer", "maagbeschermers",
  "ontstekingsremmers", "ontstekingsremmer", "prednison", "antibioticakuur", "migrainemedicatie",
  "ademedicatie", "adhdmedicatie", "adhd-medicatie", "blood-pressure", "bloodpressure",
  // words for medicine
  "medicatie", "medicijnen", "medicijn", "pillen", "pilletjes", "tabletten", "medication", "medicine",
  "medicines", "antidepressants", "painkillers", "pills", "meds",
];

/**
 * Medicines nobody keeps in a site's first-aid kit and that only a patient uses (not "lithium", a battery): one of these in a
 * sentence with a person is enough ("Jan vergat zijn insuline").
 */
export const PATIENT_ONLY_MEDICINES: string[] = [
  "insuline", "insulinepen", "epipen", "adrenalinepen", "methadon", "antidepressiva", "antidepressivum",
  "antipsychotica", "ritalin", "bloedverdunners", "bloedverdunner", "antabus", "disulfiram",
  "methylfenidaat", "dexamfetamine", "slaappillen", "ozempic", "oxycodon", "oxycontin", "fentanyl",
  // prescription-only medicines of the mind, sleep, diabetes and blood thinning most users take: no kit holds them
  "oxazepam", "diazepam", "temazepam", "lorazepam", "sertraline", "citalopram", "paroxetine", "venlafaxine",
  "metformine", "tramadol", "acenocoumarol", "xarelto", "eliquis",
];
