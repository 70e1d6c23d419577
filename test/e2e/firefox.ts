// Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the built Firefox MV3
// extension installed unpacked (BiDi webExtension.install: a temporary add-on, as about:debugging does).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

/** The gecko id in wxt.config.ts (browser_specific_settings). */
const ADDON_ID = "dpa-guard@deftiq.com";

/** Debian's Firefox ESR: FIREFOX_PATH, or the real binary behind /usr/bin/firefox-esr's symlink. */
export function findFirefox(): string | null {
  for (const p of [process.env.FIREFOX_PATH, "/usr/lib/firefox-esr/firefox-esr", "/usr/bin/firefox-esr", "/usr/bin/firefox"]) {
    if (p && existsSync(p)) return p;
  }
  return null;
}

export interface Firefox { browser: Browser; close(): Promise<void> }

export interface FirefoxSettings { workerUrl: string; apiKey: string; user?: string; language?: string }

/**
 * Starts Firefox with a fresh profile and the extension installed, its settings pushed the way an
 * organisation's IT pushes them in Firefox: a managed-storage manifest (~/.mozilla/managed-storage/
 * <add-on id>.json, read by storage.managed). Quirk: WebDriver BiDi may not navigate to moz-extension://
 * pages, so the options page cannot be driven; a HOME of its own keeps the manifest to this browser.
 */
export async function launchFirefoxWithExtension(executablePath: string, extensionDir: string, settings: FirefoxSettings): Promise<Firefox> {
  const home = mkdtempSync(join(tmpdir(), "dpa-e2e-firefox-"));
  const profile = join(home, "profile");
  mkdirSync(join(home, ".mozilla/managed-storage"), { recursive: true });
  writeFileSync(join(home, ".mozilla/managed-storage", `${ADDON_ID}.json`), JSON.stringify({
    name: ADDON_ID, description: "dpa-guard e2e", type: "storage",
    data: { user: "e2e@deftiq.test", language: "nl", ...settings },
  }));
  mkdirSync(profile);
  const browser = await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath,
    headless: true,
    userDataDir: profile,
    env: { ...process.env, HOME: home },
    extraPrefsFirefox: { "intl.locale.requested": "nl", "intl.accept_languages": "nl" },
  });
  // BiDi wants an absolute path.
  await browser.installExtension(resolve(extensionDir));
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Page errors and console errors: the host page must never break because of us. */
export function watchFirefoxErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${(e as Error).message}`));
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
  return errors;
}

/** Waits until the field's host reports `attr` = `value` (counts and states only). */
export async function waitForFirefoxHost(page: Page, selector: string, attr: string, value: string | null, timeout = 10_000): Promise<void> {
  await page.waitForFunction((sel: string, attr: string, value: string | null) => {
    const field = document.querySelector(sel);
    let host = field?.nextElementSibling;
    while (host && host.tagName !== "DPA-GUARD-FIELD") host = host.nextElementSibling;
    const v = (host as HTMLElement | null)?.dataset[attr];
    return value === null ? v === undefined : v === value;
  }, { timeout }, selector, attr, value);
}
