import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { d1Query } from "../../scripts/lib/local-stack.ts";
import { configureExtension, findingsOn, settled, launchWithExtension, openPanel, waitForHost, watchErrors, type Browser } from "./chromium.ts";

// The popover's actions in a real Chromium with the built extension and the local Worker, driven by
// the keyboard (the panel lives in a closed shadow root, as it does for users).

const chromiumPath = inject("chromiumPath");
const base = inject("workerUrl");

describe.skipIf(!chromiumPath)("popover actions", () => {
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

  it("Verwijderen in a textarea removes the BSN through the undo stack: Ctrl+Z brings it back", async () => {
    await page.fill("#description", "");
    await page.click("#description");
    await page.keyboard.type("Nieuwe sjouwer, BSN 123456782.", { delay: 2 });
    await waitForHost(page, "#description", "findings", "1");
    await openPanel(page, "#description");
    await page.keyboard.press("Enter"); // focus is on Verwijderen
    await expect.poll(() => page.inputValue("#description")).toBe("Nieuwe sjouwer, BSN .");
    await waitForHost(page, "#description", "findings", "0");
    await page.focus("#description");
    await page.keyboard.press("Control+Z");
    await expect.poll(() => page.inputValue("#description")).toBe("Nieuwe sjouwer, BSN 123456782.");
    expect(errors).toEqual([]);
  });

  it("Verwijderen in the TipTap editor keeps ProseMirror's model consistent, and its undo restores the BSN", async () => {
    const editor = "#notes-editor .ProseMirror";
    await page.click(editor);
    await page.keyboard.type("BSN van de sjouwer: 123456782 graag controleren", { delay: 2 });
    await waitForHost(page, editor, "findings", "1");
    await openPanel(page, editor);
    await page.keyboard.press("Enter");
    const text = () => page.evaluate(() => (window as unknown as { demoEditor: { getText(): string } }).demoEditor.getText());
    await expect.poll(text).not.toContain("123456782");
    expect(await text()).toContain("BSN van de sjouwer:");
    await page.focus(editor);
    await page.keyboard.press("Control+Z");
    await expect.poll(text).toContain("123456782");
    expect(errors).toEqual([]);
  });

  it("Esc closes the panel and returns focus to the field", async () => {
    await page.fill("#title", "BSN 123456782");
    await page.click("#title");
    await page.keyboard.press("End");
    await waitForHost(page, "#title", "findings", "1");
    await openPanel(page, "#title");
    await page.keyboard.press("Escape");
    await waitForHost(page, "#title", "popover", null);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("title");
  });

  it("Toch doorgaan with a reason stores exactly one event row in the Worker's D1, without the text", async () => {
    await page.fill("#title", "");
    await page.fill("#description", "");
    await page.click("#description");
    await page.keyboard.type("Jan heeft epilepsie en viel.", { delay: 2 });
    await waitForHost(page, "#description", "findings", "1");
    await openPanel(page, "#description");
    await page.keyboard.press("Tab"); // → Toch doorgaan
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowDown"); // the reason is chosen, never preset: → "Toestemming van betrokkene"
    await page.keyboard.press("Tab"); // → explanation
    await page.keyboard.type("Betrokkene akkoord, mondeling bevestigd");
    await page.keyboard.press("Enter");
    await waitForHost(page, "#description", "findings", "0");
    // By its reason text: other test files share this Worker and log overrides of their own.
    const rows = () => d1Query<{ n: number }>("SELECT count(*) AS n FROM events WHERE type = 'override' AND reason_text = 'Betrokkene akkoord, mondeling bevestigd'", inject("persistDir"))[0]!.n;
    await expect.poll(rows, { timeout: 60_000, interval: 500 }).toBe(1);
    const [row] = d1Query<Record<string, string>>("SELECT * FROM events WHERE type = 'override' AND reason_text = 'Betrokkene akkoord, mondeling bevestigd'", inject("persistDir"));
    expect(row).toMatchObject({ org_id: "demo", rule: "health.lexicon.epilepsie", path: "/demo", user_ref: "e2e@deftiq.test", reason_text: "Betrokkene akkoord, mondeling bevestigd" });
    expect(JSON.stringify(row)).not.toContain("Jan heeft");
    // The override holds for this field: typing on does not warn again about the same word.
    await page.keyboard.press("End");
    await page.keyboard.type(" Verder niets.", { delay: 2 });
    await settled(page, "#description");
    expect(await findingsOn(page, "#description")).toBe(0);
    expect(errors).toEqual([]);
  });
});
