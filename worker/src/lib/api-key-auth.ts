import { createMiddleware } from "hono/factory";
import type { AppContext } from "../env.ts";
import { sha256Hex } from "./crypto.ts";
import { fail } from "./errors.ts";
import { recordFailure, throttled } from "./auth-throttle.ts";

// Extension-facing routes: `Authorization: Bearer <organisation API key>`. Keys are stored as SHA-256
// hashes and can be revoked; a revoked key is refused like an unknown one.

export const RATE_LIMIT_PERIOD_SECONDS = 10;

export const apiKeyAuth = createMiddleware<AppContext>(async (c, next) => {
  const header = c.req.header("Authorization") ?? "";
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) return fail(c, 401, "unauthorized", "Geen organisatiesleutel: stuur Authorization: Bearer <sleutel> / Missing organisation key: send Authorization: Bearer <key>");
  const row = await c.env.DB.prepare("SELECT id, org_id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL")
    .bind(await sha256Hex(m[1]!)).first<{ id: string; org_id: string }>();
  // Unknown keys are counted per client address; a client past the limit gets 429 (auth-throttle.ts).
  if (!row) return (await recordFailure(c)) ? throttled(c) : fail(c, 401, "unauthorized", "Onbekende of ingetrokken organisatiesleutel / Unknown or revoked organisation key");
  // Per key, so one noisy organisation cannot starve the others (Workers rate-limiting binding).
  const { success } = await c.env.API_RATE_LIMIT.limit({ key: row.id });
  if (!success) {
    c.header("Retry-After", String(RATE_LIMIT_PERIOD_SECONDS));
    return fail(c, 429, "rate_limited", `Te veel verzoeken; probeer het over ${RATE_LIMIT_PERIOD_SECONDS} seconden opnieuw / Too many requests; retry in ${RATE_LIMIT_PERIOD_SECONDS} seconds`);
  }
  c.set("orgId", row.org_id);
  c.set("keyId", row.id);
  await next();
});
