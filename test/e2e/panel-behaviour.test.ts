import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { configureExtension, exposeShadowRoots, launchWithExtension, openPanel, panelText, waitForHost, watchErrors, type Browser } from "./chromium.ts";

// Panels behave like popovers (issue 12, item 7): Esc, a click outside or typing in the field closes
// them; in a small iframe the panel stays inside the frame's visible area; the sub-forms' way back
// says where it goes.

const chromiumPath = inject("chromiumPath");
const base = inject("workerUrl");

describe.skipIf(!chromiumPath)("panel behaviour", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchWithExtension(chromiumPath!, inject("extensionDir"));
    await configureExtension(browser.context, { workerUrl: base, apiKey: inject("apiKey") });
    page = await browser.context.newPage();
    errors = watchErrors(page);
    await page.goto(`${base}/demo`);
    await page.waitForFunction(() => "demoEditor" in window);
    await page.click("#description");
    await page.keyboard.type("Nieuwe sjouwer, BSN 123456782.", { delay: 2 });
    await waitForHost(page, "#description", "findings", "1");
  });
  afterAll(async () => browser?.close());

  it("closes on a click outside it", async () => {
    await openPanel(page, "#description");
    await page.click("header");
    await waitForHost(page, "#description", "popover", null);
  });

  it("closes when the user types in the field again, and the text goes into the field", async () => {
    await openPanel(page, "#description");
    await page.focus("#description");
    await page.keyboard.press("End");
    await page.keyboard.type(" Verder", { delay: 2 });
    await waitForHost(page, "#description", "popover", null);
    expect(await page.inputValue("#description")).toBe("Nieuwe sjouwer, BSN 123456782. Verder");
  });

  it("closes on Esc from the field too, when focus never entered the panel", async () => {
    await openPanel(page, "#description");
    await page.focus("#description");
    await page.keyboard.press("Escape");
    await waitForHost(page, "#description", "popover", null);
  });

  it("names the sub-forms' way back for what it does: back to the actions", async () => {
    await openPanel(page, "#description");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // Toch doorgaan
    const text = (await panelText(page, "#description"))!;
    expect(text).toContain("Terug naar de acties");
    expect(text).not.toContain("Terug naar het formulier");
    await page.keyboard.press("Escape");
    await waitForHost(page, "#description", "popover", null);
  });

  it("keeps the panel inside a small iframe's visible area, without scrolling the field away", async () => {
    const frame = (await (await page.$("#subform"))!.contentFrame())!;
    await frame.click("#extra");
    await page.keyboard.type("BSN 123456782", { delay: 2 });
    await frame.waitForFunction(() => (document.querySelector("#extra + dpa-guard-field") as HTMLElement | null)?.dataset.findings === "1");
    // The sub-form's textarea (cols=50) is wider than the 300×150 frame, so typing may scroll it
    // sideways by itself; what counts is that opening the panel scrolls nothing.
    const before = await frame.evaluate(() => [window.scrollX, window.scrollY]);
    await page.keyboard.press("Alt+Shift+D");
    await frame.waitForFunction(() => (document.querySelector("#extra + dpa-guard-field") as HTMLElement | null)?.dataset.popover === "open");
    await exposeShadowRoots(page);
    const geo = await frame.evaluate(() => {
      const panel = document.querySelector("#extra + dpa-guard-field")!.shadowRoot!.querySelector(".panel")!.getBoundingClientRect();
      const view = { w: document.documentElement.clientWidth, h: document.documentElement.clientHeight };
      return { panel: { top: panel.top, left: panel.left, bottom: panel.bottom, right: panel.right }, view, scrollY: window.scrollY, scrollX: window.scrollX };
    });
    expect(geo.view).toEqual({ w: expect.any(Number), h: expect.any(Number) });
    expect(geo.panel.top).toBeGreaterThanOrEqual(0);
    expect(geo.panel.left).toBeGreaterThanOrEqual(0);
    expect(geo.panel.bottom).toBeLessThanOrEqual(geo.view.h);
    expect(geo.panel.right).toBeLessThanOrEqual(geo.view.w);
    expect([geo.scrollX, geo.scrollY]).toEqual(before);
    await page.keyboard.press("Escape");
    await frame.waitForFunction(() => (document.querySelector("#extra + dpa-guard-field") as HTMLElement | null)?.dataset.popover === undefined);
    expect(errors).toEqual([]);
  });
});
