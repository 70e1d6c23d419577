import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ADMIN, call, countRows, newOrg } from "./helpers.ts";

const request = (overrides: Record<string, unknown> = {}) => ({
  id: crypto.randomUUID(),
  category: "health",
  site: "app.deftiq.com",
  pathPattern: "/projects/*/incidents/*",
  legalBasis: "legal_obligation",
  justification: "Ongevallen met verzuim moeten aan de Arbeidsinspectie worden gemeld.",
  user: "p.devries@bouwbedrijf.nl",
  ...overrides,
});

async function policyOf(auth: Record<string, string>, etag?: string) {
  return call("/api/policy", { headers: { ...auth, ...(etag ? { "If-None-Match": etag } : {}) } });
}

describe("exception lifecycle", () => {
  it("a second request for what already waits (same org, category, site, path, user) is the same request", async () => {
    const { orgId, auth } = await newOrg();
    const first = await call("/api/exceptions", { headers: auth, json: request() });
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: number };
    // A new client id (the user pressed Enter twice, or asked again later): still one row.
    const second = await call("/api/exceptions", { headers: auth, json: request({ justification: "Nogmaals gevraagd, zelfde meldplicht." }) });
    expect(second.status).toBe(200);
    expect(((await second.json()) as { id: number }).id).toBe(id);
    expect(await countRows("SELECT count(*) AS n FROM exceptions WHERE org_id = ?", orgId)).toBe(1);
    // Another user, another path or another category is another request.
    for (const other of [{ user: "k.bakker@bouwbedrijf.nl" }, { pathPattern: "/projects/*/reports/*" }, { category: "religion" }]) {
      expect((await call("/api/exceptions", { headers: auth, json: request(other) })).status).toBe(201);
    }
    expect(await countRows("SELECT count(*) AS n FROM exceptions WHERE org_id = ?", orgId)).toBe(4);
    // Once decided, asking again opens a new request.
    expect((await call(`/api/admin/exceptions/${id}/decision`, { headers: ADMIN, json: { decision: "deny", note: "niet nodig" } })).status).toBe(200);
    expect((await call("/api/exceptions", { headers: auth, json: request() })).status).toBe(201);
  });

  it("request → pending → approve → in policy → revoke → gone, each decision in the audit log", async () => {
    const { orgId, auth } = await newOrg();
    const req = request();
    const created = await call("/api/exceptions", { headers: auth, json: req });
    expect(created.status).toBe(201);
    const { id, status } = (await created.json()) as { id: number; status: string };
    expect(status).toBe("pending");
    // A retried request is the same request.
    const retried = await call("/api/exceptions", { headers: auth, json: req });
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as { id: number }).id).toBe(id);

    const before = await policyOf(auth);
    const etag = before.headers.get("ETag")!;
    expect(((await before.json()) as { exceptions: unknown[] }).exceptions).toEqual([]);
    expect((await policyOf(auth, etag)).status).toBe(304);

    const queue = (await (await call(`/api/admin/exceptions?status=pending&org=${orgId}`, { headers: ADMIN })).json()) as { exceptions: { id: number }[] };
    expect(queue.exceptions.map((e) => e.id)).toEqual([id]);

    const approve = await call(`/api/admin/exceptions/${id}/decision`, { headers: ADMIN, json: { decision: "approve", validUntil: "2099-12-31", note: "Meldplicht" } });
    expect(approve.status).toBe(200);
    const inForce = await policyOf(auth, etag);
    expect(inForce.status).toBe(200);
    const policy = (await inForce.json()) as { exceptions: { id: number; category: string; validUntil: string; pathPattern: string }[] };
    expect(policy.exceptions).toEqual([{ id, category: "health", site: "app.deftiq.com", pathPattern: "/projects/*/incidents/*", validUntil: "2099-12-31" }]);

    const again = await call(`/api/admin/exceptions/${id}/decision`, { headers: ADMIN, json: { decision: "deny", note: "te laat" } });
    expect(again.status).toBe(409);

    expect((await call(`/api/admin/exceptions/${id}/revoke`, { headers: ADMIN, json: { note: "project klaar" } })).status).toBe(200);
    expect(((await (await policyOf(auth)).json()) as { exceptions: unknown[] }).exceptions).toEqual([]);

    const audit = await env.DB.prepare("SELECT actor, action FROM audit_log WHERE subject = ? ORDER BY id").bind(`exception:${id}`).all();
    expect(audit.results).toEqual([{ actor: "admin-token", action: "exception.approve" }, { actor: "admin-token", action: "exception.revoke" }]);
    await expect(env.DB.prepare("DELETE FROM audit_log").run()).rejects.toThrow(/append-only/);
  });

  it("an approved exception disappears from the policy by itself when it expires", async () => {
    const { auth } = await newOrg();
    const { id } = (await (await call("/api/exceptions", { headers: auth, json: request() })).json()) as { id: number };
    await call(`/api/admin/exceptions/${id}/decision`, { headers: ADMIN, json: { decision: "approve", validUntil: "2099-01-01" } });
    expect(((await (await policyOf(auth)).json()) as { exceptions: unknown[] }).exceptions).toHaveLength(1);
    // Time passes: the validity date is now in the past (nobody touches the policy version).
    await env.DB.prepare("UPDATE exceptions SET valid_until = '2020-01-01' WHERE id = ?").bind(id).run();
    expect(((await (await policyOf(auth)).json()) as { exceptions: unknown[] }).exceptions).toEqual([]);
  });

  it("a denial needs a note; unknown ids are 404; bad bodies are 400 with the field", async () => {
    const { auth } = await newOrg();
    const { id } = (await (await call("/api/exceptions", { headers: auth, json: request() })).json()) as { id: number };
    const noNote = await call(`/api/admin/exceptions/${id}/decision`, { headers: ADMIN, json: { decision: "deny" } });
    expect(noNote.status).toBe(400);
    expect(((await noNote.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe("note");
    expect((await call("/api/admin/exceptions/999999/decision", { headers: ADMIN, json: { decision: "deny", note: "x" } })).status).toBe(404);
    expect((await call("/api/admin/exceptions/abc/revoke", { headers: ADMIN, json: {} })).status).toBe(400);
    const badDate = await call(`/api/admin/exceptions/${id}/decision`, { headers: ADMIN, json: { decision: "approve", validUntil: "31-12-2026" } });
    expect(((await badDate.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe("validUntil");
  });

  it("refuses a justification that carries the data itself (422), storing no request", async () => {
    const { orgId, auth } = await newOrg();
    const res = await call("/api/exceptions", { headers: auth, json: request({ justification: "Piet is zwanger en mag niet op de steiger" }) });
    expect(res.status).toBe(422);
    expect(await countRows("SELECT count(*) AS n FROM exceptions WHERE org_id = ?", orgId)).toBe(0);
  });

  it("policy follows the organisation's settings: categories off, block mode", async () => {
    const { orgId, auth } = await newOrg();
    const put = await call(`/api/admin/orgs/${orgId}/settings`, { method: "PUT", headers: { ...ADMIN, "Content-Type": "application/json" }, body: JSON.stringify({ categories: { bsn: { enabled: true, mode: "block" }, religion: { enabled: false, mode: "warn" } }, origins: ["https://app.klant.nl/*"] }) });
    expect(put.status).toBe(200);
    const p = (await (await policyOf(auth)).json()) as { categories: Record<string, { enabled: boolean; mode: string }>; origins: string[] };
    expect(p.origins).toEqual(["https://app.klant.nl/*"]);
    expect(p.categories.bsn).toEqual({ enabled: true, mode: "block" });
    expect(p.categories.religion!.enabled).toBe(false);
    expect(p.categories.health).toEqual({ enabled: true, mode: "warn" });
  });
});
