import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { configureExtension, extensionId, findingsOn, launchWithExtension, watchErrors, type Browser } from "./chromium.ts";

// A guard that cannot start must say so where the user looks: a copy of the built extension whose
// lexicon.bin is damaged, in a real Chromium. The page must stay whole and unguarded, the toolbar button
// must carry a red "!" for that tab, and the popup must say the tab is not guarded and why.
const chromiumPath = inject("chromiumPath");

describe.skipIf(!chromiumPath)("when the lexicon cannot be loaded", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let copy: string;

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), "dpa-e2e-broken-ext-"));
    cpSync(inject("extensionDir"), copy, { recursive: true });
    writeFileSync(join(copy, "lexicon.bin"), "this is not a deflated lexicon");
    browser = await launchWithExtension(chromiumPath!, copy);
    // Dutch first: the popup follows the user's language setting.
    await configureExtension(browser.context, { workerUrl: inject("workerUrl"), apiKey: inject("apiKey"), language: "nl" });
    page = await browser.context.newPage();
    errors = watchErrors(page);
    await page.goto(`${inject("workerUrl")}/demo`);
    await page.waitForFunction(() => "demoEditor" in window);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  let demoTab: number | undefined;
  /** The toolbar badge and title of the demo page's tab, read in the extension's service worker. */
  const badgeOfDemoTab = async () => {
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent("serviceworker"));
    const found = await worker.evaluate(async ({ origin, known }) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> }; action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).chrome;
      const id = known ?? (await c.tabs.query({})).find((t) => t.url?.startsWith(origin))?.id;
      return id === undefined ? null : { id, text: await c.action.getBadgeText({ tabId: id }), title: await c.action.getTitle({ tabId: id }) };
    }, { origin: inject("workerUrl"), known: demoTab });
    demoTab ??= found?.id;
    return found;
  };

  it("leaves the page working and the field unguarded, without an error in the page", async () => {
    await page.click("#description");
    await page.keyboard.type("Jan viel van de steiger, hij heeft epilepsie", { delay: 2 });
    expect(await page.inputValue("#description")).toBe("Jan viel van de steiger, hij heeft epilepsie");
    expect(await findingsOn(page, "#description")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("puts a red '!' on the toolbar button for that tab", async () => {
    await expect.poll(async () => (await badgeOfDemoTab())?.text, { timeout: 30_000 }).toBe("!");
    expect((await badgeOfDemoTab())?.title).toContain("niet actief");
  });

  it("says in the popup that the tab is not guarded and what to do", async () => {
    const tab = await badgeOfDemoTab();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${await extensionId(browser.context)}/popup.html?tab=${tab!.id}`);
    await expect.poll(() => popup.textContent("#tab"), { timeout: 30_000 }).toContain("NIET bewaakt");
    expect(await popup.textContent("#tab")).toContain("Herlaad de pagina");
    await popup.close();
  });

  it("clears the '!' when the tab loads another page", async () => {
    // about:blank runs no content script, so nothing sets the badge again.
    await page.goto("about:blank");
    await expect.poll(async () => (await badgeOfDemoTab())?.text ?? "", { timeout: 30_000 }).toBe("");
  });
});
