import { Hono } from "hono";
import type { AppContext } from "../env.ts";
import { eventBatchSchema } from "../../../shared/schema/events.ts";
import { valid, fail } from "../lib/validate.ts";
import { findRawData, rawDataMessage } from "../lib/raw-data-guard.ts";
import { storeEvents } from "../store/events.ts";

/** POST /api/events: a batch of what users did with warnings. Idempotent by event id. */
export const events = new Hono<AppContext>().post("/", valid("json", eventBatchSchema), async (c) => {
  const { events: batch } = c.req.valid("json");
  const hits = findRawData(batch.flatMap((e, i) => [
    [`events[${i}].reason.text`, e.reason?.text],
    [`events[${i}].field`, e.field],
  ] as const));
  if (hits.length) return fail(c, 422, "raw_data", rawDataMessage(hits), { issues: hits.map((h) => ({ path: h.path, message: h.category })) });
  return c.json(await storeEvents(c.env.DB, c.get("orgId"), batch));
});
