// e2e global setup: the freshly built extension, a Worker on a free loopback port with its own
// local D1 (migrated and seeded like `npm start`), and the paths of Debian's Chromium and Firefox ESR
// (with the Firefox build of the extension when Firefox is there).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildFirefoxForLocal, buildForLocal, ensureDevVars, prepareDatabase, startWorkerOnFreePort, type RunningWorker } from "../../scripts/lib/local-stack.ts";
import { findChromium } from "./chromium.ts";
import { findFirefox } from "./firefox.ts";

let worker: RunningWorker | undefined;
let persistDir: string | undefined;

declare module "vitest" {
  export interface ProvidedContext {
    chromiumPath: string | null;
    firefoxPath: string | null;
    firefoxExtensionDir: string;
    workerUrl: string;
    extensionDir: string;
    persistDir: string;
    apiKey: string;
    adminToken: string;
  }
}

export async function setup(project: TestProject): Promise<void> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const message = "e2e: no Chromium found (set CHROME_PATH, or: sudo apt-get install -y chromium).";
    if (process.env.CI === "true") throw new Error(`${message} CI must run the end-to-end tests.`);
    console.warn(`\n\u001b[33m${message} Skipping the end-to-end tests on this machine.\u001b[0m\n`);
  }
  const firefoxPath = findFirefox();
  if (!firefoxPath) {
    const message = "e2e: no Firefox ESR found (set FIREFOX_PATH, or: sudo apt-get install -y firefox-esr).";
    if (process.env.CI === "true") throw new Error(`${message} CI must run the Firefox end-to-end tests.`);
    console.warn(`\n\u001b[33m${message} Skipping the Firefox end-to-end tests on this machine.\u001b[0m\n`);
  }
  const { extensionDir } = buildForLocal();
  const firefoxExtensionDir = firefoxPath ? buildFirefoxForLocal().extensionDir : "";
  const vars = ensureDevVars();
  persistDir = mkdtempSync(join(tmpdir(), "dpa-e2e-d1-"));
  prepareDatabase(vars, persistDir);
  worker = await startWorkerOnFreePort({ persistTo: persistDir });
  project.provide("chromiumPath", chromiumPath);
  project.provide("workerUrl", worker.url);
  project.provide("extensionDir", extensionDir);
  project.provide("firefoxPath", firefoxPath);
  project.provide("firefoxExtensionDir", firefoxExtensionDir);
  project.provide("persistDir", persistDir);
  project.provide("apiKey", vars.DEMO_API_KEY);
  project.provide("adminToken", vars.ADMIN_TOKEN);
}

export async function teardown(): Promise<void> {
  await worker?.stop();
  if (persistDir) rmSync(persistDir, { recursive: true, force: true });
}
