import { Hono } from "hono";
import { z } from "zod";
import type { AppContext } from "../../env.ts";
import { orgSettingsSchema } from "../../../../shared/schema/policy.ts";
import { requireDeftiqAdmin } from "../../lib/admin-auth.ts";
import { auditStatement } from "../../lib/audit.ts";
import { fail, valid } from "../../lib/validate.ts";
import { saveOrgSettings } from "../../store/policy.ts";
import { emailAddress, orgId } from "../../../../shared/schema/formats.ts";

export const createOrgBody = z.strictObject({
  id: orgId(),
  name: z.string().trim().min(1).max(200),
});
export const userBody = z.strictObject({
  role: z.enum(["deftiq-admin", "org-viewer"]),
  org: orgId().optional(),
}).refine((u) => u.role === "deftiq-admin" || !!u.org, { error: "an org-viewer needs an organisation", path: ["org"] });

/** /api/admin/orgs: organisations, their policy settings, and who may see them (Deftiq admins only). */
export const adminOrgs = new Hono<AppContext>()
  .use("*", requireDeftiqAdmin)
  .get("/", async (c) => c.json({ organisations: (await c.env.DB.prepare("SELECT id, name, policy_json, policy_version, created_at FROM organisations ORDER BY id").all()).results }))
  .post("/", valid("json", createOrgBody), async (c) => {
    const { id, name } = c.req.valid("json");
    const r = await c.env.DB.prepare("INSERT INTO organisations (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING").bind(id, name).run();
    if (!r.meta.changes) return fail(c, 409, "conflict", `Organisatie ${id} bestaat al / Organisation ${id} already exists`);
    await auditStatement(c.env.DB, c.get("admin").id, "org.create", id, `org:${id}`, { name }).run();
    return c.json({ id, name }, 201);
  })
  .put("/:id/settings", valid("param", z.strictObject({ id: orgId() })), valid("json", orgSettingsSchema), async (c) => {
    const id = c.req.param("id");
    if (!(await saveOrgSettings(c.env.DB, id, c.req.valid("json")))) return fail(c, 404, "not_found", `Organisatie ${id} bestaat niet / Organisation ${id} does not exist`);
    await auditStatement(c.env.DB, c.get("admin").id, "org.settings", id, `org:${id}`, c.req.valid("json")).run();
    return c.json({ ok: true });
  })
  .put("/users/:email", valid("param", z.strictObject({ email: emailAddress() })), valid("json", userBody), async (c) => {
    const { email } = c.req.valid("param");
    const { role, org } = c.req.valid("json");
    if (org && !(await c.env.DB.prepare("SELECT 1 FROM organisations WHERE id = ?").bind(org).first())) {
      return fail(c, 404, "not_found", `Organisatie ${org} bestaat niet / Organisation ${org} does not exist`);
    }
    await c.env.DB.batch([
      c.env.DB.prepare("INSERT INTO admin_users (email, role, org_id) VALUES (?, ?, ?) ON CONFLICT (email) DO UPDATE SET role = excluded.role, org_id = excluded.org_id")
        .bind(email, role, role === "org-viewer" ? org! : null),
      auditStatement(c.env.DB, c.get("admin").id, "admin_user.set", org ?? null, `admin:${email}`, { role }),
    ]);
    return c.json({ email, role, org: org ?? null });
  });
