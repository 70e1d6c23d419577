import { env } from "cloudflare:test";
import { app } from "../../worker/src/index.ts";
import { sha256Hex } from "../../worker/src/lib/crypto.ts";
import type { GuardEventInput } from "../../shared/schema/events.ts";
import { isoWeek, previousWeek, weekRange } from "../../shared/schema/week.ts";

// Each test makes its own organisation and key, so tests never share rows or rate-limit budgets.

// Events are dated in weeks counted back from today, never on fixed dates: the Worker refuses an
// `at` more than 180 days before its clock, so fixed dates would fail the suite months after writing.
/** The week now running, the last week that has ended, and the one before it (ISO weeks, Amsterdam). */
export const THIS_WEEK = isoWeek(new Date());
export const LAST_WEEK = previousWeek(THIS_WEEK);
export const WEEK_BEFORE = previousWeek(LAST_WEEK);

/** The instant `hours` after the start of `week` (Monday 00:00 in Amsterdam), as ISO 8601. */
export function inWeek(week: string, hours: number): string {
  return new Date(weekRange(week).start.getTime() + hours * 3_600_000).toISOString();
}

/** The week after `week`. */
export function nextWeek(week: string): string {
  return isoWeek(new Date(weekRange(week).end.getTime() + 3_600_000));
}

export const ADMIN = { Authorization: `Bearer ${env.ADMIN_TOKEN}` };

export async function newOrg(prefix = "org"): Promise<{ orgId: string; key: string; auth: Record<string, string> }> {
  const orgId = `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
  const key = `key-${crypto.randomUUID()}`;
  await env.DB.batch([
    env.DB.prepare("INSERT INTO organisations (id, name) VALUES (?, ?)").bind(orgId, `${orgId} BV`),
    env.DB.prepare("INSERT INTO api_keys (id, org_id, key_hash, label) VALUES (?, ?, ?, 'test')").bind(crypto.randomUUID(), orgId, await sha256Hex(key)),
  ]);
  return { orgId, key, auth: { Authorization: `Bearer ${key}` } };
}

export function event(overrides: Partial<GuardEventInput> = {}): GuardEventInput {
  return {
    id: crypto.randomUUID(),
    type: "override",
    category: "health",
    rule: "health.lexicon.epilepsie",
    confidence: "high",
    reason: { code: "consent", text: "Betrokkene heeft schriftelijk toegestemd" },
    field: "Omschrijving",
    site: "app.deftiq.com",
    path: "/projects/:id/incidents/new",
    user: "j.jansen@bouwbedrijf.nl",
    at: inWeek(LAST_WEEK, 34), // Tuesday 10:00
    version: "1.0.0",
    ...overrides,
  };
}

/** A request through the real app inside workerd, with env overrides where a test needs them. */
export function call(path: string, init: RequestInit & { json?: unknown } = {}, envOverrides: Partial<typeof env> = {}): Promise<Response> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set("Content-Type", "application/json");
  return Promise.resolve(app.request(`https://dpa.test${path}`, {
    ...rest,
    method: rest.method ?? (json !== undefined ? "POST" : "GET"),
    headers,
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  }, { ...env, ...envOverrides }));
}

export async function countRows(sql: string, ...args: unknown[]): Promise<number> {
  return (await env.DB.prepare(sql).bind(...args).first<{ n: number }>())!.n;
}
