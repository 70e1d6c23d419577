import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { findingsOn, launchWithExtension, waitForHost, watchErrors, type Browser } from "./chromium.ts";

// The demo page is an incident report: an injury phrase with nobody named is still about the injured
// person there, and a person named in the first sentence is who the next one is about.
const chromiumPath = inject("chromiumPath");

describe.skipIf(!chromiumPath)("context beyond the sentence in the demo incident form", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchWithExtension(chromiumPath!, inject("extensionDir"));
    page = await browser.context.newPage();
    errors = watchErrors(page);
    await page.goto(`${inject("workerUrl")}/demo`);
    await page.waitForFunction(() => "demoEditor" in window);
  });
  afterAll(async () => browser?.close());

  it("warns on care received with no name in an incident report", async () => {
    await page.fill("#description", "");
    await page.click("#description");
    await page.keyboard.type("Bij het afbramen uitgeschoten, daarna naar de huisarts gegaan.", { delay: 2 });
    await waitForHost(page, "#description", "findings", "1");
    expect(await findingsOn(page, "#description")).toBe(1);
  });

  it("a generic rule in the same form stays silent", async () => {
    await page.fill("#description", "");
    await page.click("#description");
    // The BSN at the end proves the scan read the whole text: its one finding is the only one.
    await page.keyboard.type("Als iemand onwel wordt, bel 112 en ga daarna naar de huisarts. BSN 111222333", { delay: 2 });
    await waitForHost(page, "#description", "findings", "1");
    expect(await findingsOn(page, "#description")).toBe(1);
    expect(errors).toEqual([]);
  });
});
