-- The language a chat is spoken to in (NULL: not chosen yet, taken from the platform when the
-- chat is first heard from), and the one a person chose for their private messages and emails.
ALTER TABLE chats ADD COLUMN language TEXT;
ALTER TABLE users ADD COLUMN language TEXT;
