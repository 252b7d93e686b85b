-- Answers are per occurrence: going to this week's board games says nothing about next week's.
-- `occurrence` is the start (UTC) of the occurrence answered; for a one-off event, its start.
-- Answers given before this change were for the whole series; they are kept for the first
-- occurrence (the event's start).
ALTER TABLE rsvps ADD COLUMN occurrence TIMESTAMPTZ;
UPDATE rsvps r SET occurrence = e.starts_at FROM events e WHERE e.id = r.event_id;
ALTER TABLE rsvps ALTER COLUMN occurrence SET NOT NULL;
ALTER TABLE rsvps DROP CONSTRAINT rsvps_pkey;
ALTER TABLE rsvps ADD PRIMARY KEY (event_id, occurrence, user_id);
DROP INDEX rsvps_event_state;
CREATE INDEX rsvps_event_state ON rsvps (event_id, occurrence, state, answer_order);
