-- Event ids are the client's UUIDs: unique per organisation, so one organisation's id can neither
-- collide with nor reveal another's. SQLite cannot change a primary key in place: copy and swap.
CREATE TABLE events_per_org (
  id TEXT NOT NULL,
  org_id TEXT NOT NULL REFERENCES organisations(id),
  type TEXT NOT NULL,
  category TEXT NOT NULL,
  rule TEXT NOT NULL,
  confidence TEXT NOT NULL,
  reason_code TEXT,
  reason_text TEXT,
  field TEXT NOT NULL DEFAULT '',
  site TEXT NOT NULL DEFAULT '',
  path TEXT NOT NULL DEFAULT '',
  user_ref TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  week TEXT NOT NULL,
  version TEXT NOT NULL DEFAULT '',
  received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (org_id, id)
);
INSERT INTO events_per_org (id, org_id, type, category, rule, confidence, reason_code, reason_text, field, site, path, user_ref, at, week, version, received_at)
  SELECT id, org_id, type, category, rule, confidence, reason_code, reason_text, field, site, path, user_ref, at, week, version, received_at FROM events;
DROP TABLE events;
ALTER TABLE events_per_org RENAME TO events;
CREATE INDEX events_org_week_type ON events (org_id, week, type, category);
CREATE INDEX events_org_at ON events (org_id, at);
CREATE INDEX events_org_user ON events (org_id, user_ref);
CREATE INDEX events_report_path ON events (org_id, week, type, path);
CREATE INDEX events_report_user ON events (org_id, week, type, user_ref);
CREATE INDEX events_report_rule ON events (org_id, week, type, rule);
CREATE INDEX events_report_reason ON events (org_id, week, type, reason_code);
-- Retention counts from when the Worker received an event, never from the client's clock.
CREATE INDEX events_received ON events (received_at);

-- Console sign-ins live here, so logging out (or an admin) can end them before they expire. The
-- cookie holds a random id; only its SHA-256 is stored. The CSRF token belongs to the session.
CREATE TABLE console_sessions (
  id_hash TEXT PRIMARY KEY,
  admin_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('deftiq-admin', 'org-viewer')),
  org_id TEXT,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX console_sessions_expires ON console_sessions (expires_at);

-- Failed sign-ins and unknown keys per client address and time window (lib/auth-throttle.ts).
CREATE TABLE auth_failures (
  client TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  failures INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (client, window_start)
);
