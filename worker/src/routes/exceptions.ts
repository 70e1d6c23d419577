import { Hono } from "hono";
import type { AppContext } from "../env.ts";
import { exceptionRequestSchema } from "../../../shared/schema/exceptions.ts";
import { valid, fail } from "../lib/validate.ts";
import { findRawData, rawDataMessage } from "../lib/raw-data-guard.ts";
import { requestException } from "../store/exceptions.ts";

/** POST /api/exceptions: a user asks Deftiq for separate permission (DPA art. 2). */
export const exceptions = new Hono<AppContext>().post("/", valid("json", exceptionRequestSchema), async (c) => {
  const request = c.req.valid("json");
  const hits = findRawData([["justification", request.justification]]);
  if (hits.length) return fail(c, 422, "raw_data", rawDataMessage(hits), { issues: hits.map((h) => ({ path: h.path, message: h.category })) });
  const { row, created } = await requestException(c.env.DB, c.get("orgId"), request);
  return c.json({ id: row.id, status: row.status, validUntil: row.valid_until }, created ? 201 : 200);
});
