import { Hono } from "hono";
import type { AppContext } from "../env.ts";
import { exceptionRequestSchema } from "../../../shared/schema/exceptions.ts";
import { valid, fail } from "../lib/validate.ts";
import { requestException } from "../store/exceptions.ts";

/** POST /api/exceptions: a user asks Deftiq for separate permission (DPA art. 2). */
export const exceptions = new Hono<AppContext>().post("/", valid("json", exceptionRequestSchema), async (c) => {
  const request = c.req.valid("json");
  const outcome = await requestException(c.env.DB, c.get("orgId"), request);
  // Says only that the id is taken, not by whom: the client makes a new UUID and asks again.
  if ("conflict" in outcome) return fail(c, 409, "conflict", "Dit aanvraagnummer is al gebruikt; maak een nieuw / This request id is already in use; make a new one");
  const { row, created } = outcome;
  return c.json({ id: row.id, status: row.status, validUntil: row.valid_until }, created ? 201 : 200);
});
