-- Answers are per occurrence: going to this week's board games says nothing about next week's.
-- `occurrence` is the start (UTC) of the occurrence answered; for a one-off event, its start.
-- Answers given before this change were for the whole series; they are kept for the first
-- occurrence (the event's start). SQLite cannot change a primary key: the table is rebuilt.
CREATE TABLE rsvps_by_occurrence (
    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    occurrence   TEXT    NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    -- 'going', 'maybe', 'declined' or 'waitlisted'
    state        TEXT    NOT NULL,
    answer_order INTEGER NOT NULL,
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (event_id, occurrence, user_id)
);
INSERT INTO rsvps_by_occurrence (event_id, occurrence, user_id, state, answer_order, updated_at)
    SELECT r.event_id, e.starts_at, r.user_id, r.state, r.answer_order, r.updated_at
    FROM rsvps r JOIN events e ON e.id = r.event_id;
DROP TABLE rsvps;
ALTER TABLE rsvps_by_occurrence RENAME TO rsvps;
CREATE INDEX rsvps_event_state ON rsvps (event_id, occurrence, state, answer_order);
