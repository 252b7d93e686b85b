-- Convene core schema: calendars, chats, users, events, RSVPs, time polls.
-- Times are stored as instants (timestamptz) plus the IANA zone they were meant in.

CREATE TABLE calendars (
    id            BIGSERIAL PRIMARY KEY,
    -- Name shown to subscribers: the home chat's title when the calendar was made.
    name          TEXT        NOT NULL,
    -- Join code printed by /share; NULL until the calendar is first shared.
    share_code    TEXT        UNIQUE,
    -- Counters for the short numbers people type (#1, #2 ...).
    next_event_no INTEGER     NOT NULL DEFAULT 1,
    next_poll_no  INTEGER     NOT NULL DEFAULT 1,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE chats (
    id                BIGSERIAL PRIMARY KEY,
    platform          TEXT        NOT NULL,
    external_id       TEXT        NOT NULL,
    title             TEXT        NOT NULL,
    home_calendar_id  BIGINT      NOT NULL UNIQUE REFERENCES calendars (id),
    timezone          TEXT,
    -- 'everyone' or 'admins': who may create events and polls.
    create_policy     TEXT        NOT NULL DEFAULT 'everyone',
    active            BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (platform, external_id)
);

CREATE TABLE subscriptions (
    chat_id     BIGINT      NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    calendar_id BIGINT      NOT NULL REFERENCES calendars (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (chat_id, calendar_id)
);

CREATE TABLE users (
    id           BIGSERIAL PRIMARY KEY,
    platform     TEXT        NOT NULL,
    external_id  TEXT        NOT NULL,
    display_name TEXT        NOT NULL,
    timezone     TEXT,
    email        TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (platform, external_id)
);

CREATE TABLE events (
    id          BIGSERIAL PRIMARY KEY,
    calendar_id BIGINT      NOT NULL REFERENCES calendars (id),
    no          INTEGER     NOT NULL,
    title       TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 100),
    description TEXT,
    location    TEXT,
    topics      TEXT[]      NOT NULL DEFAULT '{}',
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    timezone    TEXT        NOT NULL,
    rrule       TEXT,
    capacity    INTEGER     CHECK (capacity > 0),
    creator_id  BIGINT      NOT NULL REFERENCES users (id),
    status      TEXT        NOT NULL DEFAULT 'scheduled',
    version     INTEGER     NOT NULL DEFAULT 1,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (calendar_id, no)
);
CREATE INDEX events_calendar_start ON events (calendar_id, starts_at);
CREATE INDEX events_topics ON events USING GIN (topics);

-- Order in which people answered: the waitlist is served first come, first served.
CREATE SEQUENCE rsvp_order;

CREATE TABLE rsvps (
    event_id     BIGINT      NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id      BIGINT      NOT NULL REFERENCES users (id),
    -- 'going', 'maybe', 'declined' or 'waitlisted'
    state        TEXT        NOT NULL,
    answer_order BIGINT      NOT NULL DEFAULT nextval('rsvp_order'),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX rsvps_event_state ON rsvps (event_id, state, answer_order);

CREATE TABLE polls (
    id          BIGSERIAL PRIMARY KEY,
    calendar_id BIGINT      NOT NULL REFERENCES calendars (id),
    no          INTEGER     NOT NULL,
    title       TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 100),
    timezone    TEXT        NOT NULL,
    creator_id  BIGINT      NOT NULL REFERENCES users (id),
    -- Set when the poll is closed: the event it became.
    event_id    BIGINT      REFERENCES events (id),
    closed_at   TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (calendar_id, no)
);

CREATE TABLE poll_options (
    id        BIGSERIAL PRIMARY KEY,
    poll_id   BIGINT      NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    position  INTEGER     NOT NULL,
    starts_at TIMESTAMPTZ NOT NULL,
    UNIQUE (poll_id, position)
);

CREATE TABLE votes (
    option_id  BIGINT      NOT NULL REFERENCES poll_options (id) ON DELETE CASCADE,
    user_id    BIGINT      NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (option_id, user_id)
);
