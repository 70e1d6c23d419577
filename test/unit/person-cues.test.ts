import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";

// Persons the engine must recognise before a weak term may warn (persons.ts, reference.ts): initials,
// given names it did not know, "mn maat", "de nieuwe", trades written as compounds, and the person
// as the subject of an everyday phrase (the pattern language's `<@WHO`). Beside each, the trap: an
// acronym, a measure, a new thing, a person who is not the subject.

const seen = (text: string) => detect(text).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
const warns = (texts: string[]) => {
  for (const text of texts) expect(seen(text), text).not.toEqual([]);
};
const silent = (texts: string[]) => {
  for (const text of texts) expect(seen(text), text).toEqual([]);
};

describe("initials name a person; known acronyms do not", () => {
  it("reads 'JvD', 'P.K.' and 'JK' as people, from the original text's capitals", () => {
    warns([
      "JvD: rugklachten, niet tillen.",
      "P.K. heeft rugklachten.",
      "Vandaag heeft JK rugklachten.",
      "JK is ziek thuis.",
    ]);
  });
  it("does not read HR, NB or BHV as someone's initials", () => {
    silent([
      "HR is bezig met de griepprik.",
      "HR: griepprik voor iedereen in oktober.",
      "NB: griepprik in oktober.",
      "Vandaag heeft HR de griepprik geregeld.",
    ]);
  });
  it("does not read lower-case letters as initials", () => {
    silent(["jk, de griepprik is in oktober."]);
  });
});

describe("given names of several generations and origins", () => {
  it("reads a name at the start of a note before a comma or a colon", () => {
    warns([
      "Sharon: hoofdpijn en misselijk.",
      "Sharon, van Surinaamse afkomst, werd nageroepen.",
      "Cor: griep.",
      "Mihai, rugklachten sinds het tillen.",
    ]);
  });
  it("knows the given names of Flemish, Romanian, Moroccan and older Dutch colleagues at a note's start", () => {
    warns([
      "Wannes ligt in het ziekenhuis.",
      "Sergiu ligt in het ziekenhuis.",
      "Abdellah ligt in het ziekenhuis.",
      "Jannetje ligt in het ziekenhuis.",
    ]);
  });
  it("does not take a foreign name that is also a Dutch or English word for a person", () => {
    silent(["Til niet te zwaar i.v.m. rugklachten.", "Pink ribbon actie tegen borstkanker.", "Will ligt in het ziekenhuis."]);
  });
  it("does not read a label or an adverb before a colon as a name", () => {
    silent(["Tip: bij griep thuisblijven.", "Thema: griep en de griepprik."]);
  });
});

describe("buddies, the new one and trades as compounds", () => {
  it("reads 'mn maat', 'de nieuwe' and compound trades as a person", () => {
    warns([
      "mn maat heeft griep.",
      "De nieuwe heeft griep.",
      "De asbestsaneerder is ziek thuis.",
      "De inhuurkracht heeft griep.",
      "Onze kraanman heeft griep.",
      "The labourer has a bad cold.",
    ]);
  });
  it("does not read a measure or a new thing as a person", () => {
    silent([
      "De maat van de plaat klopt niet, griepprik volgt in oktober.",
      "De nieuwe steiger is klaar, griepprik in de kantine.",
    ]);
  });
});

describe("an everyday phrase needs the person as its subject", () => {
  it("reads the person before the verb and after it in an inverted clause", () => {
    warns(["Kees ligt plat.", "Sinds maandag ligt Kees plat.", "De steigerbouwer ligt plat.", "Mn maat ligt plat."]);
  });
  it("does not read a person after a preposition as the subject", () => {
    silent(["Volgens Jan ligt het netwerk plat.", "Met Kees ligt de planning plat."]);
  });
});

describe("the writer without 'ik', a name's possessive", () => {
  it("reads 'ben'/'heb' without a subject as the writer and 'Ilona's' as Ilona", () => {
    warns(["Sorry ben laat, had een afspraak bij de cardioloog.", "Ilona's handpalmscan is geregistreerd bij de poort."]);
  });
  it("does not read 'Ben je' or a plural with 's as a person", () => {
    silent(["Ben je ziek? Meld je dan voor negen uur.", "Foto's van de griepprik staan op intranet."]);
  });
});

describe("a counted crew of any trade", () => {
  it("reads a number before a trade's plural as specific people", () => {
    warns(["2 stukadoors hadden griep.", "Drie steigerbouwers hebben buikgriep."]);
  });
  it("does not read a trade's plural without a number as anyone", () => {
    silent(["Stukadoors mogen niet op de steiger eten, ook niet bij griep.", "Steigerbouwers met rugklachten kunnen bij de bedrijfsarts terecht."]);
  });
});

describe("pronouns of a group already named", () => {
  it("'beiden', 'both' point at the people named before; in a rule they are anyone's", () => {
    warns(["Jan en Piet hadden hoofdpijn. Beiden zijn naar de huisarts gegaan.", "Both went to the doctor after the fall."]);
    silent(["Als twee collega's onwel worden, moeten beiden naar de huisarts."]);
  });
  it("a crew counted in a condition is a hypothetical one; counted in a report it is specific", () => {
    silent(["Als 2 mdw ziek zijn, bel de uitvoerder.", "Als drie stukadoors tegelijk uitvallen, schuift de planning."]);
    warns(["Twee collega's zijn vanochtend onwel geworden."]);
  });
});

describe("a given name typed in lower case opens a phone note", () => {
  it("reads the lower-case name as the subject, whatever follows it", () => {
    warns([
      "joris ziek",
      "sander vandaag weer ziek",
      "dewi knie verdraaid bij het afstappen",
      "hamza 12.30 even bidden in de keet",
    ]);
  });
  it("does not read a lower-case word that is also a name, or a lower-case name mid-sentence, as the subject", () => {
    silent(["bas ziek", "roos ziek", "veel griep op de bouw, volgens joris gaat het rond"]);
  });
});

describe("more given names: double names, international crews, 'die nieuwe'", () => {
  it("reads them as the person a later phrase is about", () => {
    warns([
      "Jan-Willem wordt lijsttrekker voor de SP.",
      "Suzanne wordt lijsttrekker voor de SP.",
      "Joao vandaag ziek",
      "die nieuwe is marokkaans-nederlands en spreekt ook frans",
    ]);
  });
  it("does not read 'die nieuwe' before a thing as a person", () => {
    silent(["die nieuwe steiger is afgekeurd", "die nieuwe kraan is in de kerkstraat geplaatst"]);
  });
});
