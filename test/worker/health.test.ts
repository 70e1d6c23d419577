import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "./helpers.ts";

// /demo is mounted only where the local demo key is set (`npm start` writes it into .dev.vars); the
// tests set it themselves, so they do not depend on whether a .dev.vars exists.
const LOCAL = { DEMO_API_KEY: "dpa_demo_test" };

describe("GET /health", () => {
  it("answers ok once D1 answers, and tells nothing more to whoever asks", async () => {
    const res = await SELF.fetch("https://dpa.test/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("answers 404 with a readable message for an unknown route", async () => {
    const res = await SELF.fetch("https://dpa.test/nope");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { message: string }).message).toContain("/nope");
  });
});

describe("/demo", () => {
  it("serves the incident form with every field kind the extension guards", async () => {
    const html = await (await call("/demo", {}, LOCAL)).text();
    for (const needle of ['id="title"', 'id="injured"', "<textarea", 'contenteditable="true"', 'id="notes-editor"', "demo-editor.js"]) {
      expect(html).toContain(needle);
    }
  });

  it("echoes a posted form, escaped", async () => {
    const body = new URLSearchParams({ title: "<b>Val</b>", description: "steiger" });
    const res = await call("/demo", { method: "POST", body }, LOCAL);
    const html = await res.text();
    expect(html).toContain("&lt;b&gt;Val&lt;/b&gt;");
    expect(html).not.toContain("<b>Val</b>");
  });
});
