// Health, medicines by name. A medicine a person uses is health data (LABELLING: medication); a
// medicine in a first-aid kit is an object, so names only count with a person's use ("slikt",
// "gebruikt", "zit aan de", "zijn paracetamol"): see the medication patterns in health-mind.ts.
// Source: the active substances with the most users in the Netherlands on the GIPdatabank's
// (Zorginstituut Nederland) top lists of prescribed medicines, from memory of those lists and not
// copied from them, plus the common over-the-counter painkillers and the Dutch brand names a note
// is more likely to use than the substance ("Ascal", "Ritalin"). Folded: no accents, no hyphens.
export const MEDICINE_NAMES: string[] = [
  // stomach
  "omeprazol", "pantoprazol", "esomeprazol", "ranitidine", "famotidine", "maagzuurremmer", "maagzuurremmers",
  "macrogol", "movicolon", "lactulose", "loperamide", "imodium", "domperidon", "metoclopramide", "ondansetron", "mebeverine",
  // heart and blood vessels
  "metoprolol", "bisoprolol", "atenolol", "propranolol", "nebivolol", "carvedilol", "sotalol",
  "atorvastatine", "simvastatine", "rosuvastatine", "pravastatine", "statine", "statines", "cholesterolverlager", "cholesterolverlagers",
  "amlodipine", "nifedipine", "diltiazem", "verapamil", "lisinopril", "enalapril", "perindopril", "ramipril",
  "losartan", "valsartan", "irbesartan", "candesartan", "telmisartan", "hydrochloorthiazide", "chloortalidon",
  "furosemide", "bumetanide", "spironolacton", "plaspil", "plaspillen", "bloeddrukverlager", "bloeddrukverlagers",
  "bloeddrukpillen", "nitroglycerine", "isosorbidemononitraat", "digoxine", "amiodaron", "flecainide",
  // blood thinners
  "acetylsalicylzuur", "carbasalaatcalcium", "ascal", "clopidogrel", "ticagrelor", "apixaban", "rivaroxaban",
  "edoxaban", "dabigatran", "acenocoumarol", "fenprocoumon", "sintrom", "marcoumar", "xarelto", "eliquis",
  "bloedverdunner", "bloedverdunners", "antistolling",
  // diabetes
  "metformine", "gliclazide", "glimepiride", "tolbutamide", "sitagliptine", "empagliflozine", "dapagliflozine",
  "insuline", "insulinepen", "novorapid", "humalog", "lantus", "levemir", "tresiba", "ozempic", "semaglutide",
  "liraglutide", "saxenda", "wegovy", "victoza", "trulicity",
  // thyroid, hormones
  "levothyroxine", "thyrax", "euthyrox", "anticonceptiepil", "prikpil", "hormoonspiraal",
  // lungs and allergy
  "salbutamol", "ventolin", "budesonide", "fluticason", "beclometason", "formoterol", "salmeterol",
  "tiotropium", "ipratropium", "symbicort", "seretide", "spiriva", "flixotide", "pulmicort", "foster",
  "montelukast", "inhalator", "puffer", "pufjes", "cetirizine", "levocetirizine", "loratadine",
  "desloratadine", "fexofenadine", "ebastine", "zyrtec", "aerius", "telfast", "antihistamine",
  "antihistaminica", "epipen", "adrenalinepen", "allergiepil", "allergiepillen",
  // corticosteroids
  "prednison", "prednisolon", "dexamethason", "hydrocortison", "triamcinolon", "corticosteroiden",
  // pain
  "paracetamol", "ibuprofen", "diclofenac", "naproxen", "aspirine", "aspirientje", "voltaren", "brufen",
  "nurofen", "advil", "tramadol", "tramal", "oxycodon", "oxycontin", "oxynorm", "morfine", "fentanyl",
  "codeine", "celecoxib", "etoricoxib", "arcoxia", "pijnstiller", "pijnstillers", "ontstekingsremmer",
  "ontstekingsremmers", "pregabaline", "gabapentine", "lyrica", "sumatriptan", "rizatriptan", "imigran",
  // infections
  "amoxicilline", "augmentin", "doxycycline", "azitromycine", "claritromycine", "nitrofurantoine",
  "ciprofloxacine", "feneticilline", "flucloxacilline", "trimethoprim", "antibiotica", "antibioticum",
  "antibioticakuur", "penicilline",
  // mind and sleep
  "sertraline", "citalopram", "escitalopram", "paroxetine", "fluoxetine", "venlafaxine", "duloxetine",
  "mirtazapine", "amitriptyline", "nortriptyline", "trazodon", "seroxat", "prozac", "zoloft", "cipramil",
  "efexor", "oxazepam", "diazepam", "temazepam", "lorazepam", "alprazolam", "zolpidem", "zopiclon",
  "seresta", "temesta", "valium", "stilnoct", "quetiapine", "olanzapine", "risperidon", "aripiprazol",
  "haloperidol", "seroquel", "zyprexa", "risperdal", "abilify", "lithium", "methylfenidaat", "ritalin",
  "concerta", "dexamfetamine", "melatonine", "antidepressiva", "antidepressivum", "antipsychotica",
  "slaappillen", "slaappil", "kalmeringsmiddel", "kalmeringsmiddelen", "benzodiazepine", "benzos",
  // epilepsy
  "carbamazepine", "valproinezuur", "lamotrigine", "levetiracetam", "topiramaat", "depakine", "tegretol",
  "lamictal", "keppra",
  // urology, joints, other
  "tamsulosine", "finasteride", "oxybutynine", "mirabegron", "solifenacine", "sildenafil", "tadalafil",
  "viagra", "cialis", "allopurinol", "colchicine", "alendroninezuur", "methotrexaat", "hydroxychloroquine",
  "adalimumab", "humira", "etanercept", "foliumzuur", "ijzertabletten", "betahistine",
  // addiction care
  "methadon", "buprenorfine", "naltrexon", "disulfiram", "antabus", "acamprosaat", "varenicline", "champix",
  "nicotinepleister", "nicotinepleisters", "nicotinekauwgom",
  // more of the GIPdatabank's most used substances and the brand names patients call them by: stomach,
  // heart and vessels, diabetes, thyroid, lungs and allergy, pain and migraine, infections, mind and
  // sleep, epilepsy, Parkinson and dementia, joints and bowel, hormones and cancer care, skin
  "lansoprazol", "rabeprazol", "pantozol", "nexium", "losec", "gaviscon", "rennie", "buscopan", "butylscopolamine",
  "plavix", "brilique", "pradaxa", "lixiana", "selokeen", "emconcor", "lipitor", "zocor", "crestor", "cozaar",
  "diovan", "norvasc", "lasix", "burinex", "aldactone", "atacand", "coversyl", "renitec", "tritace", "cordarone",
  "doxazosine", "warfarin", "diamicron", "glucophage", "januvia", "jardiance", "forxiga", "novomix", "toujeo",
  "insulatard", "mounjaro", "tirzepatide", "dulaglutide", "strumazol", "thiamazol", "atrovent", "airomir",
  "bricanyl", "terbutaline", "relvar", "trimbow", "singulair", "xyzal", "clarityne", "avamys", "nasonex",
  "flixonase", "mometason", "xylometazoline", "otrivin", "panadol", "aleve", "meloxicam", "movicox", "nabumeton",
  "ketoprofen", "piroxicam", "indometacine", "targin", "durogesic", "tapentadol", "palexia", "cymbalta",
  "neurontin", "zomig", "maxalt", "clamoxyl", "clindamycine", "metronidazol", "flagyl", "fosfomycine",
  "furadantine", "ciproxin", "levofloxacine", "cotrimoxazol", "valaciclovir", "aciclovir", "zovirax",
  "oseltamivir", "tamiflu", "fluconazol", "diflucan", "terbinafine", "lamisil", "mebendazol", "miconazol",
  "clotrimazol", "ketoconazol", "fusidinezuur", "fluvoxamine", "bupropion", "wellbutrin", "zyban", "agomelatine",
  "clozapine", "valproaat", "oxcarbazepine", "trileptal", "fenytoine", "clonazepam", "rivotril", "midazolam",
  "dormicum", "nitrazepam", "mogadon", "lormetazepam", "loprazolam", "circadin", "promethazine", "hydroxyzine",
  "atarax", "clemastine", "tavegil", "levodopa", "madopar", "ropinirol", "pramipexol", "donepezil", "memantine",
  "galantamine", "rivastigmine", "mesalazine", "sulfasalazine", "leflunomide", "infliximab", "febuxostat",
  "alfuzosine", "dutasteride", "tolterodine", "estradiol", "progesteron", "levonorgestrel", "microgynon",
  "mirena", "nuvaring", "tamoxifen", "letrozol", "anastrozol", "colecalciferol", "cetomacrogol",
  // English names mixed crews use
  "insulin", "inhaler", "inhalers", "statins", "morphine", "metformin", "antihistamines", "antibiotics",
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
