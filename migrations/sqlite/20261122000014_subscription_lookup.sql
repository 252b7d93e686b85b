-- The chats following a calendar are looked up on every answer (to update their cards) and every
-- chat reminder: by calendar, which the primary key (chat_id, calendar_id) does not serve.
CREATE INDEX subscriptions_calendar ON subscriptions (calendar_id, created_at);
