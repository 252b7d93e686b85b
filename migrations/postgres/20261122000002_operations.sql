-- Operations: blocking users, calendar feeds, and the command log behind statistics.

-- Set when an operator blocks the person: their commands are refused.
ALTER TABLE users ADD COLUMN blocked_at TIMESTAMPTZ;

-- Secret token of the calendar's iCalendar feed URL; NULL until a feed is asked for.
ALTER TABLE calendars ADD COLUMN feed_token TEXT UNIQUE;

-- One row per handled command: name and outcome only (never the text), for statistics.
CREATE TABLE command_log (
    id       BIGSERIAL PRIMARY KEY,
    at       TIMESTAMPTZ NOT NULL,
    platform TEXT        NOT NULL,
    command  TEXT        NOT NULL,
    outcome  TEXT        NOT NULL
);
CREATE INDEX command_log_at ON command_log (at);
CREATE INDEX rsvps_updated_at ON rsvps (updated_at);
CREATE INDEX votes_created_at ON votes (created_at);
CREATE INDEX events_created_at ON events (created_at);
