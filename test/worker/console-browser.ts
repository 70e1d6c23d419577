import { env } from "cloudflare:test";
import { expect } from "vitest";
import { call } from "./helpers.ts";

/** A cookie jar that behaves like a browser on the console: Origin on form posts, the CSRF token from the last page. */
export class Browser {
  cookies = new Map<string, string>();
  lastCsrf = "";
  constructor(private readonly extraHeaders: Record<string, string> = {}) {}

  async go(path: string, init: RequestInit & { form?: Record<string, string> } = {}) {
    const headers = new Headers({ ...this.extraHeaders, ...(init.headers as Record<string, string> | undefined) });
    if (this.cookies.size) headers.set("Cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    let body = init.body;
    if (init.form) {
      body = new URLSearchParams(init.form);
      headers.set("Content-Type", "application/x-www-form-urlencoded");
      if (!headers.has("Origin")) headers.set("Origin", "https://dpa.test");
    }
    // Origin "" in a test means: send no Origin header at all.
    if (headers.get("Origin") === "") headers.delete("Origin");
    const res = await call(path, { ...init, headers, body, method: init.method ?? (init.form ? "POST" : "GET") });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, v] = pair!.split("=");
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(k!);
      else this.cookies.set(k!, v!);
    }
    if ((res.headers.get("Content-Type") ?? "").startsWith("text/html")) {
      const html = await res.clone().text();
      const token = /name="_csrf" value="([^"]*)"/.exec(html)?.[1];
      if (token) this.lastCsrf = token;
    }
    return res;
  }

  /** The CSRF token of the current session, from a page that has a form. */
  async csrf(): Promise<string> {
    if (!this.lastCsrf) await this.go("/admin/subjects");
    return this.lastCsrf;
  }
}

export async function signedIn(headers: Record<string, string> = {}): Promise<Browser> {
  const b = new Browser(headers);
  const res = await b.go("/admin/login", { form: { token: env.ADMIN_TOKEN } });
  expect(res.status).toBe(303);
  return b;
}
