import { createScheduledController, env } from "cloudflare:test";
import "./provided.ts";
import { describe, expect, inject, it } from "vitest";
import worker from "../../worker/src/index.ts";
import { runWeeklyReports, purgeExpiredEvents } from "../../worker/src/scheduled.ts";
import { ADMIN, call, countRows, event, newOrg } from "./helpers.ts";
import { RULE_IDS } from "../../shared/engine/rule-ids.ts";

// Any rule the engine has today (the Worker stores only those): the lexicon changes, the report must not care which.
const RELIGION_RULE = [...RULE_IDS].find((r) => r.startsWith("religion."))!;

const receiver = inject("receiverUrl");

async function seedWeek(auth: Record<string, string>) {
  const events = [
    event({ at: "2026-11-16T08:00:00Z", category: "health", path: "/projects/:id/incidents/new", user: "a@x.nl" }),
    event({ at: "2026-11-18T12:00:00Z", category: "health", path: "/projects/:id/incidents/new", user: "a@x.nl", reason: { code: "other", text: "Meldplicht" } }),
    event({ at: "2026-11-20T12:00:00Z", category: "bsn", rule: "bsn.keyword-bound", path: "/lmra/new", user: "b@x.nl", reason: { code: "legal_obligation", text: "" } }),
    event({ at: "2026-11-21T12:00:00Z", type: "false_positive", reason: undefined, rule: RELIGION_RULE, category: "religion", confidence: "medium" }),
    event({ at: "2026-11-21T13:00:00Z", type: "false_positive", reason: undefined, rule: RELIGION_RULE, category: "religion", confidence: "medium" }),
    event({ at: "2026-11-22T10:00:00Z", type: "submit_warned", reason: undefined }),
    event({ at: "2026-11-22T23:30:00Z" }), // Monday 00:30 in Amsterdam: next week
    event({ at: "2026-11-10T10:00:00Z" }), // the week before
  ];
  expect((await call("/api/events", { headers: auth, json: { events } })).status).toBe(200);
}

describe("weekly report", () => {
  it("counts one Amsterdam ISO week: overrides by category, form, user and reason; false positives per rule; trend", async () => {
    const { orgId, auth } = await newOrg();
    await seedWeek(auth);
    const res = await call(`/api/admin/reports/weekly?org=${orgId}&week=2026-W47`, { headers: ADMIN });
    expect(res.status).toBe(200);
    const r = (await res.json()) as Record<string, unknown> & { totals: Record<string, number>; trend: { week: string; overrides: number }[] };
    expect(r.totals.override).toBe(3);
    expect(r.totals.false_positive).toBe(2);
    expect(r.totals.submit_warned).toBe(1);
    expect(r.overridesByCategory).toEqual({ health: 2, bsn: 1 });
    expect(r.overridesByForm).toEqual([{ path: "/projects/:id/incidents/new", count: 2 }, { path: "/lmra/new", count: 1 }]);
    expect(r.overridesByUser).toEqual([{ user: "a@x.nl", count: 2 }, { user: "b@x.nl", count: 1 }]);
    expect(r.reasons).toMatchObject({ consent: 1, other: 1, legal_obligation: 1 });
    expect(r.falsePositivesByRule).toEqual([{ rule: RELIGION_RULE, count: 2 }]);
    expect(r.trend.slice(-2)).toEqual([{ week: "2026-W46", overrides: 1 }, { week: "2026-W47", overrides: 3 }]);
    expect(r.trend).toHaveLength(8);

    const csv = await call(`/api/admin/reports/weekly?org=${orgId}&week=2026-W47&format=csv`, { headers: ADMIN });
    expect(csv.headers.get("Content-Type")).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text).toContain('"overrides_by_category","health","2"');
    expect(text).toContain('"overrides_by_form","/projects/:id/incidents/new","2"');
  });

  it("refuses a bad week, an unknown organisation, and a missing org", async () => {
    const { orgId } = await newOrg();
    expect((await call(`/api/admin/reports/weekly?org=${orgId}&week=2026-47`, { headers: ADMIN })).status).toBe(400);
    expect((await call(`/api/admin/reports/weekly?org=${orgId}&week=2025-W53`, { headers: ADMIN })).status).toBe(400);
    expect((await call("/api/admin/reports/weekly?org=nope&week=2026-W47", { headers: ADMIN })).status).toBe(404);
    expect((await call("/api/admin/reports/weekly?week=2026-W47", { headers: ADMIN })).status).toBe(400);
  });

  it("the Monday cron stores last week's snapshot for every organisation and posts it to the webhook, retrying a failing receiver", async () => {
    const { orgId, auth } = await newOrg();
    await seedWeek(auth);
    const hook = `${receiver}/hook/flaky-2-${orgId}`;
    // Monday 2026-11-23 05:00 UTC: the week that just ended in Amsterdam is 2026-W47.
    const run = await runWeeklyReports({ ...env, REPORT_WEBHOOK_URL: hook }, new Date("2026-11-23T05:00:00Z"));
    expect(run.week).toBe("2026-W47");
    const snapshot = await env.DB.prepare("SELECT report_json FROM report_snapshots WHERE org_id = ? AND week = '2026-W47'").bind(orgId).first<{ report_json: string }>();
    expect(JSON.parse(snapshot!.report_json).totals.override).toBe(3);
    const received = (await (await fetch(`${receiver}/received/flaky-2-${orgId}`)).json()) as { text: string; report: { organisation: string } }[];
    const mine = received.filter((b) => b.report.organisation === orgId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toContain("2026-W47");
    expect(mine[0]!.text).toContain("3 keer toch doorgegaan");
  });

  it("the scheduled handler dispatches on the cron expression (real controller)", async () => {
    const { orgId, auth } = await newOrg();
    await seedWeek(auth);
    const controller = createScheduledController({ scheduledTime: new Date("2026-11-30T05:00:00Z"), cron: "0 5 * * 1" });
    await worker.scheduled(controller, env);
    expect(await countRows("SELECT count(*) AS n FROM report_snapshots WHERE org_id = ? AND week = '2026-W48'", orgId)).toBe(1);
  });

  it("the daily retention purge deletes events received longer ago than RETENTION_DAYS, whatever their own date says, and logs how many", async () => {
    const { orgId, auth } = await newOrg();
    const old = event({ at: "2026-11-01T00:00:00Z" });
    const recent = event({ at: "2026-11-01T00:00:00Z" });
    await call("/api/events", { headers: auth, json: { events: [old, recent] } });
    // Received two years ago (a row from before the purge ran); the client's `at` has no say.
    await env.DB.prepare("UPDATE events SET received_at = '2024-01-01T00:00:00.000Z' WHERE org_id = ? AND id = ?").bind(orgId, old.id).run();
    const purged = await purgeExpiredEvents({ ...env, RETENTION_DAYS: "365" }, new Date("2026-11-30T03:30:00Z"));
    expect(purged).toBeGreaterThanOrEqual(1);
    expect(await countRows("SELECT count(*) AS n FROM events WHERE id = ?", old.id)).toBe(0);
    expect(await countRows("SELECT count(*) AS n FROM events WHERE id = ?", recent.id)).toBe(1);
    expect(await countRows("SELECT count(*) AS n FROM events WHERE org_id = ?", orgId)).toBe(1);
    expect(await countRows("SELECT count(*) AS n FROM audit_log WHERE action = 'retention.purge'")).toBeGreaterThanOrEqual(1);
  });
});

describe("data-subject rights", () => {
  it("exports everything about one user (JSON and CSV) and erases it, reporting counts", async () => {
    const { orgId, auth } = await newOrg();
    const user = "k.visser@bouw.nl";
    await call("/api/events", { headers: auth, json: { events: [event({ user }), event({ user, type: "removed", reason: undefined }), event({ user: "other@bouw.nl" })] } });
    await call("/api/exceptions", { headers: auth, json: { id: crypto.randomUUID(), category: "health", legalBasis: "consent", justification: "Schriftelijke toestemming aanwezig in dossier", user } });
    const exp = (await (await call(`/api/admin/subjects/export?user=${encodeURIComponent(user)}&org=${orgId}`, { headers: ADMIN })).json()) as { events: unknown[]; exceptionRequests: unknown[] };
    expect(exp.events).toHaveLength(2);
    expect(exp.exceptionRequests).toHaveLength(1);
    const csv = await (await call(`/api/admin/subjects/export?user=${encodeURIComponent(user)}&org=${orgId}&format=csv`, { headers: ADMIN })).text();
    expect(csv.trim().split("\r\n")).toHaveLength(4);

    const erased = await call("/api/admin/subjects/erase", { headers: ADMIN, json: { user, org: orgId } });
    expect(await erased.json()).toEqual({ eventsDeleted: 2, exceptionsPseudonymised: 1 });
    const after = (await (await call(`/api/admin/subjects/export?user=${encodeURIComponent(user)}&org=${orgId}`, { headers: ADMIN })).json()) as { events: unknown[]; exceptionRequests: unknown[] };
    expect(after.events).toEqual([]);
    expect(after.exceptionRequests).toEqual([]);
    expect(await countRows("SELECT count(*) AS n FROM events WHERE org_id = ?", orgId)).toBe(1);
    const audit = await env.DB.prepare("SELECT subject, detail FROM audit_log WHERE action = 'subject.erase' ORDER BY id DESC LIMIT 1").first<{ subject: string; detail: string }>();
    expect(audit!.subject).not.toContain(user);
  });

  it("needs a user reference (400) and a Deftiq admin to erase", async () => {
    expect((await call("/api/admin/subjects/export", { headers: ADMIN })).status).toBe(400);
    expect((await call("/api/admin/subjects/erase", { headers: ADMIN, json: {} })).status).toBe(400);
  });
});

describe("API keys", () => {
  it("shows a new key once, accepts it, and refuses it after revocation", async () => {
    const { orgId } = await newOrg();
    const made = await call("/api/admin/keys", { headers: ADMIN, json: { org: orgId, label: "tablet ploeg 3" } });
    expect(made.status).toBe(201);
    const { id, key } = (await made.json()) as { id: string; key: string };
    expect((await call("/api/policy", { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
    const listed = (await (await call(`/api/admin/keys?org=${orgId}`, { headers: ADMIN })).json()) as { keys: Record<string, unknown>[] };
    expect(JSON.stringify(listed)).not.toContain(key);
    expect((await call(`/api/admin/keys/${id}/revoke`, { headers: ADMIN, method: "POST" })).status).toBe(200);
    expect((await call("/api/policy", { headers: { Authorization: `Bearer ${key}` } })).status).toBe(401);
    expect((await call("/api/admin/keys", { headers: ADMIN, json: { org: "no-such-org" } })).status).toBe(404);
  });
});
