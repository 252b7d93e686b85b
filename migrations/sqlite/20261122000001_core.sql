-- Convene core schema for SQLite: the same tables and columns as migrations/postgres.
-- Instants are TEXT in RFC 3339 UTC ("2026-11-20T09:00:00+00:00", fractions in groups of three
-- digits as written by the store), which sort and compare correctly as text; beside each instant
-- the IANA zone it was meant in. Topics are a JSON array of strings.

CREATE TABLE calendars (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Name shown to subscribers: the home chat's title when the calendar was made.
    name          TEXT    NOT NULL,
    -- Join code printed by /share; NULL until the calendar is first shared.
    share_code    TEXT    UNIQUE,
    -- Counters for the short numbers people type (#1, #2 ...).
    next_event_no INTEGER NOT NULL DEFAULT 1,
    next_poll_no  INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL
);

CREATE TABLE chats (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    platform          TEXT    NOT NULL,
    external_id       TEXT    NOT NULL,
    title             TEXT    NOT NULL,
    home_calendar_id  INTEGER NOT NULL UNIQUE REFERENCES calendars (id),
    timezone          TEXT,
    -- 'everyone' or 'admins': who may create events and polls.
    create_policy     TEXT    NOT NULL DEFAULT 'everyone',
    active            BOOLEAN NOT NULL DEFAULT TRUE,
    created_at        TEXT    NOT NULL,
    UNIQUE (platform, external_id)
);

CREATE TABLE subscriptions (
    chat_id     INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    calendar_id INTEGER NOT NULL REFERENCES calendars (id) ON DELETE CASCADE,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (chat_id, calendar_id)
);

CREATE TABLE users (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    platform     TEXT    NOT NULL,
    external_id  TEXT    NOT NULL,
    display_name TEXT    NOT NULL,
    timezone     TEXT,
    email        TEXT,
    created_at   TEXT    NOT NULL,
    UNIQUE (platform, external_id)
);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    calendar_id INTEGER NOT NULL REFERENCES calendars (id),
    no          INTEGER NOT NULL,
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    description TEXT,
    location    TEXT,
    topics      TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(topics)),
    starts_at   TEXT    NOT NULL,
    ends_at     TEXT    NOT NULL CHECK (ends_at > starts_at),
    timezone    TEXT    NOT NULL,
    rrule       TEXT,
    capacity    INTEGER CHECK (capacity > 0),
    creator_id  INTEGER NOT NULL REFERENCES users (id),
    status      TEXT    NOT NULL DEFAULT 'scheduled',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (calendar_id, no)
);
CREATE INDEX events_calendar_start ON events (calendar_id, starts_at);

-- Order in which people answered (Postgres: the rsvp_order sequence): the waitlist is served
-- first come, first served. One row per counter; `value` is the last number handed out.
CREATE TABLE sequences (
    name  TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO sequences (name, value) VALUES ('rsvp_order', 0);

CREATE TABLE rsvps (
    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    -- 'going', 'maybe', 'declined' or 'waitlisted'
    state        TEXT    NOT NULL,
    answer_order INTEGER NOT NULL,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX rsvps_event_state ON rsvps (event_id, state, answer_order);

CREATE TABLE polls (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    calendar_id INTEGER NOT NULL REFERENCES calendars (id),
    no          INTEGER NOT NULL,
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    timezone    TEXT    NOT NULL,
    creator_id  INTEGER NOT NULL REFERENCES users (id),
    -- Set when the poll is closed: the event it became.
    event_id    INTEGER REFERENCES events (id),
    closed_at   TEXT,
    created_at  TEXT    NOT NULL,
    UNIQUE (calendar_id, no)
);

CREATE TABLE poll_options (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    poll_id   INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    starts_at TEXT    NOT NULL,
    UNIQUE (poll_id, position)
);

CREATE TABLE votes (
    option_id  INTEGER NOT NULL REFERENCES poll_options (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT    NOT NULL,
    PRIMARY KEY (option_id, user_id)
);
