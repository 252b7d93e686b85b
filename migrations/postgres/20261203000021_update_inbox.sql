-- Updates read from a platform are handled once, even when the process that read them dies.
-- The poller keeps each update here before Telegram is told it was received (the next
-- getUpdates confirms it), and forgets it once handled; whoever polls next handles what is left.
CREATE TABLE update_inbox (
    platform    TEXT        NOT NULL,
    update_id   BIGINT      NOT NULL,
    payload     TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (platform, update_id)
);
-- Updates whose command was applied, recorded in the command's own transaction: an update handed
-- out twice (left in the inbox by a poller killed after the commit, or a webhook delivered again)
-- changes nothing the second time. Kept a day (Telegram keeps updates 24 hours).
CREATE TABLE handled_updates (
    update_key TEXT        PRIMARY KEY,
    handled_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX handled_updates_age ON handled_updates (handled_at);
