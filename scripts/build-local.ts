#!/usr/bin/env node
// The builds tests need: the extension with the local demo origins, and the demo page's editor bundle.
import { buildForLocal } from "./lib/local-stack.ts";
const { extensionDir } = buildForLocal();
console.log(`built ${extensionDir} and the demo editor bundle`);
