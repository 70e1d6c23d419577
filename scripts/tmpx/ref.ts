const { tokenize } = await import("/work/main/shared/engine/text/tokenize.ts");
const { fold } = await import("/work/main/shared/engine/text/fold.ts");
const { referenceOfSentence } = await import("/work/main/shared/engine/special/reference.ts");
const { detect } = await import("/work/main/shared/engine/index.ts");
detect("warm up");
const names = ["NONE", "SPECIFIC", "GENERIC", "PRONOUN_ONLY", "SPECIFIC_ROLE"];
for (const text of process.argv.slice(2)) {
  const folded = fold(text);
  const toks = tokenize(text, folded);
  let from = 0;
  while (from < toks.length) {
    let to = from + 1;
    while (to < toks.length && toks[to].sentence === toks[from].sentence) to++;
    const r = referenceOfSentence(toks, folded, from, to, () => false);
    console.log(names[r], "|", text.slice(toks[from].start, toks[to - 1].end));
    from = to;
  }
}
