-- Digests come due through a durable queue, as reminders do: one row per chat with a digest, the
-- next digest's time computed in the chat's zone (exact across DST changes), claimed with
-- FOR UPDATE SKIP LOCKED and a lease, so several instances post each digest once and a crashed
-- sender's claim is taken over. 100,000 chats with digests are 100,000 rows, not in-memory jobs.
CREATE TABLE digest_queue (
    chat_id     BIGINT      PRIMARY KEY REFERENCES chats (id) ON DELETE CASCADE,
    -- The local time this digest is for (lateness is measured from it).
    slot_at     TIMESTAMPTZ NOT NULL,
    -- When to try next: the slot, or later after a failed try.
    due_at      TIMESTAMPTZ NOT NULL,
    -- pending or sending (claimed; lease_until bounds the claim).
    state       TEXT        NOT NULL DEFAULT 'pending',
    lease_until TIMESTAMPTZ,
    attempts    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX digest_queue_due ON digest_queue (due_at) WHERE state = 'pending';
CREATE INDEX digest_queue_leases ON digest_queue (lease_until) WHERE state = 'sending';

-- A digest planned or moved wakes the schedulers of every instance, as reminders do.
CREATE TRIGGER digest_queue_changed AFTER INSERT OR UPDATE OF due_at ON digest_queue
    FOR EACH STATEMENT EXECUTE FUNCTION notify_reminders();

-- The per-instance digest jobs are gone, and with them the need to tell them of changes.
DROP TRIGGER digests_changed ON chats;
DROP FUNCTION notify_digests();
