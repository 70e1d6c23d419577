import { Hono } from "hono";
import type { AppContext } from "../env.ts";
import { sha256Hex } from "../lib/crypto.ts";
import { fail } from "../lib/errors.ts";
import { policyFor } from "../store/policy.ts";

/**
 * GET /api/policy: categories, modes and exceptions in force. The ETag hashes the body, not the
 * version: an exception that expires at midnight changes the policy without anyone bumping a number.
 */
export const policy = new Hono<AppContext>().get("/", async (c) => {
  const body = await policyFor(c.env.DB, c.get("orgId"));
  if (!body) return fail(c, 404, "not_found", "Organisatie bestaat niet meer / Organisation no longer exists");
  const json = JSON.stringify(body);
  const etag = `"${(await sha256Hex(json)).slice(0, 32)}"`;
  c.header("ETag", etag);
  c.header("Cache-Control", "private, no-cache");
  const match = c.req.header("If-None-Match");
  if (match && match.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) return c.body(null, 304);
  return c.body(json, 200, { "Content-Type": "application/json; charset=utf-8" });
});
