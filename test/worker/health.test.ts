import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

describe("GET /health", () => {
  it("answers ok once D1 answers, counting organisations in the real database", async () => {
    await env.DB.prepare("INSERT INTO organisations (id, name) VALUES (?, ?)").bind("org-h", "Health BV").run();
    const res = await SELF.fetch("https://dpa.test/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, organisations: 1 });
  });

  it("answers 404 with a readable message for an unknown route", async () => {
    const res = await SELF.fetch("https://dpa.test/nope");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { message: string }).message).toContain("/nope");
  });
});

describe("/demo", () => {
  it("serves the incident form with every field kind the extension guards", async () => {
    const html = await (await SELF.fetch("https://dpa.test/demo")).text();
    for (const needle of ['id="title"', 'id="injured"', "<textarea", 'contenteditable="true"', 'id="notes-editor"', "demo-editor.js"]) {
      expect(html).toContain(needle);
    }
  });

  it("echoes a posted form, escaped", async () => {
    const body = new URLSearchParams({ title: "<b>Val</b>", description: "steiger" });
    const res = await SELF.fetch("https://dpa.test/demo", { method: "POST", body });
    const html = await res.text();
    expect(html).toContain("&lt;b&gt;Val&lt;/b&gt;");
    expect(html).not.toContain("<b>Val</b>");
  });
});
