import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { Admin, AppContext, Role } from "../env.ts";
import { timingSafeEqual } from "./crypto.ts";
import { verifyAccessJwt } from "./access-jwt.ts";
import { fail } from "./errors.ts";

// Three ways in, one Admin out:
//   Authorization: Bearer <ADMIN_TOKEN>   scripts, local use and tests (a Deftiq admin)
//   Cf-Access-Jwt-Assertion                production: Cloudflare Access in front of /admin and /api/admin;
//                                          the asserted e-mail is looked up in admin_users for its role
//   dpa_admin session cookie               the console after /admin/login with the admin token
// The cookie is signed with ADMIN_TOKEN, HttpOnly, Secure, SameSite=Strict.

const SESSION_COOKIE = "dpa_admin";
const SESSION_HOURS = 8;

type Resolved = Admin | { refused: string } | null;

async function resolveAdmin(c: Context<AppContext>): Promise<Resolved> {
  const token = c.env.ADMIN_TOKEN;
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("Authorization") ?? "")?.[1];
  if (bearer) {
    return token && timingSafeEqual(bearer, token) ? { id: "admin-token", role: "deftiq-admin", orgId: null } : { refused: "Onjuist admin-token / Wrong admin token" };
  }
  const jwt = c.req.header("Cf-Access-Jwt-Assertion");
  if (jwt && c.env.ACCESS_TEAM_DOMAIN && c.env.ACCESS_AUDIENCE) {
    const identity = await verifyAccessJwt(jwt, c.env.ACCESS_TEAM_DOMAIN, c.env.ACCESS_AUDIENCE);
    if (identity instanceof Error) return { refused: `Cloudflare Access-token geweigerd: ${identity.message} / Access token refused: ${identity.message}` };
    const row = await c.env.DB.prepare("SELECT role, org_id FROM admin_users WHERE email = ?").bind(identity.email).first<{ role: Role; org_id: string | null }>();
    if (!row) return { refused: `${identity.email} heeft geen beheerrol / ${identity.email} has no admin role` };
    return { id: identity.email, role: row.role, orgId: row.org_id };
  }
  if (token) {
    const raw = await getSignedCookie(c, token, SESSION_COOKIE);
    if (raw) {
      try {
        const s = JSON.parse(raw) as Admin & { exp: number };
        if (s.exp > Date.now()) return { id: s.id, role: s.role, orgId: s.orgId };
      } catch {
        // a cookie we did not write: treat as absent
      }
    }
  }
  return null;
}

export async function startSession(c: Context<AppContext>, admin: Admin): Promise<void> {
  const exp = Date.now() + SESSION_HOURS * 3600_000;
  await setSignedCookie(c, SESSION_COOKIE, JSON.stringify({ ...admin, exp }), c.env.ADMIN_TOKEN!, {
    httpOnly: true, secure: true, sameSite: "Strict", path: "/", maxAge: SESSION_HOURS * 3600,
  });
}

export function endSession(c: Context<AppContext>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true });
}

/** For /api/admin/*: 401/403 as JSON. */
export const adminApiAuth = createMiddleware<AppContext>(async (c, next) => {
  const admin = await resolveAdmin(c);
  if (!admin) return fail(c, 401, "unauthorized", "Aanmelden vereist (admin-token of Cloudflare Access) / Sign-in required (admin token or Cloudflare Access)");
  if ("refused" in admin) return fail(c, 403, "forbidden", admin.refused);
  c.set("admin", admin);
  await next();
});

/** For /admin pages: to the login page when not signed in. */
export const adminPageAuth = createMiddleware<AppContext>(async (c, next) => {
  const admin = await resolveAdmin(c);
  if (!admin) return c.redirect("/admin/login", 303);
  if ("refused" in admin) return c.text(admin.refused, 403);
  c.set("admin", admin);
  await next();
});

export const requireDeftiqAdmin = createMiddleware<AppContext>(async (c, next) => {
  if (c.get("admin").role !== "deftiq-admin") return fail(c, 403, "forbidden", "Alleen Deftiq-beheerders / Deftiq admins only");
  await next();
});

/**
 * The organisation a request may see: an org-viewer only its own (asking for another is refused),
 * a Deftiq admin the one asked for, or all when none is asked for (undefined).
 */
export function orgScope(c: Context<AppContext>, requested: string | undefined): { orgId: string | undefined } | { forbidden: true } {
  const admin = c.get("admin");
  if (admin.role === "deftiq-admin") return { orgId: requested || undefined };
  if (requested && requested !== admin.orgId) return { forbidden: true };
  return { orgId: admin.orgId ?? "\u0000" };
}

/** The refusal an org-viewer gets when asking for another organisation. */
export const otherOrganisation = (c: Context<AppContext>) =>
  fail(c, 403, "forbidden", "Alleen je eigen organisatie / Your own organisation only");
