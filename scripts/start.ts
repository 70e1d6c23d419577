#!/usr/bin/env node
// npm start: builds the extension, prepares the local D1, starts the Worker and says what to open.
import { resolve } from "node:path";
import { ROOT, buildForLocal, ensureDevVars, isPortFree, prepareDatabase, startWorker } from "./lib/local-stack.ts";

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT=${process.env.PORT} is not a port number (1-65535).`);
  process.exit(2);
}
if (!(await isPortFree(port))) {
  console.error(`Port ${port} on 127.0.0.1 is already in use (another wrangler dev or npm start?).\n` +
    `Stop that process, or pick another port:  PORT=8788 npm start`);
  process.exit(1);
}

const t0 = Date.now();
const vars = ensureDevVars();
console.log("• building the extension (Chrome MV3) and the demo page …");
const { extensionDir } = buildForLocal();
console.log("• applying D1 migrations to the local database and seeding the demo organisation …");
prepareDatabase(vars);
console.log("• starting the Worker (wrangler dev) …");
const worker = await startWorker({ port, inherit: false, timeoutMs: 90_000 });
worker.process.stdout?.pipe(process.stdout);
worker.process.stderr?.pipe(process.stderr);

console.log(`
dpa-guard is running (ready in ${((Date.now() - t0) / 1000).toFixed(1)} s).

  Demo form      ${worker.url}/demo
  Admin console  ${worker.url}/admin   (sign in with the admin token below)
  Health         ${worker.url}/health

  Extension      ${extensionDir}
    Chrome: open chrome://extensions, switch on "Developer mode", click "Load unpacked"
    and choose the folder above. In the extension's Options set the Worker URL to
    ${worker.url} and the organisation key to the demo API key below.
    Then open the demo form and type, e.g. "BSN 123456782" or "Jan heeft epilepsie";
    click the red badge or press Alt+Shift+D in the field for the panel.

  Demo organisation API key  ${vars.DEMO_API_KEY}
  Admin token                ${vars.ADMIN_TOKEN}
  (both in ${resolve(ROOT, ".dev.vars")}; git-ignored)

Press Ctrl-C to stop.
`);

const stop = async () => {
  await worker.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
worker.process.on("exit", (code) => {
  console.error(`wrangler dev stopped (exit ${code}).`);
  process.exit(code ?? 1);
});
