-- Chats whose own events are mirrored into their platform's event list (Discord's Events tab),
-- turned on with /settings discord-events on. Which platform event shows which Convene event is
-- kept in posted_cards under 'native:<event id>'.
CREATE TABLE native_event_mirrors (
    chat_id INTEGER PRIMARY KEY REFERENCES chats(id) ON DELETE CASCADE,
    since   TEXT NOT NULL
);
