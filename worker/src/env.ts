/** Bindings from wrangler.toml (the `Env` that `npm run types` generates) plus the secrets set per environment. */
export type AppEnv = Env & {
  /** Local and test admin credential (from .dev.vars or `wrangler secret put ADMIN_TOKEN`). */
  ADMIN_TOKEN?: string;
  /** The seeded demo organisation's API key (local only). */
  DEMO_API_KEY?: string;
};

export type Role = "deftiq-admin" | "org-viewer";

/** Who is using the admin API or console: from the admin token, a session cookie or Cloudflare Access. */
export interface Admin {
  id: string;
  role: Role;
  /** The organisation an org-viewer may see; null for Deftiq admins. */
  orgId: string | null;
}

export type AppContext = {
  Bindings: AppEnv;
  Variables: {
    /** Set by the API-key middleware. */
    orgId: string;
    keyId: string;
    /** Set by the admin middleware. */
    admin: Admin;
    /** The console session (admin pages only). */
    session?: import("./lib/console-session.ts").ConsoleSession;
  };
};
