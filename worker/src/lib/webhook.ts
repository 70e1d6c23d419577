import type { WeeklyReport } from "../store/report.ts";

// The weekly report to a Teams or Slack incoming webhook: both read a top-level "text"; the full
// report rides along for receivers that want figures. Retried with backoff on network errors and 5xx
// (429 too); other 4xx mean the URL or payload is wrong and are not retried.

export interface DeliveryResult {
  ok: boolean;
  attempts: number;
  status?: number;
  error?: string;
}

export function webhookPayload(r: WeeklyReport, consoleUrl: string): unknown {
  const overrides = r.totals.override ?? 0;
  const top = Object.entries(r.overridesByCategory).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v}`).join(", ");
  const text = `dpa-guard weekrapport ${r.week} (${r.organisation}): ${overrides} keer toch doorgegaan` +
    `${top ? ` (${top})` : ""}, ${r.totals.false_positive ?? 0} meldingen 'geen persoonsgegeven', ` +
    `${r.exceptions.requested} uitzonderingen aangevraagd. ${consoleUrl}`;
  return { text, report: r };
}

export async function deliverWebhook(url: string, payload: unknown, attempts = 4, baseDelayMs = 500): Promise<DeliveryResult> {
  let last: DeliveryResult = { ok: false, attempts: 0 };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) });
      await res.body?.cancel();
      if (res.ok) return { ok: true, attempts: attempt, status: res.status };
      last = { ok: false, attempts: attempt, status: res.status };
      if (res.status < 500 && res.status !== 429) return last;
    } catch (e) {
      last = { ok: false, attempts: attempt, error: (e as Error).message };
    }
    if (attempt < attempts) await new Promise((r) => setTimeout(r, baseDelayMs * 2 ** (attempt - 1)));
  }
  return last;
}
