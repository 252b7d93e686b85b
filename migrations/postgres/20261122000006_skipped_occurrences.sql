-- Occurrences of a repeating event that were cancelled one by one (/cancel <event> <date>).
ALTER TABLE events ADD COLUMN skipped TIMESTAMPTZ[] NOT NULL DEFAULT '{}';
