-- Occurrences of a repeating event that were cancelled one by one (/cancel <event> <date>), as a
-- JSON array of instants.
ALTER TABLE events ADD COLUMN skipped TEXT NOT NULL DEFAULT '[]';
