//! Writing events and answers (the other event queries are in `portable`).

use crate::domain::*;
use crate::store::rows::{EventRow, EVENT_COLUMNS};
use crate::store::{EventFilter, StoreResult};
use chrono::{DateTime, Utc};
use sqlx::PgConnection;

pub async fn insert(conn: &mut PgConnection, new: &NewEvent, now: DateTime<Utc>) -> StoreResult<Event> {
    let no: i32 = sqlx::query_scalar(
        "UPDATE calendars SET next_event_no = next_event_no + 1 WHERE id = $1 RETURNING next_event_no - 1",
    )
    .bind(new.calendar.0)
    .fetch_one(&mut *conn)
    .await?;
    let topics: Vec<&str> = new.topics.iter().map(Topic::as_str).collect();
    let row: EventRow = sqlx::query_as(&format!(
        "INSERT INTO events (calendar_id, no, title, description, location, topics, starts_at, ends_at, \
         timezone, rrule, capacity, creator_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) \
         RETURNING {EVENT_COLUMNS}"
    ))
    .bind(new.calendar.0)
    .bind(no)
    .bind(new.title.as_str())
    .bind(new.description.as_deref())
    .bind(new.location.as_ref().map(Location::as_str))
    .bind(&topics)
    .bind(new.starts_at)
    .bind(new.ends_at)
    .bind(new.zone.name())
    .bind(new.recurrence.as_ref().map(|r| r.rrule()))
    .bind(new.capacity.map(|c| c.get() as i32))
    .bind(new.creator.0)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    row.into_event()
}

pub async fn update(conn: &mut PgConnection, event: &Event, now: DateTime<Utc>) -> StoreResult<Option<Event>> {
    let topics: Vec<&str> = event.topics.iter().map(Topic::as_str).collect();
    let row: Option<EventRow> = sqlx::query_as(&format!(
        "UPDATE events SET title = $3, description = $4, location = $5, topics = $6, starts_at = $7, \
         ends_at = $8, timezone = $9, rrule = $10, capacity = $11, status = $12, skipped = $14, version = version + 1, \
         updated_at = $13 WHERE id = $1 AND version = $2 RETURNING {EVENT_COLUMNS}"
    ))
    .bind(event.id.0)
    .bind(event.version)
    .bind(event.title.as_str())
    .bind(event.description.as_deref())
    .bind(event.location.as_ref().map(Location::as_str))
    .bind(&topics)
    .bind(event.starts_at)
    .bind(event.ends_at)
    .bind(event.zone.name())
    .bind(event.recurrence.as_ref().map(|r| r.rrule()))
    .bind(event.capacity.map(|c| c.get() as i32))
    .bind(event.status.as_str())
    .bind(now)
    .bind(&event.skipped)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(EventRow::into_event).transpose()
}

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
    event: EventId,
    user: UserId,
    state: RsvpState,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO rsvps (event_id, user_id, state, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (event_id, user_id) DO UPDATE SET state = EXCLUDED.state, \
         answer_order = nextval('rsvp_order'), updated_at = EXCLUDED.updated_at",
    )
    .bind(event.0)
    .bind(user.0)
    .bind(state.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
