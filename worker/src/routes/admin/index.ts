import { Hono } from "hono";
import type { AppContext } from "../../env.ts";
import { adminApiAuth } from "../../lib/admin-auth.ts";
import { jsonBodiesOnly } from "../../lib/validate.ts";
import { adminEvents } from "./events.ts";
import { adminExceptions } from "./exceptions.ts";
import { adminKeys } from "./keys.ts";
import { adminOrgs } from "./orgs.ts";
import { adminReports } from "./reports.ts";
import { adminSubjects } from "./subjects.ts";

/** /api/admin/*: admin token or Cloudflare Access (never the console's cookie); JSON in and out. */
export const adminApi = new Hono<AppContext>()
  .use("*", adminApiAuth)
  .use("*", jsonBodiesOnly)
  .route("/exceptions", adminExceptions)
  .route("/events", adminEvents)
  .route("/reports", adminReports)
  .route("/subjects", adminSubjects)
  .route("/keys", adminKeys)
  .route("/orgs", adminOrgs);
