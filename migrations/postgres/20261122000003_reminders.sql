-- Reminders: the durable due-queue. Rows are the source of truth; the scheduler sleeps until the
-- earliest due time and claims due rows in batches (FOR UPDATE SKIP LOCKED), so several instances
-- can share the work.

-- Default reminder leads of a calendar's events, in minutes before the start ("1d, 1h").
ALTER TABLE calendars ADD COLUMN reminder_leads INTEGER[] NOT NULL DEFAULT '{1440,60}';

-- Leads a person asked for with /remind.
CREATE TABLE personal_leads (
    event_id     BIGINT  NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id      BIGINT  NOT NULL REFERENCES users (id),
    lead_minutes INTEGER NOT NULL CHECK (lead_minutes > 0),
    PRIMARY KEY (event_id, user_id, lead_minutes)
);

CREATE TABLE reminders (
    id           BIGSERIAL PRIMARY KEY,
    event_id     BIGINT      NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    -- Start of the occurrence this reminds of (the start itself for one-off events).
    occurrence   TIMESTAMPTZ NOT NULL,
    lead_minutes INTEGER     NOT NULL,
    -- NULL: the reminder posted in every chat that has the calendar; else one person's.
    user_id      BIGINT      REFERENCES users (id),
    due_at       TIMESTAMPTZ NOT NULL,
    -- pending, sending (claimed; lease_until bounds the claim), sent, late, missed, failed, dropped
    state        TEXT        NOT NULL DEFAULT 'pending',
    lease_until  TIMESTAMPTZ,
    attempts     INTEGER     NOT NULL DEFAULT 0,
    finished_at  TIMESTAMPTZ,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX reminders_identity ON reminders (event_id, occurrence, lead_minutes, COALESCE(user_id, 0));
CREATE INDEX reminders_due ON reminders (due_at) WHERE state IN ('pending', 'sending');
CREATE INDEX reminders_user ON reminders (user_id, due_at) WHERE state = 'pending';
CREATE INDEX reminders_finished ON reminders (finished_at);

-- Targets a reminder already reached: a retry or a second scheduler never sends to them again.
-- (reminder, target) is the idempotency key; the reminder row names the occurrence.
CREATE TABLE deliveries (
    reminder_id BIGINT      NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
    target      TEXT        NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (reminder_id, target)
);

-- Wake sleeping schedulers (in any instance) when reminders are added or moved.
CREATE FUNCTION notify_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('convene_reminders', '');
    RETURN NULL;
END $$;
CREATE TRIGGER reminders_changed AFTER INSERT OR UPDATE OF due_at ON reminders
    FOR EACH STATEMENT EXECUTE FUNCTION notify_reminders();
