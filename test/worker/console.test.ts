import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, event, newOrg } from "./helpers.ts";

// The console through the real app: sign-in, CSRF, escaping and the CSP header.

class Browser {
  cookies = new Map<string, string>();
  async go(path: string, init: RequestInit & { form?: Record<string, string> } = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("Cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    let body = init.body;
    if (init.form) {
      body = new URLSearchParams(init.form);
      headers.set("Content-Type", "application/x-www-form-urlencoded");
    }
    const res = await call(path, { ...init, headers, body, method: init.method ?? (init.form ? "POST" : "GET") });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, v] = pair!.split("=");
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(k!);
      else this.cookies.set(k!, v!);
    }
    return res;
  }
  csrf() {
    return this.cookies.get("dpa_csrf")!;
  }
}

async function signedIn(): Promise<Browser> {
  const b = new Browser();
  const res = await b.go("/admin/login", { form: { token: env.ADMIN_TOKEN } });
  expect(res.status).toBe(303);
  return b;
}

describe("admin console", () => {
  it("sends visitors to the sign-in page and refuses a wrong token", async () => {
    const b = new Browser();
    const res = await b.go("/admin");
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/admin/login");
    expect((await b.go("/admin/login", { form: { token: "wrong" } })).status).toBe(403);
    expect(b.cookies.has("dpa_admin")).toBe(false);
  });

  it("serves pages with a strict CSP and no inline script or style", async () => {
    const b = await signedIn();
    const res = await b.go("/admin");
    expect(res.status).toBe(200);
    const csp = res.headers.get("Content-Security-Policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).not.toMatch(/<script|style=/);
  });

  it("shows a reason containing markup as text, escaped, in the events, report and exception pages", async () => {
    const { orgId, auth } = await newOrg();
    const xss = "<img src=x onerror=alert(1)>";
    await call("/api/events", { headers: auth, json: { events: [event({ at: "2026-11-18T10:00:00Z", reason: { code: "other", text: xss } })] } });
    await call("/api/exceptions", { headers: auth, json: { id: crypto.randomUUID(), category: "religion", legalBasis: "other", justification: `Nodig voor ${xss} planning`, user: xss } });
    const b = await signedIn();
    for (const path of [`/admin/events?org=${orgId}`, `/admin/reports?org=${orgId}&week=2026-W47`, "/admin"]) {
      const html = await (await b.go(path)).text();
      expect(html, path).toContain("&lt;img src=x onerror=alert(1)&gt;");
      expect(html, path).not.toContain("<img src=x");
    }
  });

  it("refuses a form post without the CSRF token or from another site, and accepts it with both", async () => {
    const { orgId, auth } = await newOrg();
    const { id } = (await (await call("/api/exceptions", { headers: auth, json: { id: crypto.randomUUID(), category: "health", legalBasis: "consent", justification: "Toestemming ligt in het dossier" } })).json()) as { id: number };
    const b = await signedIn();
    await b.go("/admin"); // sets the CSRF cookie
    expect((await b.go(`/admin/exceptions/${id}/deny`, { form: { note: "nee" } })).status).toBe(403);
    expect((await b.go(`/admin/exceptions/${id}/deny`, { form: { note: "nee", _csrf: b.csrf() }, headers: { Origin: "https://evil.example" } })).status).toBe(403);
    const ok = await b.go(`/admin/exceptions/${id}/approve`, { form: { _csrf: b.csrf(), validUntil: "2099-12-31", note: "ok", site: "", pathPattern: "" } });
    expect(ok.status).toBe(303);
    const row = await env.DB.prepare("SELECT status, valid_until FROM exceptions WHERE id = ?").bind(id).first();
    expect(row).toEqual({ status: "approved", valid_until: "2099-12-31" });
    expect(orgId).toBeTruthy();
  });

  it("creates an API key and shows it once", async () => {
    const { orgId } = await newOrg();
    const b = await signedIn();
    await b.go("/admin/keys");
    const res = await b.go("/admin/keys", { form: { _csrf: b.csrf(), org: orgId, label: "tablet" } });
    const html = await res.text();
    const key = /class="key">(dpa_[A-Za-z0-9_-]+)</.exec(html)?.[1];
    expect(key).toBeTruthy();
    expect((await call("/api/policy", { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
    expect(await (await b.go("/admin/keys")).text()).not.toContain(key!);
  });

  it("draws the weekly report with SVG charts", async () => {
    const { orgId, auth } = await newOrg();
    await call("/api/events", { headers: auth, json: { events: [event({ at: "2026-11-18T10:00:00Z" })] } });
    const html = await (await (await signedIn()).go(`/admin/reports?org=${orgId}&week=2026-W47`)).text();
    expect(html).toContain("<svg");
    expect(html).toMatch(/<title>Toch doorgegaan per categorie<\/title>/);
    // Names, not codes: the category as a reader knows it.
    expect(html).toContain(">Medisch gegeven<");
    expect(html).not.toContain(">health<");
  });
});
