-- Operations: blocking users, calendar feeds, and the command log behind statistics.

-- Set when an operator blocks the person: their commands are refused.
ALTER TABLE users ADD COLUMN blocked_at TEXT;

-- Secret token of the calendar's iCalendar feed URL; NULL until a feed is asked for.
-- (SQLite cannot add a UNIQUE column: the unique index says the same.)
ALTER TABLE calendars ADD COLUMN feed_token TEXT;
CREATE UNIQUE INDEX calendars_feed_token ON calendars (feed_token);

-- One row per handled command: name and outcome only (never the text), for statistics.
CREATE TABLE command_log (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    platform TEXT NOT NULL,
    command  TEXT NOT NULL,
    outcome  TEXT NOT NULL
);
CREATE INDEX command_log_at ON command_log (at);
CREATE INDEX rsvps_updated_at ON rsvps (updated_at);
CREATE INDEX votes_created_at ON votes (created_at);
CREATE INDEX events_created_at ON events (created_at);
