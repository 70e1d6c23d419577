import type { T } from "../i18n.ts";

export function LoginPage(props: { t: T; error?: string; accessConfigured: boolean }) {
  const { t } = props;
  return (
    <>
      <h1>{t("Aanmelden", "Sign in")}</h1>
      {props.accessConfigured && <p class="muted">{t("In productie meldt u zich aan via Cloudflare Access.", "In production you sign in through Cloudflare Access.")}</p>}
      {props.error && <p class="error" role="alert">{props.error}</p>}
      <form method="post" action="/admin/login">
        <label>{t("Admin-token", "Admin token")}<input type="password" name="token" required autocomplete="current-password" size={40} /></label>{" "}
        <button type="submit">{t("Aanmelden", "Sign in")}</button>
      </form>
    </>
  );
}
