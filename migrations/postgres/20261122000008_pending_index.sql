-- Only pending reminders are in the due-time index: a claimed reminder leaves it at once, so the
-- next claim never walks past rows already being sent. Expired claims are found by lease end
-- (reminders_leases).
DROP INDEX reminders_due;
CREATE INDEX reminders_pending_due ON reminders (due_at) WHERE state = 'pending';
