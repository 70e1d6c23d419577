import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { d1Query } from "../../scripts/lib/local-stack.ts";
import { configureExtension, extensionId, launchWithExtension, openPanel, waitForHost, watchErrors, type Browser } from "./chromium.ts";

// The rest of a user's way through the demo form: fast typing into the rich-text editor loses
// nothing, the submit guard warns or blocks per policy, and an exception request shows as requested,
// then as allowed once an admin approves it.

const chromiumPath = inject("chromiumPath");
const base = inject("workerUrl");
const admin = { Authorization: `Bearer ${inject("adminToken")}`, "Content-Type": "application/json" };
const persistDir = inject("persistDir");

describe.skipIf(!chromiumPath)("form flow", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  // "Nu versturen" in the popup, then wait until it shows the policy version the Worker has now.
  const refreshPolicy = async () => {
    const { version } = (await (await fetch(`${base}/api/policy`, { headers: { Authorization: `Bearer ${inject("apiKey")}` } })).json()) as { version: number };
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${await extensionId(browser.context)}/popup.html`);
    await popup.click("#flush");
    await expect.poll(() => popup.textContent("#policy"), { timeout: 30_000 }).toContain(`versie ${version},`);
    await popup.close();
  };

  beforeAll(async () => {
    browser = await launchWithExtension(chromiumPath!, inject("extensionDir"));
    await configureExtension(browser.context, { workerUrl: base, apiKey: inject("apiKey") });
    page = await browser.context.newPage();
    errors = watchErrors(page);
  });
  afterAll(async () => browser?.close());

  const load = async () => {
    await page.goto(`${base}/demo`);
    await page.waitForFunction(() => "demoEditor" in window);
  };

  it("loses no keystroke while 2,000 characters are typed quickly into the TipTap editor", async () => {
    await load();
    const words = "Jan viel van de steiger bij het ziekenhuis en brak zijn pols, BSN 123456782 genoteerd. ";
    const text = words.repeat(Math.ceil(2000 / words.length)).slice(0, 2000);
    await page.click("#notes-editor .ProseMirror");
    await page.keyboard.type(text, { delay: 0 });
    const typed = await page.evaluate(() => (window as unknown as { demoEditor: { getText(): string } }).demoEditor.getText());
    expect(typed.length).toBe(2000);
    expect(typed).toBe(text);
    await waitForHost(page, "#notes-editor .ProseMirror", "kind", "contenteditable");
    expect(errors).toEqual([]);
  });

  it("warns on submit with an open finding; 'Toch versturen' sends the form and logs submit_warned", async () => {
    await load();
    await page.click("#title");
    await page.keyboard.type("BSN 123456782", { delay: 2 });
    await waitForHost(page, "#title", "findings", "1");
    await page.keyboard.press("Enter"); // implicit submission from a single-line input
    await page.waitForSelector("dpa-guard-dialog[data-state=warn]", { state: "attached" });
    expect(page.url()).toBe(`${base}/demo`);
    // The dialog's focus starts on "Terug"; Tab reaches "Toch versturen".
    await page.keyboard.press("Tab");
    await Promise.all([page.waitForSelector("#echo"), page.keyboard.press("Enter")]);
    expect(await page.textContent("header")).toMatch(/Melding ontvangen/);
    await expect.poll(() => d1Query<{ n: number }>("SELECT count(*) AS n FROM events WHERE type = 'submit_warned'", persistDir)[0]!.n, { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  it("blocks the submit when the organisation's policy says block for BSNs", async () => {
    const put = await fetch(`${base}/api/admin/orgs/demo/settings`, { method: "PUT", headers: admin, body: JSON.stringify({ categories: { bsn: { enabled: true, mode: "block" } } }) });
    expect(put.status).toBe(200);
    await refreshPolicy();
    await load();
    await page.click("#title");
    await page.keyboard.type("BSN 123456782", { delay: 2 });
    await waitForHost(page, "#title", "findings", "1");
    await page.keyboard.press("Enter");
    await page.waitForSelector("dpa-guard-dialog[data-state=block]", { state: "attached" });
    await page.keyboard.press("Enter"); // the only button: back to the form
    await page.waitForSelector("dpa-guard-dialog", { state: "detached" });
    expect(page.url()).toBe(`${base}/demo`);
    expect(await page.inputValue("#title")).toBe("BSN 123456782");
    await expect.poll(() => d1Query<{ n: number }>("SELECT count(*) AS n FROM events WHERE type = 'submit_blocked'", persistDir)[0]!.n, { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
    await fetch(`${base}/api/admin/orgs/demo/settings`, { method: "PUT", headers: admin, body: JSON.stringify({ categories: {} }) });
    await refreshPolicy();
  });

  it("an exception request shows 'aangevraagd' and still warns; once approved the finding shows as allowed", async () => {
    await load();
    await page.click("#description");
    await page.keyboard.type("Kees is vakbondslid sinds 2020.", { delay: 1 });
    await waitForHost(page, "#description", "findings", "1");
    await openPanel(page, "#description");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab"); // → Uitzondering aanvragen
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab"); // legal basis (default: consent) → justification
    await page.keyboard.type("Nodig voor de cao-administratie van de ploeg");
    await page.keyboard.press("Enter");
    await waitForHost(page, "#description", "requested", "1");
    // Requested is not allowed: it still counts as a warning until an admin approves.
    await waitForHost(page, "#description", "findings", "1");

    const pending = (await (await fetch(`${base}/api/admin/exceptions?status=pending&org=demo`, { headers: admin })).json()) as { exceptions: { id: number; category: string }[] };
    const mine = pending.exceptions.find((e) => e.category === "union")!;
    expect(mine).toBeTruthy();
    const approve = await fetch(`${base}/api/admin/exceptions/${mine.id}/decision`, { method: "POST", headers: admin, body: JSON.stringify({ decision: "approve", validUntil: "2099-12-31" }) });
    expect(approve.status).toBe(200);
    await refreshPolicy();
    await waitForHost(page, "#description", "allowed", "1");
    await waitForHost(page, "#description", "findings", "0");
    expect(errors).toEqual([]);
  });
});
