import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EventQueue, type Delivery } from "../../extension/background/event-queue.ts";
import { memoryArea } from "../../extension/background/storage.ts";
import { eventSchema, type GuardEvent } from "../../shared/schema/events.ts";
import { d1Query, ensureDevVars, freePort, isPortFree, prepareDatabase, startWorker, type RunningWorker } from "../../scripts/lib/local-stack.ts";

// Principle 2 under faults: the extension's own queue module (extension/background/event-queue.ts,
// run here in Node) sends 2,000 events to a real `wrangler dev` with its own local D1, and the Worker
// is stopped and started again twice in the middle of batches:
//   1. while a batch is on its way (stopped right after the request left), and
//   2. after the Worker has stored a batch but before its answer reaches the queue (the queue sees
//      the connection fail, as when a network drops an answer).
// Afterwards every event is in D1 exactly once: none lost, none doubled.

const TOTAL = 2000;

describe("offline queue against a Worker that stops twice mid-batch", () => {
  let worker: RunningWorker | undefined;
  let persistTo: string | undefined;
  afterAll(async () => {
    await worker?.stop();
    if (persistTo) rmSync(persistTo, { recursive: true, force: true });
  });

  it("delivers 2,000 events exactly once", async () => {
    persistTo = mkdtempSync(join(tmpdir(), "dpa-e2e-fault-"));
    const vars = ensureDevVars();
    prepareDatabase(vars, persistTo);
    const port = await freePort();
    worker = await startWorker({ port, persistTo });
    const delivery: Delivery = { url: worker.url, apiKey: vars.DEMO_API_KEY };

    const user = `fault.${Array.from({ length: 10 }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("")}`;
    const queue = new EventQueue(memoryArea());
    const ids: string[] = [];
    for (let i = 0; i < TOTAL; i++) {
      const event: GuardEvent = eventSchema.parse({
        id: crypto.randomUUID(), type: i % 4 === 0 ? "false_positive" : "override", category: "health", rule: "health.lexicon.epilepsie",
        confidence: "high", ...(i % 4 === 0 ? {} : { reason: { code: "consent", text: "Toestemming van betrokkene" } }),
        field: "Omschrijving", site: "127.0.0.1", path: "/demo", user, at: new Date().toISOString(), version: "1.0.0",
      });
      ids.push(event.id);
      await queue.enqueue(event);
    }

    // The Worker goes down and comes back on the same port and D1, in the background, like a deploy.
    let restarting: Promise<void> | undefined;
    const restart = () => {
      const old = worker!;
      restarting = (async () => {
        await old.stop();
        while (!(await isPortFree(port))) await new Promise((r) => setTimeout(r, 100));
        await new Promise((r) => setTimeout(r, 500));
        worker = await startWorker({ port, persistTo });
      })();
    };
    const realFetch = globalThis.fetch;
    let posts = 0;
    let faults = 0;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const isBatch = String(input).endsWith("/api/events") && init?.method === "POST";
      if (!isBatch) return realFetch(input, init);
      posts++;
      if (posts === 4) {
        faults++;
        const sent = realFetch(input, init);
        setTimeout(restart, 2);
        return sent;
      }
      if (posts === 12) {
        faults++;
        const answered = await realFetch(input, init);
        await answered.arrayBuffer();
        restart();
        throw new TypeError("fetch failed: the connection closed before the answer arrived");
      }
      return realFetch(input, init);
    }) as typeof fetch;

    try {
      const deadline = Date.now() + 240_000;
      let state = await queue.state();
      while (state.pending.length && Date.now() < deadline) {
        state = await queue.flush(delivery, true);
        if (state.pending.length) await new Promise((r) => setTimeout(r, 250));
      }
      await restarting;
      expect(faults).toBe(2);
      expect(state.pending).toEqual([]);
      expect(state.rejected).toEqual([]);
    } finally {
      globalThis.fetch = realFetch;
    }

    const [counts] = d1Query<{ n: number; distinct_ids: number }>(`SELECT count(*) AS n, count(DISTINCT id) AS distinct_ids FROM events WHERE org_id = 'demo' AND user_ref = '${user}'`, persistTo);
    expect(counts).toEqual({ n: TOTAL, distinct_ids: TOTAL });
    const stored = new Set(d1Query<{ id: string }>(`SELECT id FROM events WHERE org_id = 'demo' AND user_ref = '${user}'`, persistTo).map((r) => r.id));
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
    // More requests than batches: the faults really made the queue send some batches again.
    expect(posts).toBeGreaterThan(TOTAL / 100);
  }, 300_000);
});
