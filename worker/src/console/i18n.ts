import type { Context } from "hono";

// The console speaks Dutch unless asked for English (?lang=en, remembered in the links) or the
// browser prefers English.

export type Lang = "nl" | "en";

export function langOf(c: Context): Lang {
  const q = c.req.query("lang");
  if (q === "en" || q === "nl") return q;
  return /^en\b/i.test(c.req.header("Accept-Language") ?? "") ? "en" : "nl";
}

export type T = (nl: string, en: string) => string;
export const translator = (lang: Lang): T => (nl, en) => (lang === "en" ? en : nl);
