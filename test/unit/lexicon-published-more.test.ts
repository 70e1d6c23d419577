import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// The categories beside health as news, rulings and members' magazines tell them (published-more.ts),
// each class with its trap beside it. Sentences are written for these tests, not taken from any evaluation set.

describe("union roles as compounds and unions by name", () => {
  flags("union", ["Arno is arbeidsvoorwaardenonderhandelaar bij CNV.", "Sinds 2019 is Henk kaderlid bij de VCP.", "Ik heb me aangesloten bij Het Zwarte Corps."]);
  silent("union", ["Arno is hoofdonderhandelaar bij de gemeente Breda.", "De Europese Unie stelt nieuwe regels voor hijskranen."]);
});

describe("volunteering in a church or a mosque", () => {
  flags("religion", ["Ze is vrijwilliger in de kerk.", "Naast zijn werk is Ahmed actief bij de moskee."]);
  silent("religion", ["De vrijwilligers van de buurtvereniging helpen bij de sloop.", "Jan is actief bij de voetbalclub."]);
});

describe("the Caribbean parts of the Kingdom as an origin", () => {
  flags("ethnicity", ["Rozy, een Curaçaose medewerker van het callcenter, diende een klacht in."]);
  silent("ethnicity", ["De Curaçaose overheid bestelde nieuwe kranen."]);
});

describe("a criminal past or procedure without the word record (criminal.ts)", () => {
  flags("criminal", ["Jan vertelde dat hij een crimineel verleden heeft.", "Hij zei dat de strafrechtelijke procedure tegen hem nog loopt."]);
  silent("criminal", ["Het pand heeft een crimineel verleden als drugslab."]);
});

describe("orientation said in the negative, and groping of the genitals", () => {
  flags("sexual", ["Ik zei tegen haar: ik val niet op vrouwen.", "De monteur greep haar in haar borsten."]);
  silent("sexual", ["Jan greep naar zijn borst en zakte in elkaar.", "Het valt op dat vrouwen vaker stoppen in de bouw."]);
});

describe("a gene fault found or carried", () => {
  flags("genetic", ["Bij Sanne werd een genfout ontdekt.", "Ik had de afwijking in het BRCA-1 gen niet."]);
  silent("genetic", ["De mutatie in het rooster van Jan is verwerkt.", "Er zat een fout in het script van Jan."]);
});

describe("a community or a protocol named by a hyphenated compound", () => {
  flags("sexual", ["Jan is lhbti en zit in het netwerk van de bond."]);
  silent("sexual", ["Philip van het COC werkt voor de lhbti-gemeenschap."]);
});

describe("a slur quoted as the word it is, and a curse joined to a skin colour", () => {
  flags("ethnicity", ["Ze werd uitgescholden met de term ‘kankerzwart’.", "Hij werd door de chauffeur kankerbruine genoemd."]);
  silent("ethnicity", ["Het woord ‘Marokkaan’ staat in de titel van het boek van Jan.", "Die kankerzooi van een kraan doet het weer niet, zegt Jan."]);
});

describe("ex-prisoners, serving time, release", () => {
  flags("criminal", ["Hij is ex-gevangene en werkt nu bij ons.", "Na de uitspraak moest hij alsnog een jaar zitten.", "Hij komt na zijn vrijlating terug in de ploeg."]);
  silent("criminal", ["Jan moest een jaar zitten wachten op zijn vergunning.", "De vrijlating van het terrein door de gemeente duurde lang."]);
});

describe("a party named in its own language, activism, founding a party", () => {
  flags("politics", ["Colega Paulo is lid van de Partido Comunista Português.", "Wessel gaat vrijdag meedoen aan de actie van Farmers Defence Force.", "Jan richtte enkele jaren geleden een eigen partij op."]);
  silent("politics", ["Jan bestelde een partij mortel voor blok B.", "De partij stenen is gisteren door Jan gelost."]);
});

describe("a religious background, a sport headscarf, Belgian union officers", () => {
  flags("religion", ["Toch speelt hun godsdienstige achtergrond een rol, zeggen Jan en Ali.", "Esra draagt een sporthijab onder de helm."]);
  silent("religion", ["De christelijke achtergrond van de school is in de naam te zien."]);
  flags("union", ["De vakbondsmilitant in kwestie werd eind vorige maand ontslagen.", "Na de verkiezingen werd ik ineens hoofdafgevaardigde.", "BBTK-voorzitter Erwin De Deyn reageerde fel."]);
  silent("union", ["De afgevaardigde van de gemeente kwam kijken op de werf."]);
});

describe("caught, stolen, questioned, to answer in court, a suspect still", () => {
  flags("criminal", [
    "Medewerker B.K. betrapt bij het wegnemen van drie dozen kaas.",
    "Zij gaf het geld alleen terug omdat zij betrapt werd.",
    "Een postbode kreeg ontslag omdat hij een poststempel gestolen had.",
    "De chauffeur is na verhoor huiswaarts gestuurd.",
    "Een 30-jarige man uit Groesbeek moet zich dinsdag verantwoorden voor zijn aandeel in het drama.",
    "Hoewel de politie uitgaat van een ongeval, blijft de man wel verdachte.",
    "Ik heb vroeger gezeten voor iets doms.",
  ]);
  silent("criminal", ["Er is een boor gestolen uit de keet.", "Jan heeft op de steiger gezeten.", "Jan moest zich verantwoorden voor de planning bij de directie."]);
});

describe("lists of kinds and attributes of groups name nobody", () => {
  flags("health", ["Jan: diabetes, astma."]);
  silent("health", ["Veelvoorkomende chronische ziektes zijn: diabetes, astma, epilepsie, hartfalen."]);
  silent("sexual", ["Openlijk homoseksuele leerkrachten zult u hier niet aantreffen.", "Volgens de school strookt homoseksualiteit niet met de uitgangspunten."]);
  flags("sexual", ["Jan vertelde over zijn homoseksualiteit."]);
});

describe("Belgian lists and delegates, descent, and articles a learner leaves out", () => {
  flags("politics", ["Onze ploegbaas Wim staat op de lijst van Vooruit in zijn gemeente."]);
  silent("politics", ["Jan staat op de lijst van de keuring.", "Het werk ging goed vooruit, zegt Jan."]);
  flags("union", ["Hij is ACV-delegee van de ploeg."]);
  flags("ethnicity", ["Verslaggever Gulsah Ercetin, zelf ook nazaat van gastarbeiders, vertelt."]);
  silent("ethnicity", ["Jan is een nazaat van de oprichter van het bedrijf."]);
});

describe("certainty is no statistic, a percentage of a group is", () => {
  flags("sexual", ["Van een nieuwe collega weet ik honderd procent zeker dat ze lesbisch is."]);
  silent("health", ["In de bouw heeft 12% van de medewerkers rugklachten."]);
});

describe("party members and offices, church roles, confessions", () => {
  flags("politics", ["Alleen al stapten een VVD’er en een GroenLinkser op.", "De Utrechtse raadskandidaat Rob Jansen stapte op."]);
  flags("religion", ["Hij is op zondag organist in de kerk.", "Tijdens zijn werkzame leven organiseerde hij Alpha-cursussen voor collega’s."]);
  silent("religion", ["Jan zat in de gemeente bij de vergadering over de bouwvergunning."]);
  flags("criminal", ["De werkneemster heeft een bekentenis afgelegd.", "De rechter oordeelde dat hij zich schuldig had gemaakt aan diefstal."]);
});
