import type { GuardEvent } from "../../../shared/schema/events.ts";
import { isoWeek } from "../../../shared/schema/week.ts";

/** Stores a batch in one transaction; a known id (a retry) stores nothing and counts as known. */
export async function storeEvents(db: D1Database, orgId: string, events: GuardEvent[]): Promise<{ stored: number; known: number }> {
  const insert = db.prepare(
    `INSERT INTO events (id, org_id, type, category, rule, confidence, reason_code, reason_text, field, site, path, user_ref, at, week, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, id) DO NOTHING`,
  );
  const results = await db.batch(events.map((e) => insert.bind(
    e.id.toLowerCase(), orgId, e.type, e.category, e.rule, e.confidence, e.reason?.code ?? null, e.reason?.text ?? null,
    e.field, e.site, e.path, e.user, new Date(e.at).toISOString(), isoWeek(e.at), e.version,
  )));
  const stored = results.reduce((n, r) => n + (r.meta.changes ?? 0), 0);
  return { stored, known: events.length - stored };
}

export interface EventFilter {
  orgId?: string;
  category?: string;
  type?: string;
  path?: string;
  user?: string;
  week?: string;
  /** Keyset pagination: rows strictly older than this `at|id` cursor. */
  before?: string;
  limit: number;
}

export interface EventRow {
  id: string;
  org_id: string;
  type: string;
  category: string;
  rule: string;
  confidence: string;
  reason_code: string | null;
  reason_text: string | null;
  field: string;
  site: string;
  path: string;
  user_ref: string;
  at: string;
  week: string;
  version: string;
}

export async function listEvents(db: D1Database, f: EventFilter): Promise<{ rows: EventRow[]; next: string | null }> {
  const where: string[] = [];
  const args: unknown[] = [];
  const eq = (column: string, value: string | undefined) => {
    if (value) {
      where.push(`${column} = ?`);
      args.push(value);
    }
  };
  eq("org_id", f.orgId);
  eq("category", f.category);
  eq("type", f.type);
  eq("path", f.path);
  eq("user_ref", f.user);
  eq("week", f.week);
  if (f.before) {
    const [at, id] = f.before.split("|");
    where.push("(at < ? OR (at = ? AND id < ?))");
    args.push(at, at, id ?? "");
  }
  const sql = `SELECT id, org_id, type, category, rule, confidence, reason_code, reason_text, field, site, path, user_ref, at, week, version
    FROM events ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY at DESC, id DESC LIMIT ?`;
  const { results } = await db.prepare(sql).bind(...args, f.limit + 1).all<EventRow>();
  const rows = results.slice(0, f.limit);
  const last = rows[rows.length - 1];
  return { rows, next: results.length > f.limit && last ? `${last.at}|${last.id}` : null };
}
