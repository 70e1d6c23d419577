import type { T } from "../i18n.ts";
import { Csrf } from "../layout.tsx";

export function SubjectsPage(props: { t: T; csrf: string; canErase: boolean; result?: { eventsDeleted: number; exceptionsPseudonymised: number }; error?: string }) {
  const { t, csrf } = props;
  return (
    <>
      <h1>{t("Rechten van betrokkenen", "Data-subject rights")}</h1>
      <p class="muted">{t("Inzage en verwijdering van alles wat dpa-guard over één gebruiker bewaart (art. 3 en 9 verwerkersovereenkomst).", "Access to and erasure of everything dpa-guard stores about one user (DPA art. 3 and 9).")}</p>
      {props.result && <p class="notice" role="status">{t("Verwijderd", "Erased")}: {props.result.eventsDeleted} {t("gebeurtenissen", "events")}, {props.result.exceptionsPseudonymised} {t("aanvragen gepseudonimiseerd", "requests pseudonymised")}.</p>}
      {props.error && <p class="error" role="alert">{props.error}</p>}
      <h2>{t("Inzage", "Export")}</h2>
      <form class="inline" method="get" action="/api/admin/subjects/export">
        <label>{t("Gebruiker (e-mail of naam)", "User (e-mail or name)")}<input name="user" required size={28} /></label>
        <label>{t("Organisatie", "Organisation")}<input name="org" size={12} /></label>
        <label>{t("Formaat", "Format")}<select name="format"><option value="json">JSON</option><option value="csv">CSV</option></select></label>
        <button type="submit">{t("Downloaden", "Download")}</button>
      </form>
      {props.canErase && (
        <>
          <h2>{t("Verwijderen", "Erase")}</h2>
          <form class="inline" method="post" action="/admin/subjects/erase">
            <Csrf token={csrf} />
            <label>{t("Gebruiker", "User")}<input name="user" required size={28} /></label>
            <label>{t("Organisatie (leeg: alle)", "Organisation (empty: all)")}<input name="org" size={12} /></label>
            <button type="submit" class="danger">{t("Alles verwijderen", "Erase everything")}</button>
          </form>
        </>
      )}
    </>
  );
}
