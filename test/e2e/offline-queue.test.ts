import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { d1Query, ensureDevVars, freePort, prepareDatabase, startWorker, type RunningWorker } from "../../scripts/lib/local-stack.ts";
import { configureExtension, extensionId, launchWithExtension, openPanel, waitForHost, watchErrors, type Browser } from "./chromium.ts";

// Principle 2, nothing is lost: an override made while the Worker is down waits in the extension's
// queue (the popup shows it), and arrives exactly once when the Worker is back. This file runs its
// own Worker, so stopping it does not disturb the other tests.

const chromiumPath = inject("chromiumPath");

describe.skipIf(!chromiumPath)("offline queue", () => {
  let browser: Browser;
  let page: Page;
  let worker: RunningWorker | undefined;
  let port: number;
  let persistTo: string;
  const overrides = () => d1Query<{ n: number }>("SELECT count(*) AS n FROM events WHERE type = 'override'", persistTo)[0]!.n;

  beforeAll(async () => {
    persistTo = mkdtempSync(join(tmpdir(), "dpa-e2e-offline-"));
    const vars = ensureDevVars();
    prepareDatabase(vars, persistTo);
    port = await freePort();
    worker = await startWorker({ port, persistTo });
    browser = await launchWithExtension(chromiumPath!, inject("extensionDir"));
    // No user set yet: events queued now must still carry the user once it is set (issue 12, item 10).
    await configureExtension(browser.context, { workerUrl: worker.url, apiKey: vars.DEMO_API_KEY, user: "" });
    page = await browser.context.newPage();
    await page.goto(`${worker.url}/demo`);
    await page.waitForFunction(() => "demoEditor" in window);
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    rmSync(persistTo, { recursive: true, force: true });
  });

  it("queues an override while the Worker is down, shows it in the popup, and delivers it once after restart, with the user set meanwhile", async () => {
    const errors = watchErrors(page);
    await page.click("#description");
    await page.keyboard.type("Piet is zwanger.", { delay: 2 });
    await waitForHost(page, "#description", "findings", "1");

    await worker!.stop();
    worker = undefined;

    await openPanel(page, "#description");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowDown"); // choose the reason: consent of the person concerned
    await page.keyboard.press("Tab"); // → explanation
    await page.keyboard.press("Enter");
    await waitForHost(page, "#description", "findings", "0");

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${await extensionId(browser.context)}/popup.html`);
    await expect.poll(() => popup.getAttribute("#queue", "data-count"), { timeout: 60_000 }).toBe("1");
    await expect.poll(() => popup.textContent("#worker"), { timeout: 60_000 }).toMatch(/onbereikbaar/);

    worker = await startWorker({ port, persistTo });
    await configureExtension(browser.context, { workerUrl: worker.url, apiKey: ensureDevVars().DEMO_API_KEY, user: "later@deftiq.test" });
    await popup.click("#flush");
    await expect.poll(() => popup.getAttribute("#queue", "data-count"), { timeout: 60_000 }).toBe("0");
    expect(overrides()).toBe(1);
    expect(d1Query<{ user_ref: string }>("SELECT user_ref FROM events WHERE type = 'override'", persistTo)[0]!.user_ref).toBe("later@deftiq.test");
    // Another flush (and the background's own alarms) never double it.
    await popup.click("#flush");
    await popup.waitForTimeout(500);
    expect(overrides()).toBe(1);
    expect(errors).toEqual([]);
  });
});
