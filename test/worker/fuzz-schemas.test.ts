import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { eventBatchSchema } from "../../shared/schema/events.ts";
import { exceptionDecisionSchema, exceptionRequestSchema } from "../../shared/schema/exceptions.ts";
import { orgSettingsSchema } from "../../shared/schema/policy.ts";
import { stringFields, type PathPart } from "../../worker/src/lib/schema-strings.ts";
import { guardValue } from "../../worker/src/lib/raw-data-guard.ts";
import { revokeBody } from "../../worker/src/routes/admin/exceptions.ts";
import { createKeyBody } from "../../worker/src/routes/admin/keys.ts";
import { createOrgBody, userBody } from "../../worker/src/routes/admin/orgs.ts";
import { recomputeBody } from "../../worker/src/routes/admin/reports.ts";
import { eraseBody } from "../../worker/src/routes/admin/subjects.ts";
import { ADMIN, call, event, newOrg } from "./helpers.ts";

// Issue 11: for every route that stores what it is sent, and every string field its zod schema has
// (found by walking the schema, so a field added later is covered without editing this test), send
// BSNs in every disguise, special-category sentences and markup. Each must be refused with a 4xx and
// leave every table as it was.

const NASTY = [
  "111222333", "BSN 111222333", "111.222.333", "111 222 333", "111-222-333", "１１１２２２３３３", "111\u200B222333", "1112\u00AD22\u200D333",
  "Jan heeft epilepsie", "hij is vakbondslid", "Jan heeft ｅｐｉ\u200Blepsie",
  "<img src=x onerror=alert(1)>", "<script>alert(1)</script>",
];

interface Route {
  name: string;
  method: "POST" | "PUT";
  path: (ctx: Ctx) => string;
  schema: z.ZodType;
  example: (ctx: Ctx) => unknown;
  auth: (ctx: Ctx) => Record<string, string>;
}
interface Ctx { orgId: string; auth: Record<string, string>; exceptionId: number }

const ROUTES: Route[] = [
  { name: "events", method: "POST", path: () => "/api/events", schema: eventBatchSchema, auth: (c) => c.auth,
    example: () => ({ events: [event({ reason: { code: "other", text: "Toestemming van de uitvoerder" } })] }) },
  { name: "exception request", method: "POST", path: () => "/api/exceptions", schema: exceptionRequestSchema, auth: (c) => c.auth,
    example: () => ({ id: crypto.randomUUID(), category: "health", site: "*.deftiq.com", pathPattern: "/projects/:id/*", legalBasis: "consent", justification: "Toestemming ligt in het dossier", user: "j.jansen@bouw.nl" }) },
  { name: "decision (approve)", method: "POST", path: (c) => `/api/admin/exceptions/${c.exceptionId}/decision`, schema: exceptionDecisionSchema, auth: () => ADMIN,
    example: () => ({ decision: "approve", validUntil: "2099-12-31", site: "app.deftiq.com", pathPattern: "/projects/*", note: "Meldplicht" }) },
  { name: "decision (deny)", method: "POST", path: (c) => `/api/admin/exceptions/${c.exceptionId}/decision`, schema: exceptionDecisionSchema, auth: () => ADMIN,
    example: () => ({ decision: "deny", note: "Geen grondslag" }) },
  { name: "revoke", method: "POST", path: (c) => `/api/admin/exceptions/${c.exceptionId}/revoke`, schema: revokeBody, auth: () => ADMIN, example: () => ({ note: "Niet meer nodig" }) },
  { name: "key", method: "POST", path: () => "/api/admin/keys", schema: createKeyBody, auth: () => ADMIN, example: (c) => ({ org: c.orgId, label: "tablet" }) },
  { name: "organisation", method: "POST", path: () => "/api/admin/orgs", schema: createOrgBody, auth: () => ADMIN, example: () => ({ id: `o-${crypto.randomUUID().slice(0, 8)}`, name: "Bouw BV" }) },
  { name: "settings", method: "PUT", path: (c) => `/api/admin/orgs/${c.orgId}/settings`, schema: orgSettingsSchema, auth: () => ADMIN, example: () => ({ categories: {}, origins: ["https://app.klant.nl/*"] }) },
  { name: "admin user", method: "PUT", path: () => "/api/admin/orgs/users/viewer@klant.nl", schema: userBody, auth: () => ADMIN, example: (c) => ({ role: "org-viewer", org: c.orgId }) },
  { name: "recompute", method: "POST", path: () => "/api/admin/reports/weekly/recompute", schema: recomputeBody, auth: () => ADMIN, example: (c) => ({ org: c.orgId, week: "2026-W47" }) },
  { name: "erase", method: "POST", path: () => "/api/admin/subjects/erase", schema: eraseBody, auth: () => ADMIN, example: (c) => ({ user: "j.jansen@bouw.nl", org: c.orgId }) },
];

function setAt(target: unknown, path: PathPart[], value: unknown): unknown {
  const copy = structuredClone(target) as Record<PathPart, unknown>;
  let node = copy;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) node[key] = value;
    else {
      node[key] ??= typeof path[i + 1] === "number" ? [] : {};
      node = node[key] as Record<PathPart, unknown>;
    }
  }
  return copy;
}

async function allRowCounts(): Promise<Record<string, number>> {
  const { results: tables } = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name").all<{ name: string }>();
  // One row, one column per table (D1 allows only a few terms in a compound SELECT).
  const sql = `SELECT ${tables.map(({ name }) => `(SELECT count(*) FROM "${name}") AS "${name}"`).join(", ")}`;
  return (await env.DB.prepare(sql).first<Record<string, number>>())!;
}

describe("fuzz: every string field of every storing route refuses personal data and markup", () => {
  for (const route of ROUTES) {
    it(route.name, async () => {
      const context = async (): Promise<Ctx> => {
        const { orgId, auth } = await newOrg("fuzz");
        const req = await call("/api/exceptions", { headers: auth, json: { id: crypto.randomUUID(), category: "health", legalBasis: "consent", justification: "Toestemming ligt in het dossier" } });
        return { orgId, auth, exceptionId: ((await req.json()) as { id: number }).id };
      };
      const first = await context();
      const example = route.example(first);
      // The example itself is acceptable: a refusal below is about the value put in, nothing else.
      const parsed = route.schema.safeParse(example);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(guardValue(route.schema, parsed.data)).toEqual({ rawData: [], markup: [] });

      // A look-up key (the user to erase) is never stored; it must find whatever was stored.
      const fields = stringFields(route.schema, example).filter((f) => f.format !== "lookup");
      expect(fields.length).toBeGreaterThan(0);
      for (const field of fields) {
        // A fresh organisation and key per field, so the per-key rate limit never answers for the guard.
        const ctx = await context();
        const base = route.example(ctx);
        const fieldPath = field.path.map((p) => (p === "*" ? "health" : p));
        for (const value of NASTY) {
          const before = await allRowCounts();
          const res = await call(route.path(ctx), { method: route.method, headers: route.auth(ctx), json: setAt(base, fieldPath, value) });
          const what = `${route.name} ${field.path.join(".")} = ${JSON.stringify(value)}`;
          // A client error (4xx): refused, and never a server error.
          expect(Math.floor(res.status / 100), what).toBe(4);
          expect(res.status, what).not.toBe(429);
          expect(await allRowCounts(), what).toEqual(before);
        }
      }
    }, 180_000);
  }
});
