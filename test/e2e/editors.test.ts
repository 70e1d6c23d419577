import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { configureExtension, launchWithExtension, watchErrors, type Browser } from "./chromium.ts";
import { serveEditorPages, type EditorName, type EditorPages } from "./editors/serve.ts";
import { refusedRemoval, removeAndUndoCycles, typeSentence, type Driver } from "./editors/cycles.ts";

// Verwijderen and Ctrl+Z in the editors people embed in forms, in Chromium, asserted on each editor's
// own model (its API's serialised text), never only the DOM. 20 cycles per editor catch the failures that
// came only now and then (Trix's undo merged by a time window, Quill's by its 1 s delay).

const chromiumPath = inject("chromiumPath");
const CYCLES = 20;

function playwrightDriver(page: Page): Driver {
  return {
    goto: async (url) => { await page.goto(url); },
    click: (sel) => page.click(sel),
    focus: (sel) => page.focus(sel),
    type: (text) => page.keyboard.type(text, { delay: 2 }),
    chord: (keys) => page.keyboard.press(keys.join("+")),
    press: (key) => page.keyboard.press(key),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as unknown),
    waitFor: async (fn, arg, timeout = 10_000) => { await page.waitForFunction(fn as (a: unknown) => unknown, arg as unknown, { timeout }); },
  };
}

describe.skipIf(!chromiumPath)("Verwijderen and undo in embedded editors (Chromium)", () => {
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
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      const d = playwrightDriver(page);
      await typeSentence(d, pages.url(name), name);
      await removeAndUndoCycles(d, name, CYCLES);
      expect(errors).toEqual([]);
      await page.close();
    }, 240_000);
  }

  it("an editor that takes no edit from outside: the panel says so, the text stays, no removal is claimed", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const d = playwrightDriver(page);
    await typeSentence(d, pages.url("keydown-only"), "keydown-only");
    await refusedRemoval(d);
    // The panel, read as a screen reader does (its shadow root is closed), tells the user what to do.
    const cdp = await browser.context.newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree") as { nodes: { name?: { value?: string } }[] };
    expect(nodes.some((n) => n.name?.value?.includes("Deze editor laat verwijderen van buitenaf niet toe"))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
