-- Reminders: the durable due-queue (as migrations/postgres). Rows are the source of truth; the
-- scheduler sleeps until the earliest due time and claims due rows in batches. SQLite serves one
-- Convene process, so there is no cross-instance wake-up (Postgres uses NOTIFY for that).

-- Default reminder leads of a calendar's events, in minutes before the start ("1d, 1h"), as a
-- JSON array.
ALTER TABLE calendars ADD COLUMN reminder_leads TEXT NOT NULL DEFAULT '[1440,60]';

-- Leads a person asked for with /remind.
CREATE TABLE personal_leads (
    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    lead_minutes INTEGER NOT NULL CHECK (lead_minutes > 0),
    PRIMARY KEY (event_id, user_id, lead_minutes)
);

CREATE TABLE reminders (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    -- Start of the occurrence this reminds of (the start itself for one-off events).
    occurrence   TEXT    NOT NULL,
    lead_minutes INTEGER NOT NULL,
    -- NULL: the reminder posted in every chat that has the calendar; else one person's.
    user_id      INTEGER REFERENCES users (id),
    due_at       TEXT    NOT NULL,
    -- pending, sending (claimed; lease_until bounds the claim), sent, late, missed, failed, dropped
    state        TEXT    NOT NULL DEFAULT 'pending',
    lease_until  TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    finished_at  TEXT,
    created_at   TEXT    NOT NULL
);
CREATE UNIQUE INDEX reminders_identity ON reminders (event_id, occurrence, lead_minutes, COALESCE(user_id, 0));
CREATE INDEX reminders_due ON reminders (due_at) WHERE state IN ('pending', 'sending');
CREATE INDEX reminders_user ON reminders (user_id, due_at) WHERE state = 'pending';
CREATE INDEX reminders_finished ON reminders (finished_at);

-- Targets a reminder already reached: a retry never sends to them again.
CREATE TABLE deliveries (
    reminder_id INTEGER NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
    target      TEXT    NOT NULL,
    sent_at     TEXT    NOT NULL,
    PRIMARY KEY (reminder_id, target)
);
