import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { configureExtension, exposeShadowRoots, extensionId, launchWithExtension, openPanel, panelText, waitForHost, watchErrors, type Browser } from "./chromium.ts";

// Everyone can use it (issue 12, item 8): axe-core on the demo page with a panel open (the closed
// shadow root made readable for axe), the options page, the popup and every console page — no
// serious or critical violation; a live region and the field's description for screen readers; a
// badge reachable by keyboard and at least 24×24 px; the underline in a single-line input not cut.

const chromiumPath = inject("chromiumPath");
const base = inject("workerUrl");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation { id: string; impact: string; nodes: string[] }

/** Serious and critical axe violations on the page as it is now. */
async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
    const { violations } = await run(document, { resultTypes: ["violations"] });
    return violations.filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
}

describe.skipIf(!chromiumPath)("accessibility", () => {
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
  });
  afterAll(async () => browser?.close());

  it("announces a new finding and names it in the field's accessible description", async () => {
    await page.click("#description");
    await page.keyboard.type("Nieuwe sjouwer, BSN 123456782.", { delay: 2 });
    await waitForHost(page, "#description", "findings", "1");
    await exposeShadowRoots(page);
    const a11y = await page.evaluate(() => {
      const field = document.querySelector("#description")!;
      const ids = (field.getAttribute("aria-describedby") ?? "").split(" ");
      const description = ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
      const host = document.querySelector("#description + dpa-guard-field")!;
      const live = host.shadowRoot!.querySelector("[aria-live]");
      return { description, live: live?.textContent ?? null };
    });
    expect(a11y.description).toContain("BSN");
    expect(a11y.description).toContain("Alt+Shift+D");
    expect(a11y.live).toContain("BSN");
  });

  it("puts the badge in the keyboard order right after the field, at least 24×24 px, and opens the panel from it", async () => {
    await page.focus("#description");
    await page.keyboard.press("Tab");
    const badge = await page.evaluate(() => {
      const host = document.activeElement!;
      const el = host.shadowRoot?.activeElement as HTMLElement | null;
      const r = el?.getBoundingClientRect();
      return { host: host.tagName, tag: el?.tagName, label: el?.getAttribute("aria-label"), w: r?.width ?? 0, h: r?.height ?? 0 };
    });
    expect(badge).toMatchObject({ host: "DPA-GUARD-FIELD", tag: "BUTTON" });
    expect(badge.label).toMatch(/mogelijk gevoelig/);
    expect(badge.w).toBeGreaterThanOrEqual(24);
    expect(badge.h).toBeGreaterThanOrEqual(24);
    await page.keyboard.press("Enter");
    await waitForHost(page, "#description", "popover", "open");
    await page.keyboard.press("Escape");
    await waitForHost(page, "#description", "popover", null);
  });

  it("does not cut the underline in a single-line input, and keeps it on the text", async () => {
    await page.fill("#title", "");
    await page.click("#title");
    await page.keyboard.type("BSN 123456782", { delay: 2 });
    await waitForHost(page, "#title", "findings", "1");
    await exposeShadowRoots(page);
    const geo = await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>("#title")!;
      const host = document.querySelector("#title + dpa-guard-field")!;
      const mark = host.shadowRoot!.querySelector("mark")!.getBoundingClientRect();
      const mirror = host.shadowRoot!.querySelector("mark")!.closest("[aria-hidden]") as HTMLElement;
      const m = mirror.getBoundingClientRect();
      const f = field.getBoundingClientRect();
      const cs = getComputedStyle(field);
      const contentTop = f.top + parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop);
      const contentBottom = f.bottom - parseFloat(cs.borderBottomWidth) - parseFloat(cs.paddingBottom);
      return { markMid: (mark.top + mark.bottom) / 2, fieldMid: (contentTop + contentBottom) / 2, markBottom: mark.bottom, clipBottom: m.bottom - parseFloat(getComputedStyle(mirror).borderBottomWidth) };
    });
    // The marked text sits where the input draws its text (centred in the content box) …
    const offsetPx = Math.abs(geo.markMid - geo.fieldMid);
    expect(offsetPx <= 2, `mark sits ${offsetPx} px off the text's middle`).toBe(true);
    // … and the wavy underline below it (3 px offset, 2 px thick, its swing) lies inside the clip.
    expect(geo.clipBottom - geo.markBottom).toBeGreaterThanOrEqual(6);
  });

  it("has no serious or critical violation on the demo page with a panel open, shadow root included", async () => {
    await openPanel(page, "#description");
    expect(await exposeShadowRoots(page)).toBeGreaterThan(0);
    expect(await panelText(page, "#description")).toContain("Verwijderen");
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // the override form, with its own labels and error region
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press("Escape");
    expect(errors).toEqual([]);
  });

  it("has no serious or critical violation on the options page and the popup", async () => {
    const id = await extensionId(browser.context);
    const ext = await browser.context.newPage();
    for (const path of ["options.html", "popup.html"]) {
      await ext.goto(`chrome-extension://${id}/${path}`);
      await ext.waitForSelector("h1");
      // The options page draws the saved settings from storage (it no longer waits for the service worker).
      if (path === "options.html") expect(await ext.inputValue("#workerUrl")).toBe(base);
      expect(await axe(ext), path).toEqual([]);
    }
    await ext.close();
  });

  it("has no serious or critical violation on any console page", async () => {
    const admin = await browser.context.newPage();
    await admin.goto(`${base}/admin/login`);
    expect(await axe(admin), "/admin/login").toEqual([]);
    await admin.fill('input[name="token"]', inject("adminToken"));
    await Promise.all([admin.waitForURL(`${base}/admin`), admin.click('button[type="submit"]')]);
    for (const path of ["/admin", "/admin/events", "/admin/reports", "/admin/policy", "/admin/keys", "/admin/subjects", "/admin?lang=en"]) {
      await admin.goto(`${base}${path}`);
      expect(await axe(admin), path).toEqual([]);
    }
    await admin.close();
  });
});
