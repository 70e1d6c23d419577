import { Hono } from "hono";
import { z } from "zod";
import type { AppContext } from "../../env.ts";
import { requireDeftiqAdmin } from "../../lib/admin-auth.ts";
import { createKey, listKeys, revokeKey } from "../../store/keys.ts";
import { fail, valid } from "../../lib/validate.ts";
import { orgId, withFormat } from "../../../../shared/schema/formats.ts";

export const createKeyBody = z.strictObject({ org: orgId(), label: z.string().trim().max(100).default("") });
// A key id is the Worker's own (a random UUID, or "demo-key" in the local demo) and is only looked up,
// never stored: its hex digits can by chance hold nine that pass the elfproef ("…-12345678-2…").
const idParam = z.strictObject({ id: withFormat(z.string().min(1).max(100).regex(/^[A-Za-z0-9-]+$/, { error: "a key id" }), "lookup") });

/** /api/admin/keys: organisation API keys (Deftiq admins only). */
export const adminKeys = new Hono<AppContext>()
  .use("*", requireDeftiqAdmin)
  .get("/", valid("query", z.strictObject({ org: z.string().max(100).optional() })), async (c) => c.json({ keys: await listKeys(c.env.DB, c.req.valid("query").org) }))
  .post("/", valid("json", createKeyBody), async (c) => {
    const { org, label } = c.req.valid("json");
    const made = await createKey(c.env.DB, org, label, c.get("admin").id);
    if (!made) return fail(c, 404, "not_found", `Organisatie ${org} bestaat niet / Organisation ${org} does not exist`);
    return c.json({ ...made, notice: "Bewaar deze sleutel nu; hij wordt niet opnieuw getoond / Store this key now; it is not shown again" }, 201);
  })
  .post("/:id/revoke", valid("param", idParam), async (c) => {
    const ok = await revokeKey(c.env.DB, c.req.valid("param").id, c.get("admin").id);
    return ok ? c.json({ revoked: true }) : fail(c, 404, "not_found", "Onbekende of al ingetrokken sleutel / Unknown or already revoked key");
  });
