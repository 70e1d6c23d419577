import type { AppEnv } from "./env.ts";
import { isoWeek, previousWeek } from "../../shared/schema/week.ts";
import { computeWeeklyReport, saveSnapshot } from "./store/report.ts";
import { deliverWebhook, webhookPayload, type DeliveryResult } from "./lib/webhook.ts";
import { auditStatement } from "./lib/audit.ts";
import { purgeAuthFailures } from "./lib/auth-throttle.ts";
import { purgeSessions } from "./lib/console-session.ts";

// Cron Triggers (wrangler.toml): Monday 05:00 UTC the weekly report of the ISO week that just ended
// in Amsterdam (06:00 or 07:00 local, so that week has ended in both DST states); daily 03:30 UTC
// the retention purge.

export const WEEKLY_CRON = "0 5 * * 1";
export const RETENTION_CRON = "30 3 * * *";

export interface WeeklyRun {
  week: string;
  organisations: number;
  webhook?: DeliveryResult;
}

export async function runWeeklyReports(env: AppEnv, now: Date, consoleOrigin = ""): Promise<WeeklyRun> {
  const week = previousWeek(isoWeek(now));
  const { results: orgs } = await env.DB.prepare("SELECT id FROM organisations ORDER BY id").all<{ id: string }>();
  const reports = [];
  for (const org of orgs) {
    const report = await computeWeeklyReport(env.DB, org.id, week);
    await saveSnapshot(env.DB, report);
    reports.push(report);
  }
  const run: WeeklyRun = { week, organisations: orgs.length };
  if (env.REPORT_WEBHOOK_URL) {
    for (const report of reports) {
      const result = await deliverWebhook(env.REPORT_WEBHOOK_URL, webhookPayload(report, `${consoleOrigin}/admin/reports?org=${encodeURIComponent(report.organisation)}&week=${week}`));
      run.webhook = result;
      if (!result.ok) console.error(`weekly report webhook for ${report.organisation} failed after ${result.attempts} attempts`, result);
    }
  }
  return run;
}

export async function purgeExpiredEvents(env: AppEnv, now: Date): Promise<number> {
  const days = Number(env.RETENTION_DAYS) > 0 ? Number(env.RETENTION_DAYS) : 365;
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  // By the Worker's receive time: the client's `at` is its own clock and may be anything it says.
  const r = await env.DB.prepare("DELETE FROM events WHERE received_at < ?").bind(cutoff).run();
  await purgeAuthFailures(env.DB, now.getTime());
  await purgeSessions(env.DB, now);
  const purged = r.meta.changes ?? 0;
  await auditStatement(env.DB, "cron", "retention.purge", null, `events before ${cutoff}`, { purged, days }).run();
  return purged;
}

export async function scheduled(controller: ScheduledController, env: AppEnv): Promise<void> {
  const now = new Date(controller.scheduledTime);
  if (controller.cron === WEEKLY_CRON) await runWeeklyReports(env, now);
  else if (controller.cron === RETENTION_CRON) await purgeExpiredEvents(env, now);
  else console.error(`unknown cron ${controller.cron}`);
}
