-- Digests come due through a durable queue, as reminders do: one row per chat with a digest, the
-- next digest's time computed in the chat's zone (exact across DST changes), claimed with a
-- lease, so a crashed sender's claim is taken over.
CREATE TABLE digest_queue (
    chat_id     INTEGER PRIMARY KEY REFERENCES chats (id) ON DELETE CASCADE,
    -- The local time this digest is for (lateness is measured from it).
    slot_at     TEXT    NOT NULL,
    -- When to try next: the slot, or later after a failed try.
    due_at      TEXT    NOT NULL,
    -- pending or sending (claimed; lease_until bounds the claim).
    state       TEXT    NOT NULL DEFAULT 'pending',
    lease_until TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX digest_queue_due ON digest_queue (due_at) WHERE state = 'pending';
CREATE INDEX digest_queue_leases ON digest_queue (lease_until) WHERE state = 'sending';
