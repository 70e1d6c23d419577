import type { ExceptionDecision, ExceptionRequest } from "../../../shared/schema/exceptions.ts";
import type { PolicyException } from "../../../shared/schema/policy.ts";
import { auditStatement } from "../lib/audit.ts";

export interface ExceptionRow {
  id: number;
  org_id: string;
  category: string;
  site: string;
  path_pattern: string;
  legal_basis: string;
  justification: string;
  requested_by: string;
  requested_at: string;
  request_id: string | null;
  status: "pending" | "approved" | "denied" | "revoked";
  decided_by: string | null;
  decided_at: string | null;
  valid_until: string | null;
  decision_note: string | null;
}

/**
 * Records a request; the client's request id makes a retry return the first row (and the same id from
 * another organisation is a conflict), and a second request for what is already waiting (same
 * organisation, category, site, path and user, still pending) is the same request: one intent, one
 * row for the admins to decide.
 */
export async function requestException(db: D1Database, orgId: string, r: ExceptionRequest): Promise<{ row: ExceptionRow; created: boolean } | { conflict: true }> {
  const open = await db.prepare(
    `SELECT * FROM exceptions WHERE org_id = ? AND category = ? AND site = ? AND path_pattern = ? AND requested_by = ? AND status = 'pending'
     ORDER BY id LIMIT 1`,
  ).bind(orgId, r.category, r.site, r.pathPattern, r.user).first<ExceptionRow>();
  if (open) return { row: open, created: false };
  const inserted = await db.prepare(
    `INSERT INTO exceptions (org_id, category, site, path_pattern, legal_basis, justification, requested_by, request_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING`,
  ).bind(orgId, r.category, r.site, r.pathPattern, r.legalBasis, r.justification, r.user, r.id.toLowerCase()).run();
  const row = await db.prepare("SELECT * FROM exceptions WHERE request_id = ?").bind(r.id.toLowerCase()).first<ExceptionRow>();
  if (!row || row.org_id !== orgId) return { conflict: true };
  return { row, created: (inserted.meta.changes ?? 0) > 0 };
}

export async function getException(db: D1Database, id: number): Promise<ExceptionRow | null> {
  return db.prepare("SELECT * FROM exceptions WHERE id = ?").bind(id).first<ExceptionRow>();
}

export async function listExceptions(db: D1Database, filter: { status?: string; orgId?: string; inForce?: boolean }, today = todayUtc()): Promise<ExceptionRow[]> {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.status) {
    where.push("status = ?");
    args.push(filter.status);
  }
  if (filter.orgId) {
    where.push("org_id = ?");
    args.push(filter.orgId);
  }
  if (filter.inForce) {
    where.push("status = 'approved' AND valid_until >= ?");
    args.push(today);
  }
  const sql = `SELECT * FROM exceptions ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT 500`;
  return (await db.prepare(sql).bind(...args).all<ExceptionRow>()).results;
}

export type DecisionOutcome = { ok: true; row: ExceptionRow } | { ok: false; status: 404 | 409; message: string };

/** Approves or denies a pending request, with the audit entry in the same transaction. */
export async function decideException(db: D1Database, id: number, d: ExceptionDecision, actor: string): Promise<DecisionOutcome> {
  const row = await getException(db, id);
  if (!row) return { ok: false, status: 404, message: `Uitzondering #${id} bestaat niet / Exception #${id} does not exist` };
  if (row.status !== "pending") return { ok: false, status: 409, message: `Uitzondering #${id} is al ${row.status} / Exception #${id} is already ${row.status}` };
  const now = new Date().toISOString();
  const update = d.decision === "approve"
    ? db.prepare(`UPDATE exceptions SET status = 'approved', decided_by = ?, decided_at = ?, valid_until = ?, decision_note = ?,
        site = COALESCE(?, site), path_pattern = COALESCE(?, path_pattern) WHERE id = ? AND status = 'pending'`)
      .bind(actor, now, d.validUntil, d.note, d.site ?? null, d.pathPattern ?? null, id)
    : db.prepare("UPDATE exceptions SET status = 'denied', decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ? AND status = 'pending'")
      .bind(actor, now, d.note, id);
  const detail = d.decision === "approve" ? { validUntil: d.validUntil, site: d.site, pathPattern: d.pathPattern, note: d.note } : { note: d.note };
  await db.batch([update, auditStatement(db, actor, `exception.${d.decision}`, row.org_id, `exception:${id}`, detail), bumpPolicy(db, row.org_id)]);
  return { ok: true, row: (await getException(db, id))! };
}

export async function revokeException(db: D1Database, id: number, actor: string, note: string): Promise<DecisionOutcome> {
  const row = await getException(db, id);
  if (!row) return { ok: false, status: 404, message: `Uitzondering #${id} bestaat niet / Exception #${id} does not exist` };
  if (row.status !== "approved") return { ok: false, status: 409, message: `Alleen een goedgekeurde uitzondering kan worden ingetrokken (nu: ${row.status}) / Only an approved exception can be revoked (now: ${row.status})` };
  await db.batch([
    db.prepare("UPDATE exceptions SET status = 'revoked', decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ?").bind(actor, new Date().toISOString(), note, id),
    auditStatement(db, actor, "exception.revoke", row.org_id, `exception:${id}`, { note }),
    bumpPolicy(db, row.org_id),
  ]);
  return { ok: true, row: (await getException(db, id))! };
}

export function bumpPolicy(db: D1Database, orgId: string) {
  return db.prepare("UPDATE organisations SET policy_version = policy_version + 1 WHERE id = ?").bind(orgId);
}

export const todayUtc = () => new Date().toISOString().slice(0, 10);

export function toPolicyException(row: ExceptionRow): PolicyException {
  return { id: row.id, category: row.category as PolicyException["category"], site: row.site, pathPattern: row.path_pattern, validUntil: row.valid_until ?? "" };
}
