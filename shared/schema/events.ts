import { z } from "zod";
import { CATEGORIES } from "../engine/types.ts";
import { hostName, ruleId, templatedPath, userRef, versionString } from "./formats.ts";

// The wire format between the extension and the Worker, defined once. Both sides parse with these
// schemas; unknown fields are refused (strict objects), so nothing extra (a snippet, the typed text)
// can ride along unnoticed.

export const EVENT_TYPES = ["override", "false_positive", "removed", "exception_request", "submit_warned", "submit_blocked"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const REASON_CODES = ["consent", "legal_obligation", "deftiq_exception", "other"] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Event types that carry the user's reason. */
export const TYPES_WITH_REASON: ReadonlySet<EventType> = new Set(["override", "exception_request"]);

export const MAX_BATCH = 100;
export const MAX_BODY_BYTES = 64 * 1024;

const shortText = (max: number) => z.string().trim().max(max, { error: `at most ${max} characters` });

export const categorySchema = z.enum(CATEGORIES, { error: `one of ${CATEGORIES.join(", ")}` });

export const reasonSchema = z.strictObject({
  code: z.enum(REASON_CODES, { error: `one of ${REASON_CODES.join(", ")}` }),
  text: shortText(500).default(""),
});

/**
 * How far an event's time may be from the Worker's clock: the offline queue may hold events for
 * months (a laptop left shut), but not from the future or from years ago; retention counts from
 * the time the Worker received an event, so a far-off `at` can never keep it longer.
 */
export const MAX_EVENT_AGE_DAYS = 180;
export const MAX_CLOCK_AHEAD_HOURS = 24;

export const eventSchema = z
  .strictObject({
    id: z.uuid({ error: "a UUID made by the client" }),
    type: z.enum(EVENT_TYPES, { error: `one of ${EVENT_TYPES.join(", ")}` }),
    category: categorySchema,
    rule: ruleId(),
    confidence: z.enum(["high", "medium"], { error: "high or medium" }),
    reason: reasonSchema.optional(),
    field: shortText(200).default(""),
    site: hostName().or(z.literal("")).default(""),
    path: templatedPath().default("/"),
    user: userRef().or(z.literal("")).default(""),
    at: z.iso.datetime({ offset: true, error: "an ISO 8601 date-time such as 2026-11-23T10:00:00Z" }),
    version: versionString().or(z.literal("")).default(""),
  })
  .superRefine((e, ctx) => {
    if (TYPES_WITH_REASON.has(e.type) && !e.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: `required for ${e.type}` });
    if (!TYPES_WITH_REASON.has(e.type) && e.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: `not allowed for ${e.type}` });
    if (e.reason?.code === "other" && !e.reason.text) ctx.addIssue({ code: "custom", path: ["reason", "text"], message: "required when the reason is 'other'" });
    if (!e.rule.startsWith(`${e.category}.`)) ctx.addIssue({ code: "custom", path: ["rule"], message: `a rule of category ${e.category}` });
    const at = Date.parse(e.at);
    const now = Date.now();
    if (at < now - MAX_EVENT_AGE_DAYS * 86_400_000 || at > now + MAX_CLOCK_AHEAD_HOURS * 3_600_000) {
      ctx.addIssue({ code: "custom", path: ["at"], message: `within ${MAX_EVENT_AGE_DAYS} days before and ${MAX_CLOCK_AHEAD_HOURS} hours after the Worker's clock` });
    }
  });
export type GuardEvent = z.infer<typeof eventSchema>;
export type GuardEventInput = z.input<typeof eventSchema>;

export const eventBatchSchema = z.strictObject({
  events: z.array(eventSchema).min(1, { error: "at least one event" }).max(MAX_BATCH, { error: `at most ${MAX_BATCH} events per request` }),
});

export const eventBatchResultSchema = z.strictObject({ stored: z.number(), known: z.number() });
export type EventBatchResult = z.infer<typeof eventBatchResultSchema>;
