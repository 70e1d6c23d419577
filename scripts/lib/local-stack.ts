// The local stack shared by `npm start`, the e2e tests and the Worker benchmark: .dev.vars with
// generated secrets, D1 migrations and seed through wrangler, and `wrangler dev` on a loopback port.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
const WRANGLER = resolve(ROOT, "node_modules/wrangler/bin/wrangler.js");
const ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", NO_D1_WARNING: "true" };

export const DEMO_ORG = { id: "demo", name: "Demo Bouwbedrijf B.V." };

export interface DevVars { DEMO_API_KEY: string; ADMIN_TOKEN: string }

/** Reads .dev.vars, generating the demo API key and admin token on first start. Never committed. */
export function ensureDevVars(): DevVars {
  const path = resolve(ROOT, ".dev.vars");
  const vars: Record<string, string> = {};
  if (existsSync(path)) {
    for (const line of readFileSync(path, "utf8").split("\n")) {
      const m = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*"?(.*?)"?\s*$/.exec(line);
      if (m) vars[m[1]!] = m[2]!;
    }
  }
  let changed = false;
  if (!vars.DEMO_API_KEY) { vars.DEMO_API_KEY = `dpa_demo_${randomBytes(18).toString("base64url")}`; changed = true; }
  if (!vars.ADMIN_TOKEN) { vars.ADMIN_TOKEN = `dpa_admin_${randomBytes(24).toString("base64url")}`; changed = true; }
  if (changed) {
    writeFileSync(path, Object.entries(vars).map(([k, v]) => `${k}="${v}"`).join("\n") + "\n", { mode: 0o600 });
  }
  return { DEMO_API_KEY: vars.DEMO_API_KEY, ADMIN_TOKEN: vars.ADMIN_TOKEN };
}

export const sha256Hex = (s: string) => createHash("sha256").update(s).digest("hex");

export function wrangler(args: string[], what: string): void {
  const run = spawnSync(process.execPath, [WRANGLER, ...args], { cwd: ROOT, env: ENV, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${what} failed:\n${run.stdout}\n${run.stderr}`);
}

/** Runs a query against a local D1 (the same SQLite file wrangler dev uses) and returns its rows. */
export function d1Query<T = Record<string, unknown>>(sql: string, persistTo?: string): T[] {
  const persist = persistTo ? ["--persist-to", persistTo] : [];
  const run = spawnSync(process.execPath, [WRANGLER, "d1", "execute", "DB", "--local", ...persist, "--json", "--command", sql], { cwd: ROOT, env: ENV, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`d1 query failed:\n${run.stdout}\n${run.stderr}`);
  const out = JSON.parse(run.stdout) as { results: T[] }[];
  return out.flatMap((r) => r.results);
}

/** Applies the numbered migrations in worker/migrations and seeds the demo organisation. */
export function prepareDatabase(vars: DevVars, persistTo?: string): void {
  const persist = persistTo ? ["--persist-to", persistTo] : [];
  wrangler(["d1", "migrations", "apply", "DB", "--local", ...persist], "wrangler d1 migrations apply");
  const sql = [
    `INSERT OR IGNORE INTO organisations (id, name) VALUES ('${DEMO_ORG.id}', '${DEMO_ORG.name}');`,
    `INSERT INTO api_keys (id, org_id, key_hash, label) VALUES ('demo-key', '${DEMO_ORG.id}', '${sha256Hex(vars.DEMO_API_KEY)}', 'demo')`,
    `ON CONFLICT(id) DO UPDATE SET key_hash = excluded.key_hash, revoked_at = NULL;`,
  ].join(" ");
  wrangler(["d1", "execute", "DB", "--local", ...persist, "--command", sql], "seeding the demo organisation");
}

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((ok) => {
    const server = createServer();
    server.once("error", () => ok(false));
    server.listen(port, host, () => server.close(() => ok(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

export interface RunningWorker { url: string; process: ChildProcess; stop(): Promise<void> }

/** Starts `wrangler dev` and resolves once GET /health answers. */
export async function startWorker(opts: { port: number; persistTo?: string; inherit?: boolean; timeoutMs?: number }): Promise<RunningWorker> {
  const args = [WRANGLER, "dev", "--ip", "127.0.0.1", "--port", String(opts.port), "--show-interactive-dev-session=false",
    "--test-scheduled", ...(opts.persistTo ? ["--persist-to", opts.persistTo] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: ENV, stdio: opts.inherit ? "inherit" : "pipe" });
  let output = "";
  child.stdout?.on("data", (d) => { output += d; });
  child.stderr?.on("data", (d) => { output += d; });
  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  const stop = () => new Promise<void>((ok) => {
    if (child.exitCode !== null) return ok();
    child.once("exit", () => ok());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output}`);
    try {
      const r = await fetch(`${url}/health`);
      if (r.ok) return { url, process: child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer /health within the time limit:\n${output}`);
}

/**
 * `startWorker` on a port free when asked. Quirk: another process (a test pool's workerd, Chromium)
 * may take that port before wrangler binds it, and wrangler then exits with "Address already in use";
 * a new free port is tried then, up to three times.
 */
export async function startWorkerOnFreePort(opts: Omit<Parameters<typeof startWorker>[0], "port">): Promise<RunningWorker> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startWorker({ ...opts, port: await freePort() });
    } catch (e) {
      if (attempt >= 3 || !String((e as Error).message).includes("Address already in use")) throw e;
    }
  }
}

/** Builds the extension for Chrome (MV3) with the local demo origins, and the demo page's editor bundle. */
export function buildForLocal(): { extensionDir: string } {
  const wxt = spawnSync(process.execPath, [resolve(ROOT, "node_modules/wxt/bin/wxt.mjs"), "build"], {
    cwd: ROOT, env: { ...process.env, DPA_GUARD_LOCAL: "1" }, encoding: "utf8",
  });
  if (wxt.status !== 0) throw new Error(`wxt build failed:\n${wxt.stdout}\n${wxt.stderr}`);
  buildDemoAssets();
  return { extensionDir: resolve(ROOT, ".output/chrome-mv3") };
}

/** The Firefox MV3 build `npm run build` zips, with the local demo origins, for the Firefox e2e tests. */
export function buildFirefoxForLocal(): { extensionDir: string } {
  const wxt = spawnSync(process.execPath, [resolve(ROOT, "node_modules/wxt/bin/wxt.mjs"), "build", "-b", "firefox", "--mv3"], {
    cwd: ROOT, env: { ...process.env, DPA_GUARD_LOCAL: "1" }, encoding: "utf8",
  });
  if (wxt.status !== 0) throw new Error(`wxt build (firefox) failed:\n${wxt.stdout}\n${wxt.stderr}`);
  return { extensionDir: resolve(ROOT, ".output/firefox-mv3") };
}

export function buildDemoAssets(): void {
  const esbuild = spawnSync(resolve(ROOT, "node_modules/.bin/esbuild"), [
    "worker/demo/editor.ts", "--bundle", "--minify", "--format=esm", "--log-level=warning",
    "--outfile=dist/demo-assets/static/demo-editor.js",
  ], { cwd: ROOT, encoding: "utf8" });
  if (esbuild.status !== 0) throw new Error(`demo bundle failed:\n${esbuild.stderr}`);
}
