import type { Child } from "hono/jsx";
import type { Admin } from "../env.ts";
import type { Lang, T } from "./i18n.ts";

const PAGES = [
  ["/admin", "Uitzonderingen", "Exceptions"],
  ["/admin/events", "Gebeurtenissen", "Events"],
  ["/admin/reports", "Weekrapport", "Weekly report"],
  ["/admin/policy", "Beleid", "Policy"],
  ["/admin/keys", "API-sleutels", "API keys"],
  ["/admin/subjects", "Betrokkenen", "Data subjects"],
] as const;

export function Layout(props: { t: T; lang: Lang; title: string; path: string; admin?: Admin; children: Child }) {
  const { t, lang } = props;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · dpa-guard</title>
        <link rel="stylesheet" href="/admin/console.css" />
      </head>
      <body>
        <header>
          <strong>dpa-guard</strong>
          {props.admin && PAGES.map(([href, nl, en]) => (
            <a href={`${href}${lang === "en" ? "?lang=en" : ""}`} aria-current={props.path === href ? "page" : undefined}>{t(nl, en)}</a>
          ))}
          <a href={`${props.path}?lang=${lang === "en" ? "nl" : "en"}`}>{lang === "en" ? "Nederlands" : "English"}</a>
          {props.admin && <span class="who">{props.admin.id} · {props.admin.role}{props.admin.orgId ? ` · ${props.admin.orgId}` : ""}</span>}
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

/** The CSRF token every state-changing form carries (see lib/csrf.ts). */
export const Csrf = (props: { token: string }) => <input type="hidden" name="_csrf" value={props.token} />;
