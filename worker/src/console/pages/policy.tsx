import { CATEGORIES } from "../../../../shared/engine/types.ts";
import type { OrgSettings } from "../../../../shared/schema/policy.ts";
import type { Lang, T } from "../i18n.ts";
import { Csrf } from "../layout.tsx";
import { categoryLabel, modeLabel } from "../names.ts";

// Per organisation and category: off, warn (send anyway, logged) or block (remove it or get an
// exception first). The same settings PUT /api/admin/orgs/:id/settings writes.

export function PolicyPage(props: { t: T; lang: Lang; csrf: string; orgs: { id: string; name: string; settings: OrgSettings; version: number }[]; message?: string; error?: string }) {
  const { t, lang } = props;
  return (
    <>
      <h1>{t("Beleid per organisatie", "Policy per organisation")}</h1>
      <p class="muted">{t(
        "Per categorie: uit (niet controleren), waarschuwen (toch versturen kan, wordt vastgelegd) of blokkeren (eerst verwijderen of een goedgekeurde uitzondering). Extensies halen het nieuwe beleid binnen een kwartier op.",
        "Per category: off (not checked), warn (sending anyway is possible and logged) or block (remove it first, or get an approved exception). Extensions fetch the new policy within fifteen minutes.",
      )}</p>
      {props.message && <p class="notice" role="status">{props.message}</p>}
      {props.error && <p class="error" role="alert">{props.error}</p>}
      {props.orgs.map((o) => (
        <section>
          <h2>{o.name} <span class="muted">({o.id}, {t("versie", "version")} {o.version})</span></h2>
          <form method="post" action={`/admin/policy/${encodeURIComponent(o.id)}${lang === "en" ? "?lang=en" : ""}`}>
            <Csrf token={props.csrf} />
            <table>
              <thead><tr><th>{t("Categorie", "Category")}</th><th>{t("Instelling", "Setting")}</th></tr></thead>
              <tbody>
                {CATEGORIES.map((c) => {
                  const now = o.settings.categories[c];
                  const value = !now ? "warn" : !now.enabled ? "off" : now.mode;
                  return (
                    <tr>
                      <td><label for={`${o.id}-${c}`}>{categoryLabel(c, lang)}</label></td>
                      <td>
                        <select id={`${o.id}-${c}`} name={c}>
                          {(["off", "warn", "block"] as const).map((m) => <option value={m} selected={m === value}>{modeLabel(m, lang)}</option>)}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p><button type="submit">{t("Beleid opslaan", "Save policy")}</button></p>
          </form>
        </section>
      ))}
    </>
  );
}
