import type { LexiconList } from "../patterns.ts";

// Criminal (AVG art. 10), the custody, trial and sentencing words of news and rulings about one person
// (issue 10, published text): "heeft vastgezeten", "meegenomen naar het bureau", "weer vrijgelaten",
// "stond terecht voor", "moest zich voor de rechtbank verantwoorden", "riskeert 40 maanden cel", "op
// heterdaad", "van fraude beschuldigd", stalking and embezzlement, and their commonest English forms.
// Sources: Wetboek van Strafvordering (voorgeleid, in vrijheid gesteld), Wetboek van Strafrecht art. 285b
// (belaging), 321 (verduistering); how Dutch court and police news write. Hand-curated. Traps beside each:
// "de bout heeft vastgezeten" is rare on a site (stuck bolts "zaten vast"); "de tekeningen meegenomen
// naar het bureau" is an office; "10 cm vrijgelaten" is space left; "terecht opgemerkt" is "rightly";
// "trok een schroevendraaier" is work; "on probation" is as often a new hire's trial period, so it is left out.

export const court: Required<Pick<LexiconList, "classes" | "patterns">> = {
  classes: {
    /** Penalties a prosecutor asks for or a suspect risks (Sr art. 9). */
    /** Where people are picked up: "is bij de A12-blokkade opgepakt", "tijdens de rellen gearresteerd". */
    ARREST_AT: ["blokkade", "demonstratie", "betoging", "protest", "protestactie", "rellen", "relletjes", "ongeregeldheden", "vechtpartij", "inval", "razzia"],
    PENALTY: ["cel", "celstraf", "gevangenisstraf", "taakstraf", "werkstraf", "jeugddetentie", "geldboete", "geldboetes", "tbs"],
    /** Offences a person is accused of, in the order "van diefstal beschuldigd". */
    ACCUSED: ["beschuldigd", "verdacht", "aangeklaagd", "veroordeeld", "vervolgd", "betrapt", "accused", "convicted", "charged"],
    /** Weapons drawn in a threat, not tools: "trok een schroevendraaier" is work. */
    DRAWN_WEAPON: ["mes", "messen", "pistool", "vuurwapen", "wapen", "knife", "gun"],
    DRUGS: ["drugs", "wiet", "coke", "cocaine", "pillen", "xtc", "harddrugs", "softdrugs", "heroine"],
  },
  patterns: [
    // Detention in the perfect: "heeft twee jaar vastgezeten", "Mijn zwager heeft vastgezeten".
    { id: "custody.has-sat", pattern: "vastgezeten|gevangengezeten", strength: "weak" },
    { id: "custody.to-station", pattern: "meegenomen|afgevoerd|overgebracht naar het bureau|politiebureau", strength: "weak",
      notAfter: ["tekening", "tekeningen", "monster", "monsters", "spullen", "papieren", "stukken", "bonnen", "map", "laptop", "gereedschap"] },
    // "Beiden zijn 's avonds weer vrijgelaten": a person released, not space left ("10 cm vrijgelaten").
    { id: "custody.released", pattern: "<@WHO is|zijn|werd|werden ~3 vrijgelaten|heengezonden", strength: "weak" },
    { id: "custody.released-again", pattern: "weer|later|inmiddels|voorwaardelijk vrijgelaten|heengezonden", strength: "weak" },
    // Not "weer vrij": "Jan is vrijdag weer vrij" is a day off.
    { id: "custody.parole", pattern: "voorwaardelijk vrij|invrijheidgesteld", strength: "weak" },
    { id: "custody.arrested-at", pattern: "@ARREST_AT ~4 opgepakt|gearresteerd|aangehouden|ingerekend", strength: "weak" },
    // Caught with what is forbidden to carry: "betrapt met drugs", "gepakt met een mes".
    { id: "caught-with", pattern: "betrapt|gepakt|caught met|with ~1 @DRUGS|@DRAWN_WEAPON|gestolen|stolen", strength: "weak" },
    // A police report of one's own: "heeft een pv gekregen" (not "de pv van de bouwvergadering": minutes).
    { id: "police-report.got", pattern: "<een pv|procesverbaal gekregen|ontvangen|aan", strength: "weak" },
    { id: "custody.free-feet", pattern: "op vrije voeten", strength: "weak" },
    { id: "custody.arraigned", pattern: "voorgeleid|voorgeleiding", strength: "weak" },
    { id: "custody.caught", pattern: "op heterdaad", strength: "weak" },
    // On trial: "stond terecht voor mishandeling", "terecht moest staan voor valsheid in geschrifte".
    { id: "trial.on", pattern: "terechtstaan|terechtstond|terechtstonden|terechtgestaan|terechtstaat", strength: "weak" },
    { id: "trial.stands", pattern: "<staat|stond|staan|stonden terecht voor|wegens", strength: "weak" },
    // "stond vorig jaar terecht voor heling"; not "kwam terecht voor de deur": an offence must follow.
    // Culpable negligence in the words of art. 6 WVW and art. 307-308 Sr, which a prosecutor reproaches a
    // person with: "aanmerkelijk onvoorzichtig, onachtzaam en nalatig", "schuld aan een verkeersongeval". Only
    // "aanmerkelijk", the legal standard: "zeer onoplettend bij het inparkeren" is no offence.
    { id: "negligence.culpable", pattern: "aanmerkelijk onvoorzichtig|onachtzaam|nalatig|onoplettend", strength: "weak" },
    { id: "negligence.traffic", pattern: "schuld aan een|het verkeersongeval", strength: "weak" },
    { id: "trial.for-offence", pattern: "terecht voor|wegens ~2 @OFFENCE", strength: "weak" },
    // "moest terecht staan voor valsheid in geschrifte" (main clause order).
    { id: "trial.stand-for", pattern: "terecht staan|stond|stonden|staat voor|wegens", strength: "weak" },
    { id: "trial.must-stand", pattern: "terecht moest|moet|moesten|moeten|zal|zullen staan", strength: "weak" },
    { id: "trial.answers", pattern: "verantwoorden|verantwoordde|verantwoordden voor de|het politierechter|strafrechter|rechter|rechtbank", strength: "weak" },
    { id: "trial.answers-before", pattern: "politierechter|strafrechter|rechter|rechtbank ~4 verantwoorden", strength: "weak" },
    // What a suspect risks and a prosecutor demands: "riskeren 40 maanden cel", "geldboetes tegen zich eisen".
    { id: "penalty.risks", pattern: "riskeert|riskeren|riskeerde|riskeerden ~3 @PENALTY", strength: "weak" },
    { id: "penalty.demanded", pattern: "eiste|eist|eisten|geeist ~4 @PENALTY", strength: "weak" },
    { id: "penalty.demanded-against", pattern: "eiste|eist|eisten|geeist ~4 tegen hem|haar|hen|@CAP", strength: "weak" },
    // The demand in the passive, the penalty first: "Tegen de man is zeven maanden cel geëist", "had het OM
    // taakstraffen geëist tegen de agenten". Trap: "Er wordt vaak een werkstraf geëist bij zulke feiten"
    // (nobody in it: weak), "geen celstraf geëist" (negated).
    { id: "penalty.demanded-passive", pattern: "@PENALTY|celstraffen|gevangenisstraffen|taakstraffen|werkstraffen ~4 geeist", strength: "weak" },
    { id: "penalty.against", pattern: "@PENALTY tegen zich|hem|haar|hen ~2 eisen|geeist|eiste|eist", strength: "weak" },
    // The offence named before the accusation: "is van diefstal beschuldigd", "wegens fraude vervolgd".
    { id: "accused.offence-first", pattern: "<van|wegens|voor @OFFENCE ~1 @ACCUSED", strength: "weak" },
    // Stalking (Sr 285b belaging) and embezzlement (Sr 321) by their verbs.
    { id: "stalking", pattern: "stalkt|stalkte|stalkten|gestalkt|stalken|stalker|belaagd|belaagde|stalked", strength: "weak" },
    { id: "embezzled", pattern: "verduisterd|verduisterde|verduisterden|verduistert|embezzled", strength: "weak", notAfter: ["ruimte", "kamer", "zaal", "ramen", "lokaal"] },
    { id: "weapon.drawn", pattern: "@DRAWN_WEAPON getrokken", strength: "weak" },
    { id: "drugs.dealt", pattern: "dealt|dealde|dealden|dealen|verhandelt|verhandelde ~1 @DRUGS", strength: "weak" },
    // English: "an ankle tag", "spent the night in the cells", "locked up".
    { id: "tag-en", pattern: "ankle monitor|tag|bracelet", strength: "weak" },
    { id: "tag-en.electronic", pattern: "electronic tag|tagging", strength: "weak" },
    { id: "cells-en", pattern: "in the cells", strength: "weak" },
    { id: "cells-en.police", pattern: "police cell|cells", strength: "weak" },
    // Not "locked up the site": a door or a gate locked.
    { id: "locked-up-en", pattern: "locked up", strength: "weak", notBefore: ["the", "site", "gate", "gates", "container", "tools", "everything", "and", "at", "early", "for"] },
  ],
};
