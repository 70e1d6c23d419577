import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ADMIN, call, countRows, newOrg } from "./helpers.ts";
import { Browser, signedIn } from "./console-browser.ts";
import { timingSafeEqual } from "../../worker/src/lib/crypto.ts";

// Issue 11, findings 3, 4, 5, 7, 10 and 14: the console's cookie never drives the JSON API, sessions
// end when the admin logs out, CSRF tokens belong to a session, bad bodies are 4xx, guessing is throttled.

async function newKey(orgId: string): Promise<string> {
  const res = await call("/api/admin/keys", { headers: ADMIN, json: { org: orgId, label: "tablet" } });
  return ((await res.json()) as { id: string }).id;
}
const keyRevoked = async (id: string) => (await env.DB.prepare("SELECT revoked_at FROM api_keys WHERE id = ?").bind(id).first<{ revoked_at: string | null }>())!.revoked_at !== null;

describe("the JSON admin API and the console cookie (finding 3)", () => {
  it("refuses a state change on /api/admin/* that carries only the console's cookie, as a same-site text/plain form would", async () => {
    const { orgId } = await newOrg();
    const keyId = await newKey(orgId);
    const b = await signedIn();
    const res = await b.go(`/api/admin/keys/${keyId}/revoke`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "x=y" });
    expect(res.status).toBe(401);
    expect(await keyRevoked(keyId)).toBe(false);
  });

  it("answers a non-JSON body on JSON routes with 415 and changes nothing", async () => {
    const { orgId, auth } = await newOrg();
    const settings = { categories: { health: { enabled: false, mode: "warn" } } };
    expect((await call(`/api/admin/orgs/${orgId}/settings`, { method: "PUT", headers: ADMIN, json: settings })).status).toBe(200);
    const before = await (await call("/api/policy", { headers: auth })).json();
    const plain = await call(`/api/admin/orgs/${orgId}/settings`, { method: "PUT", headers: { ...ADMIN, "Content-Type": "text/plain" }, body: "{}" });
    expect(plain.status).toBe(415);
    expect(await (await call("/api/policy", { headers: auth })).json()).toEqual(before);
    const form = await call("/api/events", { method: "POST", headers: { ...auth, "Content-Type": "application/x-www-form-urlencoded" }, body: "events=1" });
    expect(form.status).toBe(415);
  });
});

describe("console sessions (findings 4 and 5)", () => {
  it("ends the session on logout: the old cookie no longer opens the console", async () => {
    const b = await signedIn();
    expect((await b.go("/admin")).status).toBe(200);
    const stolen = new Map(b.cookies);
    expect((await b.go("/admin/logout", { form: { _csrf: await b.csrf() } })).status).toBe(303);
    const replay = new Browser();
    replay.cookies = stolen;
    const res = await replay.go("/admin");
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/admin/login");
  });

  it("refuses a made-up cookie/field pair, another session's token, and a post without Origin", async () => {
    const { orgId } = await newOrg();
    const keyId = await newKey(orgId);
    const a = await signedIn();
    const other = await signedIn();
    const path = `/admin/keys/${keyId}/revoke`;
    a.cookies.set("dpa_csrf", "x");
    expect((await a.go(path, { form: { _csrf: "x" } })).status).toBe(403);
    expect((await a.go(path, { form: { _csrf: await other.csrf() } })).status).toBe(403);
    expect((await a.go(path, { form: { _csrf: await a.csrf() }, headers: { Origin: "" } })).status).toBe(403); // no Origin header at all
    expect(await keyRevoked(keyId)).toBe(false);
    // The console asks before revoking (issue 12): the confirmed post revokes.
    expect((await a.go(path, { form: { _csrf: await a.csrf(), confirm: "yes" } })).status).toBe(303);
    expect(await keyRevoked(keyId)).toBe(true);
  });
});

describe("malformed multipart bodies (finding 7)", () => {
  it("answers 400, not 500, on the login, the demo form and a console form", async () => {
    const broken = { "Content-Type": "multipart/form-data; boundary=zzz", Origin: "https://dpa.test" };
    const body = "--zzz\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\nabc"; // never closed
    expect((await call("/admin/login", { method: "POST", headers: broken, body })).status).toBe(400);
    expect((await call("/demo", { method: "POST", headers: broken, body }, { DEMO_API_KEY: "demo" })).status).toBe(400);
    const b = await signedIn();
    expect((await b.go("/admin/subjects/erase", { method: "POST", headers: broken, body })).status).toBe(400);
  });
});

describe("guessing is throttled per client address (finding 10)", () => {
  it("answers 429 after repeated failed admin logins, wrong admin tokens and unknown API keys, and not for another address", async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const from = { "CF-Connecting-IP": address };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await new Browser(from).go("/admin/login", { form: { token: `guess-${i}` } })).status);
    for (let i = 0; i < 12; i++) statuses.push((await call("/api/events", { headers: { ...from, Authorization: `Bearer guess-${i}` }, json: { events: [] } })).status);
    expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403]);
    expect(statuses.at(-1)).toBe(429);
    // Once throttled, even the right token is refused from that address until the window ends.
    expect((await new Browser(from).go("/admin/login", { form: { token: env.ADMIN_TOKEN } })).status).toBe(429);
    expect((await call("/api/admin/exceptions", { headers: { ...ADMIN, ...from } })).status).toBe(429);
    expect((await call("/api/admin/exceptions", { headers: { ...ADMIN, "CF-Connecting-IP": "203.0.113.9" } })).status).toBe(200);
    expect(await countRows("SELECT count(*) AS n FROM auth_failures WHERE client = ?", address)).toBeGreaterThanOrEqual(1);
  });
});

describe("secret comparison (finding 14)", () => {
  it("compares digests, so strings of different lengths take the same path and still compare right", async () => {
    const pending = timingSafeEqual("a", "a-much-longer-token");
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toBe(false);
    expect(await timingSafeEqual("token-1", "token-1")).toBe(true);
    expect(await timingSafeEqual("token-1", "token-2")).toBe(false);
    expect(await timingSafeEqual("", "")).toBe(true);
  });
});
