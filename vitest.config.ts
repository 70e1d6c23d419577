import { defineConfig } from "vitest/config";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";

// Three projects, one command (`npm test`):
//   unit   – plain Node: the engine, schemas, helpers, the extension's DOM-free modules
//   worker – inside workerd with a real local D1 (migrations applied in test/worker/setup.ts)
//   e2e    – Debian's Chromium with the built extension, against `wrangler dev` on a free loopback port
export default defineConfig(async () => ({
  test: {
    projects: [
      {
        // Property tests run hundreds of cases: on a loaded 2-core machine they need more than vitest's 5 s.
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            remoteBindings: false,
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations("./worker/migrations"),
                ADMIN_TOKEN: "test-admin-token",
              },
              // A small budget, so a test can reach the limit in a few requests.
              ratelimits: { API_RATE_LIMIT: { namespace_id: "1001", simple: { limit: 20, period: 10 } } },
            },
          }),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          setupFiles: ["./test/worker/setup.ts"],
          globalSetup: ["./test/worker/receiver.node.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["./test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
