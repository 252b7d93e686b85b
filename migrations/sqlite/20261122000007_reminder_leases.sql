-- The next due time is read from two small index scans (pending by due time, claims by lease
-- end) instead of an expression over every pending reminder.
CREATE INDEX reminders_leases ON reminders (lease_until) WHERE state = 'sending';
