import { env } from "cloudflare:test";
import "./provided.ts";
import { describe, expect, inject, it } from "vitest";
import { ADMIN, call, newOrg } from "./helpers.ts";

// Cloudflare Access is outside the product: the test receiver publishes a key like Access's
// /cdn-cgi/access/certs, and tokens are signed here with its private half.
const team = inject("receiverUrl");
const accessEnv = { ACCESS_TEAM_DOMAIN: team, ACCESS_AUDIENCE: "aud-dpa-guard" };

const b64url = (data: Uint8Array | string) => {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
};

async function accessToken(claims: Record<string, unknown>): Promise<string> {
  const jwk = inject("accessPrivateJwk");
  const key = await crypto.subtle.importKey("jwk", { ...jwk, kty: jwk.kty ?? "RSA" }, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["sign"]);
  const head = b64url(JSON.stringify({ alg: "RS256", kid: jwk.kid, typ: "JWT" }));
  const body = b64url(JSON.stringify({ aud: ["aud-dpa-guard"], iss: team, exp: Math.floor(Date.now() / 1000) + 600, ...claims }));
  const sig = new Uint8Array(await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key, new TextEncoder().encode(`${head}.${body}`)));
  return `${head}.${body}.${b64url(sig)}`;
}

const asAccess = async (path: string, claims: Record<string, unknown>, init: RequestInit & { json?: unknown } = {}) =>
  call(path, { ...init, headers: { ...(init.headers as Record<string, string>), "Cf-Access-Jwt-Assertion": await accessToken(claims) } }, accessEnv);

describe("admin identity", () => {
  it("refuses the admin API without credentials (401) and with a wrong token (403)", async () => {
    expect((await call("/api/admin/exceptions")).status).toBe(401);
    expect((await call("/api/admin/exceptions", { headers: { Authorization: "Bearer wrong" } })).status).toBe(403);
    expect((await call("/api/admin/exceptions", { headers: ADMIN })).status).toBe(200);
  });

  it("an org-viewer behind Access sees its own organisation's events and nothing else, and decides nothing", async () => {
    const mine = await newOrg();
    const other = await newOrg();
    await env.DB.prepare("INSERT INTO admin_users (email, role, org_id) VALUES (?, 'org-viewer', ?)").bind("viewer@klant.nl", mine.orgId).run();
    const own = await asAccess(`/api/admin/events?org=${mine.orgId}`, { email: "viewer@klant.nl" });
    expect(own.status).toBe(200);
    expect((await asAccess(`/api/admin/events?org=${other.orgId}`, { email: "viewer@klant.nl" })).status).toBe(403);
    expect((await asAccess("/api/admin/exceptions/1/decision", { email: "viewer@klant.nl" }, { json: { decision: "deny", note: "nee" } })).status).toBe(403);
    expect((await asAccess("/api/admin/keys", { email: "viewer@klant.nl" })).status).toBe(403);
  });

  it("a deftiq-admin behind Access may decide", async () => {
    await env.DB.prepare("INSERT INTO admin_users (email, role) VALUES ('admin@deftiq.com', 'deftiq-admin')").run();
    const res = await asAccess("/api/admin/keys", { email: "admin@deftiq.com" });
    expect(res.status).toBe(200);
  });

  it("refuses Access tokens with the wrong audience, issuer, an expired date, a forged signature or an unknown e-mail", async () => {
    await env.DB.prepare("INSERT INTO admin_users (email, role) VALUES ('a@deftiq.com', 'deftiq-admin')").run();
    for (const [claims, why] of [
      [{ email: "a@deftiq.com", aud: ["someone-else"] }, /audience/],
      [{ email: "a@deftiq.com", iss: "https://evil.cloudflareaccess.com" }, /issuer/],
      [{ email: "a@deftiq.com", exp: 1000 }, /expired/],
      [{ email: "nobody@deftiq.com" }, /geen beheerrol/],
    ] as const) {
      const res = await asAccess("/api/admin/exceptions", claims);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { message: string }).message).toMatch(why);
    }
    const token = await accessToken({ email: "a@deftiq.com" });
    const [h, p] = token.split(".");
    const forged = `${h}.${p}.${b64url("not a signature")}`;
    const res = await call("/api/admin/exceptions", { headers: { "Cf-Access-Jwt-Assertion": forged } }, accessEnv);
    expect(res.status).toBe(403);
  });
});
