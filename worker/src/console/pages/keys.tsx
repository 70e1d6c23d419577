import type { ApiKeyRow } from "../../store/keys.ts";
import type { Lang, T } from "../i18n.ts";
import { amsterdamTime, dateLabel } from "../names.ts";
import { Csrf } from "../layout.tsx";

export function KeysPage(props: { t: T; lang: Lang; csrf: string; keys: ApiKeyRow[]; orgs: string[]; created?: { id: string; key: string }; error?: string; message?: string }) {
  const { t, csrf } = props;
  return (
    <>
      <h1>{t("API-sleutels", "API keys")}</h1>
      {props.created && (
        <p class="notice" role="status">
          {t("Nieuwe sleutel (wordt maar één keer getoond):", "New key (shown only once):")} <span class="key">{props.created.key}</span>
        </p>
      )}
      {props.error && <p class="error" role="alert">{props.error}</p>}
      {props.message && <p class="notice" role="status">{props.message}</p>}
      <form class="inline" method="post" action="/admin/keys">
        <Csrf token={csrf} />
        <label>{t("Organisatie", "Organisation")}<select name="org">{props.orgs.map((o) => <option value={o}>{o}</option>)}</select></label>
        <label>{t("Omschrijving", "Label")}<input name="label" size={24} /></label>
        <button type="submit">{t("Sleutel maken", "Create key")}</button>
      </form>
      <table>
        <thead><tr><th>{t("Organisatie", "Organisation")}</th><th>{t("Omschrijving", "Label")}</th><th>{t("Gemaakt", "Created")}</th><th>{t("Status", "Status")}</th><th /></tr></thead>
        <tbody>
          {props.keys.map((k) => (
            <tr>
              <td>{k.org_id}</td><td>{k.label}</td><td>{amsterdamTime(k.created_at, props.lang)}</td>
              <td>{k.revoked_at ? `${t("ingetrokken", "revoked")} ${dateLabel(amsterdamDate(k.revoked_at), props.lang)}` : t("actief", "active")}</td>
              <td>{!k.revoked_at && (
                <form class="inline" method="post" action={`/admin/keys/${k.id}/revoke`}>
                  <Csrf token={csrf} />
                  <button type="submit" class="danger">{t("Intrekken", "Revoke")}</button>
                </form>
              )}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const amsterdamDate = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(iso));
