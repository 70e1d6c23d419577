#!/usr/bin/env node
// npm run bench: the figures the issues ask for, measured on this machine.
// `npm run bench -- engine` or `-- worker` runs one part.
import { benchEngine } from "./bench/engine.ts";
import { benchWorker } from "./bench/worker.ts";

const only = process.argv[2];
if (!only || only === "engine") await benchEngine();
if (!only || only === "worker") await benchWorker();
