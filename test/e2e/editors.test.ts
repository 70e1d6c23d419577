import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { configureExtension, launchWithExtension, openPanel, waitForHost, watchErrors, type Browser } from "./chromium.ts";
import { EDITORS, serveEditorPages, type EditorName, type EditorPages } from "./editors/serve.ts";

// Verwijderen and Ctrl+Z in the editors people embed in forms, asserted on each editor's own model
// (its API's serialised text), never only the DOM. Each cycle types on right before removing, as a quick
// user does, so an undo step that swallows the typing shows; 20 cycles per editor catch the failures
// that came only now and then (Trix's undo merged by a time window, Quill's by its 1 s delay).
// Removal in Quill waits out that second after the last edit, hence the longer poll for the removal.

const chromiumPath = inject("chromiumPath");
const CYCLES = 20;
const SENTENCE = "Invaller Jan de Wit, BSN 123456782, start maandag.";

const modelText = (page: Page) => page.evaluate(() => window.editorUnderTest?.text() ?? null);

async function openEditor(browser: Browser, pages: EditorPages, name: EditorName): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(pages.url(name));
  await page.waitForFunction(() => window.editorUnderTest !== undefined);
  await page.waitForSelector(EDITORS[name].selector);
  return { page, errors };
}

describe.skipIf(!chromiumPath)("Verwijderen and undo in embedded editors", () => {
  let browser: Browser;
  let pages: EditorPages;

  beforeAll(async () => {
    pages = await serveEditorPages();
    browser = await launchWithExtension(chromiumPath!, inject("extensionDir"));
    await configureExtension(browser.context, { workerUrl: inject("workerUrl"), apiKey: inject("apiKey") });
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  const editable: EditorName[] = ["react-textarea", "quill", "trix", "slate", "ckeditor", "lexical", "tiptap"];
  for (const name of editable) {
    it(`${name}: ${CYCLES} cycles of Verwijderen then Ctrl+Z, each one undo step that reaches the editor's model`, async () => {
      const { page, errors } = await openEditor(browser, pages, name);
      const field = EDITORS[name].selector;
      await page.click(field);
      await page.keyboard.type(SENTENCE, { delay: 2 });
      let typed = SENTENCE;
      await expect.poll(() => modelText(page)).toBe(typed);
      for (let cycle = 1; cycle <= CYCLES; cycle++) {
        if (cycle > 1) {
          // Typing right before Verwijderen: the removal must not share an undo step with it.
          await page.focus(field);
          await page.keyboard.press("Control+End");
          await page.keyboard.type(" ok", { delay: 2 });
          typed += " ok";
          await expect.poll(() => modelText(page), { message: `${name} cycle ${cycle}: typing` }).toBe(typed);
        }
        await waitForHost(page, field, "findings", "1");
        await openPanel(page, field);
        await page.keyboard.press("Enter"); // focus is on Verwijderen
        await expect.poll(() => modelText(page), { message: `${name} cycle ${cycle}: removal reaches the model`, timeout: 5000 }).toBe(typed.replace("123456782", ""));
        await waitForHost(page, field, "findings", "0");
        await page.focus(field);
        await page.keyboard.press("Control+Z");
        await expect.poll(() => modelText(page), { message: `${name} cycle ${cycle}: undo restores exactly the removed text` }).toBe(typed);
      }
      expect(errors).toEqual([]);
      await page.close();
    }, 240_000);
  }

  it("an editor that takes no edit from outside: the panel says so, the text stays, no removal is claimed", async () => {
    const { page, errors } = await openEditor(browser, pages, "keydown-only");
    const field = EDITORS["keydown-only"].selector;
    await page.click(field);
    await page.keyboard.type(SENTENCE, { delay: 2 });
    await waitForHost(page, field, "findings", "1");
    await openPanel(page, field);
    await page.keyboard.press("Enter");
    await waitForHost(page, field, "removal", "refused");
    expect(await modelText(page)).toBe(SENTENCE);
    // Still underlined and counted, and the panel (read as a screen reader does) tells the user what to do.
    expect(await page.evaluate((sel) => (document.querySelector(sel)?.nextElementSibling as HTMLElement | null)?.dataset.findings, field)).toBe("1");
    const cdp = await browser.context.newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree") as { nodes: { name?: { value?: string } }[] };
    expect(nodes.some((n) => n.name?.value?.includes("Deze editor laat verwijderen van buitenaf niet toe"))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
