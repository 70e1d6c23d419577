import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";

// Criminal (AVG art. 10), what a person is suspected of, accused of, did or was sentenced for: suspicion
// and investigation of a person, dismissal for an offence, acquittal, the electronic tag, offences against
// or by a named person, theft and assault in the perfect, trials, prison exits, refused VOGs, fines by a
// court and their English forms. Split out of criminal.ts, whose classes (@OFFENCE, @OFFENDER, @POLICE,
// @PRISON …) these patterns use. Sources: Wetboek van Strafrecht and Strafvordering, hand-curated; the
// trap of each pattern is in the comment beside it.

/** Subjects that name no one: a theft by unknown persons is no one's criminal data (LABELLING). */
export const UNKNOWN_THIEF = ["iemand", "wie", "onbekenden", "onbekende", "dieven", "dief", "daders", "dader", "inbrekers", "someone", "somebody", "who", "thieves", "thief"];

export const offences: Required<Pick<LexiconList, "patterns">> = {
  patterns: [
    // Suspicion, accusation and investigation of a person.
    { id: "suspect", pattern: "verdacht|verdachte|beschuldigd|suspected|accused van|of|voor|wegens", strength: "weak" },
    { id: "as-suspect", pattern: "als verdachte|suspect", strength: "weak" },
    // A person who is the suspect in a case: "is verdachte in een fraudezaak", "werd verdachte in het
    // onderzoek". Not "verdachte pakketjes in de zaak" (the adjective: a noun comes between).
    { id: "suspect-in-case", pattern: "<is|was|werd|wordt|blijft|zijn|waren verdachte|verdachten in|bij de|een|het ~1 zaak|strafzaak|fraudezaak|moordzaak|drugszaak|zedenzaak|onderzoek|politieonderzoek|diefstalzaak|mishandelingszaak", strength: "weak" },
    { id: "prosecuted", pattern: "aangeklaagd|vervolgd", strength: "weak" },
    // The prosecutor's intent for a charge: "Justitie gaat de man vervolgen wegens dood door schuld".
    // Trap: "we vervolgen de route via de A12" (no "wegens" or "voor" a few words on).
    // Could be arrested: "De verdachte kon in de loop van de middag worden aangehouden". Not "moet worden
    // aangehouden" (a distance kept): only after "kon"/"kan".
    { id: "arrest.could-be", pattern: "kon|konden|kan|kunnen ~6 worden|werden aangehouden|gearresteerd|opgepakt", strength: "weak" },
    { id: "arrest.could-be-after", pattern: "kon|konden|kan|kunnen ~6 aangehouden|gearresteerd|opgepakt worden", strength: "weak" },
    { id: "prosecute-for", pattern: "vervolgen|vervolgt ~3 wegens|voor", strength: "weak" },
    // Offences of the Wetboek van Strafrecht named with health words (art. 307, 308 Sr).
    { id: "negligent-death", pattern: "dood|letsel door schuld", strength: "weak" },
    { id: "prosecuted-en", pattern: `prosecuted|charged ${EXACT}`, strength: "weak" },
    { id: "charged-en", pattern: "charged with", strength: "weak" },
    // A police investigation of an accident or of a theft by unknown persons is not criminal data about
    // anyone; one against a person, or into their role, is.
    { id: "investigation.against", pattern: "tegen ~3 loopt|liep|lopen|is|werd ~2 onderzoek|strafzaak|opsporingsonderzoek|politieonderzoek", strength: "weak" },
    { id: "investigation.police", pattern: "politieonderzoek|opsporingsonderzoek|onderzoek|strafzaak|investigation ~1 tegen|against", strength: "weak" },
    { id: "investigation.role", pattern: "onderzoek|investigation ~3 naar|into zijn|haar|z'n|his|her rol|betrokkenheid|aandeel|role|involvement", strength: "weak" },
    { id: "investigation.en", pattern: "under investigation|investigated for ~2 @OFFENCE", strength: "weak" },
    // Dismissed for an offence: an accusation of it ("op staande voet ontslagen wegens diefstal").
    // "ontslagen met als reden verduistering": the reason named as such.
    // The suspect of a ruling or a news report: "De verdachte, een 54-jarige man, ...". Not the adjective
    // ("de verdachte auto", "een verdachte situatie"), which a noun follows.
    { id: "suspect.noun", pattern: "<de|een|deze|die verdachte|verdachten", strength: "weak",
      notBefore: ["situatie", "situaties", "auto", "auto's", "pakket", "pakketje", "tas", "voertuig", "bestelbus", "busje", "melding", "meldingen", "omstandigheden", "activiteiten", "transactie", "transacties", "plek", "plekken", "vlek", "geur", "lucht", "persoon", "personen", "man", "vrouw", "voorwerp", "voorwerpen", "goederen", "zaken", "beweging", "bewegingen"] },
    // Acquitted: "De rechtbank ... spreekt de man vrij". Not "spreekt vrij Engels" (fluently).
    { id: "acquitted", pattern: "spreekt|sprak|spraken|spreken ~3 vrij", strength: "weak", notBefore: ["uit", "engels", "nederlands", "duits", "goed", "vloeiend", "af", "van", "over"] },
    { id: "suspicion", pattern: "op verdenking van|wegens|voor", strength: "weak" },
    { id: "reckless-driving", pattern: "roekeloos|roekeloze rijgedrag|rijden|gedrag|driving", strength: "weak" },
    { id: "licence-ban", pattern: "ontzegging van de rijbevoegdheid", strength: "weak" },
    // The electronic tag, not the ankle ligament: "heeft een enkelband", not "zijn enkelband is gescheurd".
    { id: "tag.ankle", pattern: "<een|elektronische|electronische|de enkelband", strength: "strong",
      notBefore: ["gescheurd", "ingescheurd", "verrekt", "gekneusd", "verzwikt", "verdraaid", "overrekt", "beschadigd", "kapot", "is", "was", "lijkt", "geblesseerd"] },
    // Offences against a named victim, and suffered from a named offender: "na de mishandeling van de
    // uitvoerder", "bedreigd door een ex-collega". (@WHO is no subject after a preposition, so the person
    // is a role of @OFFENDER or a capitalised name.) Not "bedreiging van de gezondheid".
    { id: "offence.against", pattern: "mishandeling|bedreiging|bedreigingen|belediging|aanranding|verkrachting|afpersing|beroving|stalking|belaging van|tegen|op de|een|zijn|haar? @OFFENDER|@CAP", strength: "weak" },
    { id: "offence.suffered-by", pattern: "bedreigd|mishandeld|aangerand|beroofd|gestalkt|belaagd|afgeperst|threatened|assaulted door|by een|de|zijn|haar|a|the? @OFFENDER|@CAP", strength: "weak" },
    // The police as the agent, with a person-only verb or without an article: "door politie meegenomen".
    { id: "arrest.by-police-agent", pattern: "door|by de|het|the? @POLICE @ARREST_PERSON|opgepakt", strength: "weak" },
    // Stopped on the road: "door de politie van de weg gehaald/geplukt".
    { id: "arrest.off-the-road", pattern: "@POLICE ~4 van de weg|bouwplaats|werf|steiger|werkplek|bouw gehaald|geplukt|afgehaald", strength: "weak" },
    // The arrest as a noun of a person: "leidde tot de aanhouding van een man", "bij zijn aanhouding".
    // Not the adjournment of a case ("aanhouding van de zaak"): the person must follow or own it.
    { id: "arrest.noun-of", pattern: "aanhouding|arrestatie|inverzekeringstelling van een|de ~1 man|vrouw|jongen|verdachte|@CAP", strength: "weak" },
    { id: "arrest.noun-own", pattern: "bij|na|sinds zijn|haar aanhouding|arrestatie", strength: "weak" },
    // Suspected with the verb between: "die verdacht wordt van de overval".
    { id: "suspected.passive", pattern: "verdacht|beschuldigd wordt|werd|worden|werden van", strength: "weak" },
    { id: "offences.committed", pattern: "gepleegde|eerdere|begane strafbare feiten|feit|delicten|misdrijven", strength: "weak" },
    // An attempted offence: "voor poging heling", "poging tot doodslag".
    { id: "attempt", pattern: "poging|pogingen tot? @OFFENCE", strength: "weak" },
    { id: "arrest.by-police-bare", pattern: "door|by @POLICE meegenomen|afgevoerd|taken", strength: "weak" },
    // English site reports: "caught on camera stealing diesel", "reported to the police", "driving with a
    // suspended licence", "found drugs in his locker".
    { id: "caught-on-camera-en", pattern: "caught ~3 stealing|taking|dealing|selling", strength: "weak" },
    { id: "reported-to-police-en", pattern: "reported to the police", strength: "weak" },
    { id: "suspended-licence-en", pattern: "suspended|revoked licence|license", strength: "weak" },
    { id: "disqualified-en", pattern: "disqualified|banned from driving", strength: "weak" },
    { id: "drugs-found-en", pattern: "found drugs|cocaine|cannabis|weed in his|her", strength: "weak" },
    // Rulings put "op staande voet" and the employee between the verb and the reason, in every tense:
    // "ontslaat de werknemer op staande voet wegens diefstal", "het ontslag wegens verduistering".
    { id: "dismissed-for", pattern: "ontslagen|ontslaat|ontsloeg|ontslag|geschorst|schorst|dismissed|fired|sacked ~5 wegens|vanwege|voor|om|for|reden ~2 @OFFENCE", strength: "weak" },
    // An offence by a named or pointed-at person: "aangifte van mishandeling door Piet".
    { id: "offence.by", pattern: "@OFFENCE door|by de|een|zijn|haar|the|a? @OFFENDER|@CAP", strength: "weak" },
    { id: "caught", pattern: "betrapt|caught ~1 op|bij ~2 @CRIME|drugsgebruik|drinken|dealen", strength: "weak" },
    { id: "caught-en", pattern: "caught stealing", strength: "weak" },
    // Not "stalen" (de stalen ligger) nor "stal" after an article (de stal van de boer); "pleegde" only with
    // an offence ("overleg gepleegd" is a meeting).
    { id: "stole", pattern: `stal|steelt|stole|steals ${EXACT}`, strength: "weak", notAfter: [...UNKNOWN_THIEF, "de", "het", "een", "die", "deze", "zijn", "haar", "z'n", "in", "naar", "bij", "uit", "the", "a", "nieuwe", "oude"] },
    { id: "committed", pattern: "pleegde|pleegt|pleegden|gepleegd|committed ~3 @OFFENCE|misdrijf|delict|strafbaar|crime", strength: "weak" },
    { id: "has-committed", pattern: "heeft|hebben|had ~2 @OFFENCE gepleegd", strength: "weak", notAfter: UNKNOWN_THIEF },
    // One pattern for theft and assault after "heeft": a pattern per meaning would try every "heeft" of
    // every accepted sentence once more. "heeft zich bedreigd gevoeld" is how a victim felt.
    { id: "has-stolen", pattern: "heeft|hebben|had ~3 gestolen|gefraudeerd|ingebroken|gejat|bedreigd|mishandeld|aangevallen|neergestoken|beroofd|afgeperst|gechanteerd", strength: "weak", notAfter: UNKNOWN_THIEF, notBefore: ["gevoeld", "voelde", "voelt"] },
    { id: "fraud-verb", pattern: "fraudeert|fraudeerde|fraudeerden|gefraudeerd|sjoemelde|sjoemelt", strength: "weak" },
    // Threats and assault framed as offences (Sr art. 285, 300): with a weapon or against a person.
    { id: "threat.weapon", pattern: "met|with ~1 een|zijn|haar|a|his|her? @WEAPON ~2 @ASSAULT|bedreigen|aanvallen|steken", strength: "weak" },
    { id: "threat.weapon-after", pattern: "@ASSAULT ~2 met|with ~1 een|zijn|haar|a|his|her? @WEAPON", strength: "weak" },
    // One word per alternative: a space starts the next element, so "death threat" stands apart.
    { id: "assault.threats", pattern: "doodsbedreiging|doodsbedreigingen|bedreigingen", strength: "weak" },
    { id: "assault.threats-en", pattern: "death threat|threats", strength: "weak" },
    { id: "assault.ill-treated", pattern: `mishandeld|mishandelde|mishandelt ${EXACT}`, strength: "weak" },
    // Sexual offences (Sr art. 242-246) are criminal first (LABELLING).
    { id: "sexual-offence", pattern: "aangerand|aanranding|verkracht|verkrachting|aanrander|verkrachter|raped", strength: "weak" },
    { id: "sexual-offence-en", pattern: "sexually assaulted|abused", strength: "weak" },
    // Certificates of conduct (VOG) and screening refused, not a routine request.
    { id: "vog.refused", pattern: "vog|vgb ~5 geweigerd|afgewezen|ingetrokken|negatief|refused|denied|failed", strength: "weak" },
    // Not "negatief": a medical screening can be negative too.
    { id: "screening.refused", pattern: "screening|antecedentenonderzoek|veiligheidsonderzoek|veiligheidsscreening ~2 geweigerd|afgewezen|ingetrokken|refused|denied|failed", strength: "weak" },
    { id: "screening.failed-en", pattern: "failed ~2 background|screening|vog", strength: "weak" },
    { id: "vog.none", pattern: "geen|no vog ~1 gekregen|ontvangen|afgegeven|verleend|granted", strength: "weak" },
    // The certificate by its full name, not issued: "zijn Verklaring Omtrent het Gedrag werd niet afgegeven".
    { id: "vog.full-not-issued", pattern: "gedrag ~3 niet|geweigerd|afgewezen ~1 afgegeven|verleend|gekregen|ontvangen|geweigerd|afgewezen", strength: "weak" },
    // Wanted by the police: "hij stond nog gesignaleerd voor een oude zaak"; a fault "stond gesignaleerd" in a log.
    { id: "wanted.signalled", pattern: "<@WHO stond|staat|stonden ~2 gesignaleerd", strength: "weak" },
    { id: "curfew-en", pattern: "his|her curfew", strength: "weak" },
    { id: "vog.not-got", pattern: "kreeg|krijgt|krijg|gekregen|kregen geen vog", strength: "weak" },
    // "kreeg zijn VOG niet". Trap: "kreeg zijn VOG niet op tijd binnen" (late, not refused).
    { id: "vog.not-got-own", pattern: "kreeg|krijgt|krijg|kregen zijn|haar|z'n|zn|mijn|de vog niet", strength: "weak", notBefore: ["op", "tijdig", "binnen", "meer", "terug", "snel"] },
    // Time served, counted: "heeft 3 jaar gezeten voor inbraken". Trap: "heeft 3 jaar op de kraan gezeten"
    // (a place between, so not adjacent), "jaar gezeten in de raad" (a place after it).
    { id: "served-time-past", pattern: "jaar|jaren|maanden|maand|weken gezeten|vastgezeten|gevangengezeten", strength: "weak",
      notBefore: ["op", "in", "aan", "naast", "bij", "achter", "met", "tussen", "thuis", "stil", "zonder", "vast"] },
    { id: "vog.not-passed", pattern: "niet|not ~1 door|through de|the? screening|antecedentenonderzoek|veiligheidsonderzoek|background", strength: "weak" },
    // Offences in traffic (WVW art. 8, 9): drink-driving, driving while banned.
    { id: "dui", pattern: "rijden|reed|rijdt|gereden|driving onder|under invloed|influence", strength: "weak" },
    { id: "driving-banned", pattern: "rijden|reed|rijdt|gereden|driving zonder|without rijbewijs|license|licence", strength: "weak" },
    // A police report against a person ("kreeg een proces-verbaal"), not one drawn up about an accident;
    // not "pv" (pv-installatie) nor a "bekeuring" (a parking fine is administrative law, Wet Mulder).
    { id: "police-report", pattern: "kreeg|krijgt|gekregen|kregen|got ~1 een|a? proces-verbaal|procesverbaal|strafbeschikking", strength: "weak" },
    // "rijverbod op het terrein" is a site rule: only a person's.
    { id: "driving-ban", pattern: "rijverbod|rijontzegging", strength: "weak", notBefore: ["op", "voor", "in", "binnen"] },
    { id: "licence-seized", pattern: "rijbewijs ~2 ingevorderd|ingenomen|afgepakt|ingetrokken", strength: "weak" },
    { id: "report-against", pattern: "aangifte|proces-verbaal|procesverbaal|pv ~2 tegen", strength: "weak" },
    // --- Classes added for written notes about one colleague (issue 10). ---
    // Court appearances in a criminal case: "moet voorkomen voor de politierechter", "moet voor de rechter
    // verschijnen". Not the kantonrechter (labour law).
    { id: "court.appears", pattern: "voorkomen|verschijnen|verscheen|verschenen|voorgeleid ~1 voor|bij de|het politierechter|strafrechter|rechter|rechtbank|rechtercommissaris|officier", strength: "weak" },
    // Also "moet later voor de rechter verschijnen", "verscheen voor de rechtbank" (one rule for the
    // court appearances three rules read before).
    { id: "court.before", pattern: "voor de|het politierechter|strafrechter|rechter|rechtbank|rechtercommissaris ~2 verschijnen|voorkomen|verschijnt|verscheen|moet|moeten|voorgeleid", strength: "weak" },
    // Police custody words of the Wetboek van Strafvordering (art. 57-58 Sv, 63 Sv): "in verzekering
    // gesteld", "in voorlopige hechtenis", "ingesloten", "staande gehouden".
    // Not "in bewaring" (keys kept) nor "verzekering" alone (insurance): the fixed legal phrases only.
    { id: "custody", pattern: "in voorlopige? verzekering|bewaring|hechtenis gesteld|genomen|geplaatst", strength: "weak" },
    { id: "custody.in", pattern: "in voorlopige? hechtenis|voorarrest", strength: "weak", notBefore: ["genomen", "gesteld", "van"] },
    // Not "zat ingesloten in de lift": locked up by the police, for questioning or in a cell.
    { id: "custody.locked-up", pattern: "ingesloten|opgesloten|insluiting ~2 cel|politiecel|politiebureau|verhoor|nader|onderzoek", strength: "weak" },
    { id: "custody.cell", pattern: "politiecel|arrestantenbus|arrestantencomplex", strength: "weak" },
    // Passive only: "heeft zich staande gehouden" is coping.
    { id: "stopped", pattern: "werd|is|zijn|werden|was|waren|wordt staande gehouden", strength: "weak" },
    // Settlements and penalties of the Openbaar Ministerie (art. 74 Sr, 257a Sv).
    { id: "settlement", pattern: "schikking|transactie ~2 met|van het? om|justitie", strength: "weak" },
    { id: "settlement.words", pattern: "transactievoorstel|strafbeschikking|taakstrafbeschikking|omzitting", strength: "weak" },
    // Known to the police, a record by another name: "bekend bij de politie", "known to police".
    // Not "de diefstal is bekend bij de politie": only justitie, and "a known face" of the police.
    { id: "known-to-justice", pattern: "bekend|bekende bij|van de? justitie", strength: "weak" },
    { id: "known-to-police", pattern: "bekende|bekenden van|bij de politie|justitie", strength: "weak" },
    { id: "known-to-police-en", pattern: "known to the? police", strength: "weak" },
    // Dealing and drug offences of the Opiumwet (art. 2, 3): "drugsdealer", "dealt drugs".
    { id: "drugs-offence", pattern: "drugsdealer|drugsdealers|dealer|dealers|drugskoerier|drugsrunner|wietteler|hennepkweker|hennepteelt|wietplantage", strength: "weak", notAfter: ["auto", "car", "de", "het", "the", "een", "a", "bij", "via", "van"], notBefore: ["van", "bij", "of", "gebeld", "geleverd", "voor", "for"] },
    // Served time or detained for drugs or a weapon: "heeft gezeten voor drugs".
    { id: "served-for-drugs", pattern: "gezeten|vastgezeten|opgesloten|veroordeeld|aangehouden|opgepakt|zat|zit|served|jailed|convicted|arrested ~2 voor|wegens|for ~1 drugs|drugsbezit|wapenbezit|wapens|drugshandel|drugs-related", strength: "weak" },
    // A licence taken by the police after an offence: "rijbewijs ingevorderd", "licence revoked".
    // Not "ingetrokken vanwege epilepsie" (a medical withdrawal by the CBR).
    { id: "licence-taken", pattern: "rijbewijs|licence|license ~2 ingevorderd|ingetrokken|ingenomen|afgepakt|revoked|suspended", strength: "weak", notBefore: ["vanwege", "wegens", "ivm", "door", "omdat", "because", "due"] },
    // English: "on probation for", "probation officer", "did time", "out on bail", "in custody".
    // Not "on probation" alone: a new job has a probation period too.
    { id: "custody-en", pattern: "in|into police? custody", strength: "weak" },
    { id: "bail-en", pattern: "on|out bail|remand", strength: "weak" },
    { id: "did-time-en", pattern: "did time|jail|prison|porridge", strength: "weak" },
    // Fights a person took part in, called an offence by the police or the writer: "vechtpartij met Piet".
    { id: "assault.hit", pattern: "heeft|had|hebben de? @OFFENDER|hem|haar|@CAP geslagen|geschopt|gestompt|gewurgd|afgetuigd", strength: "weak", notBefore: ["met"] },
    { id: "assault.punched-en", pattern: "punched|kicked|slapped him|her|@CAP", strength: "weak" },
    { id: "assault.punched-en-role", pattern: "punched|kicked|slapped the|a @OFFENDER|foreman|operator", strength: "weak" },
    // A person arrested, with the person as the subject: "de man is zondag aangehouden". Not "de afstand
    // is aangehouden" (kept): the subject must be a person word.
    { id: "arrest.subject", pattern: "man|vrouw|jongen|jongeman|verdachte|verdachten|hij|zij|ze|he|she|chauffeur|bestuurder|machinist|medewerker|werknemer|collega|uitzendkracht|monteur|stagiair|dader|daders ~1 is|werd|zijn|werden|was|waren ~2 aangehouden|opgepakt|gearresteerd|ingerekend", strength: "weak" },
    // An offence a person is tied to: "ontkent betrokkenheid bij de diefstal", "achtte diefstal bewezen".
    { id: "offence.involved", pattern: "betrokkenheid|betrokken|involvement|involved bij|in|aan ~1 de|het|een|the|a? @OFFENCE|overval|misdrijf|crime", strength: "weak" },
    { id: "offence.proven", pattern: "@OFFENCE ~2 bewezen|bewezenverklaard|proven", strength: "weak" },
    { id: "dismissed-for.noun", pattern: "ontslag|schorsing|dismissal ~4 wegens|vanwege|for ~2 @OFFENCE", strength: "weak" },
    // Caught in the act: "was bezig koperdraad te stelen", "probeerden een haspel te stelen".
    { id: "stealing.act", pattern: "te stelen|jatten|roven|beroven", strength: "weak" },
    // A trial, a prison exit, the police taking someone, a refused VOG and a judge's fine, as written in notes.
    { id: "trial-for", pattern: "proces|rechtszaak|strafzaak|zaak|trial ~2 wegens|voor|vanwege|for ~2 @OFFENCE", strength: "weak" },
    { id: "prison.comes-out", pattern: "komt|kwam|kwamen|came|just ~2 uit|out de|het|of? @PRISON", strength: "weak" },
    // Not "meegenomen": the police take camera footage and tools too.
    { id: "arrest.by-police-before", pattern: "door|by de|the? @POLICE ~3 @ARREST_PERSON|opgepakt|opgehaald|weggevoerd", strength: "weak" },
    // Not "haar": "de politie heeft haar fiets meegenomen" takes a bike.
    { id: "arrest.fetched-by-police", pattern: "@POLICE ~2 hem|@CAP ~2 ophalen|opgehaald|halen|meenemen|meegenomen", strength: "weak" },
    { id: "vog.not-issued", pattern: "vog|vgb ~3 niet afgegeven|verstrekt|verleend|gekregen|ontvangen|granted|issued", strength: "weak" },
    { id: "house-arrest", pattern: "huisarrest|enkelbandje", strength: "weak" },
    { id: "house-arrest.tagged", pattern: "elektronisch toezicht|enkelband", strength: "weak" },
    { id: "fine-by-court", pattern: "boete|geldboete|fine ~3 van|door|from|by de|het|the? rechter|politierechter|rechtbank|om|justitie|court|judge|magistrate", strength: "weak" },
    { id: "driving-ban-en", pattern: "banned|disqualified from driving", strength: "weak" },
    // English record words: "jailed for six months", "in jail for fraud", "found guilty", "fined by the court".
    { id: "jailed-en", pattern: `jailed|imprisoned|incarcerated ${EXACT}`, strength: "weak" },
    { id: "in-jail-en", pattern: "in|to|from|out jail|prison", strength: "weak" },
    { id: "community-sentence-en", pattern: "community service|sentence|order", strength: "weak" },
    { id: "found-guilty", pattern: "schuldig bevonden|verklaard|gevonden", strength: "weak" },
    { id: "found-guilty-en", pattern: "found|pleaded guilty", strength: "weak" },
    { id: "fined-en", pattern: "fined ~2 by|for ~1 the|a? court|judge|magistrate|@OFFENCE", strength: "weak" },
    // A record for an offence, a person wanted by the police: "has a record for drink driving", "gezocht door de politie".
    { id: "record-for-en", pattern: "record|conviction|convictions|previous for|of ~1 @OFFENCE|drink|drugs|violence", strength: "weak" },
    { id: "wanted", pattern: "gezocht|wanted door|by de|the? @POLICE|justitie|interpol", strength: "weak" },
    { id: "wanted.notice", pattern: "opsporingsbericht|opsporingsverzoek", strength: "weak" },
  ],
};
