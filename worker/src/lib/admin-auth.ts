import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Admin, AppContext, Role } from "../env.ts";
import { timingSafeEqual } from "./crypto.ts";
import { AccessKeysUnavailable, verifyAccessJwt } from "./access-jwt.ts";
import { isThrottled, recordFailure, throttled } from "./auth-throttle.ts";
import { currentSession, startSession } from "./console-session.ts";
import { fail } from "./errors.ts";

// Who is an admin, by route:
//   /api/admin/*  Authorization: Bearer <ADMIN_TOKEN> (scripts, local use, tests) or Cloudflare Access
//                 (Cf-Access-Jwt-Assertion, role from admin_users). Never a cookie: a cookie is sent by
//                 the browser on its own, so a JSON API that took one could be driven by another page.
//   /admin        Cloudflare Access, or a console session (D1, console-session.ts) after signing in
//                 with the admin token; forms there carry the session's CSRF token (csrf.ts).

type Resolved = Admin | { refused: string } | { status: 429 | 503; message: string } | null;

async function fromBearer(c: Context<AppContext>, bearer: string): Promise<Resolved> {
  if (await isThrottled(c)) return { status: 429, message: "" };
  const token = c.env.ADMIN_TOKEN;
  if (token && (await timingSafeEqual(bearer, token))) return { id: "admin-token", role: "deftiq-admin", orgId: null };
  if (await recordFailure(c)) return { status: 429, message: "" };
  return { refused: "Onjuist admin-token / Wrong admin token" };
}

async function fromAccess(c: Context<AppContext>, jwt: string): Promise<Resolved> {
  let identity;
  try {
    identity = await verifyAccessJwt(jwt, c.env.ACCESS_TEAM_DOMAIN, c.env.ACCESS_AUDIENCE);
  } catch (e) {
    if (e instanceof AccessKeysUnavailable) {
      return { status: 503, message: `Cloudflare Access-sleutels niet bereikbaar; probeer het zo opnieuw / Cloudflare Access keys unreachable; try again shortly (${e.message})` };
    }
    throw e;
  }
  if (identity instanceof Error) return { refused: `Cloudflare Access-token geweigerd: ${identity.message} / Access token refused: ${identity.message}` };
  const row = await c.env.DB.prepare("SELECT role, org_id FROM admin_users WHERE email = ?").bind(identity.email).first<{ role: Role; org_id: string | null }>();
  if (!row) return { refused: `${identity.email} heeft geen beheerrol / ${identity.email} has no admin role` };
  return { id: identity.email, role: row.role, orgId: row.org_id };
}

const accessJwt = (c: Context<AppContext>) =>
  c.env.ACCESS_TEAM_DOMAIN && c.env.ACCESS_AUDIENCE ? c.req.header("Cf-Access-Jwt-Assertion") : undefined;

/** The admin token as the console's sign-in form checks it (throttled per client address). */
export async function checkAdminToken(c: Context<AppContext>, sent: string): Promise<"ok" | "wrong" | "throttled"> {
  const r = await fromBearer(c, sent);
  if (r && "status" in r) return "throttled";
  return r && "id" in r ? "ok" : "wrong";
}

/** For /api/admin/*: 401/403/429/503 as JSON. */
export const adminApiAuth = createMiddleware<AppContext>(async (c, next) => {
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("Authorization") ?? "")?.[1];
  const jwt = accessJwt(c);
  const admin = bearer ? await fromBearer(c, bearer) : jwt ? await fromAccess(c, jwt) : null;
  if (!admin) return fail(c, 401, "unauthorized", "Aanmelden vereist (admin-token of Cloudflare Access) / Sign-in required (admin token or Cloudflare Access)");
  if ("status" in admin) return admin.status === 429 ? throttled(c) : fail(c, 503, "unavailable", admin.message);
  if ("refused" in admin) return fail(c, 403, "forbidden", admin.refused);
  c.set("admin", admin);
  await next();
});

/**
 * For /admin pages: Access or a console session, else to the sign-in page. Someone who came in
 * through Access gets a console session too (on a page view), so their forms have a CSRF token.
 */
export const adminPageAuth = createMiddleware<AppContext>(async (c, next) => {
  const jwt = accessJwt(c);
  let session = await currentSession(c);
  if (jwt) {
    const admin = await fromAccess(c, jwt);
    if (!admin) return c.redirect("/admin/login", 303);
    if ("status" in admin) return c.text(admin.message || "Te veel pogingen / Too many attempts", admin.status);
    if ("refused" in admin) return c.text(admin.refused, 403);
    if (session && session.admin.id !== admin.id) session = null;
    if (!session && c.req.method === "GET") session = await startSession(c, admin);
    c.set("admin", admin);
  } else {
    if (!session) return c.redirect("/admin/login", 303);
    c.set("admin", session.admin);
  }
  if (session) c.set("session", session);
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
