import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppContext } from "./env.ts";
import { health } from "./routes/health.ts";
import { demo } from "./routes/demo.ts";
import { api } from "./routes/api.ts";
import { adminApi } from "./routes/admin/index.ts";
import { scheduled } from "./scheduled.ts";
import { adminConsole } from "./console/index.tsx";

const app = new Hono<AppContext>();
app.route("/health", health);
// The demo form exists for local trials and tests only: it is mounted where the local demo key is
// set (.dev.vars, written by `npm start`), never in a deployed Worker.
app.use("/demo/*", async (c, next) => (c.env.DEMO_API_KEY ? next() : c.notFound()));
app.use("/demo", async (c, next) => (c.env.DEMO_API_KEY ? next() : c.notFound()));
app.route("/demo", demo);
app.route("/api/admin", adminApi);
app.route("/admin", adminConsole);
app.route("/api", api);
app.get("/favicon.ico", (c) => c.body(null, 204));
app.notFound((c) => c.json({ error: "not_found", message: `Geen route voor ${c.req.method} ${c.req.path} / No route for ${c.req.method} ${c.req.path}` }, 404));
app.onError((err, c) => {
  // Hono's validators throw HTTPException for a body that is not JSON: a 400 the sender can fix.
  if (err instanceof HTTPException && err.status < 500) {
    return c.json({ error: "invalid", message: `${err.message === "Malformed JSON in request body" ? "Geen geldige JSON / Not valid JSON" : err.message}` }, err.status);
  }
  console.error(err);
  return c.json({ error: "internal", message: "Interne fout; probeer het later opnieuw / Internal error; try again later" }, 500);
});

export default {
  fetch: app.fetch,
  scheduled,
} satisfies ExportedHandler<AppContext["Bindings"]>;
export { app };
