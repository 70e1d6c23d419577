import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// Membership said with the copula, a denomination written apart in capitals, workers of the greenhouse
// and food industry named by their task. Each class with its trap beside it; sentences written for
// these tests.

describe("membership with the copula, a denomination written apart, crews of the greenhouse", () => {
  flags("union", ["Onze collega Nikolai is ook in vakbond, hij helpt ons met het contract."]);
  silent("union", ["De vergadering over de cao is bij de vakbond in Utrecht."]);
  flags("religion", ["Hij is Zevendedags Adventist, dus op zaterdag niet inroosteren."]);
  silent("religion", ["De Zevendedags Adventisten hebben een nieuwe kerk aan de Dorpsstraat."]);
  flags("health", ["De oogster bij de paprika's heeft eczeem op beide handen, de huisarts kijkt ernaar."]);
  silent("health", ["Oogsters met eczeem dragen nitril handschoenen."]);
});
