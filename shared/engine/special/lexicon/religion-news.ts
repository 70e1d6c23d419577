import type { LexiconList } from "../patterns.ts";
import { EXACT } from "./exact.ts";

// Religion (AVG art. 9) as local news writes about congregations: the officers of a mosque, a church
// or a synagogue by their title, in a compound ("moskeevoorzitter", "synodevoorzitter") or as the
// source of a quote about their house of worship ("'We hopen dat onze moskee in december klaar is', zegt
// bestuurslid Mustafa"). An officer of a congregation reveals a religion as a union official reveals
// membership (LABELLING §3 religion). Sources: the churches' own orders (PKN kerkorde: synode, classis,
// kerkenraad, scriba, preses, kerkrentmeester; RK: parochiebestuur, pastoraatsgroep), the mosque
// federations' usage (Diyanet/ISN "geloofsbedienaar", "moskeebestuur", "moskeevoorzitter", "imam-hatip")
// and Dutch local news style. Traps in test/unit/lexicon-religion-news.test.ts.

/** Board titles of any association; they name a congregation's officer only beside its house or body. */
const OFFICER = "voorzitter|vicevoorzitter|bestuurslid|bestuurder|secretaris|penningmeester|woordvoerder|woordvoerster|scriba|preses";
/** Houses of worship and congregations a board serves (not "gemeente": also the municipality). */
const HOUSE = "moskee|moskeeen|kerk|kerken|synagoge|sjoel|tempel|gurdwara|mandir|parochie|kerkgemeente|geloofsgemeenschap|moskeevereniging|moskeegemeenschap|synode|classis|kerkenraad";

/** A name read whole: "Mohamed El Mourabit", "Jan de Wit", "Truus". */
export const FULL_NAME = "@CAP @CAP|de|van|der|den|ter|el|al|ben? @CAP|de|van|der|den? @CAP?";

export const news: Pick<LexiconList, "patterns"> = {
  patterns: [
    // An officer's title made with the house or the body it serves: "moskeevoorzitter Ahmet Dursun",
    // "de synodevoorzitter", "kerkenraadsvoorzitter", "parochiesecretaris". Strong: one person in that office.
    // Trap: "moskeebestuur" and "kerkbestuur" (the board as a body) are not listed; "kerkvoorzitter" is not
    // a usage and "kerkmeester" is listed only in its full form "kerkrentmeester" (lay-office).
    { id: "news.officer-compound", pattern: "moskeevoorzitter|moskeebestuurder|moskeebestuurslid|moskeesecretaris|moskeewoordvoerder|synodevoorzitter|synodepreses|synodescriba|classisvoorzitter|kerkenraadsvoorzitter|kerkenraadslid|parochievoorzitter|parochiesecretaris|kerkbestuurslid|kerkbestuurder|moskeevoorzitters", strength: "strong" },
    // A mosque's officiant by the federations' own title (Diyanet, ISN, Milli Görüs): "geloofsbedienaar",
    // "gebedsvoorganger", "hoofdimam", "koranleraar", "muezzin". EXACT (an empty gap) makes the pattern two
    // elements: a one-word pattern is skipped on a capital right after a name, read as a surname
    // ("Süleyman C. (Geloofsbedienaar ISN …)"). Trap: "de geloofsbedienaars van Nederland" (plural: weak, a group).
    { id: "news.officiant", pattern: `geloofsbedienaar|gebedsvoorganger|gebedsvoorgangster|hoofdimam|koranleraar|koranlerares|koranrecitator|muezzin|moefti|mufti|hodja|hoca|dervisj ${EXACT}`, strength: "weak" },
    { id: "news.pastoral-worker", pattern: "pastoraal werker|werkster", strength: "weak" },
    // Converting with words between: "bekeerde zich vorig jaar tot de islam" (rite.conversion needs "tot"
    // right after the verb). Trap: "bekeerde zich tot een andere aanpak" (no faith after "tot").
    // Inverted too: "Drie jaar geleden bekeerde hij zich tot de islam" (the subject between).
    { id: "news.converted", pattern: "bekeerde|bekeerden|bekeert|bekeren|bekeerd ~1 zich ~3 tot ~1 de|het? islam|christendom|jodendom|katholicisme|boeddhisme|hindoeisme|geloof|protestantisme|orthodoxie", strength: "weak" },
    // The title and a name, with the house in the same sentence, before or after: "'Nu komt de moskee er
    // eindelijk', vertelt voorzitter Mohamed El M.", "voorzitter Jan Smit van de Hervormde kerk". The title
    // needs a capitalised name right after it. Trap: "de voorzitter van de bouwcommissie van de moskee"
    // (no name after the title), "De kerk stond in de steigers, zegt aannemer Piet" (no officer's title); the
    // house must be the speaker's own or new ("onze moskee", "een nieuwe moskee"): "De kerk staat op de
    // monumentenlijst, zegt voorzitter Jan" may be anyone's chair.
    // The name is read whole and must end the phrase: "…, zegt voorzitter Jan de Wit van de historische
    // vereniging" is another body's officer ("van" after the name); that one is read by officer-then-house
    // when the house follows.
    { id: "news.officer-near-house", pattern: `<onze|ons|nieuwe|eigen ${HOUSE} ~10 ${OFFICER} ${FULL_NAME}`, strength: "strong", notBefore: ["van", "namens", "bij", "uit"] },
    { id: "news.officer-then-house", pattern: `${OFFICER} @CAP ~6 ${HOUSE}`, strength: "strong" },
  ],
};
