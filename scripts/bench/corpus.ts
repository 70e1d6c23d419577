// A generated, mixed Dutch corpus in the style of construction-site reports: numbers that look like
// BSNs (werkbonnen, phones, IBANs, dates, amounts), names, worksites that sound sensitive, and now and
// then real sensitive data. Seeded, so every run measures the same text.

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

export function seededRandom(seed = 42): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NAMES = ["Jan de Vries", "Piotr Nowak", "Sanne Visser", "Mehmet Yilmaz", "R. Bakker", "Kees", "Fatima", "de uitvoerder", "de monteur", "een uitzendkracht"];
const PLACES = ["de steiger aan de noordgevel", "het ziekenhuis (nieuwbouw vleugel B)", "de moskee aan de Kerkstraat", "hal 3", "de bouwkeet", "de kelder", "het dak van de kerk"];
const NEUTRAL = [
  "LMRA uitgevoerd voor {place}, afzetting in orde en valbeveiliging gecontroleerd.",
  "Werkbon {n9} aangemaakt voor het vervangen van de ladder bij {place}.",
  "{name} meldt dat de hoogwerker bij {place} om 14:10 is stilgezet vanwege windkracht 7.",
  "Tel. uitvoerder 06-{n8}, bereikbaar tussen 7 en 16 uur.",
  "Schadepost van € {amount} doorgezet naar de CAR-verzekeraar.",
  "Toolbox 'Werken op hoogte' gegeven aan 14 man; presentielijst {n9} getekend.",
  "Renovatie bij {place}: steigerwerk loopt volgens planning, oplevering week {week}.",
  "IBAN NL91ABNA0{n9} van de onderaannemer staat op de factuur.",
  "Datum incident {date}, bij het lossen van de wapening; niemand gewond.",
  "Near miss: pallet viel van de heftruck bij {place}, gebied direct afgezet.",
  "Draag gehoorbescherming om gehoorschade te voorkomen.",
  "Nieuwe partij mortel is te nat, niet gebruiken.",
];
const SENSITIVE = [
  "{name} viel van de steiger en brak zijn pols; naar het ziekenhuis gebracht.",
  "BSN van de nieuwe sjouwer: {bsn}.",
  "{name} heeft epilepsie en had een aanval in de keet.",
  "{name} is lid van de FNV en wil de cao bespreken.",
  "Chauffeur werd door de politie aangehouden voor rijden onder invloed.",
];

function bsn(rnd: () => number): string {
  for (;;) {
    const d = Array.from({ length: 8 }, () => Math.floor(rnd() * 10));
    const sum = d.reduce((s, x, i) => s + (9 - i) * x, 0) % 11;
    if (sum < 10 && d[0] !== 0) return [...d, sum].join("");
  }
}

function fill(rnd: () => number, template: string): string {
  return template
    .replaceAll("{name}", () => pick(rnd, NAMES))
    .replaceAll("{place}", () => pick(rnd, PLACES))
    .replaceAll("{n9}", () => String(100000000 + Math.floor(rnd() * 899999999)))
    .replaceAll("{n8}", () => String(10000000 + Math.floor(rnd() * 89999999)))
    .replaceAll("{amount}", () => `${Math.floor(rnd() * 900) + 100}.${Math.floor(rnd() * 900) + 100},${Math.floor(rnd() * 90) + 10}`)
    .replaceAll("{week}", () => String(1 + Math.floor(rnd() * 52)))
    .replaceAll("{date}", () => `${10 + Math.floor(rnd() * 18)}-0${1 + Math.floor(rnd() * 9)}-2026`)
    .replaceAll("{bsn}", () => bsn(rnd));
}

/** One report: a few paragraphs of a few sentences, about one in five carrying sensitive data. */
export function report(rnd: () => number): string {
  const paragraphs: string[] = [];
  const n = 2 + Math.floor(rnd() * 4);
  for (let p = 0; p < n; p++) {
    const sentences: string[] = [];
    const m = 2 + Math.floor(rnd() * 4);
    for (let s = 0; s < m; s++) sentences.push(fill(rnd, rnd() < 0.2 ? pick(rnd, SENSITIVE) : pick(rnd, NEUTRAL)));
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n");
}

export function corpus(minBytes: number, seed = 42): string[] {
  const rnd = seededRandom(seed);
  const out: string[] = [];
  let size = 0;
  while (size < minBytes) {
    const r = report(rnd);
    out.push(r);
    size += Buffer.byteLength(r);
  }
  return out;
}

/** A field of about `chars` characters made of whole reports. */
export function field(chars: number, seed: number): string {
  const rnd = seededRandom(seed);
  let text = "";
  while (text.length < chars) text += (text ? "\n" : "") + report(rnd);
  return text.slice(0, chars);
}
