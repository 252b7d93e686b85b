-- An event being planned step by step after a bare /new (title, then time, then place, then
-- confirm): one per person per chat, kept here so a restart does not lose it.
CREATE TABLE drafts (
    chat_id    BIGINT NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- 'title', 'when', 'place' or 'confirm': what is asked next
    step       TEXT NOT NULL,
    title      TEXT,
    -- The time as typed; read again when the event is created
    when_text  TEXT,
    place      TEXT,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (chat_id, user_id)
);
