import { auditStatement } from "../lib/audit.ts";
import { sha256Hex } from "../lib/crypto.ts";
import { csvRows } from "../lib/csv.ts";
import type { EventRow } from "./events.ts";
import type { ExceptionRow } from "./exceptions.ts";

// Data-subject rights (DPA art. 3 and 9): everything stored about one user reference, and its erasure.
// Events are deleted; exception requests keep their decision trail but lose the name (pseudonymised),
// because the approval itself is the organisation's record, not the user's.

export interface SubjectExport {
  user: string;
  organisation: string | null;
  exportedAt: string;
  events: EventRow[];
  exceptionRequests: ExceptionRow[];
}

export async function exportSubject(db: D1Database, user: string, orgId: string | undefined): Promise<SubjectExport> {
  const scope = orgId ? " AND org_id = ?" : "";
  const args = orgId ? [user, orgId] : [user];
  const [events, exceptions] = await db.batch([
    db.prepare(`SELECT id, org_id, type, category, rule, confidence, reason_code, reason_text, field, site, path, user_ref, at, week, version
      FROM events WHERE user_ref = ?${scope} ORDER BY at`).bind(...args),
    db.prepare(`SELECT * FROM exceptions WHERE requested_by = ?${scope} ORDER BY id`).bind(...args),
  ]);
  return {
    user,
    organisation: orgId ?? null,
    exportedAt: new Date().toISOString(),
    events: events!.results as unknown as EventRow[],
    exceptionRequests: exceptions!.results as unknown as ExceptionRow[],
  };
}

export async function eraseSubject(db: D1Database, user: string, orgId: string | undefined, actor: string): Promise<{ eventsDeleted: number; exceptionsPseudonymised: number }> {
  const scope = orgId ? " AND org_id = ?" : "";
  const args = orgId ? [user, orgId] : [user];
  // The audit log is append-only and must not keep the name either: it records a hash.
  const pseudonym = `erased:${(await sha256Hex(user)).slice(0, 16)}`;
  const [deleted, pseudonymised] = await db.batch([
    db.prepare(`DELETE FROM events WHERE user_ref = ?${scope}`).bind(...args),
    db.prepare(`UPDATE exceptions SET requested_by = ? WHERE requested_by = ?${scope}`).bind(pseudonym, ...args),
  ]);
  const counts = { eventsDeleted: deleted!.meta.changes ?? 0, exceptionsPseudonymised: pseudonymised!.meta.changes ?? 0 };
  await auditStatement(db, actor, "subject.erase", orgId ?? null, pseudonym, counts).run();
  return counts;
}

export function subjectCsv(x: SubjectExport): string {
  const rows: unknown[][] = [["record", "id", "organisation", "type", "category", "rule", "reason_code", "reason_text", "field", "site", "path", "at", "status"]];
  for (const e of x.events) rows.push(["event", e.id, e.org_id, e.type, e.category, e.rule, e.reason_code, e.reason_text, e.field, e.site, e.path, e.at, ""]);
  for (const r of x.exceptionRequests) rows.push(["exception_request", r.id, r.org_id, "", r.category, "", r.legal_basis, r.justification, "", r.site, r.path_pattern, r.requested_at, r.status]);
  return csvRows(rows);
}
