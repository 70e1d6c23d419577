import { Hono } from "hono";
import type { AppContext } from "../env.ts";

/** GET /health: answers only when D1 answers, so a monitor sees a broken binding, not a green light. */
export const health = new Hono<AppContext>().get("/", async (c) => {
  try {
    const row = await c.env.DB.prepare("SELECT count(*) AS n FROM organisations").first<{ n: number }>();
    return c.json({ ok: true, organisations: row?.n ?? 0 });
  } catch (e) {
    return c.json({ ok: false, error: `D1 not reachable: ${(e as Error).message}` }, 503);
  }
});
