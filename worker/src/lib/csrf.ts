import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppContext } from "../env.ts";
import { timingSafeEqual } from "./crypto.ts";

// Console forms change state with cookie credentials (the session, or Access's CF_Authorization), so
// every POST must prove it came from our own page: the Origin header must be present and ours (every
// browser sends it on a form post), and the form must carry the CSRF token of the session the cookie
// names (console-session.ts). The token is 43 random characters, made and kept by the server.

const MIN_TOKEN_LENGTH = 32;

export function csrfToken(c: Context<AppContext>): string {
  return c.get("session")?.csrf ?? "";
}

export function sameOrigin(c: Context<AppContext>): boolean {
  return c.req.header("Origin") === new URL(c.req.url).origin;
}

/** A form body, or null when it cannot be read (a malformed multipart body is the sender's mistake). */
export async function formBody(c: Context): Promise<Record<string, string | File> | null> {
  try {
    return (await c.req.parseBody()) as Record<string, string | File>;
  } catch {
    return null;
  }
}

export const badForm = (c: Context) => c.text("Formulier onleesbaar / Malformed form body", 400);

export const checkCsrf = createMiddleware<AppContext>(async (c, next) => {
  if (c.req.method !== "POST") return next();
  if (!sameOrigin(c)) return c.text("Verzoek van een andere site geweigerd / Cross-site request refused", 403);
  const form = await formBody(c);
  if (!form) return badForm(c);
  const sent = typeof form._csrf === "string" ? form._csrf : "";
  const session = c.get("session");
  if (!session || sent.length < MIN_TOKEN_LENGTH || !(await timingSafeEqual(sent, session.csrf))) {
    return c.text("Formulier verlopen; laad de pagina opnieuw / Form expired; reload the page", 403);
  }
  await next();
});
