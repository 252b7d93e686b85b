-- Commands per person per minute, counted in the database when several instances take requests
-- (webhook and HTTP interactions modes), so a person's limit holds across instances.
-- Housekeeping removes old windows.
CREATE TABLE command_windows (
    person       TEXT    NOT NULL,
    window_start TEXT NOT NULL,
    count        INTEGER NOT NULL,
    PRIMARY KEY (person, window_start)
);
