import { zValidator } from "@hono/zod-validator";
import type { Context, ValidationTargets } from "hono";
import { createMiddleware } from "hono/factory";
import type { z } from "zod";
import { fail, validationFailed } from "./errors.ts";
import { guardValue, markupMessage, rawDataMessage } from "./raw-data-guard.ts";

/**
 * zValidator with this API's error shape, and the raw-data guard on every string of a body or path
 * parameter: one place every route's input passes, so a field added later cannot miss the guard.
 * Bad JSON is a 400 that says so, not a 500.
 */
export function valid<Target extends keyof ValidationTargets, Schema extends z.ZodType>(target: Target, schema: Schema) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) return validationFailed(c, result.error as unknown as z.ZodError);
    // Query strings are filters and never stored; bodies and path parameters may be.
    if (target === "query") return;
    const refused = refusedInput(c, schema, result.data);
    if (refused) return refused;
  });
}

/** The answer for input with raw data (422) or markup (400), or undefined when every string is clean. */
export function refusedInput(c: Context, schema: z.ZodType, data: unknown) {
  const guard = guardValue(schema, data);
  if (guard.rawData.length) {
    return fail(c, 422, "raw_data", rawDataMessage(guard.rawData), { issues: guard.rawData.map((h) => ({ path: h.path, message: h.category })) });
  }
  if (guard.markup.length) {
    return fail(c, 400, "invalid", markupMessage(guard.markup), { issues: guard.markup.map((path) => ({ path, message: "markup" })) });
  }
  return undefined;
}

/**
 * JSON routes take JSON only: Hono's validator reads any other Content-Type as `{}`, so a text/plain
 * form post (which a browser sends cross-site without a preflight) would pass as an empty body.
 */
export const jsonBodiesOnly = createMiddleware(async (c, next) => {
  if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) {
    const type = (c.req.header("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
    const hasBody = c.req.raw.body !== null && c.req.header("Content-Length") !== "0";
    if (type ? type !== "application/json" : hasBody) {
      return fail(c, 415, "unsupported_media_type", "Stuur JSON met Content-Type: application/json / Send JSON with Content-Type: application/json");
    }
  }
  await next();
});

export { fail };
