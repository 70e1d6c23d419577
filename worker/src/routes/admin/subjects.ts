import { Hono } from "hono";
import { z } from "zod";
import type { AppContext } from "../../env.ts";
import { orgScope, otherOrganisation, requireDeftiqAdmin } from "../../lib/admin-auth.ts";
import { fail, valid } from "../../lib/validate.ts";
import { orgId, withFormat } from "../../../../shared/schema/formats.ts";
import { eraseSubject, exportSubject, subjectCsv } from "../../store/subjects.ts";

const subjectQuery = z.strictObject({ user: z.string().trim().min(1, { error: "the user reference to look up" }).max(200), org: z.string().max(100).optional(), format: z.enum(["json", "csv"]).default("json") });
// The user to erase is a look-up key, never stored (the audit log keeps a hash): any reference that
// was ever stored must stay erasable, whatever it holds, so it is exempt from the raw-data guard.
export const eraseBody = z.strictObject({ user: withFormat(z.string().trim().min(1).max(200), "lookup"), org: orgId().optional() });

/** /api/admin/subjects: export (art. 15/20 AVG via DPA art. 9) and erasure of one user reference. */
export const adminSubjects = new Hono<AppContext>()
  .get("/export", valid("query", subjectQuery), async (c) => {
    const q = c.req.valid("query");
    const scope = orgScope(c, q.org);
    if ("forbidden" in scope) return otherOrganisation(c);
    const data = await exportSubject(c.env.DB, q.user, scope.orgId);
    if (q.format === "csv") return c.body(subjectCsv(data), 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="dpa-guard-subject.csv"' });
    return c.json(data);
  })
  .post("/erase", requireDeftiqAdmin, valid("json", eraseBody), async (c) => {
    const { user, org } = c.req.valid("json");
    return c.json(await eraseSubject(c.env.DB, user, org, c.get("admin").id));
  });
