// Worker benchmark against `wrangler dev` on loopback with its own local D1: event ingest with 1, 8
// and 32 concurrent clients (each its own organisation key, like separate customers), and the weekly
// report over 1,000,000 events of one organisation.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureDevVars, prepareDatabase, sha256Hex, startWorkerOnFreePort, wrangler } from "../lib/local-stack.ts";
import { RULE_IDS } from "../../shared/engine/rule-ids.ts";

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

const BATCH = 50;
const SECONDS_PER_LEVEL = 6;
const REPORT_EVENTS = 1_000_000;
const CATEGORIES = ["bsn", "health", "religion", "union", "criminal", "sexual"];
// The Worker takes only the engine's rule ids, of the event's own category.
const RULE_OF = Object.fromEntries(CATEGORIES.map((c) => [c, [...RULE_IDS].find((r) => r.startsWith(`${c}.`))!]));

function event(i: number) {
  return {
    id: crypto.randomUUID(),
    type: i % 5 === 0 ? "false_positive" : "override",
    category: CATEGORIES[i % CATEGORIES.length],
    rule: RULE_OF[CATEGORIES[i % CATEGORIES.length]!],
    confidence: "high",
    ...(i % 5 === 0 ? {} : { reason: { code: "consent", text: "Toestemming van betrokkene" } }),
    field: "Omschrijving",
    site: "app.deftiq.com",
    path: `/projects/:id/${["incidents", "lmra", "toolbox"][i % 3]}/new`,
    user: `user${i % 40}@bouw.nl`,
    at: new Date(Date.now() - (i % 86_400) * 1000).toISOString(),
    version: "1.0.0",
  };
}

async function ingest(base: string, keys: string[], clients: number) {
  const latencies: number[] = [];
  let stored = 0;
  let errors = 0;
  const deadline = performance.now() + SECONDS_PER_LEVEL * 1000;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    let i = 0;
    while (performance.now() < deadline) {
      const body = JSON.stringify({ events: Array.from({ length: BATCH }, () => event(i++)) });
      const r0 = performance.now();
      const res = await fetch(`${base}/api/events`, { method: "POST", headers: { Authorization: `Bearer ${keys[c]}`, "Content-Type": "application/json" }, body });
      const json = (await res.json()) as { stored?: number };
      latencies.push(performance.now() - r0);
      if (res.status !== 200) errors++;
      else stored += json.stored ?? 0;
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  return { clients, eventsPerSecond: stored / seconds, p50: pct(latencies, 50), p99: pct(latencies, 99), errors, requests: latencies.length };
}

export async function benchWorker(): Promise<Record<string, number>> {
  const persistTo = mkdtempSync(join(tmpdir(), "dpa-bench-d1-"));
  const vars = ensureDevVars();
  prepareDatabase(vars, persistTo);
  const keys = Array.from({ length: 32 }, (_, i) => `bench-key-${i}-${crypto.randomUUID()}`);
  const orgs = keys.map((key, i) => [`bench-${i}`, key] as const);
  wrangler(["d1", "execute", "DB", "--local", "--persist-to", persistTo, "--command", orgs.map(([org, key], i) =>
    `INSERT INTO organisations (id, name) VALUES ('${org}', 'Bench ${i}'); INSERT INTO api_keys (id, org_id, key_hash) VALUES ('k-${org}', '${org}', '${sha256Hex(key)}');`).join(" ")], "bench organisations");

  // One million events of one organisation, all in one ISO week (the worst case for the report's
  // group-bys), generated inside SQLite so the bench does not wait an hour for the API.
  const r0 = performance.now();
  wrangler(["d1", "execute", "DB", "--local", "--persist-to", persistTo, "--command", `
    INSERT INTO organisations (id, name) VALUES ('bench-report', 'Report bench');
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${REPORT_EVENTS})
    INSERT INTO events (id, org_id, type, category, rule, confidence, reason_code, reason_text, field, site, path, user_ref, at, week, version)
    SELECT printf('bench-%08d', i), 'bench-report',
      CASE WHEN i % 5 = 0 THEN 'false_positive' WHEN i % 97 = 0 THEN 'submit_warned' ELSE 'override' END,
      CASE i % 6 WHEN 0 THEN 'bsn' WHEN 1 THEN 'health' WHEN 2 THEN 'religion' WHEN 3 THEN 'union' WHEN 4 THEN 'criminal' ELSE 'sexual' END,
      'rule.' || (i % 25), 'high', CASE WHEN i % 5 = 0 THEN NULL ELSE 'consent' END, CASE WHEN i % 50 = 0 THEN 'toelichting ' || (i % 7) ELSE '' END,
      'Omschrijving', 'app.deftiq.com', '/projects/:id/form-' || (i % 30) || '/new', 'user' || (i % 400) || '@bouw.nl',
      strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-16T00:00:00Z', '+' || (i % 600000) || ' seconds'), '2026-W47', 'bench'
    FROM n;`], "generating 1,000,000 events");
  console.log(`worker: generated ${REPORT_EVENTS.toLocaleString("en")} events in the local D1 in ${((performance.now() - r0) / 1000).toFixed(1)} s`);

  const worker = await startWorkerOnFreePort({ persistTo, timeoutMs: 90_000 });
  const out: Record<string, number> = {};
  try {
    const base = worker.url;
    // Warm up the isolate and the D1 connection.
    await ingest(base, keys, 1).catch(() => undefined);
    for (const clients of [1, 8, 32]) {
      const r = await ingest(base, keys, clients);
      console.log(`worker ingest, ${String(clients).padStart(2)} client(s), ${BATCH}-event batches: ${r.eventsPerSecond.toFixed(0)} events/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms per request, ${r.errors} errors in ${r.requests} requests (target ≥ 500 events/s, 0 errors)`);
      out[`ingest${clients}`] = r.eventsPerSecond;
      out[`errors${clients}`] = r.errors;
    }
    const times: number[] = [];
    let totals: Record<string, number> = {};
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const res = await fetch(`${base}/api/admin/reports/weekly/recompute`, {
        method: "POST", headers: { Authorization: `Bearer ${vars.ADMIN_TOKEN}`, "Content-Type": "application/json" }, body: JSON.stringify({ org: "bench-report", week: "2026-W47" }),
      });
      const report = (await res.json()) as { totals: Record<string, number> };
      times.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`report failed: ${res.status} ${JSON.stringify(report)}`);
      totals = report.totals;
    }
    const counted = Object.values(totals).reduce((a, b) => a + b, 0);
    console.log(`weekly report over ${counted.toLocaleString("en")} events of one organisation-week: ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(", ")} (HTTP round trip; target ≤ 2 s)`);
    out.reportSeconds = Math.min(...times) / 1000;
    out.reportSecondsWorst = Math.max(...times) / 1000;
  } finally {
    await worker.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
  return out;
}
