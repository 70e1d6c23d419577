import { applyD1Migrations, env } from "cloudflare:test";

// The same numbered migrations that `npm start` and deploy apply, into this test's D1.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
