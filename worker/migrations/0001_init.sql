-- dpa-guard schema. Applied the same way in dev (npm start), tests (vitest setup) and deploy
-- (wrangler d1 migrations apply --remote). Never stores a matched value or its context.

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- categories on/off and warn/block per category, as JSON validated by shared/policy.ts
  policy_json TEXT NOT NULL DEFAULT '{}',
  policy_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organisations(id),
  key_hash TEXT NOT NULL UNIQUE,          -- SHA-256 hex of the key; the key itself is shown once
  label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  revoked_at TEXT
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,                    -- client-made UUID: a replay stores nothing new
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
  week TEXT NOT NULL,                     -- ISO week in Europe/Amsterdam, e.g. 2026-W47
  version TEXT NOT NULL DEFAULT '',
  received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX events_org_week_type ON events (org_id, week, type, category);
CREATE INDEX events_org_at ON events (org_id, at);
CREATE INDEX events_org_user ON events (org_id, user_ref);
CREATE INDEX events_received ON events (received_at);

CREATE TABLE exceptions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  org_id TEXT NOT NULL REFERENCES organisations(id),
  category TEXT NOT NULL,
  site TEXT NOT NULL DEFAULT '',
  path_pattern TEXT NOT NULL DEFAULT '',
  legal_basis TEXT NOT NULL,
  justification TEXT NOT NULL,
  requested_by TEXT NOT NULL DEFAULT '',
  requested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  request_id TEXT UNIQUE,                 -- client-made UUID, so a retried request is one row
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'denied', 'revoked')),
  decided_by TEXT,
  decided_at TEXT,
  valid_until TEXT,
  decision_note TEXT
);
CREATE INDEX exceptions_org_status ON exceptions (org_id, status, valid_until);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  org_id TEXT,
  subject TEXT,
  detail TEXT
);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE report_snapshots (
  org_id TEXT NOT NULL REFERENCES organisations(id),
  week TEXT NOT NULL,
  computed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  report_json TEXT NOT NULL,
  PRIMARY KEY (org_id, week)
);
