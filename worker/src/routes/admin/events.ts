import { Hono } from "hono";
import { z } from "zod";
import type { AppContext } from "../../env.ts";
import { EVENT_TYPES, categorySchema } from "../../../../shared/schema/events.ts";
import { WEEK_PATTERN } from "../../../../shared/schema/week.ts";
import { orgScope, otherOrganisation } from "../../lib/admin-auth.ts";
import { fail, valid } from "../../lib/validate.ts";
import { listEvents } from "../../store/events.ts";

export const eventQuery = z.strictObject({
  org: z.string().max(100).optional(),
  category: categorySchema.optional(),
  type: z.enum(EVENT_TYPES).optional(),
  path: z.string().max(300).optional(),
  user: z.string().max(200).optional(),
  week: z.string().regex(WEEK_PATTERN, { error: "an ISO week such as 2026-W47" }).optional(),
  before: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** GET /api/admin/events: the event browser, newest first, keyset-paginated (`next` → `before`). */
export const adminEvents = new Hono<AppContext>().get("/", valid("query", eventQuery), async (c) => {
  const q = c.req.valid("query");
  const scope = orgScope(c, q.org);
  if ("forbidden" in scope) return otherOrganisation(c);
  return c.json(await listEvents(c.env.DB, { ...q, orgId: scope.orgId }));
});
