#!/usr/bin/env node
// npm run bench: the figures the issues ask for, measured on this machine.
import { benchEngine } from "./bench/engine.ts";

const only = process.argv[2];
if (!only || only === "engine") await benchEngine();
