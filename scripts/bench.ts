#!/usr/bin/env node
// npm run bench: the figures the issues ask for, measured on this machine.
// `npm run bench -- engine`, `-- worker`, `-- extension` or `-- learned` runs one part.
import { benchEngine } from "./bench/engine.ts";
import { benchWorker } from "./bench/worker.ts";
import { benchLearned } from "./bench/learned.ts";

const only = process.argv[2];
if (!only || only === "engine") await benchEngine();
if (!only || only === "learned") await benchLearned();
// The extension part runs before the Worker part: the million-event database and its workerd would
// otherwise still be winding down while keystrokes are timed.
if (!only || only === "extension") {
  // The extension bench drives Chromium (page callbacks need DOM types), so the e2e tsconfig checks
  // it; a computed specifier keeps it out of this DOM-free program.
  const path = "./bench/extension.ts";
  const { benchExtension } = (await import(path)) as { benchExtension(): Promise<Record<string, number>> };
  await benchExtension();
}
if (!only || only === "worker") await benchWorker();
