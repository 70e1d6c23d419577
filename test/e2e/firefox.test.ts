import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "puppeteer-core";
import { d1Query } from "../../scripts/lib/local-stack.ts";
import { launchFirefoxWithExtension, waitForFirefoxHost, watchFirefoxErrors, type Firefox } from "./firefox.ts";

// The core of the extension in Debian's Firefox ESR, with the Firefox MV3 build made the way
// `npm run build` makes the zip: underlining in a textarea and a contenteditable, Verwijderen with undo,
// and an override that reaches the Worker's D1. Driven by the keyboard, as in the Chromium tests.

const firefoxPath = inject("firefoxPath");
const base = inject("workerUrl");

async function chord(page: Page, ...keys: Parameters<Page["keyboard"]["press"]>[0][]): Promise<void> {
  for (const k of keys) await page.keyboard.down(k);
  for (const k of [...keys].reverse()) await page.keyboard.up(k);
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text, { delay: 2 });
}

async function openPanel(page: Page, selector: string): Promise<void> {
  await page.focus(selector);
  await chord(page, "Alt", "Shift", "KeyD");
  await waitForFirefoxHost(page, selector, "popover", "open");
  await page.waitForFunction(() => document.activeElement?.tagName === "DPA-GUARD-FIELD");
}

const value = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLTextAreaElement).value);
const tiptapText = (page: Page) => page.evaluate(() => (window as unknown as { demoEditor: { getText(): string } }).demoEditor.getText());

describe.skipIf(!firefoxPath)("the extension in Firefox ESR", () => {
  let ff: Firefox;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ff = await launchFirefoxWithExtension(firefoxPath!, inject("firefoxExtensionDir"), { workerUrl: base, apiKey: inject("apiKey"), user: "e2e-firefox@deftiq.test" });
    page = await ff.browser.newPage();
    errors = watchFirefoxErrors(page);
    await page.goto(`${base}/demo`);
    await page.waitForFunction(() => "demoEditor" in window);
  });
  afterAll(async () => ff?.close());

  it("underlines a BSN in a textarea and in a contenteditable", async () => {
    await typeInto(page, "#description", "Nieuwe sjouwer, BSN 123456782.");
    await waitForFirefoxHost(page, "#description", "findings", "1");
    await typeInto(page, "#measures", "Sjouwer met BSN 123456782 afgezet.");
    await waitForFirefoxHost(page, "#measures", "findings", "1");
    // The contenteditable's underline is a CSS highlight the page's own registry holds.
    expect(await page.evaluate(() => CSS.highlights.get("dpa-guard-high")?.size ?? 0)).toBeGreaterThanOrEqual(1);
  });

  it("Verwijderen in a textarea, then Ctrl+Z brings the BSN back", async () => {
    await openPanel(page, "#description");
    await page.keyboard.press("Enter"); // focus is on Verwijderen
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>("#description")!.value === "Nieuwe sjouwer, BSN .");
    await waitForFirefoxHost(page, "#description", "findings", "0");
    await page.focus("#description");
    await chord(page, "Control", "z");
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>("#description")!.value === "Nieuwe sjouwer, BSN 123456782.");
    expect(await value(page, "#description")).toBe("Nieuwe sjouwer, BSN 123456782.");
  });

  it("Verwijderen in the TipTap editor reaches ProseMirror's model, and Ctrl+Z restores exactly the BSN", async () => {
    const editor = "#notes-editor .ProseMirror";
    await typeInto(page, editor, "BSN van de sjouwer: 123456782 graag controleren");
    await waitForFirefoxHost(page, editor, "findings", "1");
    await openPanel(page, editor);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !(window as unknown as { demoEditor: { getText(): string } }).demoEditor.getText().includes("123456782"));
    expect(await tiptapText(page)).toBe("BSN van de sjouwer:  graag controleren");
    await page.focus(editor);
    await chord(page, "Control", "z");
    await page.waitForFunction(() => (window as unknown as { demoEditor: { getText(): string } }).demoEditor.getText().includes("123456782"));
    expect(await tiptapText(page)).toBe("BSN van de sjouwer: 123456782 graag controleren");
  });

  // A BSN override, not a health one: actions.test.ts counts the health overrides in the same D1.
  it("Toch doorgaan with a reason stores one event in the Worker's D1, without the text", async () => {
    await page.$eval("#description", (el) => { (el as HTMLTextAreaElement).value = ""; });
    await typeInto(page, "#description", "Invaller Piet, BSN 111222333, meldt zich.");
    await waitForFirefoxHost(page, "#description", "findings", "1");
    await openPanel(page, "#description");
    await page.keyboard.press("Tab"); // → Toch doorgaan
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowDown"); // the reason is chosen, never preset: → "Toestemming van betrokkene"
    await page.keyboard.press("Tab"); // → explanation
    // Its own reason text: actions.test.ts counts overrides by theirs in the same Worker.
    await page.keyboard.type("Akkoord van betrokkene, vastgelegd in Firefox");
    await page.keyboard.press("Enter");
    await waitForFirefoxHost(page, "#description", "findings", "0");
    const query = "SELECT * FROM events WHERE type = 'override' AND user_ref = 'e2e-firefox@deftiq.test'";
    await expect.poll(() => d1Query(query, inject("persistDir")).length, { timeout: 45_000, interval: 1000 }).toBe(1);
    const [row] = d1Query<Record<string, string>>(query, inject("persistDir"));
    expect(row).toMatchObject({ org_id: "demo", category: "bsn", path: "/demo", reason_code: "consent", reason_text: "Akkoord van betrokkene, vastgelegd in Firefox" });
    expect(JSON.stringify(row)).not.toContain("111222333");
    expect(JSON.stringify(row)).not.toContain("Invaller Piet");
    expect(errors).toEqual([]);
  }, 90_000);
});
