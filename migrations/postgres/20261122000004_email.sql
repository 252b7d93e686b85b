-- Email: a person links an address by proving they read it (a 6-digit code).

ALTER TABLE users ADD COLUMN email_verified_at TIMESTAMPTZ;

CREATE TABLE email_codes (
    user_id    BIGINT      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    email      TEXT        NOT NULL,
    code       TEXT        NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    -- Wrong codes typed so far; at the limit the code is void.
    attempts   INTEGER     NOT NULL DEFAULT 0
);
