import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";

// Every refusal is JSON with a machine code, a message a person can act on (Dutch, then English),
// and, for validation errors, the path of each failing field.

export interface ApiError {
  error: string;
  message: string;
  issues?: { path: string; message: string }[];
}

export function fail(c: Context, status: ContentfulStatusCode, error: string, message: string, extra: Partial<ApiError> = {}) {
  return c.json({ error, message, ...extra } satisfies ApiError, status);
}

/** "events[3].reason.text" for a zod issue path. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "(body)";
}

export function validationFailed(c: Context, error: z.ZodError) {
  const issues = error.issues.map((i) => ({ path: issuePath(i.path), message: i.message }));
  const first = issues[0]!;
  return fail(c, 400, "invalid", `Ongeldige invoer bij ${first.path}: ${first.message} / Invalid input at ${first.path}: ${first.message}`, { issues });
}
