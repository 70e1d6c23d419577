import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Admin, AppContext, Role } from "../env.ts";
import { randomToken, sha256Hex } from "./crypto.ts";

// Console sessions are rows in D1 (migration 0003), so logging out ends them at once and an admin
// can end all of them. The cookie holds only a random id; the table holds its SHA-256. Each session
// has its own CSRF token (synchronizer token): a form must send the token of the session the cookie
// names, so a token from another session or a made-up pair is worthless.

export const SESSION_COOKIE = "dpa_session";
export const SESSION_HOURS = 8;

export interface ConsoleSession {
  admin: Admin;
  csrf: string;
  idHash: string;
}

interface Row {
  id_hash: string;
  admin_id: string;
  role: Role;
  org_id: string | null;
  csrf_token: string;
  expires_at: string;
  revoked_at: string | null;
}

export async function startSession(c: Context<AppContext>, admin: Admin): Promise<ConsoleSession> {
  const id = randomToken();
  const idHash = await sha256Hex(id);
  const csrf = randomToken();
  const expires = new Date(Date.now() + SESSION_HOURS * 3600_000).toISOString();
  await c.env.DB.prepare("INSERT INTO console_sessions (id_hash, admin_id, role, org_id, csrf_token, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
    .bind(idHash, admin.id, admin.role, admin.orgId, csrf, expires).run();
  setCookie(c, SESSION_COOKIE, id, { httpOnly: true, secure: true, sameSite: "Strict", path: "/admin", maxAge: SESSION_HOURS * 3600 });
  return { admin, csrf, idHash };
}

/** The live session the cookie names, or null (no cookie, unknown, expired or revoked). */
export async function currentSession(c: Context<AppContext>): Promise<ConsoleSession | null> {
  const id = getCookie(c, SESSION_COOKIE);
  if (!id || id.length < 40 || id.length > 100) return null;
  const idHash = await sha256Hex(id);
  const row = await c.env.DB.prepare("SELECT * FROM console_sessions WHERE id_hash = ?").bind(idHash).first<Row>();
  if (!row || row.revoked_at || row.expires_at <= new Date().toISOString()) return null;
  return { admin: { id: row.admin_id, role: row.role, orgId: row.org_id }, csrf: row.csrf_token, idHash };
}

export async function endSession(c: Context<AppContext>, session: ConsoleSession | null): Promise<void> {
  if (session) {
    await c.env.DB.prepare("UPDATE console_sessions SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id_hash = ?").bind(session.idHash).run();
  }
  deleteCookie(c, SESSION_COOKIE, { path: "/admin", secure: true });
}

/** Drops sessions that ended more than a day ago (daily cron). */
export function purgeSessions(db: D1Database, now: Date) {
  return db.prepare("DELETE FROM console_sessions WHERE expires_at < ?").bind(new Date(now.getTime() - 86_400_000).toISOString()).run();
}
