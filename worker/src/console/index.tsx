import { Hono, type Context } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { createMiddleware } from "hono/factory";
import type { Child } from "hono/jsx";
import { z } from "zod";
import type { AppContext } from "../env.ts";
import { CATEGORIES } from "../../../shared/engine/types.ts";
import { EVENT_TYPES } from "../../../shared/schema/events.ts";
import { WEEK_PATTERN, isoWeek, previousWeek, weekRange } from "../../../shared/schema/week.ts";
import { adminPageAuth, checkAdminToken, orgScope } from "../lib/admin-auth.ts";
import { endSession, startSession } from "../lib/console-session.ts";
import { badForm, checkCsrf, csrfToken, formBody, sameOrigin } from "../lib/csrf.ts";
import { guardValue, markupMessage, rawDataMessage } from "../lib/raw-data-guard.ts";
import { exceptionDecisionSchema } from "../../../shared/schema/exceptions.ts";
import { createKeyBody } from "../routes/admin/keys.ts";
import { eraseBody } from "../routes/admin/subjects.ts";
import { decideException, listExceptions, revokeException } from "../store/exceptions.ts";
import { listEvents } from "../store/events.ts";
import { reportForReading } from "../store/report.ts";
import { eraseSubject } from "../store/subjects.ts";
import { createKey, listKeys, revokeKey } from "../store/keys.ts";
import { langOf, rememberLang, translator, type Lang } from "./i18n.ts";
import { Layout } from "./layout.tsx";
import { CONSOLE_CSS } from "./styles.ts";
import { ExceptionsPage } from "./pages/exceptions.tsx";
import { EventsPage } from "./pages/events.tsx";
import { ReportPage } from "./pages/report.tsx";
import { KeysPage } from "./pages/keys.tsx";
import { SubjectsPage } from "./pages/subjects.tsx";
import { PolicyPage } from "./pages/policy.tsx";
import { statusLabel } from "./names.ts";
import { orgSettingsSchema, type OrgSettings } from "../../../shared/schema/policy.ts";
import { saveOrgSettings } from "../store/policy.ts";
import { auditStatement } from "../lib/audit.ts";
import { LoginPage } from "./pages/login.tsx";

// The admin console: server-rendered HTML (hono/jsx escapes every value), no script at all, a strict
// CSP, and CSRF checks on every form post. The same store functions serve the JSON admin API, and
// every form passes the same schemas and raw-data guard as the JSON routes (formProblem).

type C = Context<AppContext>;

function page(c: C, title: string, body: (t: ReturnType<typeof translator>) => Child, status: 200 | 400 | 403 | 404 = 200) {
  const lang = langOf(c);
  const t = translator(lang);
  const admin = c.get("admin") as AppContext["Variables"]["admin"] | undefined;
  return c.html(<Layout t={t} lang={lang} title={title} path={c.req.path.replace(/\/$/, "") || "/admin"} admin={admin}>{body(t)}</Layout>, status);
}

/** Pages and forms only Deftiq admins may use (org-viewers see their organisation's data only). */
const deftiqAdminsOnly = createMiddleware<AppContext>(async (c, next) => {
  if (c.get("admin").role !== "deftiq-admin") return c.text(langOf(c) === "en" ? "Deftiq admins only" : "Alleen Deftiq-beheerders", 403);
  await next();
});

/** The store's messages are "Nederlands / English": the console shows its reader's half. */
const oneLang = (message: string, lang: Lang) => {
  const at = message.indexOf(" / ");
  return at < 0 ? message : lang === "en" ? message.slice(at + 3) : message.slice(0, at);
};

const back = (c: C, path: string, message: string) => c.redirect(`${path}?${new URLSearchParams({ done: message, ...(langOf(c) === "en" ? { lang: "en" } : {}) })}`, 303);
const text = (form: Record<string, unknown>, name: string) => (typeof form[name] === "string" ? (form[name] as string).trim() : "");

/** Why a form's values cannot be used (shape, raw data or markup), or undefined. */
function formProblem<T>(schema: z.ZodType<T>, data: unknown): { problem: string } | { data: T } {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { problem: `${i.path.join(".")}: ${i.message}` };
  }
  const guard = guardValue(schema, parsed.data);
  if (guard.rawData.length) return { problem: rawDataMessage(guard.rawData) };
  if (guard.markup.length) return { problem: markupMessage(guard.markup) };
  return { data: parsed.data };
}

async function orgIds(c: C): Promise<string[]> {
  const admin = c.get("admin");
  if (admin.role === "org-viewer") return admin.orgId ? [admin.orgId] : [];
  return (await c.env.DB.prepare("SELECT id FROM organisations ORDER BY id").all<{ id: string }>()).results.map((r) => r.id);
}

export const adminConsole = new Hono<AppContext>();

adminConsole.use("*", secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  },
  referrerPolicy: "same-origin",
}));
adminConsole.use("*", async (c, next) => {
  rememberLang(c);
  await next();
  c.header("Cache-Control", "no-store");
});

adminConsole.get("/console.css", (c) => c.body(CONSOLE_CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "max-age=300" }));

adminConsole.get("/login", (c) => page(c, "Aanmelden", (t) => <LoginPage t={t} accessConfigured={!!c.env.ACCESS_TEAM_DOMAIN} />));
adminConsole.post("/login", async (c) => {
  if (!sameOrigin(c)) return c.text("Verzoek van een andere site geweigerd / Cross-site request refused", 403);
  const form = await formBody(c);
  if (!form) return badForm(c);
  const outcome = await checkAdminToken(c, text(form, "token"));
  if (outcome === "throttled") return c.text("Te veel mislukte pogingen; probeer het later opnieuw / Too many failed attempts; try again later", 429);
  if (outcome !== "ok") {
    return page(c, "Aanmelden", (t) => <LoginPage t={t} accessConfigured={!!c.env.ACCESS_TEAM_DOMAIN} error={t("Onjuist token.", "Wrong token.")} />, 403);
  }
  await startSession(c, { id: "admin-token", role: "deftiq-admin", orgId: null });
  return c.redirect("/admin", 303);
});

adminConsole.use("*", adminPageAuth);
adminConsole.use("*", checkCsrf);

adminConsole.post("/logout", async (c) => {
  await endSession(c, c.get("session") ?? null);
  return c.redirect("/admin/login", 303);
});

adminConsole.get("/", async (c) => {
  const scope = orgScope(c, undefined);
  const orgId = "forbidden" in scope ? undefined : scope.orgId;
  const [pending, inForce] = await Promise.all([listExceptions(c.env.DB, { status: "pending", orgId }), listExceptions(c.env.DB, { orgId, inForce: true })]);
  return page(c, "Uitzonderingen", (t) => <ExceptionsPage t={t} lang={langOf(c)} csrf={csrfToken(c)} pending={pending} inForce={inForce} canDecide={c.get("admin").role === "deftiq-admin"} message={c.req.query("done")} />);
});

adminConsole.post("/exceptions/:id/:action{approve|deny|revoke}", deftiqAdminsOnly, async (c) => {
  const id = Number(c.req.param("id"));
  const action = c.req.param("action");
  const form = (await formBody(c))!;
  const note = text(form, "note");
  const lang = langOf(c);
  const t = translator(lang);
  const actor = c.get("admin").id;
  let outcome;
  if (action === "revoke") {
    const checked = formProblem(z.strictObject({ note: z.string().max(1000) }), { note });
    if ("problem" in checked) return back(c, "/admin", oneLang(checked.problem, lang));
    outcome = await revokeException(c.env.DB, id, actor, note);
  } else if (action === "deny") {
    if (!note) return back(c, "/admin", t("Geef een reden voor de afwijzing.", "Give a reason for the denial."));
    const checked = formProblem(exceptionDecisionSchema, { decision: "deny", note });
    if ("problem" in checked) return back(c, "/admin", oneLang(checked.problem, lang));
    outcome = await decideException(c.env.DB, id, checked.data, actor);
  } else {
    const validUntil = text(form, "validUntil");
    if (!z.iso.date().safeParse(validUntil).success) return back(c, "/admin", t("Vul een geldige datum in.", "Enter a valid date."));
    const checked = formProblem(exceptionDecisionSchema, { decision: "approve", validUntil, note, site: text(form, "site"), pathPattern: text(form, "pathPattern") });
    if ("problem" in checked) return back(c, "/admin", oneLang(checked.problem, lang));
    outcome = await decideException(c.env.DB, id, checked.data, actor);
  }
  return back(c, "/admin", outcome.ok ? `${t("Uitzondering", "Exception")} #${id}: ${statusLabel(outcome.row.status, lang)}.` : oneLang(outcome.message, lang));
});

const eventFilter = z.object({
  org: z.string().max(100).optional(),
  category: z.enum(CATEGORIES).or(z.literal("")).optional(),
  type: z.enum(EVENT_TYPES).or(z.literal("")).optional(),
  path: z.string().max(300).optional(),
  user: z.string().max(200).optional(),
  week: z.string().regex(WEEK_PATTERN).or(z.literal("")).optional(),
  before: z.string().max(100).optional(),
});

adminConsole.get("/events", async (c) => {
  const lang = langOf(c);
  const parsed = eventFilter.safeParse(c.req.query());
  const filter = parsed.success ? parsed.data : {};
  const scope = orgScope(c, filter.org || undefined);
  if ("forbidden" in scope) return page(c, "Gebeurtenissen", (t) => <p class="error">{t("Alleen je eigen organisatie.", "Your own organisation only.")}</p>, 403);
  const { rows, next } = parsed.success
    ? await listEvents(c.env.DB, { ...filter, category: filter.category || undefined, type: filter.type || undefined, week: filter.week || undefined, orgId: scope.orgId, limit: 100 })
    : { rows: [], next: null };
  return page(c, "Gebeurtenissen", (t) => (
    <EventsPage t={t} lang={lang} filter={filter} rows={rows} next={next} error={parsed.success ? undefined : t("Ongeldig filter (week als 2026-W47).", "Invalid filter (week like 2026-W47).")} />
  ));
});

adminConsole.get("/reports", async (c) => {
  const lang = langOf(c);
  const orgs = await orgIds(c);
  const requested = c.req.query("org") || orgs[0] || "";
  const scope = orgScope(c, requested || undefined);
  if ("forbidden" in scope) return page(c, "Weekrapport", (t) => <p class="error">{t("Alleen je eigen organisatie.", "Your own organisation only.")}</p>, 403);
  const current = isoWeek(new Date());
  let week = c.req.query("week") || previousWeek(current);
  let note: string | undefined;
  // Without a week asked for: the last closed week, or the current one when that week holds nothing
  // (a new organisation, or the first week of use), so the page never opens on an empty report.
  if (!c.req.query("week") && requested && orgs.includes(requested)) {
    const any = await c.env.DB.prepare("SELECT 1 FROM events WHERE org_id = ? AND week = ? LIMIT 1").bind(requested, week).first();
    if (!any) {
      note = lang === "en"
        ? `Last week (${week}) has no events; this is the current week so far.`
        : `Vorige week (${week}) heeft geen gebeurtenissen; dit is de lopende week tot nu toe.`;
      week = current;
    }
  }
  let error: string | undefined;
  let report = null;
  try {
    weekRange(week);
    if (requested && orgs.includes(requested)) {
      // Only a closed week is frozen as a snapshot; a week still running is computed afresh (store/report.ts).
      report = await reportForReading(c.env.DB, requested, week);
    }
  } catch {
    error = lang === "en" ? "Not an ISO week (like 2026-W47)." : "Geen geldige ISO-week (zoals 2026-W47).";
  }
  return page(c, "Weekrapport", (t) => <ReportPage t={t} lang={lang} org={requested} week={week} report={report} orgs={orgs} error={error} note={note} />, error ? 400 : 200);
});

adminConsole.get("/keys", deftiqAdminsOnly, async (c) => {
  return page(c, "API-sleutels", (t) => <KeysPageAsync t={t} c={c} />);
});
async function KeysPageAsync(props: { t: ReturnType<typeof translator>; c: C; created?: { id: string; key: string }; error?: string }) {
  const [keys, orgs] = await Promise.all([listKeys(props.c.env.DB), orgIds(props.c)]);
  return <KeysPage t={props.t} lang={langOf(props.c)} csrf={csrfToken(props.c)} keys={keys} orgs={orgs} created={props.created} error={props.error} message={props.c.req.query("done")} />;
}
adminConsole.post("/keys", deftiqAdminsOnly, async (c) => {
  const form = (await formBody(c))!;
  const checked = formProblem(createKeyBody, { org: text(form, "org"), label: text(form, "label") });
  if ("problem" in checked) return page(c, "API-sleutels", (t) => <KeysPageAsync t={t} c={c} error={checked.problem} />, 400);
  const made = await createKey(c.env.DB, checked.data.org, checked.data.label, c.get("admin").id);
  // Rendered directly, not redirected: the key must not end up in a URL or the history.
  return page(c, "API-sleutels", (t) => <KeysPageAsync t={t} c={c} created={made ?? undefined} error={made ? undefined : t("Onbekende organisatie.", "Unknown organisation.")} />, made ? 200 : 404);
});
// Revoking a key stops every extension that uses it: the first post asks for confirmation (no script
// in the console, so a confirmation page, not a dialog), the second one revokes and says what happened.
adminConsole.post("/keys/:id/revoke", deftiqAdminsOnly, async (c) => {
  const lang = langOf(c);
  const t = translator(lang);
  const form = (await formBody(c))!;
  const key = (await listKeys(c.env.DB)).find((k) => k.id === c.req.param("id"));
  if (!key || key.revoked_at) return back(c, "/admin/keys", t("Onbekende of al ingetrokken sleutel.", "Unknown or already revoked key."));
  const name = `'${key.label || key.id.slice(0, 8)}' (${key.org_id})`;
  if (text(form, "confirm") !== "yes") {
    return page(c, "API-sleutels", (t) => (
      <>
        <h1>{t("Sleutel intrekken?", "Revoke this key?")}</h1>
        <p>{t(`Sleutel ${name} intrekken? Extensies die deze sleutel gebruiken kunnen daarna geen gebeurtenissen meer versturen en geen beleid meer ophalen, tot ze een nieuwe sleutel krijgen. Dit kan niet ongedaan worden gemaakt.`,
          `Revoke key ${name}? Extensions using it can then no longer send events or fetch the policy until they get a new key. This cannot be undone.`)}</p>
        <form class="inline" method="post" action={`/admin/keys/${encodeURIComponent(key.id)}/revoke${lang === "en" ? "?lang=en" : ""}`}>
          <input type="hidden" name="_csrf" value={csrfToken(c)} />
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" class="danger">{t("Ja, sleutel intrekken", "Yes, revoke the key")}</button>
        </form>{" "}
        <a href={`/admin/keys${lang === "en" ? "?lang=en" : ""}`}>{t("Annuleren", "Cancel")}</a>
      </>
    ));
  }
  const ok = await revokeKey(c.env.DB, key.id, c.get("admin").id);
  return back(c, "/admin/keys", ok
    ? t(`Sleutel ${name} is ingetrokken. Extensies met deze sleutel krijgen nu 401 en versturen niets meer; geef ze een nieuwe sleutel.`,
      `Key ${name} is revoked. Extensions using it now get 401 and send nothing; give them a new key.`)
    : t("Onbekende of al ingetrokken sleutel.", "Unknown or already revoked key."));
});

adminConsole.get("/policy", deftiqAdminsOnly, async (c) => {
  const orgs = await policyRows(c);
  return page(c, "Beleid", (t) => <PolicyPage t={t} lang={langOf(c)} csrf={csrfToken(c)} orgs={orgs} message={c.req.query("done")} />);
});
adminConsole.post("/policy/:org", deftiqAdminsOnly, async (c) => {
  const lang = langOf(c);
  const t = translator(lang);
  const orgId = c.req.param("org");
  const form = (await formBody(c))!;
  const current = (await policyRows(c)).find((o) => o.id === orgId);
  if (!current) return back(c, "/admin/policy", t(`Organisatie ${orgId} bestaat niet.`, `Organisation ${orgId} does not exist.`));
  const categories: OrgSettings["categories"] = {};
  for (const cat of CATEGORIES) {
    const v = text(form, cat);
    if (v === "off") categories[cat] = { enabled: false, mode: "warn" };
    else if (v === "block") categories[cat] = { enabled: true, mode: "block" };
    else if (v === "warn" || v === "") categories[cat] = { enabled: true, mode: "warn" };
    else return back(c, "/admin/policy", t(`Onbekende instelling '${v}' voor ${cat}.`, `Unknown setting '${v}' for ${cat}.`));
  }
  const settings = orgSettingsSchema.parse({ ...current.settings, categories });
  await saveOrgSettings(c.env.DB, orgId, settings);
  await auditStatement(c.env.DB, c.get("admin").id, "org.settings", orgId, `org:${orgId}`, settings).run();
  return back(c, "/admin/policy", t(`Beleid van ${current.name} opgeslagen.`, `Policy of ${current.name} saved.`));
});
async function policyRows(c: C) {
  const rows = (await c.env.DB.prepare("SELECT id, name, policy_json, policy_version FROM organisations ORDER BY id").all<{ id: string; name: string; policy_json: string; policy_version: number }>()).results;
  return rows.map((r) => {
    const parsed = orgSettingsSchema.safeParse(JSON.parse(r.policy_json || "{}"));
    return { id: r.id, name: r.name, version: r.policy_version, settings: parsed.success ? parsed.data : { categories: {}, origins: [] } };
  });
}

adminConsole.get("/subjects", (c) => page(c, "Betrokkenen", (t) => <SubjectsPage t={t} csrf={csrfToken(c)} canErase={c.get("admin").role === "deftiq-admin"} />));
adminConsole.post("/subjects/erase", deftiqAdminsOnly, async (c) => {
  const form = (await formBody(c))!;
  const user = text(form, "user");
  if (!user) return page(c, "Betrokkenen", (t) => <SubjectsPage t={t} csrf={csrfToken(c)} canErase error={t("Vul een gebruiker in.", "Enter a user.")} />, 400);
  const checked = formProblem(eraseBody, { user, ...(text(form, "org") ? { org: text(form, "org") } : {}) });
  if ("problem" in checked) return page(c, "Betrokkenen", (t) => <SubjectsPage t={t} csrf={csrfToken(c)} canErase error={checked.problem} />, 400);
  const result = await eraseSubject(c.env.DB, checked.data.user, checked.data.org, c.get("admin").id);
  return page(c, "Betrokkenen", (t) => <SubjectsPage t={t} csrf={csrfToken(c)} canErase result={result} />);
});
