import type { LexiconList } from "../patterns.ts";

// Biometric data for unique identification (AVG art. 9). Access-control equipment (vingerafdrukscanner,
// irisscanner) is not labelled; a person's stored fingerprint, iris or face template is.
export const biometric: LexiconList = {
  category: "biometric",
  source: "hand-curated from the AP's page on biometrics; equipment words deliberately excluded",
  patterns: [
    { id: "template", pattern: "vingerafdruk|vingerafdrukken|irisscan|irisscans|handpalmscan|gezichtsscan|retinascan|aderpatroon|handgeometrie|gezichtsherkenning|stemherkenning|stemafdruk|fingerprint|fingerprints|iris-scan|face-scan", strength: "weak" },
    { id: "iris-en", pattern: "iris|face|palm|retina scan", strength: "weak" },
    { id: "biometric-data", pattern: "biometrische|biometric gegevens|data|kenmerken|template|profiel", strength: "weak" },
  ],
};
