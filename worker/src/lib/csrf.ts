import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { getCookie, setCookie } from "hono/cookie";
import type { AppContext } from "../env.ts";
import { randomToken, timingSafeEqual } from "./crypto.ts";

// Console forms change state with cookie credentials (the session or Access's CF_Authorization), so
// every POST must prove it came from our own page: the Origin header must be ours, and the form must
// carry the token from a SameSite=Strict cookie (double submit). Bearer-token API calls are not
// ambient credentials and skip this.

const CSRF_COOKIE = "dpa_csrf";

export function csrfToken(c: Context<AppContext>): string {
  let token = getCookie(c, CSRF_COOKIE);
  if (!token || token.length < 20) {
    token = randomToken();
    setCookie(c, CSRF_COOKIE, token, { httpOnly: true, secure: true, sameSite: "Strict", path: "/admin" });
  }
  return token;
}

export const checkCsrf = createMiddleware<AppContext>(async (c, next) => {
  if (c.req.method !== "POST") return next();
  const origin = c.req.header("Origin");
  if (origin && origin !== new URL(c.req.url).origin) return c.text("Verzoek van een andere site geweigerd / Cross-site request refused", 403);
  const form = await c.req.parseBody();
  const sent = typeof form._csrf === "string" ? form._csrf : "";
  const cookie = getCookie(c, CSRF_COOKIE) ?? "";
  if (!cookie || !timingSafeEqual(sent, cookie)) return c.text("Formulier verlopen; laad de pagina opnieuw / Form expired; reload the page", 403);
  await next();
});
