import { Hono } from "hono";
import { z } from "zod";
import type { AppContext } from "../../env.ts";
import { WEEK_PATTERN, weekRange } from "../../../../shared/schema/week.ts";
import { orgScope, otherOrganisation, requireDeftiqAdmin } from "../../lib/admin-auth.ts";
import { fail, valid } from "../../lib/validate.ts";
import { orgId } from "../../../../shared/schema/formats.ts";
import { computeWeeklyReport, reportCsv, reportForReading, saveSnapshot } from "../../store/report.ts";

const week = z.string().regex(WEEK_PATTERN, { error: "an ISO week such as 2026-W47" }).refine((w) => {
  try {
    weekRange(w);
    return true;
  } catch {
    return false;
  }
}, { error: "no such ISO week" });

const reportQuery = z.strictObject({ org: z.string().min(1).max(100).optional(), week, format: z.enum(["json", "csv"]).default("json") });
export const recomputeBody = z.strictObject({ org: orgId(), week });

async function orgExists(db: D1Database, id: string) {
  return !!(await db.prepare("SELECT 1 FROM organisations WHERE id = ?").bind(id).first());
}

/** /api/admin/reports/weekly: a closed week's stored snapshot (computed on first ask) or an open week counted now, as JSON or CSV. */
export const adminReports = new Hono<AppContext>()
  .get("/weekly", valid("query", reportQuery), async (c) => {
    const q = c.req.valid("query");
    const scope = orgScope(c, q.org);
    if ("forbidden" in scope) return otherOrganisation(c);
    if (!scope.orgId) return fail(c, 400, "invalid", "Kies een organisatie met ?org= / Choose an organisation with ?org=");
    if (!(await orgExists(c.env.DB, scope.orgId))) return fail(c, 404, "not_found", `Organisatie ${scope.orgId} bestaat niet / Organisation ${scope.orgId} does not exist`);
    const report = await reportForReading(c.env.DB, scope.orgId, q.week);
    if (q.format === "csv") {
      return c.body(reportCsv(report), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="dpa-guard-${report.organisation}-${report.week}.csv"`,
      });
    }
    return c.json(report);
  })
  .post("/weekly/recompute", requireDeftiqAdmin, valid("json", recomputeBody), async (c) => {
    const { org, week: w } = c.req.valid("json");
    if (!(await orgExists(c.env.DB, org))) return fail(c, 404, "not_found", `Organisatie ${org} bestaat niet / Organisation ${org} does not exist`);
    const report = await computeWeeklyReport(c.env.DB, org, w);
    // Only a closed week is frozen; an open one is counted afresh on every read.
    if (weekRange(w).end.getTime() <= Date.now()) await saveSnapshot(c.env.DB, report);
    return c.json(report);
  });
