import { env } from "cloudflare:test";
import "./provided.ts";
import { describe, expect, inject, it } from "vitest";
import { isoWeek } from "../../shared/schema/week.ts";
import { ADMIN, call, countRows, event, newOrg } from "./helpers.ts";

// Issue 11, findings 6, 8, 9, 11, 12 and 13: client mistakes answer 4xx, ids are per organisation,
// Access's keys are fetched sparingly, retention uses the Worker's clock, CSV cells cannot run.

const receiver = inject("receiverUrl");

describe("ids per organisation (finding 6)", () => {
  it("answers 409 when another organisation already used an exception request id, naming nobody", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const req = { id: crypto.randomUUID(), category: "health", legalBasis: "consent", justification: "Toestemming ligt in het dossier" };
    expect((await call("/api/exceptions", { headers: a.auth, json: req })).status).toBe(201);
    const clash = await call("/api/exceptions", { headers: b.auth, json: req });
    expect(clash.status).toBe(409);
    expect(JSON.stringify(await clash.json())).not.toContain(a.orgId);
    expect(await countRows("SELECT count(*) AS n FROM exceptions WHERE org_id = ?", b.orgId)).toBe(0);
  });

  it("keeps two organisations' events with the same id apart: both are stored, each once", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const e = event();
    expect(await (await call("/api/events", { headers: a.auth, json: { events: [e] } })).json()).toEqual({ stored: 1, known: 0 });
    expect(await (await call("/api/events", { headers: b.auth, json: { events: [e] } })).json()).toEqual({ stored: 1, known: 0 });
    expect(await (await call("/api/events", { headers: b.auth, json: { events: [e] } })).json()).toEqual({ stored: 0, known: 1 });
    expect(await countRows("SELECT count(*) AS n FROM events WHERE id = ?", e.id)).toBe(2);
  });
});

describe("admin users (finding 8)", () => {
  it("answers 404 for an org-viewer of an organisation that does not exist", async () => {
    const res = await call("/api/admin/orgs/users/viewer@klant.nl", { method: "PUT", headers: ADMIN, json: { role: "org-viewer", org: "no-such-org" } });
    expect(res.status).toBe(404);
    expect(await countRows("SELECT count(*) AS n FROM admin_users WHERE email = 'viewer@klant.nl'")).toBe(0);
  });
});

describe("Cloudflare Access keys (finding 9)", () => {
  const b64url = (data: Uint8Array | string) => {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
  };
  async function token(team: string, kid: string, claims: Record<string, unknown> = {}) {
    const jwk = inject("accessPrivateJwk");
    const key = await crypto.subtle.importKey("jwk", { ...jwk, kty: jwk.kty ?? "RSA" }, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["sign"]);
    const head = b64url(JSON.stringify({ alg: "RS256", kid, typ: "JWT" }));
    const body = b64url(JSON.stringify({ aud: ["aud"], iss: team, exp: Math.floor(Date.now() / 1000) + 600, email: "a@deftiq.com", ...claims }));
    const sig = new Uint8Array(await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key, new TextEncoder().encode(`${head}.${body}`)));
    return `${head}.${body}.${b64url(sig)}`;
  }
  const ask = async (team: string, jwt: string) =>
    call("/api/admin/exceptions", { headers: { "Cf-Access-Jwt-Assertion": jwt } }, { ACCESS_TEAM_DOMAIN: team, ACCESS_AUDIENCE: "aud" });

  it("fetches the team's keys once for a burst of tokens with unknown key ids", async () => {
    const name = `burst-${crypto.randomUUID().slice(0, 8)}`;
    const team = `${receiver}/team/${name}`;
    for (let i = 0; i < 6; i++) expect((await ask(team, await token(team, `unknown-${i}`))).status).toBe(403);
    const fetched = (await (await fetch(`${receiver}/certs-fetched/${name}`)).json()) as number;
    expect(fetched).toBe(1);
  });

  it("answers 503 when the key endpoint is down, and refuses a token that is not valid yet (nbf)", async () => {
    const down = `${receiver}/team/down-${crypto.randomUUID().slice(0, 8)}`;
    const res = await ask(down, await token(down, inject("accessPrivateJwk").kid));
    expect(res.status).toBe(503);
    await env.DB.prepare("INSERT OR IGNORE INTO admin_users (email, role) VALUES ('a@deftiq.com', 'deftiq-admin')").run();
    const team = `${receiver}/team/nbf-${crypto.randomUUID().slice(0, 8)}`;
    const kid = inject("accessPrivateJwk").kid;
    expect((await ask(team, await token(team, kid))).status).toBe(200);
    const early = await ask(team, await token(team, kid, { nbf: Math.floor(Date.now() / 1000) + 3600 }));
    expect(early.status).toBe(403);
    expect(((await early.json()) as { message: string }).message).toMatch(/not yet valid/);
  });
});

describe("event time and retention (finding 11)", () => {
  it("refuses an event dated far from the Worker's clock", async () => {
    const { orgId, auth } = await newOrg();
    for (const at of ["9999-12-31T23:59:59Z", "2001-01-01T00:00:00Z", new Date(Date.now() + 3 * 86_400_000).toISOString()]) {
      const res = await call("/api/events", { headers: auth, json: { events: [event({ at })] } });
      expect(res.status, at).toBe(400);
      expect(((await res.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe("events[0].at");
    }
    expect(await countRows("SELECT count(*) AS n FROM events WHERE org_id = ?", orgId)).toBe(0);
  });
});

describe("CSV exports (finding 12)", () => {
  it("neutralises a full-width equals sign and a formula after a line break inside a cell", async () => {
    const { auth } = await newOrg();
    const user = `csv-${crypto.randomUUID().slice(0, 8)}@bouw.nl`;
    const texts = ["＝HYPERLINK(\"http://x\")", "ok\n=1+1", "ok\r\n@SUM(A1)", "＋1", "\t=2"];
    const res = await call("/api/events", { headers: auth, json: { events: texts.map((text) => event({ user, reason: { code: "other", text } })) } });
    expect(res.status).toBe(200);
    const csv = await (await call(`/api/admin/subjects/export?user=${encodeURIComponent(user)}&format=csv`, { headers: ADMIN })).text();
    for (const bad of ["\"＝", "\n=1", "\n@SUM", "\"＋", "\t=2"]) expect(csv, JSON.stringify(bad)).not.toContain(bad);
    expect(csv).toContain("\"'＝HYPERLINK");
    expect(csv).toContain("\n'=1+1");
  });
});

describe("snapshots, /health and /demo (finding 13)", () => {
  it("does not freeze the current week's report: a later event still counts", async () => {
    const { orgId, auth } = await newOrg();
    const week = isoWeek(new Date());
    const now = new Date().toISOString();
    await call("/api/events", { headers: auth, json: { events: [event({ at: now })] } });
    const first = (await (await call(`/api/admin/reports/weekly?org=${orgId}&week=${week}`, { headers: ADMIN })).json()) as { totals: { override: number } };
    expect(first.totals.override).toBe(1);
    await call("/api/events", { headers: auth, json: { events: [event({ at: now })] } });
    const second = (await (await call(`/api/admin/reports/weekly?org=${orgId}&week=${week}`, { headers: ADMIN })).json()) as { totals: { override: number } };
    expect(second.totals.override).toBe(2);
    expect(await countRows("SELECT count(*) AS n FROM report_snapshots WHERE org_id = ? AND week = ?", orgId, week)).toBe(0);
  });

  it("/health says only whether it works, and /demo exists only where the local demo key is set", async () => {
    const health = (await (await call("/health")).json()) as Record<string, unknown>;
    expect(health).toEqual({ ok: true });
    expect((await call("/demo", {}, { DEMO_API_KEY: undefined })).status).toBe(404);
    expect((await call("/demo", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "a=b" }, { DEMO_API_KEY: undefined })).status).toBe(404);
    expect((await call("/demo", {}, { DEMO_API_KEY: "dpa_demo_local" })).status).toBe(200);
  });
});
