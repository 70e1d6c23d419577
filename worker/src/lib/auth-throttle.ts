import type { Context } from "hono";
import type { AppContext } from "../env.ts";
import { fail } from "./errors.ts";

// Failed sign-ins (admin token, console login) and unknown organisation keys, counted per client
// address in ten-minute windows in D1. Past the limit a client gets 429 until the window ends:
// guessing an admin token then takes years, and a flood of made-up keys costs one row per window.
// Successful requests with a valid organisation key never read this table (the ingest path stays fast).

export const FAILURE_WINDOW_SECONDS = 600;
export const MAX_FAILURES = 20;

/** Cloudflare sets CF-Connecting-IP on every request; locally there is one client. */
export const clientAddress = (c: Context<AppContext>) => c.req.header("CF-Connecting-IP") ?? "local";

const windowStart = (now: number) => Math.floor(now / 1000 / FAILURE_WINDOW_SECONDS) * FAILURE_WINDOW_SECONDS;

export async function isThrottled(c: Context<AppContext>, now = Date.now()): Promise<boolean> {
  const row = await c.env.DB.prepare("SELECT failures FROM auth_failures WHERE client = ? AND window_start = ?")
    .bind(clientAddress(c), windowStart(now)).first<{ failures: number }>();
  return (row?.failures ?? 0) >= MAX_FAILURES;
}

/** Counts one failure; true when the client is now over the limit. */
export async function recordFailure(c: Context<AppContext>, now = Date.now()): Promise<boolean> {
  const row = await c.env.DB.prepare(
    `INSERT INTO auth_failures (client, window_start, failures) VALUES (?, ?, 1)
     ON CONFLICT (client, window_start) DO UPDATE SET failures = failures + 1 RETURNING failures`,
  ).bind(clientAddress(c), windowStart(now)).first<{ failures: number }>();
  return (row?.failures ?? 0) > MAX_FAILURES;
}

export function throttled(c: Context<AppContext>) {
  const retry = FAILURE_WINDOW_SECONDS - (Math.floor(Date.now() / 1000) % FAILURE_WINDOW_SECONDS);
  c.header("Retry-After", String(retry));
  return fail(c, 429, "rate_limited", `Te veel mislukte pogingen vanaf dit adres; probeer het over ${retry} seconden opnieuw / Too many failed attempts from this address; retry in ${retry} seconds`);
}

/** Old windows, for the daily cron. */
export function purgeAuthFailures(db: D1Database, now: number) {
  return db.prepare("DELETE FROM auth_failures WHERE window_start < ?").bind(windowStart(now) - 86_400).run();
}
