import type { WeeklyReport } from "../../store/report.ts";
import type { Lang, T } from "../i18n.ts";
import { amsterdamTime, categoryLabel, reasonLabel } from "../names.ts";

// Hand-made SVG bar charts: no script, print-friendly, readable without colour (values are written).
function Bars(props: { title: string; rows: { label: string; value: number }[]; kind?: "fp" }) {
  const max = Math.max(1, ...props.rows.map((r) => r.value));
  const rowH = 22;
  const width = 520;
  const labelW = 190;
  return (
    <svg role="img" aria-label={props.title} width={width} height={Math.max(rowH, props.rows.length * rowH) + 4} viewBox={`0 0 ${width} ${Math.max(rowH, props.rows.length * rowH) + 4}`}>
      <title>{props.title}</title>
      {props.rows.map((r, i) => {
        const w = Math.round(((width - labelW - 50) * r.value) / max);
        return (
          <g>
            <text x={0} y={i * rowH + 15}>{r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label}</text>
            <rect class={`bar${props.kind ? ` ${props.kind}` : ""}`} x={labelW} y={i * rowH + 4} width={w} height={rowH - 8} />
            <text x={labelW + w + 6} y={i * rowH + 15}>{r.value}</text>
          </g>
        );
      })}
    </svg>
  );
}

export function ReportPage(props: { t: T; org: string; week: string; report: WeeklyReport | null; orgs: string[]; lang: Lang; error?: string; note?: string }) {
  const { t, report: r } = props;
  const q = (format: string) => `/api/admin/reports/weekly?${new URLSearchParams({ org: props.org, week: props.week, format })}`;
  return (
    <>
      <h1>{t("Weekrapport", "Weekly report")} {props.week} {props.org && `· ${props.org}`}</h1>
      <form class="inline" method="get" action="/admin/reports">
        {props.lang === "en" && <input type="hidden" name="lang" value="en" />}
        <label>{t("Organisatie", "Organisation")}<select name="org">{props.orgs.map((o) => <option value={o} selected={o === props.org}>{o}</option>)}</select></label>
        <label>{t("Week", "Week")}<input name="week" value={props.week} size={9} /></label>
        <button type="submit">{t("Tonen", "Show")}</button>
      </form>
      {props.error && <p class="error" role="alert">{props.error}</p>}
      {props.note && <p class="notice" role="status">{props.note}</p>}
      {r && (
        <>
          <p class="muted">{t("Van", "From")} {amsterdamTime(r.from, props.lang)} {t("tot", "to")} {amsterdamTime(r.to, props.lang)} ({t("maandag 00:00 Amsterdamse tijd", "Monday 00:00 Amsterdam time")}). <a href={q("csv")}>CSV</a> · <a href={q("json")}>JSON</a></p>
          <table>
            <thead><tr><th>{t("Toch doorgegaan", "Overrides")}</th><th>{t("Geen persoonsgegeven", "False positives")}</th><th>{t("Verwijderd", "Removed")}</th><th>{t("Uitzondering aangevraagd", "Exceptions requested")}</th><th>{t("Waarschuwing bij verzenden", "Submit warnings")}</th><th>{t("Verzenden geblokkeerd", "Submits blocked")}</th></tr></thead>
            <tbody><tr><td>{r.totals.override}</td><td>{r.totals.false_positive}</td><td>{r.totals.removed}</td><td>{r.totals.exception_request}</td><td>{r.totals.submit_warned}</td><td>{r.totals.submit_blocked}</td></tr></tbody>
          </table>
          <h2>{t("Toch doorgegaan per categorie", "Overrides by category")}</h2>
          <Bars title={t("Toch doorgegaan per categorie", "Overrides by category")} rows={Object.entries(r.overridesByCategory).map(([label, value]) => ({ label: categoryLabel(label, props.lang), value }))} />
          <h2>{t("Trend: toch doorgegaan, laatste 8 weken", "Trend: overrides, last 8 weeks")}</h2>
          <Bars title={t("Trend", "Trend")} rows={r.trend.map((x) => ({ label: x.week, value: x.overrides }))} />
          <h2>{t("Per formulier", "By form")}</h2>
          <Bars title={t("Per formulier", "By form")} rows={r.overridesByForm.map((x) => ({ label: x.path, value: x.count }))} />
          <h2>{t("Per gebruiker", "By user")}</h2>
          <table><tbody>{r.overridesByUser.map((x) => <tr><td>{x.user || "—"}</td><td>{x.count}</td></tr>)}</tbody></table>
          <h2>{t("Redenen", "Reasons")}</h2>
          <table><tbody>{Object.entries(r.reasons).map(([k, v]) => <tr><td>{reasonLabel(k, props.lang) || t("(geen)", "(none)")}</td><td>{v}</td></tr>)}</tbody></table>
          {r.recentReasonTexts.length > 0 && (
            <table><thead><tr><th>{t("Tijd", "Time")}</th><th>{t("Categorie", "Category")}</th><th>{t("Toelichting", "Explanation")}</th></tr></thead>
              <tbody>{r.recentReasonTexts.map((x) => <tr><td>{amsterdamTime(x.at, props.lang)}</td><td>{categoryLabel(x.category, props.lang)}</td><td>{x.text}</td></tr>)}</tbody></table>
          )}
          <h2>{t("'Geen persoonsgegeven' per regel", "False positives by rule")}</h2>
          <Bars kind="fp" title={t("Geen persoonsgegeven per regel", "False positives by rule")} rows={r.falsePositivesByRule.map((x) => ({ label: x.rule, value: x.count }))} />
          <h2>{t("Uitzonderingen", "Exceptions")}</h2>
          <p>{t("Aangevraagd", "Requested")} {r.exceptions.requested} · {t("goedgekeurd", "approved")} {r.exceptions.approved} · {t("afgewezen", "denied")} {r.exceptions.denied} · {t("ingetrokken", "revoked")} {r.exceptions.revoked}</p>
        </>
      )}
    </>
  );
}
