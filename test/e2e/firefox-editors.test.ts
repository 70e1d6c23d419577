import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { KeyInput, Page } from "puppeteer-core";
import { launchFirefoxWithExtension, watchFirefoxErrors, type Firefox } from "./firefox.ts";
import { serveEditorPages, type EditorName, type EditorPages } from "./editors/serve.ts";
import { refusedRemoval, removeAndUndoCycles, typeSentence, type Driver } from "./editors/cycles.ts";

// The same remove-and-undo cycles in Firefox ESR (its editing commands and Input Events differ from
// Chromium's), fewer per editor: the 20-cycle soak runs in Chromium.

const firefoxPath = inject("firefoxPath");
const CYCLES = 3;

function puppeteerDriver(page: Page): Driver {
  return {
    goto: async (url) => { await page.goto(url); },
    click: (sel) => page.click(sel),
    focus: (sel) => page.focus(sel),
    type: (text) => page.keyboard.type(text, { delay: 2 }),
    chord: async (keys) => {
      for (const k of keys) await page.keyboard.down(k as KeyInput);
      for (const k of [...keys].reverse()) await page.keyboard.up(k as KeyInput);
    },
    press: (key) => page.keyboard.press(key as KeyInput),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as unknown),
    waitFor: async (fn, arg, timeout = 10_000) => { await page.waitForFunction(fn as (a: unknown) => unknown, { timeout }, arg as unknown); },
  };
}

describe.skipIf(!firefoxPath)("Verwijderen and undo in embedded editors (Firefox ESR)", () => {
  let ff: Firefox;
  let pages: EditorPages;

  beforeAll(async () => {
    pages = await serveEditorPages();
    ff = await launchFirefoxWithExtension(firefoxPath!, inject("firefoxExtensionDir"), { workerUrl: inject("workerUrl"), apiKey: inject("apiKey") });
  });
  afterAll(async () => {
    await ff?.close();
    await pages?.close();
  });

  const editable: EditorName[] = ["react-textarea", "quill", "trix", "slate", "ckeditor", "lexical", "tiptap"];
  for (const name of editable) {
    it(`${name}: ${CYCLES} cycles of Verwijderen then Ctrl+Z, each one undo step that reaches the editor's model`, async () => {
      const page = await ff.browser.newPage();
      const errors = watchFirefoxErrors(page);
      const d = puppeteerDriver(page);
      await typeSentence(d, pages.url(name), name);
      await removeAndUndoCycles(d, name, CYCLES);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it("an editor that takes no edit from outside: nothing is removed and the removal is reported as refused", async () => {
    const page = await ff.browser.newPage();
    const errors = watchFirefoxErrors(page);
    const d = puppeteerDriver(page);
    await typeSentence(d, pages.url("keydown-only"), "keydown-only");
    await refusedRemoval(d);
    expect(errors).toEqual([]);
    await page.close();
  });
});
