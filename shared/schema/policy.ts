import { z } from "zod";
import { CATEGORIES, type Category } from "../engine/types.ts";
import { categorySchema } from "./events.ts";
import { withFormat } from "./formats.ts";

export { exceptionCovers } from "./scope.ts";

// What the Worker tells every extension of an organisation: which categories are checked, whether a
// finding only warns or blocks the submit, and the exceptions in force.

export const MODES = ["warn", "block"] as const;
export type Mode = (typeof MODES)[number];

export const categoryPolicySchema = z.strictObject({ enabled: z.boolean(), mode: z.enum(MODES) });

/** A match pattern for an extra site of the organisation: https only, a host, a path (`https://app.klant.nl/*`). */
export const ORIGIN_PATTERN = /^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/[^\s]*$/i;

/** The per-organisation settings an admin edits (stored in organisations.policy_json). */
export const orgSettingsSchema = z.strictObject({
  categories: z.partialRecord(categorySchema, categoryPolicySchema).default({}),
  /** Sites besides Deftiq's own where the extension guards forms (each user grants them once). */
  origins: z.array(withFormat(z.string().max(300).regex(ORIGIN_PATTERN, { error: "a match pattern such as https://app.klant.nl/*" }), "origin")).max(50).default([]),
});
export type OrgSettings = z.infer<typeof orgSettingsSchema>;

export const policyExceptionSchema = z.strictObject({
  id: z.number(),
  category: categorySchema,
  site: z.string(),
  pathPattern: z.string(),
  validUntil: z.string(),
});
export type PolicyException = z.infer<typeof policyExceptionSchema>;

export const policySchema = z.strictObject({
  organisation: z.string(),
  version: z.number(),
  categories: z.record(categorySchema, categoryPolicySchema),
  origins: z.array(z.string()),
  exceptions: z.array(policyExceptionSchema),
});
export type Policy = z.infer<typeof policySchema>;

/** Every category on and warning, unless the organisation's settings say otherwise. */
export function effectiveCategories(settings: OrgSettings): Record<Category, z.infer<typeof categoryPolicySchema>> {
  const out = {} as Record<Category, z.infer<typeof categoryPolicySchema>>;
  for (const c of CATEGORIES) out[c] = settings.categories[c] ?? { enabled: true, mode: "warn" };
  return out;
}
