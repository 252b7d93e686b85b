-- Only finished reminders are in the finished-time index (housekeeping and statistics ask for a
-- range of finished times), so claiming a pending reminder no longer adds an index entry for its
-- empty finished time.
DROP INDEX reminders_finished;
CREATE INDEX reminders_finished ON reminders (finished_at) WHERE finished_at IS NOT NULL;
