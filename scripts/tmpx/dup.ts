import { LEXICONS } from "../../shared/engine/special/lexicon/index.ts";
const seen = new Map<string, number>();
for (const l of LEXICONS) for (const p of l.patterns) { const k = `${l.category}.${p.id}`; seen.set(k, (seen.get(k) ?? 0) + 1); }
for (const [k, n] of seen) if (n > 1) console.log(k, n);
