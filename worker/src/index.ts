import { Hono } from "hono";
import type { AppContext } from "./env.ts";
import { health } from "./routes/health.ts";
import { demo } from "./routes/demo.ts";

const app = new Hono<AppContext>();
app.route("/health", health);
app.route("/demo", demo);
app.get("/favicon.ico", (c) => c.body(null, 204));
app.notFound((c) => c.json({ error: "not_found", message: `Geen route voor ${c.req.method} ${c.req.path}` }, 404));
app.onError((err, c) => {
  console.error(err);
  return c.json({ error: "internal", message: "Interne fout; probeer het later opnieuw." }, 500);
});

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<AppContext["Bindings"]>;
export { app };
