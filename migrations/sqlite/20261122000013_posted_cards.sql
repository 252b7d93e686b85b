-- The message showing an event's or poll's card in a chat, so answers typed later update that
-- card instead of posting another. message_ref is the platform's message id, opaque here.
CREATE TABLE posted_cards (
    platform         TEXT NOT NULL,
    chat_external_id TEXT NOT NULL,
    -- 'event:<id>' or 'poll:<id>'
    card             TEXT NOT NULL,
    message_ref      TEXT NOT NULL,
    posted_at        TEXT NOT NULL,
    PRIMARY KEY (platform, chat_external_id, card)
);
