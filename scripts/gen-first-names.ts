#!/usr/bin/env node
// Regenerates shared/engine/special/lexicon/first-names.ts: given names of the crews on Dutch sites
// (Dutch and Polish), from @faker-js/faker's locale data (MIT), folded, plus a hand list (MORE below).
// Names that are also lower-case Dutch words (OpenTaal list, Debian package `wdutch`: "roos", "bas",
// "job") go to a second list: they name someone only when written with a capital.
//   apt-get install wdutch wamerican && npm run gen:first-names
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fakerDE, fakerEN, fakerES, fakerFR_BE, fakerIT, fakerNL, fakerNL_BE, fakerPL, fakerPT_BR, fakerPT_PT, fakerRO, fakerTR } from "@faker-js/faker";
import { fold } from "../shared/engine/text/fold.ts";

const wordList = process.argv[2] ?? "/usr/share/dict/dutch";
if (!existsSync(wordList)) {
  console.error(`gen:first-names: ${wordList} is missing (apt-get install wdutch)`);
  process.exit(2);
}
// English words too ("will", "hope", "grant"): mixed crews write English notes, and the English and
// Belgian lists carry names that are everyday English words.
const englishList = process.argv[3] ?? "/usr/share/dict/american-english";
if (!existsSync(englishList)) {
  console.error(`gen:first-names: ${englishList} is missing (apt-get install wamerican)`);
  process.exit(2);
}
const lowerWords = (file: string) => readFileSync(file, "utf8").split("\n").filter((w) => w && w === w.toLowerCase()).map((w) => fold(w));
const dutchWords = new Set([...lowerWords(wordList), ...lowerWords(englishList)]);
const names = new Set<string>();
const addFrom = (fakers: readonly (typeof fakerNL)[], keep: (name: string) => boolean) => {
  for (const faker of fakers) {
    const lists: { female?: string[]; male?: string[]; generic?: string[] } = faker.rawDefinitions.person?.first_name ?? {};
    for (const list of [lists.female, lists.male, lists.generic]) {
      for (const name of list ?? []) {
        const folded = fold(name);
        // One word of letters, three or more: "Bo" and "Jan-Willem" parts are covered elsewhere.
        if (/^[a-z]{3,}$/.test(folded) && keep(folded)) names.add(folded);
      }
    }
  }
};
// Dutch and Polish lists whole: their names that are also words ("Roos", "Bas") go to the list of
// names read only with a capital.
addFrom([fakerNL, fakerPL], () => true);
// The given names of the other crews on Dutch sites (Flemish, German, English, Turkish, Romanian,
// Portuguese, Spanish, Italian): only the ones that are no Dutch or English word. A foreign name that is
// one ("Til", "Pink", "Onder") would make "Til niet te zwaar" or "Pink ribbon actie" name someone, and
// few Dutch notes call a colleague by it.
addFrom([fakerNL_BE, fakerFR_BE, fakerDE, fakerEN, fakerTR, fakerRO, fakerPT_PT, fakerPT_BR, fakerES, fakerIT], (name) => !dutchWords.has(name));
// Names crews use that faker's nl and pl lists lack: Dutch names of several generations, more
// Turkish, Moroccan and Romanian names, and the English names of mixed crews' notes; the Dutch names of
// older crews, Portuguese, Spanish and Brazilian, Ukrainian, more Polish, Ghanaian and Nigerian, Somali and
// Eritrean, and Bulgarian given names of the labour migrants on Dutch sites, and the Polish short forms
// colleagues call each other by (Tomek, Kuba, Bartek) (the commonest given names of
// each country as its statistics office lists them, by hand). Hand-curated;
// they ship packed with the generated lists rather than as literals in the content script.
const MORE = `
sharon roel priscilla chantal kimberly jacqueline yvonne rene gerard ferry kelly ricky mitchell jeffrey rudy
rutger wietse tjeerd hylke hanneke janneke wilma gerda hennie gert cor harry johnny tony willy bennie arno
samantha shirley natasja natascha jolanda mariska marjolein manon miranda sabine yvette kirsten joyce heleen
danielle carla bianca astrid annelies angelique patricia dick henny jurgen jurriaan martijn ramon raymond
ronnie rinus riny toos truus gerrie gerry danny fred freddy frits nel netty reinier rinse sietse sybren wilco
yoran yordi yuri zeger jordi ozan
achmed abdel soufiane anas rachid redouan nordin driss hicham nabil hasan huseyin cem onur volkan baris
gokhan tolga ugur sinan ozcan ercan erkan serdar metin levent bayram cihan oguz tarik adil bouchra hafid jamal
jamila loubna malika mounir najib naima rachida saida salima wahid
dimitri vitaly andrei bogdan mihai vasile gheorghe florin cristian nicolae radu ionut valentin sorin catalin
tudor ovidiu dorin liviu
steve steven gary gareth darren wayne craig lee dean neil ian stuart phil keith barry terry trevor graham shaun
sean jason scott liam connor josh nathan kyle callum jamie pete bob jim jimmy bill billy andy chris matt matthew
joe carl karl mick sarah kate rachel karen donna tracy michelle nicola joanne gemma amy laura jess john
marja marjan ans annie corrie rietje wim kees henk piet klaas joop hans jaap gijs teun wout sjaak harrie
carlos paulo nuno ricardo joao pedro miguel rui tiago luis jose antonio manuel fernando sergio diogo goncalo
vitor andre marco bruno rafael gabriel mateus lucas thiago rodrigo alvaro javier pablo jorge raul alejandro
vasyl oleksandr mykola taras bohdan andriy serhiy yuriy dmytro oleh ihor volodymyr petro roman vitaliy
maksym artem denys yevhen ruslan viktor anatoliy halyna oksana olena nataliya tetyana iryna svitlana
mariusz krzysztof grzegorz slawomir zbigniew tadeusz przemyslaw rafal lukasz pawel tomasz
kwame kofi kwabena kwaku yaw kojo kwesi akosua ama abena adwoa efua emmanuel samuel chinedu chukwuemeka
oluwaseun tunde femi kunle babatunde ikechukwu obinna ngozi chioma adaeze
abdi abdirahman abdullahi mohamed hassan hussein yusuf hodan faduma ayaan filmon yonas tesfay dawit semhar
mehari biniam haben yohannes berhane kidane
ivan georgi dimitar stoyan hristo nikolay plamen todor svetlin
tomek kuba bartek wojtek maciek jacek darek jarek franek staszek zbyszek grzesiek krzysiek piotrek marcin
lukas sebastian kamil szymon patryk ionut costel marian viorel
ron ferdi chiel diederik eelco evert geert gijsbert jochem lennart nando robbert rogier rudi wybe yorick annet
anneke bea carolien dieuwke dorien els elske erna ester irene janine judith margreet marleen martine mieke
nathalie renate rianne saskia simone tanja thea trudy willemijn
karel koos cees sjef bep mien gonnie ineke anke baukje tjitske gerben wiebe durk geertje grietje jannetje trijntje
adrianus petrus antonius hendrikus wilhelmus theodorus franciscus nicolaas
`.trim().split(/\s+/);
for (const name of MORE) names.add(name);
const plain = [...names].filter((n) => !dutchWords.has(n)).sort();
const words = [...names].filter((n) => dutchWords.has(n)).sort();
const out = resolve(import.meta.dirname, "../shared/engine/special/lexicon/first-names.ts");
const lines = (xs: string[]) => xs.reduce<string[]>((acc, w) => {
  const last = acc[acc.length - 1];
  if (last !== undefined && last.length + w.length < 110) acc[acc.length - 1] = `${last} ${w}`;
  else acc.push(w);
  return acc;
}, []).join("\n");
writeFileSync(out, `// Generated by scripts/gen-first-names.ts from @faker-js/faker's given names (MIT: nl and pl whole; nl_BE, fr_BE,
// de, en, tr, ro, pt, es and it where no word) and the script's hand list, folded; do not edit by hand.
// NAME_WORDS are also lower-case Dutch or English words (OpenTaal, BSD or CC-BY 3.0; SCOWL via wamerican).
export const GENERATED_FIRST_NAMES = \`
${lines(plain)}
\`.trim().split(/\\s+/);

export const GENERATED_NAME_WORDS = \`
${lines(words)}
\`.trim().split(/\\s+/);
`);
console.log(`${plain.length} given names and ${words.length} that are also Dutch words written to ${out}`);
