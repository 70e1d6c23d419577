import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";

// The console speaks Dutch unless asked for English (?lang=en, remembered in the links) or the
// browser prefers English. A language chosen with ?lang= is also remembered in a cookie, so a form
// post (whose action carries no ?lang) answers in the language the admin was reading.

const LANG_COOKIE = "dpa_lang";

export type Lang = "nl" | "en";

export function langOf(c: Context): Lang {
  const q = c.req.query("lang");
  if (q === "en" || q === "nl") return q;
  const remembered = getCookie(c, LANG_COOKIE);
  if (remembered === "en" || remembered === "nl") return remembered;
  return /^en\b/i.test(c.req.header("Accept-Language") ?? "") ? "en" : "nl";
}

export type T = (nl: string, en: string) => string;
export const translator = (lang: Lang): T => (nl, en) => (lang === "en" ? en : nl);

/** Remembers a language chosen with ?lang= (console pages only). */
export function rememberLang(c: Context): void {
  const q = c.req.query("lang");
  if ((q === "en" || q === "nl") && getCookie(c, LANG_COOKIE) !== q) {
    setCookie(c, LANG_COOKIE, q, { httpOnly: true, secure: true, sameSite: "Lax", path: "/admin" });
  }
}
