//! The agenda and answers (the other event queries are in `portable`).

use crate::domain::*;
use crate::store::rows::{EventRow, EVENT_COLUMNS};
use crate::store::{EventFilter, StoreResult};
use chrono::{DateTime, Utc};
use sqlx::PgConnection;

pub async fn upcoming(
    conn: &mut PgConnection,
    calendars: &[CalendarId],
    now: DateTime<Utc>,
    filter: &EventFilter,
) -> StoreResult<Vec<Event>> {
    let ids: Vec<i64> = calendars.iter().map(|c| c.0).collect();
    let (from, to) = filter.range.unzip();
    let rows: Vec<EventRow> = sqlx::query_as(&format!(
        "SELECT {EVENT_COLUMNS} FROM events WHERE calendar_id = ANY($1) AND status = 'scheduled' \
         AND (rrule IS NOT NULL OR ends_at > $2) \
         AND ($3::text IS NULL OR strpos(lower(title || ' ' || coalesce(description, '')), lower($3)) > 0) \
         AND ($4::text IS NULL OR $4 = ANY(topics)) \
         AND ($5::text IS NULL OR strpos(lower(coalesce(location, '')), lower($5)) > 0) \
         AND (rrule IS NOT NULL OR $6::timestamptz IS NULL OR (starts_at >= $6 AND starts_at < $7)) \
         ORDER BY starts_at, calendar_id, no"
    ))
    .bind(&ids)
    .bind(now)
    .bind(filter.text.as_deref())
    .bind(filter.topic.as_ref().map(Topic::as_str))
    .bind(filter.place.as_deref())
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter().map(EventRow::into_event).collect()
}

pub async fn set_rsvp(
    conn: &mut PgConnection,
    (event, occurrence): (EventId, DateTime<Utc>),
    user: UserId,
    state: RsvpState,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO rsvps (event_id, user_id, state, updated_at, occurrence) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (event_id, occurrence, user_id) DO UPDATE SET state = EXCLUDED.state, \
         answer_order = nextval('rsvp_order'), updated_at = EXCLUDED.updated_at",
    )
    .bind(event.0)
    .bind(user.0)
    .bind(state.as_str())
    .bind(now)
    .bind(occurrence)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
