-- Digests: a chat can get its coming agenda posted daily or weekly.

-- "daily 08:00" or "weekly mon 08:00", in the chat's zone; NULL: no digest.
ALTER TABLE chats ADD COLUMN digest TEXT;
-- When the last digest went out (a digest is claimed by moving this forward).
ALTER TABLE chats ADD COLUMN digest_sent_at TEXT;
