-- People told in a group how to let the bot write to them privately (it could not), so they are
-- told once per group, across restarts. Forgotten when they start a private chat with the bot.
CREATE TABLE private_nudges (
    platform         TEXT NOT NULL,
    user_external_id TEXT NOT NULL,
    chat_external_id TEXT NOT NULL,
    nudged_at        TEXT NOT NULL,
    PRIMARY KEY (platform, user_external_id, chat_external_id)
);
