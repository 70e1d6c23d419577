import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { isoWeek, previousWeek, weekRange } from "../../shared/schema/week.ts";
import { LAST_WEEK, call, event, newOrg } from "./helpers.ts";
import { type Browser, signedIn as signedInBrowser } from "./console-browser.ts";

// What an admin does in the console itself (issue 12, items 9 and 10): set warn/block/off per
// category, revoke a key after confirming, read names and Amsterdam times, open the weekly report on
// a week that has something to show.

/** The console as a browser uses it (console-browser.ts): a session cookie, Origin on posts, the page's CSRF token. */
class ConsoleSession {
  constructor(private readonly browser: Browser) {}
  go(path: string, form?: Record<string, string>): Promise<Response> {
    return this.browser.go(path, form ? { form } : {});
  }
  async post(path: string, form: Record<string, string> = {}) {
    return this.browser.go(path, { form: { ...form, _csrf: await this.browser.csrf() } });
  }
}

async function signedIn(): Promise<ConsoleSession> {
  return new ConsoleSession(await signedInBrowser());
}

const policyOf = async (auth: Record<string, string>) =>
  (await (await call("/api/policy", { headers: auth })).json()) as { categories: Record<string, { enabled: boolean; mode: string }> };

describe("admin console: what an admin does there", () => {
  it("switches a category between warn, block and off per organisation, and the policy follows", async () => {
    const { orgId, auth } = await newOrg();
    const s = await signedIn();
    const page = await (await s.go("/admin/policy")).text();
    expect(page).toContain(`action="/admin/policy/${orgId}"`);
    expect(page).toContain("Vakbondslidmaatschap");
    const res = await s.post(`/admin/policy/${orgId}`, { bsn: "block", health: "off", union: "warn" });
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.get("Location")!)).toContain("opgeslagen");
    const policy = await policyOf(auth);
    expect(policy.categories.bsn).toEqual({ enabled: true, mode: "block" });
    expect(policy.categories.health).toEqual({ enabled: false, mode: "warn" });
    expect(policy.categories.religion).toEqual({ enabled: true, mode: "warn" });
    // The form shows what is in force now.
    const again = await (await s.go("/admin/policy")).text();
    expect(again).toMatch(new RegExp(`id="${orgId}-bsn" name="bsn"><option value="off">uit</option><option value="warn">waarschuwen</option><option value="block" selected`));
    // A bad value changes nothing and says why.
    const bad = await s.post(`/admin/policy/${orgId}`, { bsn: "maybe" });
    expect(decodeURIComponent(bad.headers.get("Location")!.replaceAll("+", " "))).toContain("Onbekende instelling");
    expect((await policyOf(auth)).categories.bsn).toEqual({ enabled: true, mode: "block" });
    const audit = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'org.settings' AND org_id = ?").bind(orgId).first<{ n: number }>();
    expect(audit!.n).toBe(1);
  });

  it("asks before revoking a key, then revokes it and says what that means", async () => {
    const { orgId, auth } = await newOrg();
    const [{ id }] = (await env.DB.prepare("SELECT id FROM api_keys WHERE org_id = ?").bind(orgId).all<{ id: string }>()).results as [{ id: string }];
    const s = await signedIn();
    const ask = await s.post(`/admin/keys/${id}/revoke`);
    expect(ask.status).toBe(200);
    const question = await ask.text();
    expect(question).toContain("Sleutel intrekken?");
    expect(question).toContain('name="confirm" value="yes"');
    expect((await call("/api/policy", { headers: auth })).status).toBe(200); // not yet revoked
    const done = await s.post(`/admin/keys/${id}/revoke`, { confirm: "yes" });
    expect(done.status).toBe(303);
    const message = decodeURIComponent(done.headers.get("Location")!.replaceAll("+", " "));
    expect(message).toContain("is ingetrokken");
    expect((await call("/api/policy", { headers: auth })).status).toBe(401);
    expect(await (await s.go(done.headers.get("Location")!)).text()).toContain("is ingetrokken");
  });

  it("shows names instead of codes, times on Amsterdam clocks, and one language at a time", async () => {
    const { orgId, auth } = await newOrg();
    // Monday 00:00 in Amsterdam, which is still Sunday on a UTC clock.
    const midnight = weekRange(LAST_WEEK).start;
    await call("/api/events", { headers: auth, json: { events: [event({ at: midnight.toISOString(), reason: { code: "legal_obligation", text: "" } })] } });
    const monday = new Date(midnight.getTime() + 12 * 3_600_000); // noon: the same date in UTC and Amsterdam
    const pad = (n: number) => String(n).padStart(2, "0");
    const s = await signedIn();
    const nl = await (await s.go(`/admin/events?org=${orgId}`)).text();
    expect(nl).toContain(`${pad(monday.getUTCDate())}-${pad(monday.getUTCMonth() + 1)}-${monday.getUTCFullYear()} 00:00`);
    expect(nl).not.toContain(midnight.toISOString().slice(0, 16).replace("T", " "));
    expect(nl).toContain("Wettelijke plicht");
    expect(nl).toContain("Toch doorgegaan");
    expect(nl).not.toMatch(/>legal_obligation<|>health</);
    const en = await (await s.go(`/admin/events?org=${orgId}&lang=en`)).text();
    expect(en).toContain("Legal obligation");
    expect(en).not.toContain("Wettelijke plicht");
  });

  it("opens the weekly report on the current week when the last closed week has no events", async () => {
    const { orgId, auth } = await newOrg();
    const s = await signedIn();
    const current = isoWeek(new Date());
    await call("/api/events", { headers: auth, json: { events: [event({ at: new Date().toISOString() })] } });
    const html = await (await s.go(`/admin/reports?org=${orgId}`)).text();
    expect(html).toContain(`Weekrapport ${current}`);
    expect(html).toContain(`Vorige week (${previousWeek(current)}) heeft geen gebeurtenissen`);
    // With events in the closed week, that week it is.
    const { orgId: other, auth: otherAuth } = await newOrg();
    const lastWeekInstant = new Date(Date.now() - 7 * 86_400_000).toISOString();
    await call("/api/events", { headers: otherAuth, json: { events: [event({ at: lastWeekInstant })] } });
    expect(await (await s.go(`/admin/reports?org=${other}`)).text()).toContain(`Weekrapport ${isoWeek(lastWeekInstant)}`);
  });
});
