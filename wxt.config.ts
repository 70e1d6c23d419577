import { defineConfig } from "wxt";
import preact from "@preact/preset-vite";
import { resolve } from "node:path";
import { LEXICON_FILE, packLexiconPlugin } from "./scripts/vite/pack-lexicon.ts";

// Deftiq's own domains could not be confirmed from public sources (LEXICON-NOTES): these defaults are
// documented as such, and admins add origins through policy (optional host permissions at run time).
export const DEFAULT_ORIGINS = ["https://*.deftiq.com/*", "https://*.deftiq.nl/*"];
// The local demo and test origins; only in builds made with DPA_GUARD_LOCAL=1 (npm start, npm test).
const LOCAL_ORIGINS = ["http://127.0.0.1/*", "http://localhost/*"];

export default defineConfig({
  srcDir: "extension",
  // The release build (npm run build) goes to .output/release/, so it never replaces the local build
  // in .output/chrome-mv3 that the demo and the tests load (the release one does not guard 127.0.0.1).
  outDir: process.env.DPA_GUARD_LOCAL === "1" ? ".output" : ".output/release",
  publicDir: "extension/public",
  // The lexicon ships deflated in a file of its own (scripts/vite/pack-lexicon.ts): the content script's budget is 150 KB.
  // The content script's context class is ours (extension/content/lite-context.ts says why).
  vite: () => ({
    plugins: [preact(), packLexiconPlugin()],
    resolve: { alias: { "wxt/utils/content-script-context": resolve(import.meta.dirname, "extension/content/lite-context.ts") } },
  }),
  manifest: ({ browser }) => ({
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "nl",
    // scripting: content scripts for the sites an organisation adds through policy (registered at run time).
    permissions: ["storage", "alarms", "scripting"],
    optional_host_permissions: ["https://*/*"],
    // Enterprise deployment: IT sets the Worker, key and user through policy (Chrome's managed storage).
    ...(browser === "chrome" ? { storage: { managed_schema: "managed-schema.json" } } : {}),
    // Firefox asks new add-ons to declare what they send (data_collection_permissions, required since
    // Nov 2025): the user's name or e-mail and the form page's site and path go to the organisation's Worker.
    ...(browser === "firefox" ? { browser_specific_settings: { gecko: {
      id: "dpa-guard@deftiq.com",
      data_collection_permissions: { required: ["personallyIdentifyingInfo", "websiteActivity"] },
    } } } : {}),
  }),
  hooks: {
    "build:manifestGenerated": (wxt, manifest) => {
      const local = process.env.DPA_GUARD_LOCAL === "1";
      const origins = local ? [...DEFAULT_ORIGINS, ...LOCAL_ORIGINS] : DEFAULT_ORIGINS;
      for (const cs of manifest.content_scripts ?? []) cs.matches = origins;
      manifest.host_permissions = origins;
      // The content script fetches the packed lexicon from where it runs: its own origins and those an
      // organisation adds through policy (within optional_host_permissions, registered at run time).
      // Chromium then loads it only by the dynamic URL runtime.getURL gives (new each session), so a page
      // cannot probe for the extension; Firefox's moz-extension URL is random per install already, and
      // Firefox does not take use_dynamic_url.
      manifest.web_accessible_resources = [{
        resources: [LEXICON_FILE],
        matches: [...new Set([...origins, ...(manifest.optional_host_permissions ?? [])])],
        ...(wxt.config.browser === "firefox" ? {} : { use_dynamic_url: true }),
      }];
    },
  },
});
