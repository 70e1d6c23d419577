import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { LAST_WEEK, call, event, inWeek, newOrg } from "./helpers.ts";
import { Browser, signedIn } from "./console-browser.ts";

// The console through the real app: sign-in, CSRF, escaping and the CSP header.

describe("admin console", () => {
  it("sends visitors to the sign-in page and refuses a wrong token", async () => {
    const b = new Browser();
    const res = await b.go("/admin");
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/admin/login");
    expect((await b.go("/admin/login", { form: { token: "wrong" } })).status).toBe(403);
    expect(b.cookies.has("dpa_session")).toBe(false);
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
    // The API refuses markup in free text now; rows written before that (or by hand) must still be
    // shown as text, so they are put into D1 directly here.
    const { orgId } = await newOrg();
    const xss = "<img src=x onerror=alert(1)>";
    await env.DB.batch([
      env.DB.prepare(`INSERT INTO events (id, org_id, type, category, rule, confidence, reason_code, reason_text, field, site, path, user_ref, at, week, version)
        VALUES (?, ?, 'override', 'health', 'health.lexicon.epilepsie', 'high', 'other', ?, 'Omschrijving', 'app.deftiq.com', '/x', ?, ?, ?, '1.0.0')`)
        .bind(crypto.randomUUID(), orgId, xss, xss, inWeek(LAST_WEEK, 34), LAST_WEEK),
      env.DB.prepare("INSERT INTO exceptions (org_id, category, legal_basis, justification, requested_by, request_id) VALUES (?, 'religion', 'other', ?, ?, ?)")
        .bind(orgId, `Nodig voor ${xss} planning`, xss, crypto.randomUUID()),
    ]);
    const b = await signedIn();
    for (const path of [`/admin/events?org=${orgId}`, `/admin/reports?org=${orgId}&week=${LAST_WEEK}`, "/admin"]) {
      const html = await (await b.go(path)).text();
      expect(html, path).toContain("&lt;img src=x onerror=alert(1)&gt;");
      expect(html, path).not.toContain("<img src=x");
    }
  });

  it("refuses a form post without the CSRF token or from another site, and accepts it with both", async () => {
    const { orgId, auth } = await newOrg();
    const { id } = (await (await call("/api/exceptions", { headers: auth, json: { id: crypto.randomUUID(), category: "health", legalBasis: "consent", justification: "Toestemming ligt in het dossier" } })).json()) as { id: number };
    const b = await signedIn();
    const csrf = await b.csrf();
    expect((await b.go(`/admin/exceptions/${id}/deny`, { form: { note: "nee" } })).status).toBe(403);
    expect((await b.go(`/admin/exceptions/${id}/deny`, { form: { note: "nee", _csrf: csrf }, headers: { Origin: "https://evil.example" } })).status).toBe(403);
    const ok = await b.go(`/admin/exceptions/${id}/approve`, { form: { _csrf: csrf, validUntil: "2099-12-31", note: "ok", site: "", pathPattern: "" } });
    expect(ok.status).toBe(303);
    const row = await env.DB.prepare("SELECT status, valid_until FROM exceptions WHERE id = ?").bind(id).first();
    expect(row).toEqual({ status: "approved", valid_until: "2099-12-31" });
    expect(orgId).toBeTruthy();
  });

  it("creates an API key and shows it once", async () => {
    const { orgId } = await newOrg();
    const b = await signedIn();
    await b.go("/admin/keys");
    const res = await b.go("/admin/keys", { form: { _csrf: await b.csrf(), org: orgId, label: "tablet" } });
    const html = await res.text();
    const key = /class="key">(dpa_[A-Za-z0-9_-]+)</.exec(html)?.[1];
    expect(key).toBeTruthy();
    expect((await call("/api/policy", { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
    expect(await (await b.go("/admin/keys")).text()).not.toContain(key!);
  });

  it("draws the weekly report with SVG charts", async () => {
    const { orgId, auth } = await newOrg();
    await call("/api/events", { headers: auth, json: { events: [event()] } });
    const html = await (await (await signedIn()).go(`/admin/reports?org=${orgId}&week=${LAST_WEEK}`)).text();
    expect(html).toContain("<svg");
    expect(html).toMatch(/<title>Toch doorgegaan per categorie<\/title>/);
    // Names, not codes: the category as a reader knows it.
    expect(html).toContain(">Medisch gegeven<");
    expect(html).not.toContain(">health<");
  });
});
