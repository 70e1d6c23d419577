import type { ExceptionRow } from "../../store/exceptions.ts";
import type { Lang, T } from "../i18n.ts";
import { amsterdamTime, basisLabel, categoryLabel, dateLabel } from "../names.ts";
import { Csrf } from "../layout.tsx";

export function ExceptionsPage(props: { t: T; lang: Lang; csrf: string; pending: ExceptionRow[]; inForce: ExceptionRow[]; canDecide: boolean; message?: string }) {
  const { t, csrf, lang } = props;
  const defaultUntil = `${new Date().getUTCFullYear()}-12-31`;
  return (
    <>
      <h1>{t("Uitzonderingen", "Exceptions")}</h1>
      <p class="muted">{t("Aparte toestemming van Deftiq (art. 2 verwerkersovereenkomst) om een categorie toch vast te leggen.", "Deftiq's separate permission (DPA art. 2) to record a category after all.")}</p>
      {props.message && <p class="notice" role="status">{props.message}</p>}
      <h2>{t("Wachtrij", "Queue")} ({props.pending.length})</h2>
      {props.pending.length === 0 ? <p>{t("Geen openstaande aanvragen.", "No pending requests.")}</p> : (
        <table>
          <thead><tr><th>#</th><th>{t("Organisatie", "Organisation")}</th><th>{t("Categorie", "Category")}</th><th>{t("Reikwijdte", "Scope")}</th><th>{t("Grondslag en toelichting", "Legal basis and justification")}</th><th>{t("Aangevraagd", "Requested")}</th>{props.canDecide && <th>{t("Besluit", "Decision")}</th>}</tr></thead>
          <tbody>
            {props.pending.map((e) => (
              <tr>
                <td>{e.id}</td><td>{e.org_id}</td><td>{categoryLabel(e.category, lang)}</td><td>{e.site || "*"} {e.path_pattern}</td>
                <td><strong>{basisLabel(e.legal_basis, lang)}</strong><br />{e.justification}</td>
                <td>{amsterdamTime(e.requested_at, lang)}<br /><span class="muted">{e.requested_by}</span></td>
                {props.canDecide && (
                  <td>
                    <form class="inline" method="post" action={`/admin/exceptions/${e.id}/approve`}>
                      <Csrf token={csrf} />
                      <label>{t("Geldig tot", "Valid until")}<input type="date" name="validUntil" required value={defaultUntil} /></label>
                      <label>{t("Site", "Site")}<input name="site" value={e.site} size={14} /></label>
                      <label>{t("Pad", "Path")}<input name="pathPattern" value={e.path_pattern} size={18} /></label>
                      <label>{t("Notitie", "Note")}<input name="note" size={16} /></label>
                      <button type="submit">{t("Goedkeuren", "Approve")}</button>
                    </form>
                    <form class="inline" method="post" action={`/admin/exceptions/${e.id}/deny`}>
                      <Csrf token={csrf} />
                      <label>{t("Reden", "Reason")}<input name="note" required size={20} /></label>
                      <button type="submit" class="danger">{t("Afwijzen", "Deny")}</button>
                    </form>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("Van kracht", "In force")} ({props.inForce.length})</h2>
      {props.inForce.length === 0 ? <p>{t("Geen uitzonderingen van kracht.", "No exceptions in force.")}</p> : (
        <table>
          <thead><tr><th>#</th><th>{t("Organisatie", "Organisation")}</th><th>{t("Categorie", "Category")}</th><th>{t("Reikwijdte", "Scope")}</th><th>{t("Tot en met", "Until")}</th><th>{t("Besloten door", "Decided by")}</th>{props.canDecide && <th />}</tr></thead>
          <tbody>
            {props.inForce.map((e) => (
              <tr>
                <td>{e.id}</td><td>{e.org_id}</td><td>{categoryLabel(e.category, lang)}</td><td>{e.site || "*"} {e.path_pattern}</td><td>{dateLabel(e.valid_until, lang)}</td>
                <td>{e.decided_by}<br /><span class="muted">{e.decision_note}</span></td>
                {props.canDecide && (
                  <td>
                    <form class="inline" method="post" action={`/admin/exceptions/${e.id}/revoke`}>
                      <Csrf token={csrf} />
                      <label>{t("Notitie", "Note")}<input name="note" size={16} /></label>
                      <button type="submit" class="danger">{t("Intrekken", "Revoke")}</button>
                    </form>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
