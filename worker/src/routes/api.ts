import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppContext } from "../env.ts";
import { MAX_BODY_BYTES } from "../../../shared/schema/events.ts";
import { apiKeyAuth } from "../lib/api-key-auth.ts";
import { extensionCors } from "../lib/cors.ts";
import { fail } from "../lib/errors.ts";
import { jsonBodiesOnly } from "../lib/validate.ts";
import { events } from "./events.ts";
import { exceptions } from "./exceptions.ts";
import { policy } from "./policy.ts";

const corsForExtensions: MiddlewareHandler<AppContext> = async (c, next) => extensionCors(c.env.EXTENSION_ORIGINS)(c, next);
const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => fail(c, 413, "too_large", `Verzoek groter dan ${MAX_BODY_BYTES / 1024} KB; stuur minder gebeurtenissen per keer / Request larger than ${MAX_BODY_BYTES / 1024} KB; send fewer events at a time`),
});

/**
 * The extension-facing API: CORS for extension origins, 64 KB bodies, an organisation key.
 * The middleware is bound to these three paths only, so /api/admin/* never meets it.
 */
export const api = new Hono<AppContext>();
for (const path of ["/events", "/exceptions", "/policy"]) api.use(path, corsForExtensions, limitBody, jsonBodiesOnly, apiKeyAuth);
api.route("/events", events).route("/exceptions", exceptions).route("/policy", policy);
