import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { launchWithExtension, watchErrors, type Browser } from "./chromium.ts";
import { d1Query } from "../../scripts/lib/local-stack.ts";
import { isoWeek } from "../../shared/schema/week.ts";

// The admin console in a real Chromium against `wrangler dev`: every page opens without a console
// error (CSP violations included), and a reason with markup is shown as text, never run.

const chromiumPath = inject("chromiumPath");
const base = inject("workerUrl");

describe.skipIf(!chromiumPath)("admin console in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let dialogs = 0;
  const xss = "<img src=x onerror=alert(1)>";

  beforeAll(async () => {
    // The API refuses markup in free text; rows with markup can still exist (written before that, or
    // by hand), so they are put into the Worker's D1 directly and must be shown as text.
    d1Query(`INSERT INTO events (id, org_id, type, category, rule, confidence, reason_code, reason_text, field, site, path, user_ref, at, week, version)
      VALUES ('${crypto.randomUUID()}', 'demo', 'override', 'health', 'health.lexicon.epilepsie', 'high', 'other', '${xss}', 'Omschrijving', '127.0.0.1', '/demo',
      'e2e@deftiq.test', '${new Date().toISOString()}', '${isoWeek(new Date())}', '1.0.0')`, inject("persistDir"));
    const headers = { Authorization: `Bearer ${inject("apiKey")}`, "Content-Type": "application/json" };
    const ex = { id: crypto.randomUUID(), category: "religion", legalBasis: "other", justification: "Planning voor de ploeg" };
    expect((await fetch(`${base}/api/exceptions`, { method: "POST", headers, body: JSON.stringify(ex) })).status).toBe(201);
    d1Query(`INSERT INTO exceptions (org_id, category, legal_basis, justification, request_id) VALUES ('demo', 'health', 'other', 'Notitie ${xss} hier', '${crypto.randomUUID()}')`, inject("persistDir"));

    browser = await launchWithExtension(chromiumPath!, inject("extensionDir"));
    page = await browser.context.newPage();
    errors = watchErrors(page);
    page.on("dialog", async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(`${base}/admin`);
    await page.fill('input[name="token"]', inject("adminToken"));
    await Promise.all([page.waitForURL(`${base}/admin`), page.click('button[type="submit"]')]);
  });
  afterAll(async () => browser?.close());

  for (const path of ["/admin", "/admin/events", "/admin/reports", "/admin/policy", "/admin/keys", "/admin/subjects", "/admin?lang=en"]) {
    it(`opens ${path} without console errors`, async () => {
      const res = await page.goto(`${base}${path}`);
      expect(res?.status()).toBe(200);
      await page.waitForLoadState("load");
      expect(await page.locator("h1").count()).toBe(1);
      expect(errors).toEqual([]);
    });
  }

  it("shows a reason with markup as text and runs nothing", async () => {
    await page.goto(`${base}/admin/events?user=e2e%40deftiq.test`);
    await expect.poll(() => page.locator("td", { hasText: xss }).count()).toBeGreaterThan(0);
    expect(await page.locator("main img").count()).toBe(0);
    await page.goto(`${base}/admin`);
    expect(await page.locator("td", { hasText: xss }).count()).toBeGreaterThan(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  it("approves the pending request through the form and it appears under 'in force'", async () => {
    await page.goto(`${base}/admin?lang=nl`);
    const approve = page.locator("tr", { hasText: "Planning" }).locator('form[action$="/approve"]');
    await approve.locator('input[name="note"]').fill("akkoord");
    await Promise.all([page.waitForURL(/done=/), approve.locator("button", { hasText: "Goedkeuren" }).click()]);
    // In the reader's language only: "goedgekeurd", not a status code or "goedgekeurd / approved".
    expect(await page.locator("p.notice").textContent()).toMatch(/^Uitzondering #\d+: goedgekeurd\.$/);
    const policy = await (await fetch(`${base}/api/policy`, { headers: { Authorization: `Bearer ${inject("apiKey")}` } })).json() as { exceptions: { category: string }[] };
    expect(policy.exceptions.map((e) => e.category)).toContain("religion");
    expect(errors).toEqual([]);
  });
});
