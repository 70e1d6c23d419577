import { describe, expect, it } from "vitest";
import { checkWorkerUrl, loadSettings, mergeSettings } from "../../extension/background/settings.ts";
import { memoryArea } from "../../extension/background/storage.ts";

describe("extension settings", () => {
  it("lets enterprise policy win over what the user typed, and says which fields are locked", () => {
    const merged = mergeSettings(
      { workerUrl: "https://mine.example/", apiKey: "user-key", user: "jan", language: "en" },
      { workerUrl: "https://dpa.deftiq.com", apiKey: "org-key" },
    );
    expect(merged.settings).toEqual({ workerUrl: "https://dpa.deftiq.com", apiKey: "org-key", user: "jan", language: "en" });
    expect(merged.locked.sort()).toEqual(["apiKey", "workerUrl"]);
  });

  it("ignores junk in storage and falls back to defaults", () => {
    expect(mergeSettings({ workerUrl: 42, language: "fr" }, null).settings).toEqual({ workerUrl: "", apiKey: "", user: "", language: "auto" });
  });

  it("reads managed storage that is not there (Firefox without policy) as empty", async () => {
    const managed = { get: async () => { throw new Error("Managed storage manifest not found"); }, set: async () => undefined };
    const { settings, locked } = await loadSettings(memoryArea({ settings: { user: "piet" } }), managed);
    expect(settings.user).toBe("piet");
    expect(locked).toEqual([]);
  });

  it("accepts https Workers and plain http only on this computer", () => {
    expect(checkWorkerUrl("https://dpa.deftiq.com")).toBeNull();
    expect(checkWorkerUrl("http://127.0.0.1:8787")).toBeNull();
    expect(checkWorkerUrl("http://dpa.deftiq.com")).toMatch(/https/);
    expect(checkWorkerUrl("dpa.deftiq.com")).toMatch(/URL/);
  });
});
