/** Bindings from wrangler.toml (the `Env` that `npm run types` generates) plus the secrets set per environment. */
export type AppEnv = Env & {
  /** Local and test admin credential (from .dev.vars or `wrangler secret put ADMIN_TOKEN`). */
  ADMIN_TOKEN?: string;
  /** The seeded demo organisation's API key (local only). */
  DEMO_API_KEY?: string;
};

export type AppContext = { Bindings: AppEnv };
