import { CATEGORIES } from "../../../../shared/engine/types.ts";
import { EVENT_TYPES } from "../../../../shared/schema/events.ts";
import type { EventRow } from "../../store/events.ts";
import type { Lang, T } from "../i18n.ts";
import { amsterdamTime, categoryLabel, eventTypeLabel, reasonLabel } from "../names.ts";

export interface EventFilterValues {
  org?: string;
  category?: string;
  type?: string;
  path?: string;
  user?: string;
  week?: string;
}

export function EventsPage(props: { t: T; filter: EventFilterValues; rows: EventRow[]; next: string | null; lang: Lang; error?: string }) {
  const { t, filter: f } = props;
  const nextHref = props.next ? `/admin/events?${new URLSearchParams({ ...Object.fromEntries(Object.entries(f).filter(([, v]) => v)), before: props.next, ...(props.lang === "en" ? { lang: "en" } : {}) })}` : null;
  return (
    <>
      <h1>{t("Gebeurtenissen", "Events")}</h1>
      <form class="inline" method="get" action="/admin/events">
        {props.lang === "en" && <input type="hidden" name="lang" value="en" />}
        <label>{t("Organisatie", "Organisation")}<input name="org" value={f.org ?? ""} size={12} /></label>
        <label>{t("Categorie", "Category")}<select name="category"><option value="">—</option>{CATEGORIES.map((c) => <option value={c} selected={f.category === c}>{categoryLabel(c, props.lang)}</option>)}</select></label>
        <label>{t("Soort", "Type")}<select name="type"><option value="">—</option>{EVENT_TYPES.map((c) => <option value={c} selected={f.type === c}>{eventTypeLabel(c, props.lang)}</option>)}</select></label>
        <label>{t("Formulier (pad)", "Form (path)")}<input name="path" value={f.path ?? ""} size={22} /></label>
        <label>{t("Gebruiker", "User")}<input name="user" value={f.user ?? ""} size={18} /></label>
        <label>{t("Week", "Week")}<input name="week" value={f.week ?? ""} placeholder="2026-W47" size={9} /></label>
        <button type="submit">{t("Filteren", "Filter")}</button>
      </form>
      {props.error && <p class="error" role="alert">{props.error}</p>}
      <table>
        <thead><tr><th>{t("Tijd (Amsterdam)", "Time (Amsterdam)")}</th><th>{t("Organisatie", "Organisation")}</th><th>{t("Soort", "Type")}</th><th>{t("Categorie / regel", "Category / rule")}</th><th>{t("Reden", "Reason")}</th><th>{t("Formulier", "Form")}</th><th>{t("Gebruiker", "User")}</th></tr></thead>
        <tbody>
          {props.rows.map((e) => (
            <tr>
              <td>{amsterdamTime(e.at, props.lang)}<br /><span class="muted">{e.week}</span></td>
              <td>{e.org_id}</td><td>{eventTypeLabel(e.type, props.lang)}</td><td>{categoryLabel(e.category, props.lang)}<br /><span class="muted">{e.rule} · {e.confidence}</span></td>
              <td>{reasonLabel(e.reason_code, props.lang)}{e.reason_text ? <><br />{e.reason_text}</> : null}</td>
              <td>{e.site}{e.path}<br /><span class="muted">{e.field}</span></td><td>{e.user_ref}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.rows.length === 0 && <p>{t("Geen gebeurtenissen met deze filters.", "No events match these filters.")}</p>}
      {nextHref && <p><a href={nextHref}>{t("Oudere →", "Older →")}</a></p>}
    </>
  );
}
