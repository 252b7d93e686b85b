-- A poll option may propose an end as well as a start ("fri 19:00-21:00"); the event the poll
-- becomes then lasts until it. Empty for options given as a start only (the event lasts an hour).
ALTER TABLE poll_options ADD COLUMN ends_at TEXT;
