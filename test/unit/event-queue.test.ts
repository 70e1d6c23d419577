import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventQueue } from "../../extension/background/event-queue.ts";
import { memoryArea } from "../../extension/background/storage.ts";
import type { GuardEvent } from "../../shared/schema/events.ts";

// The extension's offline queue against a real local HTTP server playing the Worker: it stores
// events by id (like D1's primary key) and can be switched to answer 503, 400 or to be unreachable.

let server: Server;
let url = "";
let mode: "ok" | "503" | "400" | "store-then-503" = "ok";
const stored = new Map<string, number>();
const users = new Map<string, string>();
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      requests++;
      const { events } = JSON.parse(body) as { events: GuardEvent[] };
      if (mode === "503") return res.writeHead(503, { "Content-Type": "application/json" }).end('{"message":"down"}');
      if (mode === "400") return res.writeHead(400, { "Content-Type": "application/json" }).end('{"message":"Ongeldige invoer bij events[0].rule"}');
      let n = 0;
      for (const e of events) users.set(e.id, e.user);
      for (const e of events) if (!stored.has(e.id)) { stored.set(e.id, 1); n++; } else stored.set(e.id, stored.get(e.id)! + 1);
      // "store-then-503": the Worker stored the batch but the answer never arrived.
      if (mode === "store-then-503") return res.writeHead(503).end("{}");
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ stored: n, known: events.length - n }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const ev = (): GuardEvent => ({
  id: crypto.randomUUID(), type: "override", category: "bsn", rule: "bsn.keyword-bound", confidence: "high",
  reason: { code: "consent", text: "" }, field: "Omschrijving", site: "app.deftiq.com", path: "/x", user: "u", at: new Date().toISOString(), version: "1",
});

describe("offline event queue", () => {
  it("keeps events while the Worker is unreachable, backs off, and delivers each exactly once later", async () => {
    let now = 1_000_000;
    const area = memoryArea();
    const queue = new EventQueue(area, () => now);
    const events = [ev(), ev(), ev()];
    for (const e of events) await queue.enqueue(e);

    const down = await queue.flush({ url: "http://127.0.0.1:9", apiKey: "k" });
    expect(down.pending).toHaveLength(3);
    expect(down.nextAttemptAt).toBeGreaterThan(now);
    expect(down.lastError).toMatch(/onbereikbaar/);

    // A browser restart: a new queue over the same storage still has them.
    const restarted = new EventQueue(area, () => now);
    const before = requests;
    await restarted.flush({ url, apiKey: "k" }); // still backing off: no request
    expect(requests).toBe(before);

    mode = "store-then-503";
    now += 60_000;
    const lost = await restarted.flush({ url, apiKey: "k" });
    expect(lost.pending).toHaveLength(3);
    expect(lost.attempts).toBe(2);

    mode = "ok";
    now += 60 * 60_000;
    const done = await restarted.flush({ url, apiKey: "k" });
    expect(done.pending).toEqual([]);
    // Sent twice, stored once: the retry carried the same ids.
    for (const e of events) expect(stored.get(e.id)).toBe(2);
    expect([...stored.keys()].filter((id) => events.some((e) => e.id === id))).toHaveLength(3);
  });

  it("sends more than 100 events in batches of at most 100", async () => {
    mode = "ok";
    const queue = new EventQueue(memoryArea());
    for (let i = 0; i < 150; i++) await queue.enqueue(ev());
    const before = requests;
    expect((await queue.flush({ url, apiKey: "k" })).pending).toEqual([]);
    expect(requests - before).toBe(2);
  });

  it("does not retry a batch the Worker refuses (4xx): it keeps it for the user with the message", async () => {
    mode = "400";
    const queue = new EventQueue(memoryArea());
    await queue.enqueue(ev());
    const s = await queue.flush({ url, apiKey: "k" });
    expect(s.pending).toEqual([]);
    expect(s.rejected).toHaveLength(1);
    expect(s.rejected[0]!.message).toMatch(/events\[0\]\.rule/);
    const before = requests;
    await queue.flush({ url, apiKey: "k" }, true);
    expect(requests).toBe(before);
    mode = "ok";
  });

  it("backs off on 503 and a forced flush retries at once", async () => {
    mode = "503";
    const queue = new EventQueue(memoryArea());
    await queue.enqueue(ev());
    const s = await queue.flush({ url, apiKey: "k" });
    expect(s.pending).toHaveLength(1);
    mode = "ok";
    expect((await queue.flush({ url, apiKey: "k" }, true)).pending).toEqual([]);
  });

  it("does not queue the same event twice", async () => {
    const queue = new EventQueue(memoryArea());
    const e = ev();
    await queue.enqueue(e);
    expect((await queue.enqueue(e)).pending).toHaveLength(1);
  });

  it("never keeps a refused reason text in storage, and says the event was refused", async () => {
    mode = "400";
    const area = memoryArea();
    const queue = new EventQueue(area);
    const e = { ...ev(), reason: { code: "other" as const, text: "Toelichting die de Worker weigerde" } };
    await queue.enqueue(e);
    await queue.flush({ url, apiKey: "k" });
    mode = "ok";
    expect(await queue.outcome(e.id)).toMatchObject({ state: "refused", status: 400 });
    expect(JSON.stringify(area.data)).not.toContain("Toelichting die de Worker weigerde");
    expect((await queue.state()).rejected[0]!.event).toMatchObject({ id: e.id, category: "bsn", reason: { code: "other", text: "" } });
  });

  it("sends events queued before the user was set with the user set since", async () => {
    mode = "503";
    const queue = new EventQueue(memoryArea());
    const anonymous = { ...ev(), user: "" };
    const named = { ...ev(), user: "piet@bouw.nl" };
    await queue.enqueue(anonymous);
    await queue.enqueue(named);
    await queue.flush({ url, apiKey: "k" });
    mode = "ok";
    expect((await queue.flush({ url, apiKey: "k", user: "jan@bouw.nl" }, true)).pending).toEqual([]);
    expect(users.get(anonymous.id)).toBe("jan@bouw.nl");
    expect(users.get(named.id)).toBe("piet@bouw.nl");
    expect(await queue.outcome(anonymous.id)).toEqual({ state: "sent" });
  });
});
