import { Hono } from "hono";
import { z } from "zod";
import type { AppContext } from "../../env.ts";
import { exceptionDecisionSchema } from "../../../../shared/schema/exceptions.ts";
import { orgScope, otherOrganisation, requireDeftiqAdmin } from "../../lib/admin-auth.ts";
import { fail, valid } from "../../lib/validate.ts";
import { decideException, listExceptions, revokeException } from "../../store/exceptions.ts";

const listQuery = z.strictObject({
  status: z.enum(["pending", "approved", "denied", "revoked"]).optional(),
  org: z.string().max(100).optional(),
  inForce: z.enum(["1", "true"]).optional(),
});
const idParam = z.strictObject({ id: z.coerce.number().int().positive({ error: "an exception number" }) });
export const revokeBody = z.strictObject({ note: z.string().trim().max(1000).default("") });

/** /api/admin/exceptions: the queue, decisions and revocations (decisions: Deftiq admins only). */
export const adminExceptions = new Hono<AppContext>()
  .get("/", valid("query", listQuery), async (c) => {
    const q = c.req.valid("query");
    const scope = orgScope(c, q.org);
    if ("forbidden" in scope) return otherOrganisation(c);
    return c.json({ exceptions: await listExceptions(c.env.DB, { status: q.status, orgId: scope.orgId, inForce: !!q.inForce }) });
  })
  .post("/:id/decision", requireDeftiqAdmin, valid("param", idParam), valid("json", exceptionDecisionSchema), async (c) => {
    const decision = c.req.valid("json");
    const r = await decideException(c.env.DB, c.req.valid("param").id, decision, c.get("admin").id);
    return r.ok ? c.json(r.row) : fail(c, r.status, r.status === 404 ? "not_found" : "conflict", r.message);
  })
  .post("/:id/revoke", requireDeftiqAdmin, valid("param", idParam), valid("json", revokeBody), async (c) => {
    const { note } = c.req.valid("json");
    const r = await revokeException(c.env.DB, c.req.valid("param").id, c.get("admin").id, note);
    return r.ok ? c.json(r.row) : fail(c, r.status, r.status === 404 ? "not_found" : "conflict", r.message);
  });
