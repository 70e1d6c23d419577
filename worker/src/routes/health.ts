import { Hono } from "hono";
import type { AppContext } from "../env.ts";

/**
 * GET /health: answers only when D1 answers, so a monitor sees a broken binding, not a green light.
 * It tells nothing else (not even how many organisations there are): anyone may call it.
 */
export const health = new Hono<AppContext>().get("/", async (c) => {
  try {
    await c.env.DB.prepare("SELECT 1").first();
    return c.json({ ok: true });
  } catch (e) {
    console.error("health: D1 not reachable", e);
    return c.json({ ok: false, error: "D1 not reachable" }, 503);
  }
});
