import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { LAST_WEEK, call, countRows, event, inWeek, newOrg } from "./helpers.ts";

const post = (auth: Record<string, string>, json: unknown) => call("/api/events", { headers: auth, json });

describe("POST /api/events", () => {
  it("stores a batch and says how many were new; a replay stores nothing and succeeds", async () => {
    const { orgId, auth } = await newOrg();
    const batch = { events: [event(), event({ type: "false_positive", reason: undefined, rule: "health.injury.verb-body-part", confidence: "medium" })] };
    const first = await post(auth, batch);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ stored: 2, known: 0 });
    const replay = await post(auth, batch);
    expect(await replay.json()).toEqual({ stored: 0, known: 2 });
    expect(await countRows("SELECT count(*) AS n FROM events WHERE org_id = ?", orgId)).toBe(2);
    const row = await env.DB.prepare("SELECT * FROM events WHERE id = ?").bind(batch.events[0]!.id).first<Record<string, string>>();
    expect(row).toMatchObject({ org_id: orgId, type: "override", reason_code: "consent", week: LAST_WEEK, path: "/projects/:id/incidents/new" });
  });

  it("files the event in the Amsterdam ISO week: Monday 00:30 in Amsterdam is still Sunday in UTC", async () => {
    const { auth } = await newOrg();
    const e = event({ at: inWeek(LAST_WEEK, 0.5) });
    expect(new Date(e.at).getUTCDay()).toBe(0); // Sunday on a UTC clock
    await post(auth, { events: [e] });
    expect((await env.DB.prepare("SELECT week FROM events WHERE id = ?").bind(e.id).first<{ week: string }>())!.week).toBe(LAST_WEEK);
  });

  it("refuses a missing, malformed, unknown or revoked key with 401", async () => {
    const { orgId, auth } = await newOrg();
    expect((await call("/api/events", { json: { events: [event()] } })).status).toBe(401);
    expect((await post({ Authorization: "Basic abc" }, { events: [event()] })).status).toBe(401);
    expect((await post({ Authorization: "Bearer nope" }, { events: [event()] })).status).toBe(401);
    await env.DB.prepare("UPDATE api_keys SET revoked_at = 'now' WHERE org_id = ?").bind(orgId).run();
    const revoked = await post(auth, { events: [event()] });
    expect(revoked.status).toBe(401);
    expect(((await revoked.json()) as { message: string }).message).toMatch(/ingetrokken/);
    expect(await countRows("SELECT count(*) AS n FROM events WHERE org_id = ?", orgId)).toBe(0);
  });

  it("answers bad JSON and wrong types with 400 naming the failing field, storing nothing", async () => {
    const { orgId, auth } = await newOrg();
    const badJson = await call("/api/events", { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: "{events: [" });
    expect(badJson.status).toBe(400);
    const wrong = await post(auth, { events: [event(), event({ category: "weather" as never })] });
    expect(wrong.status).toBe(400);
    const body = (await wrong.json()) as { issues: { path: string }[]; message: string };
    expect(body.issues[0]!.path).toBe("events[1].category");
    expect(body.message).toContain("events[1].category");
    const noReason = await post(auth, { events: [event({ reason: undefined })] });
    expect(((await noReason.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe("events[0].reason");
    expect(await countRows("SELECT count(*) AS n FROM events WHERE org_id = ?", orgId)).toBe(0);
  });

  it("refuses unknown fields, so a snippet of the typed text cannot ride along", async () => {
    const { auth } = await newOrg();
    const res = await post(auth, { events: [{ ...event(), snippet: "hij heeft epilepsie" }] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: { path: string; message: string }[] }).issues[0]!.message).toMatch(/snippet/);
  });

  it("refuses more than 100 events and bodies over 64 KB", async () => {
    const { auth } = await newOrg();
    const many = await post(auth, { events: Array.from({ length: 101 }, () => event()) });
    expect(many.status).toBe(400);
    expect(((await many.json()) as { message: string }).message).toMatch(/100/);
    const huge = await call("/api/events", { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: JSON.stringify({ events: [event()], pad: "x".repeat(70_000) }) });
    expect(huge.status).toBe(413);
  });

  it("raw-data guard: a reason or field label with a BSN or health data is refused with 422 and nothing is stored", async () => {
    const { orgId, auth } = await newOrg();
    // The held texts of the extension's own cases: what a hurried user types into the reason box.
    for (const [path, e] of [
      ["events[0].reason.text", event({ reason: { code: "other", text: "Jan heeft epilepsie, dat mag de uitvoerder weten" } })],
      ["events[0].reason.text", event({ reason: { code: "consent", text: "toestemming van BSN 111222333" } })],
      ["events[0].field", event({ field: "Omschrijving: hij is vakbondslid" })],
    ] as const) {
      const res = await post(auth, { events: [e] });
      expect(res.status).toBe(422);
      const body = (await res.json()) as { message: string; issues: { path: string }[] };
      expect(body.issues[0]!.path).toBe(path);
      expect(body.message).toMatch(/Laat dat weg/);
      expect(JSON.stringify(body)).not.toMatch(/epilepsie|111222333|vakbondslid/);
    }
    expect(await countRows("SELECT count(*) AS n FROM events WHERE org_id = ?", orgId)).toBe(0);
  });

  it("lets a harmless reason through the guard", async () => {
    const { auth } = await newOrg();
    const res = await post(auth, { events: [event({ reason: { code: "other", text: "Steiger bij het ziekenhuis, geen persoon genoemd" } })] });
    expect(res.status).toBe(200);
  });

  it("rate-limits per key with 429 and Retry-After, without affecting another organisation", async () => {
    const a = await newOrg();
    const b = await newOrg();
    let limited: Response | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await call("/api/policy", { headers: a.auth });
      if (res.status === 429) limited = res;
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited!.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await call("/api/policy", { headers: b.auth })).status).toBe(200);
  });

  it("answers CORS preflights for extension origins only", async () => {
    const pre = (origin: string) => call("/api/events", { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type" } });
    const ok = await pre("chrome-extension://abcdefghijklmnopabcdefghijklmnop");
    expect(ok.headers.get("Access-Control-Allow-Origin")).toBe("chrome-extension://abcdefghijklmnopabcdefghijklmnop");
    const page = await pre("https://evil.example");
    expect(page.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const pinned = await call("/api/events", { method: "OPTIONS", headers: { Origin: "chrome-extension://other", "Access-Control-Request-Method": "POST" } }, { EXTENSION_ORIGINS: "chrome-extension://abcdefghijklmnopabcdefghijklmnop" });
    expect(pinned.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });
});
