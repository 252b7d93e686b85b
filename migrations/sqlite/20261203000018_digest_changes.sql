-- (Postgres wakes other instances' digest runners when a digest changes; SQLite is one process.)
SELECT 1;
