import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { z } from "zod";
import { fail, validationFailed } from "./errors.ts";

/**
 * zValidator with this API's error shape. Bad JSON is a 400 that says so, not a 500: Hono's JSON
 * parse error would otherwise surface from the validator as an exception.
 */
export function valid<Target extends keyof ValidationTargets, Schema extends z.ZodType>(target: Target, schema: Schema) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) return validationFailed(c, result.error as unknown as z.ZodError);
  });
}

export { fail };
