const { detect } = await import("../../shared/engine/index.ts");
const { createIncrementalDetector } = await import("../../shared/engine/incremental.ts");
const texts = [
  "Toolbox-onderwerpen Q2:\n- hitte en zonbescherming\n- rugklachten voorkomen bij tillen\n- diabetes en ploegendienst (spreker van de bedrijfsarts)",
  "Checklist installatie bij klant thuis:\n- schoenhoezen aan\n- vragen naar huisdieren en allergieën in huis",
  "Inzet feestdagen:\n- Tweede Paasdag: geen werk\n- Suikerfeest: vrije keuze, aanvragen via planner",
  "Afwezig:\n- Kees (griep)\n- Piet: rugklachten",
  "Aandachtspunten:\n- Jan heeft diabetes, let op hem\n- helm op",
];
for (const t of texts) {
  const a = detect(t).map((f: any) => t.slice(f.start, f.end));
  const inc = createIncrementalDetector();
  const b = inc.detect(t).map((f: any) => t.slice(f.start, f.end));
  console.log(JSON.stringify(a), JSON.stringify(b) === JSON.stringify(a) ? "same" : "DIFF " + JSON.stringify(b));
}
