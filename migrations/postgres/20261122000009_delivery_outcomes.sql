-- Targets a reminder could not reach are recorded too: `refused` (the target refuses for good)
-- or `failed` (given up after retries). Either way the target is not tried again, and statistics
-- count failed emails.
ALTER TABLE deliveries ADD COLUMN outcome TEXT NOT NULL DEFAULT 'sent';
