const { detect } = await import("../../shared/engine/index.ts");
detect("x");
const { getIndexForTests } = await import("../../shared/engine/special/detect-special.ts").catch(() => ({} as any));
const { firstNames } = await import("../../shared/engine/special/persons.ts");
const { LEXICONS } = await import("../../shared/engine/special/lexicon/index.ts");
const words = new Set<string>();
for (const l of LEXICONS) {
  for (const p of l.patterns) for (const tok of p.pattern.split(/\s+/)) for (const a of tok.replace(/^</, "").replace(/\?$/, "").split("|")) if (/^[a-z']+$/.test(a)) words.add(a);
}
const names = firstNames();
console.log([...words].filter((w) => names.has(w)).sort().join(" "));
