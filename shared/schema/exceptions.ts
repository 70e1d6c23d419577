import { z } from "zod";
import { categorySchema } from "./events.ts";

// An exception is Deftiq's "separate permission" of DPA art. 2: an organisation may record one
// category of data, on one site or form, until a date. Requested from the extension, decided by a
// Deftiq admin, then part of every extension's policy.

export const LEGAL_BASES = ["consent", "legal_obligation", "vital_interest", "employment_law", "other"] as const;

export const exceptionRequestSchema = z.strictObject({
  id: z.uuid({ error: "a UUID made by the client (a retried request is one request)" }),
  category: categorySchema,
  site: z.string().max(253).regex(/^[a-z0-9.*-]*(:\d+)?$/i, { error: "a host name, * allowed" }).default(""),
  pathPattern: z.string().max(300).regex(/^(\/[^?#\s]*)?$/, { error: "a path pattern such as /projects/:id/incidents/*" }).default(""),
  legalBasis: z.enum(LEGAL_BASES, { error: `one of ${LEGAL_BASES.join(", ")}` }),
  justification: z.string().trim().min(10, { error: "at least 10 characters" }).max(1000),
  user: z.string().trim().max(200).default(""),
});
export type ExceptionRequest = z.infer<typeof exceptionRequestSchema>;

export const exceptionDecisionSchema = z.discriminatedUnion("decision", [
  z.strictObject({
    decision: z.literal("approve"),
    validUntil: z.iso.date({ error: "a date such as 2026-12-31" }),
    site: z.string().max(253).optional(),
    pathPattern: z.string().max(300).optional(),
    note: z.string().trim().max(1000).default(""),
  }),
  z.strictObject({ decision: z.literal("deny"), note: z.string().trim().min(1, { error: "say why" }).max(1000) }),
]);
export type ExceptionDecision = z.infer<typeof exceptionDecisionSchema>;
