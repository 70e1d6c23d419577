-- Admin identities behind Cloudflare Access: the e-mail Access asserts decides the role.
-- deftiq-admin: every organisation, decides exceptions; org-viewer: its own organisation's events and reports.
CREATE TABLE admin_users (
  email TEXT PRIMARY KEY COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('deftiq-admin', 'org-viewer')),
  org_id TEXT REFERENCES organisations(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (role = 'deftiq-admin' OR org_id IS NOT NULL)
);

-- The weekly report groups one organisation-week by form, by user and by rule; covering indexes let
-- SQLite answer each group-by from the index alone, without touching (or sorting) the rows.
CREATE INDEX events_report_path ON events (org_id, week, type, path);
CREATE INDEX events_report_user ON events (org_id, week, type, user_ref);
CREATE INDEX events_report_rule ON events (org_id, week, type, rule);
CREATE INDEX events_report_reason ON events (org_id, week, type, reason_code);

-- The daily retention purge deletes by event time across organisations.
CREATE INDEX events_at ON events (at);
