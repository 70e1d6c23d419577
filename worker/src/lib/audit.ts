// The audit log is append-only (triggers in 0001_init.sql refuse UPDATE and DELETE): who decided,
// revoked, erased or created what, and when.

export function auditStatement(db: D1Database, actor: string, action: string, orgId: string | null, subject: string, detail: unknown = {}) {
  return db.prepare("INSERT INTO audit_log (actor, action, org_id, subject, detail) VALUES (?, ?, ?, ?, ?)")
    .bind(actor, action, orgId, subject, JSON.stringify(detail));
}
