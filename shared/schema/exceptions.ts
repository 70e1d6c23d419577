import { z } from "zod";
import { categorySchema } from "./events.ts";
import { pathPattern, siteGlob, userRef } from "./formats.ts";

// An exception is Deftiq's "separate permission" of DPA art. 2: an organisation may record one
// category of data, on one site or form, until a date. Requested from the extension, decided by a
// Deftiq admin, then part of every extension's policy.

export const LEGAL_BASES = ["consent", "legal_obligation", "vital_interest", "employment_law", "other"] as const;

export const exceptionRequestSchema = z.strictObject({
  id: z.uuid({ error: "a UUID made by the client (a retried request is one request)" }),
  category: categorySchema,
  site: siteGlob().or(z.literal("")).default(""),
  pathPattern: pathPattern().or(z.literal("")).default(""),
  legalBasis: z.enum(LEGAL_BASES, { error: `one of ${LEGAL_BASES.join(", ")}` }),
  justification: z.string().trim().min(10, { error: "at least 10 characters" }).max(1000),
  user: userRef().or(z.literal("")).default(""),
});
export type ExceptionRequest = z.infer<typeof exceptionRequestSchema>;

export const exceptionDecisionSchema = z.discriminatedUnion("decision", [
  z.strictObject({
    decision: z.literal("approve"),
    validUntil: z.iso.date({ error: "a date such as 2026-12-31" }),
    site: siteGlob().or(z.literal("")).optional(),
    pathPattern: pathPattern().or(z.literal("")).optional(),
    note: z.string().trim().max(1000).default(""),
  }),
  z.strictObject({ decision: z.literal("deny"), note: z.string().trim().min(1, { error: "say why" }).max(1000) }),
]);
export type ExceptionDecision = z.infer<typeof exceptionDecisionSchema>;
