import { Hono } from "hono";
import type { AppContext } from "../env.ts";
import { eventBatchSchema } from "../../../shared/schema/events.ts";
import { isKnownRuleId } from "../../../shared/engine/rule-ids.ts";
import { valid } from "../lib/validate.ts";
import { storeEvents } from "../store/events.ts";

/**
 * POST /api/events: a batch of what users did with warnings. Idempotent by event id (per
 * organisation). Every string was checked by `valid` (shape, raw-data guard) before this runs.
 *
 * Rule ids: the engine's closed list only. An extension older than this Worker may still send an id
 * the engine has since dropped or renamed; refusing it would lose the event (principle 2), storing it
 * as sent would store a string nobody vouched for. So a well-formed id of the event's own category
 * that is not in the list is stored as the bare category ("health"): the event counts, the id does not.
 */
export const events = new Hono<AppContext>().post("/", valid("json", eventBatchSchema), async (c) => {
  const { events: batch } = c.req.valid("json");
  const known = batch.map((e) => (isKnownRuleId(e.rule) ? e : { ...e, rule: e.category }));
  return c.json(await storeEvents(c.env.DB, c.get("orgId"), known));
});
