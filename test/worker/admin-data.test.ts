import { describe, expect, it } from "vitest";
import { ADMIN, LAST_WEEK, call, event, inWeek, newOrg } from "./helpers.ts";

describe("/api/admin/events", () => {
  it("filters by category, form, user and week, newest first, and pages with the cursor", async () => {
    const { orgId, auth } = await newOrg();
    const events = Array.from({ length: 5 }, (_, i) => event({ at: inWeek(LAST_WEEK, 10 + 24 * i), user: i % 2 ? "a@x.nl" : "b@x.nl" }));
    events.push(event({ category: "bsn", rule: "bsn.keyword-bound", path: "/lmra/new", at: inWeek(LAST_WEEK, 3 * 24 + 11) }));
    const posted = await call("/api/events", { headers: auth, json: { events } });
    expect(await posted.json()).toEqual({ stored: 6, known: 0 });
    const list = async (q: string) => (await (await call(`/api/admin/events?org=${orgId}&${q}`, { headers: ADMIN })).json()) as { rows: { id: string; at: string }[]; next: string | null };
    expect((await list("category=bsn")).rows).toHaveLength(1);
    expect((await list("path=%2Flmra%2Fnew")).rows).toHaveLength(1);
    expect((await list("user=a%40x.nl")).rows).toHaveLength(2);
    expect((await list(`week=${LAST_WEEK}`)).rows).toHaveLength(6);
    const first = await list("limit=4");
    expect(first.rows.map((r) => r.at)).toEqual([...first.rows.map((r) => r.at)].sort().reverse());
    const second = await list(`limit=4&before=${encodeURIComponent(first.next!)}`);
    expect(second.rows).toHaveLength(2);
    expect(second.next).toBeNull();
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(6);
  });

  it("answers a bad filter with 400 and the field", async () => {
    const res = await call("/api/admin/events?week=47&limit=9999", { headers: ADMIN });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["week", "limit"]));
  });
});

describe("/api/admin/orgs", () => {
  it("creates an organisation once, refuses a duplicate and a bad id", async () => {
    const id = `acme-${crypto.randomUUID().slice(0, 6)}`;
    expect((await call("/api/admin/orgs", { headers: ADMIN, json: { id, name: "Acme Bouw" } })).status).toBe(201);
    expect((await call("/api/admin/orgs", { headers: ADMIN, json: { id, name: "Acme Bouw" } })).status).toBe(409);
    const bad = await call("/api/admin/orgs", { headers: ADMIN, json: { id: "Acme Bouw!", name: "x" } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe("id");
  });

  it("sets admin users; an org-viewer needs an organisation", async () => {
    const { orgId } = await newOrg();
    const put = (email: string, body: unknown) => call(`/api/admin/orgs/users/${encodeURIComponent(email)}`, { method: "PUT", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify(body) });
    expect((await put("v@klant.nl", { role: "org-viewer", org: orgId })).status).toBe(200);
    const missing = await put("w@klant.nl", { role: "org-viewer" });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe("org");
    expect((await put("x@klant.nl", { role: "boss" })).status).toBe(400);
  });

  it("refuses settings for an unknown organisation and malformed settings", async () => {
    const settings = (id: string, body: unknown) => call(`/api/admin/orgs/${id}/settings`, { method: "PUT", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify(body) });
    expect((await settings("no-such-org", { categories: {} })).status).toBe(404);
    const { orgId } = await newOrg();
    expect((await settings(orgId, { categories: { bsn: { enabled: true, mode: "shout" } } })).status).toBe(400);
    expect((await settings(orgId, { categories: { weather: { enabled: true, mode: "warn" } } })).status).toBe(400);
  });
});
