// The remove-and-undo cycle of the editors test, written once for both drivers (Playwright on Chromium,
// puppeteer-core on Firefox): a few primitives are all it needs from the browser.
import { expect } from "vitest";
import { EDITORS, type EditorName } from "./serve.ts";

export const SENTENCE = "Invaller Jan de Wit, BSN 123456782, start maandag.";

export interface Driver {
  goto(url: string): Promise<void>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  type(text: string): Promise<void>;
  /** Keys pressed together, e.g. ["Control", "z"]. */
  chord(keys: string[]): Promise<void>;
  press(key: string): Promise<void>;
  /** Runs in the page; `fn` takes one serialisable argument. */
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** Resolves when `fn(arg)` is truthy in the page, or throws after `timeout` ms. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
}

const modelText = (d: Driver) => d.evaluate(() => window.editorUnderTest?.text() ?? null, null);

/** A field's host data attribute: counts and states only, never the text. */
export function hostData(d: Driver, selector: string, attr: string): Promise<string | undefined> {
  return d.evaluate(({ selector, attr }) => {
    let host = document.querySelector(selector)?.nextElementSibling;
    while (host && host.tagName !== "DPA-GUARD-FIELD") host = host.nextElementSibling;
    return (host as HTMLElement | null)?.dataset[attr];
  }, { selector, attr });
}

export function waitForHost(d: Driver, selector: string, attr: string, value: string, timeout = 10_000): Promise<void> {
  return d.waitFor(({ selector, attr, value }) => {
    let host = document.querySelector(selector)?.nextElementSibling;
    while (host && host.tagName !== "DPA-GUARD-FIELD") host = host.nextElementSibling;
    return (host as HTMLElement | null)?.dataset[attr] === value;
  }, { selector, attr, value }, timeout);
}

/** Opens the field's panel with Alt+Shift+D and waits until focus is inside it (on Verwijderen). */
export async function openPanel(d: Driver, selector: string): Promise<void> {
  await d.focus(selector);
  await d.chord(["Alt", "Shift", "KeyD"]);
  await waitForHost(d, selector, "popover", "open");
  await d.waitFor(() => document.activeElement?.tagName === "DPA-GUARD-FIELD", null);
}

/** Opens the editor's page, waits for the editor, and types the sentence with the BSN into it. */
export async function typeSentence(d: Driver, url: string, name: EditorName): Promise<void> {
  await d.goto(url);
  await d.waitFor(() => window.editorUnderTest !== undefined, null, 30_000);
  const field = EDITORS[name].selector;
  await d.waitFor((sel) => document.querySelector(sel) !== null, field);
  await d.click(field);
  await d.type(SENTENCE);
  await expect.poll(() => modelText(d)).toBe(SENTENCE);
}

/**
 * `cycles` times: type on at the end (from the 2nd cycle), Verwijderen, check the editor's model lost
 * exactly the BSN, Ctrl+Z, check the model is exactly what was typed. Typing right before Verwijderen is
 * what a quick user does, and what made Trix's and Quill's undo take the typing along.
 */
export async function removeAndUndoCycles(d: Driver, name: EditorName, cycles: number): Promise<void> {
  const field = EDITORS[name].selector;
  let typed = SENTENCE;
  for (let cycle = 1; cycle <= cycles; cycle++) {
    if (cycle > 1) {
      await d.focus(field);
      await d.chord(["Control", "End"]);
      // Slate quirk: its model selection follows the DOM through a throttled selectionchange handler, and
      // after an undo it still holds the restored range. Keys typed before it catches up land there (CI saw
      // " ok" replace the BSN), so wait until the editor's model has the caret at the end.
      await d.waitFor(() => window.editorUnderTest?.caretAtEnd?.() ?? true, null);
      await d.type(" ok");
      typed += " ok";
      await expect.poll(() => modelText(d), { message: `${name} cycle ${cycle}: typing` }).toBe(typed);
    }
    await waitForHost(d, field, "findings", "1");
    await openPanel(d, field);
    await d.press("Enter"); // focus is on Verwijderen
    // Removal in Quill waits out its 1 s undo merge window after the last edit: a longer poll.
    await expect.poll(() => modelText(d), { message: `${name} cycle ${cycle}: removal reaches the model`, timeout: 5000 }).toBe(typed.replace("123456782", ""));
    await waitForHost(d, field, "findings", "0");
    await d.focus(field);
    await d.chord(["Control", "z"]);
    await expect.poll(() => modelText(d), { message: `${name} cycle ${cycle}: undo restores exactly the removed text` }).toBe(typed);
  }
}

/** Verwijderen in an editor that takes no edit from outside: nothing changes and nothing is claimed. */
export async function refusedRemoval(d: Driver): Promise<void> {
  const field = EDITORS["keydown-only"].selector;
  await waitForHost(d, field, "findings", "1");
  await openPanel(d, field);
  await d.press("Enter");
  await waitForHost(d, field, "removal", "refused");
  expect(await modelText(d)).toBe(SENTENCE);
  expect(await hostData(d, field, "findings")).toBe("1");
}
