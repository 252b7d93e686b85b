-- Roles held by one of several `convene serve` processes on one database (the Telegram poller,
-- the Discord gateway), and the live instances ('instance:<id>'). A holder renews its lease
-- before it expires; an expired lease may be taken by anyone.
CREATE TABLE leases (
    role       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
