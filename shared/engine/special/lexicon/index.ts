import type { LexiconList } from "../patterns.ts";
import { biometric } from "./biometric.ts";
import { criminal } from "./criminal.ts";
import { ethnicity } from "./ethnicity.ts";
import { genetic } from "./genetic.ts";
import { health } from "./health.ts";
import { politics } from "./politics.ts";
import { religion } from "./religion.ts";
import { sexual } from "./sexual.ts";
import { union } from "./union.ts";
import { WRITTEN_CATEGORIES } from "./written-categories.ts";
import { PUBLISHED_MORE } from "./published-more.ts";

export { COMMON_CLASSES } from "./common.ts";

/** One list per special category; each is data with its source note. */
export const LEXICONS: readonly LexiconList[] = [health, religion, ethnicity, politics, union, genetic, biometric, sexual, criminal, ...WRITTEN_CATEGORIES, ...PUBLISHED_MORE];
