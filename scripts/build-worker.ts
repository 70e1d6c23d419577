#!/usr/bin/env node
// The Worker bundle as `wrangler deploy` would upload it, without uploading: dist/worker/.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { ROOT, buildDemoAssets } from "./lib/local-stack.ts";

buildDemoAssets();
const run = spawnSync(process.execPath, [resolve(ROOT, "node_modules/wrangler/bin/wrangler.js"), "deploy", "--dry-run", "--outdir", "dist/worker"], {
  cwd: ROOT, stdio: "inherit", env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
});
process.exit(run.status ?? 1);
