import { auditStatement } from "../lib/audit.ts";
import { randomToken, sha256Hex } from "../lib/crypto.ts";

// Organisation API keys: stored as SHA-256 hashes, shown once, revocable; every change audited.

export interface ApiKeyRow {
  id: string;
  org_id: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

export async function listKeys(db: D1Database, orgId?: string): Promise<ApiKeyRow[]> {
  const sql = `SELECT id, org_id, label, created_at, revoked_at FROM api_keys ${orgId ? "WHERE org_id = ?" : ""} ORDER BY created_at DESC`;
  return (await db.prepare(sql).bind(...(orgId ? [orgId] : [])).all<ApiKeyRow>()).results;
}

/** Makes a key; only its hash is stored, so the caller shows the key exactly once. */
export async function createKey(db: D1Database, orgId: string, label: string, actor: string): Promise<{ id: string; key: string } | null> {
  if (!(await db.prepare("SELECT 1 FROM organisations WHERE id = ?").bind(orgId).first())) return null;
  const key = randomToken("dpa_");
  const id = crypto.randomUUID();
  await db.batch([
    db.prepare("INSERT INTO api_keys (id, org_id, key_hash, label) VALUES (?, ?, ?, ?)").bind(id, orgId, await sha256Hex(key), label),
    auditStatement(db, actor, "api_key.create", orgId, `api_key:${id}`, { label }),
  ]);
  return { id, key };
}

export async function revokeKey(db: D1Database, id: string, actor: string): Promise<boolean> {
  const row = await db.prepare("SELECT org_id FROM api_keys WHERE id = ? AND revoked_at IS NULL").bind(id).first<{ org_id: string }>();
  if (!row) return false;
  await db.batch([
    db.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ?").bind(new Date().toISOString(), id),
    auditStatement(db, actor, "api_key.revoke", row.org_id, `api_key:${id}`),
  ]);
  return true;
}
