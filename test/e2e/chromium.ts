import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium: CHROME_PATH, or the real binary behind /usr/bin/chromium's wrapper script. */
export function findChromium(): string | null {
  for (const p of [process.env.CHROME_PATH, "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (p && existsSync(p)) return p;
  }
  return null;
}

export interface Browser { context: BrowserContext; close(): Promise<void> }

/** A persistent context (extensions do not run in incognito-like ones) with the built extension loaded. */
export async function launchWithExtension(executablePath: string, extensionDir: string): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "dpa-e2e-chrome-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, "--no-sandbox",
      "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--lang=nl",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Collects page errors and console errors: the host page must never break because of us. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
  return errors;
}

/** How many findings the extension shows on a field (the field host's data attribute: counts only). */
export async function findingsOn(page: Page, selector: string): Promise<number | null> {
  return page.evaluate((sel) => {
    const field = document.querySelector(sel);
    let host = field?.nextElementSibling;
    while (host && host.tagName !== "DPA-GUARD-FIELD") host = host.nextElementSibling;
    const n = (host as HTMLElement | null)?.dataset.findings;
    return n === undefined ? null : Number(n);
  }, selector);
}

/** The extension's settings, written the way the options page writes them (storage.local). */
export async function configureExtension(context: BrowserContext, settings: { workerUrl: string; apiKey: string; user?: string; language?: string }): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  // Runs inside the service worker, where `chrome` exists (the Node-side types do not know it).
  await worker.evaluate((s) => (globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }).chrome.storage.local.set({ settings: s }), { user: "e2e@deftiq.test", language: "nl", ...settings });
}

/** The extension's id (from its service worker's URL), for opening its popup and options pages. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return new URL(worker.url()).host;
}

/**
 * Waits until the field's host reports `attr` = `value` (counts and states only; the text stays inside).
 * The timeout only ends a wait that will never succeed; it is not a speed requirement (that is the bench's).
 */
export async function waitForHost(page: Page, selector: string, attr: string, value: string | null, timeout = 30_000): Promise<void> {
  await page.waitForFunction(({ sel, attr, value }) => {
    const field = document.querySelector(sel);
    let host = field?.nextElementSibling;
    while (host && host.tagName !== "DPA-GUARD-FIELD") host = host.nextElementSibling;
    const v = (host as HTMLElement | null)?.dataset[attr];
    return value === null ? v === undefined : v === value;
  }, { sel: selector, attr, value }, { timeout });
}

/** Opens a field's panel the way a keyboard user does, and waits until focus is inside it. */
export async function openPanel(page: Page, selector: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.press("Alt+Shift+D");
  await waitForHost(page, selector, "popover", "open");
  // Focus moved into the panel (the host element is the document's active element).
  await page.waitForFunction(() => document.activeElement?.tagName === "DPA-GUARD-FIELD");
}

/**
 * Waits until the field's last edit has been scanned (no scan pending), so a test can check that
 * something is *not* shown without guessing how long the scan takes on a loaded machine.
 */
export async function settled(page: Page, selector: string): Promise<void> {
  await waitForHost(page, selector, "pending", null);
}

/**
 * Makes the extension's closed shadow roots readable from the page's main world (for this test page
 * only): DevTools can reach closed roots, and defining `host.shadowRoot` lets page.evaluate and
 * axe-core look inside, as a user's screen reader does. Call again after new hosts appear.
 */
export async function exposeShadowRoots(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: CdpNode };
    const roots: number[] = [];
    const walk = (n: CdpNode) => {
      if (n.localName?.startsWith("dpa-guard") && n.shadowRoots?.length) roots.push(n.shadowRoots[0]!.backendNodeId);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) walk(c);
    };
    walk(root);
    for (const backendNodeId of roots) {
      const { object } = (await cdp.send("DOM.resolveNode", { backendNodeId })) as { object: { objectId: string } };
      await cdp.send("Runtime.callFunctionOn", {
        objectId: object.objectId,
        functionDeclaration: "function () { const root = this; Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root }); }",
      });
    }
    return roots.length;
  } finally {
    await cdp.detach();
  }
}
interface CdpNode { localName?: string; backendNodeId: number; children?: CdpNode[]; shadowRoots?: CdpNode[]; contentDocument?: CdpNode }

/** The text of a field's open panel (after exposeShadowRoots), or null when none is open. */
export async function panelText(page: Page, selector: string): Promise<string | null> {
  await exposeShadowRoots(page);
  return page.evaluate((sel) => {
    let host = document.querySelector(sel)?.nextElementSibling;
    while (host && host.tagName !== "DPA-GUARD-FIELD") host = host.nextElementSibling;
    return host?.shadowRoot?.querySelector(".panel")?.textContent ?? null;
  }, selector);
}

/** The extension's storage.local, as the service worker sees it. */
export async function extensionStorage(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return worker.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null)));
}
