import { EVENT_TYPES, REASON_CODES } from "../../../shared/schema/events.ts";
import { lastWeeks, weekRange } from "../../../shared/schema/week.ts";
import { csvRows } from "../lib/csv.ts";

// The weekly override report of one organisation for one ISO week (Europe/Amsterdam). Every query
// below is answered from a covering index (0001/0002 migrations), so the report stays fast at a
// million events.

export interface WeeklyReport {
  organisation: string;
  week: string;
  from: string;
  to: string;
  computedAt: string;
  totals: Record<string, number>;
  overridesByCategory: Record<string, number>;
  overridesByForm: { path: string; count: number }[];
  overridesByUser: { user: string; count: number }[];
  reasons: Record<string, number>;
  recentReasonTexts: { at: string; category: string; code: string; text: string }[];
  falsePositivesByRule: { rule: string; count: number }[];
  exceptions: { requested: number; approved: number; denied: number; revoked: number };
  trend: { week: string; overrides: number }[];
}

const TOP = 20;

export async function computeWeeklyReport(db: D1Database, orgId: string, week: string): Promise<WeeklyReport> {
  const { start, end } = weekRange(week);
  const from = start.toISOString();
  const to = end.toISOString();
  const weeks = lastWeeks(week, 8);
  const q = (sql: string, ...args: unknown[]) => db.prepare(sql).bind(...args);
  const [byTypeCategory, byForm, byUser, byReason, texts, byRule, exceptions, trend] = await db.batch<Record<string, unknown>>([
    q("SELECT type, category, count(*) AS n FROM events WHERE org_id = ? AND week = ? GROUP BY type, category", orgId, week),
    q(`SELECT path, count(*) AS n FROM events INDEXED BY events_report_path WHERE org_id = ? AND week = ? AND type = 'override'
       GROUP BY path ORDER BY n DESC, path LIMIT ${TOP}`, orgId, week),
    q(`SELECT user_ref, count(*) AS n FROM events INDEXED BY events_report_user WHERE org_id = ? AND week = ? AND type = 'override'
       GROUP BY user_ref ORDER BY n DESC, user_ref LIMIT ${TOP}`, orgId, week),
    q(`SELECT reason_code, count(*) AS n FROM events INDEXED BY events_report_reason WHERE org_id = ? AND week = ? AND type = 'override'
       GROUP BY reason_code`, orgId, week),
    q(`SELECT at, category, reason_code, reason_text FROM events INDEXED BY events_org_at WHERE org_id = ? AND at >= ? AND at < ?
       AND type = 'override' AND reason_text <> '' ORDER BY at DESC LIMIT 10`, orgId, from, to),
    q(`SELECT rule, count(*) AS n FROM events INDEXED BY events_report_rule WHERE org_id = ? AND week = ? AND type = 'false_positive'
       GROUP BY rule ORDER BY n DESC, rule LIMIT ${TOP}`, orgId, week),
    q(`SELECT
         sum(requested_at >= ?1 AND requested_at < ?2) AS requested,
         sum(status = 'approved' AND decided_at >= ?1 AND decided_at < ?2) AS approved,
         sum(status = 'denied' AND decided_at >= ?1 AND decided_at < ?2) AS denied,
         sum(status = 'revoked' AND decided_at >= ?1 AND decided_at < ?2) AS revoked
       FROM exceptions WHERE org_id = ?3`, from, to, orgId),
    q(`SELECT week, count(*) AS n FROM events WHERE org_id = ? AND week IN (${weeks.map(() => "?").join(",")}) AND type = 'override'
       GROUP BY week`, orgId, ...weeks),
  ]);

  const totals: Record<string, number> = Object.fromEntries(EVENT_TYPES.map((t) => [t, 0]));
  const overridesByCategory: Record<string, number> = {};
  for (const r of byTypeCategory!.results as { type: string; category: string; n: number }[]) {
    totals[r.type] = (totals[r.type] ?? 0) + r.n;
    if (r.type === "override") overridesByCategory[r.category] = r.n;
  }
  const reasons: Record<string, number> = Object.fromEntries(REASON_CODES.map((c) => [c, 0]));
  for (const r of byReason!.results as { reason_code: string; n: number }[]) reasons[r.reason_code ?? "other"] = r.n;
  const ex = (exceptions!.results[0] ?? {}) as Record<string, number | null>;
  const trendMap = new Map((trend!.results as { week: string; n: number }[]).map((r) => [r.week, r.n]));
  return {
    organisation: orgId,
    week,
    from,
    to,
    computedAt: new Date().toISOString(),
    totals,
    overridesByCategory,
    overridesByForm: (byForm!.results as { path: string; n: number }[]).map((r) => ({ path: r.path, count: r.n })),
    overridesByUser: (byUser!.results as { user_ref: string; n: number }[]).map((r) => ({ user: r.user_ref, count: r.n })),
    reasons,
    recentReasonTexts: (texts!.results as { at: string; category: string; reason_code: string; reason_text: string }[])
      .map((r) => ({ at: r.at, category: r.category, code: r.reason_code, text: r.reason_text })),
    falsePositivesByRule: (byRule!.results as { rule: string; n: number }[]).map((r) => ({ rule: r.rule, count: r.n })),
    exceptions: { requested: ex.requested ?? 0, approved: ex.approved ?? 0, denied: ex.denied ?? 0, revoked: ex.revoked ?? 0 },
    trend: weeks.map((w) => ({ week: w, overrides: trendMap.get(w) ?? 0 })),
  };
}

export async function saveSnapshot(db: D1Database, report: WeeklyReport): Promise<void> {
  await db.prepare(`INSERT INTO report_snapshots (org_id, week, computed_at, report_json) VALUES (?, ?, ?, ?)
    ON CONFLICT (org_id, week) DO UPDATE SET computed_at = excluded.computed_at, report_json = excluded.report_json`)
    .bind(report.organisation, report.week, report.computedAt, JSON.stringify(report)).run();
}

export async function loadSnapshot(db: D1Database, orgId: string, week: string): Promise<WeeklyReport | null> {
  const row = await db.prepare("SELECT report_json FROM report_snapshots WHERE org_id = ? AND week = ?").bind(orgId, week).first<{ report_json: string }>();
  return row ? (JSON.parse(row.report_json) as WeeklyReport) : null;
}

/** One row per figure: section, key, value. Opens in Excel as is. */
export function reportCsv(r: WeeklyReport): string {
  const rows: (string | number)[][] = [["section", "key", "value"]];
  for (const [k, v] of Object.entries(r.totals)) rows.push(["totals", k, v]);
  for (const [k, v] of Object.entries(r.overridesByCategory)) rows.push(["overrides_by_category", k, v]);
  for (const x of r.overridesByForm) rows.push(["overrides_by_form", x.path, x.count]);
  for (const x of r.overridesByUser) rows.push(["overrides_by_user", x.user, x.count]);
  for (const [k, v] of Object.entries(r.reasons)) rows.push(["reasons", k, v]);
  for (const x of r.falsePositivesByRule) rows.push(["false_positives_by_rule", x.rule, x.count]);
  for (const [k, v] of Object.entries(r.exceptions)) rows.push(["exceptions", k, v]);
  for (const x of r.trend) rows.push(["trend_overrides", x.week, x.overrides]);
  return csvRows(rows);
}

/**
 * The report of a week as an admin reads it: a closed week's stored snapshot (made on first read),
 * or, for the current or a future week, counted afresh each time and never stored, because events
 * of an open week are still arriving and a frozen snapshot would hide them.
 */
export async function reportForReading(db: D1Database, orgId: string, week: string, now = new Date()): Promise<WeeklyReport> {
  const closed = weekRange(week).end.getTime() <= now.getTime();
  if (closed) {
    const stored = await loadSnapshot(db, orgId, week);
    if (stored) return stored;
  }
  const report = await computeWeeklyReport(db, orgId, week);
  if (closed) await saveSnapshot(db, report);
  return report;
}
