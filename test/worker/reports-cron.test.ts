import { createScheduledController, env } from "cloudflare:test";
import "./provided.ts";
import { describe, expect, inject, it } from "vitest";
import worker from "../../worker/src/index.ts";
import { runWeeklyReports, purgeExpiredEvents } from "../../worker/src/scheduled.ts";
import { ADMIN, LAST_WEEK, WEEK_BEFORE, call, countRows, event, inWeek, newOrg, nextWeek } from "./helpers.ts";
import { previousWeek, weekRange } from "../../shared/schema/week.ts";
import { RULE_IDS } from "../../shared/engine/rule-ids.ts";

// Any rule the engine has today (the Worker stores only those): the lexicon changes, the report must not care which.
const RELIGION_RULE = [...RULE_IDS].find((r) => r.startsWith("religion."))!;

const receiver = inject("receiverUrl");

// The reported week is two weeks back, so the week after it (which gets one event) has ended too.
const WEEK = WEEK_BEFORE;

async function seedWeek(auth: Record<string, string>) {
  const events = [
    event({ at: inWeek(WEEK, 9), category: "health", path: "/projects/:id/incidents/new", user: "a@x.nl" }),
    event({ at: inWeek(WEEK, 61), category: "health", path: "/projects/:id/incidents/new", user: "a@x.nl", reason: { code: "other", text: "Meldplicht" } }),
    event({ at: inWeek(WEEK, 109), category: "bsn", rule: "bsn.keyword-bound", path: "/lmra/new", user: "b@x.nl", reason: { code: "legal_obligation", text: "" } }),
    event({ at: inWeek(WEEK, 133), type: "false_positive", reason: undefined, rule: RELIGION_RULE, category: "religion", confidence: "medium" }),
    event({ at: inWeek(WEEK, 134), type: "false_positive", reason: undefined, rule: RELIGION_RULE, category: "religion", confidence: "medium" }),
    event({ at: inWeek(WEEK, 155), type: "submit_warned", reason: undefined }),
    event({ at: inWeek(nextWeek(WEEK), 0.5) }), // Monday 00:30 in Amsterdam: the next week
    event({ at: inWeek(previousWeek(WEEK), 34) }), // the week before
  ];
  expect((await call("/api/events", { headers: auth, json: { events } })).status).toBe(200);
}

describe("weekly report", () => {
  it("counts one Amsterdam ISO week: overrides by category, form, user and reason; false positives per rule; trend", async () => {
    const { orgId, auth } = await newOrg();
    await seedWeek(auth);
    const res = await call(`/api/admin/reports/weekly?org=${orgId}&week=${WEEK}`, { headers: ADMIN });
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
    expect(r.trend.slice(-2)).toEqual([{ week: previousWeek(WEEK), overrides: 1 }, { week: WEEK, overrides: 3 }]);
    expect(r.trend).toHaveLength(8);

    const csv = await call(`/api/admin/reports/weekly?org=${orgId}&week=${WEEK}&format=csv`, { headers: ADMIN });
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
    // The Monday after the week, 06:00 in Amsterdam: the week that just ended is the reported one.
    const run = await runWeeklyReports({ ...env, REPORT_WEBHOOK_URL: hook }, new Date(weekRange(WEEK).end.getTime() + 6 * 3_600_000));
    expect(run.week).toBe(WEEK);
    const snapshot = await env.DB.prepare("SELECT report_json FROM report_snapshots WHERE org_id = ? AND week = ?").bind(orgId, WEEK).first<{ report_json: string }>();
    expect(JSON.parse(snapshot!.report_json).totals.override).toBe(3);
    const received = (await (await fetch(`${receiver}/received/flaky-2-${orgId}`)).json()) as { text: string; report: { organisation: string } }[];
    const mine = received.filter((b) => b.report.organisation === orgId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toContain(WEEK);
    expect(mine[0]!.text).toContain("3 keer toch doorgegaan");
  });

  it("the scheduled handler dispatches on the cron expression (real controller)", async () => {
    const { orgId, auth } = await newOrg();
    await seedWeek(auth);
    // The Monday after last week: the cron reports last week (which holds one seeded event).
    const controller = createScheduledController({ scheduledTime: new Date(weekRange(LAST_WEEK).end.getTime() + 5 * 3_600_000), cron: "0 5 * * 1" });
    await worker.scheduled(controller, env);
    expect(await countRows("SELECT count(*) AS n FROM report_snapshots WHERE org_id = ? AND week = ?", orgId, LAST_WEEK)).toBe(1);
  });

  it("the daily retention purge deletes events received longer ago than RETENTION_DAYS, whatever their own date says, and logs how many", async () => {
    const { orgId, auth } = await newOrg();
    const old = event({ at: inWeek(WEEK, 10) });
    const recent = event({ at: inWeek(WEEK, 10) });
    await call("/api/events", { headers: auth, json: { events: [old, recent] } });
    // Received two years ago (a row from before the purge ran); the client's `at` has no say.
    await env.DB.prepare("UPDATE events SET received_at = '2024-01-01T00:00:00.000Z' WHERE org_id = ? AND id = ?").bind(orgId, old.id).run();
    const purged = await purgeExpiredEvents({ ...env, RETENTION_DAYS: "365" }, new Date());
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

  it("revokes a key whose random id happens to hold nine digits that pass the elfproef", async () => {
    const { orgId } = await newOrg();
    // The shape crypto.randomUUID() gives about once in a few hundred keys: "12345678-2…" reads as 123456782.
    const id = "12345678-2abc-4def-8abc-0123456789ab";
    await env.DB.prepare("INSERT INTO api_keys (id, org_id, key_hash, label) VALUES (?, ?, 'x', 'test')").bind(id, orgId).run();
    expect((await call(`/api/admin/keys/${id}/revoke`, { headers: ADMIN, method: "POST" })).status).toBe(200);
    expect((await call(`/api/admin/keys/${id}/revoke`, { headers: ADMIN, method: "POST" })).status).toBe(404);
    expect((await call(`/api/admin/keys/${encodeURIComponent("<b>")}/revoke`, { headers: ADMIN, method: "POST" })).status).toBe(400);
  });
});
