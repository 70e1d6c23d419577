import { describe, expect, it } from "vitest";
import { syncSiteScripts, POLICY_SCRIPT_ID } from "../../extension/background/site-scripts.ts";
import { orgSettingsSchema } from "../../shared/schema/policy.ts";

// The extension's run-time registration of sites an organisation adds through policy. The browser's
// scripting and permissions APIs are outside the product: a small in-memory stand-in records calls.

function fakeBrowser(granted: string[]) {
  const registered = new Map<string, string[]>();
  return {
    registered,
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o)) },
    scripting: {
      getRegisteredContentScripts: async () => [...registered].map(([id, matches]) => ({ id, matches })),
      registerContentScripts: async (s: { id: string; matches: string[] }[]) => { for (const x of s) registered.set(x.id, x.matches); },
      updateContentScripts: async (s: { id: string; matches: string[] }[]) => { for (const x of s) registered.set(x.id, x.matches); },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => { for (const id of ids) registered.delete(id); },
    },
  };
}

describe("policy sites", () => {
  it("registers the content script for granted sites only, updates it, and removes it when none are left", async () => {
    const b = fakeBrowser(["https://app.klant.nl/*"]);
    const origins = ["https://app.klant.nl/*", "https://intranet.klant.nl/*"];
    expect(await syncSiteScripts(origins, b.permissions, b.scripting, "content.js")).toEqual(["https://app.klant.nl/*"]);
    expect(b.registered.get(POLICY_SCRIPT_ID)).toEqual(["https://app.klant.nl/*"]);
    const more = fakeBrowser(origins);
    more.registered.set(POLICY_SCRIPT_ID, ["https://app.klant.nl/*"]);
    await syncSiteScripts(origins, more.permissions, more.scripting, "content.js");
    expect(more.registered.get(POLICY_SCRIPT_ID)).toEqual(origins);
    await syncSiteScripts([], more.permissions, more.scripting, "content.js");
    expect(more.registered.has(POLICY_SCRIPT_ID)).toBe(false);
  });

  it("accepts only https match patterns as policy sites", () => {
    expect(orgSettingsSchema.safeParse({ origins: ["https://app.klant.nl/*", "https://*.klant.nl/forms/*"] }).success).toBe(true);
    expect(orgSettingsSchema.safeParse({ origins: ["http://app.klant.nl/*"] }).success).toBe(false);
    expect(orgSettingsSchema.safeParse({ origins: ["<all_urls>"] }).success).toBe(false);
  });
});
