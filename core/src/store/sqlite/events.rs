//! Writing events and answers, and the agenda (the other event queries are in `portable`).
//! Topics are stored as a JSON array; calendar lists are bound as JSON arrays too.

use crate::domain::*;
use crate::store::rows::{EventRow, EVENT_COLUMNS};
use crate::store::{EventFilter, StoreError, StoreResult};
use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

/// A list column's value as stored: a JSON array.
pub fn list<T: serde::Serialize>(items: &[T]) -> StoreResult<String> {
    serde_json::to_string(items).map_err(|e| StoreError::Corrupt { what: "list column", value: e.to_string() })
}

/// An event's topics as stored.
fn topics_json(topics: &[Topic]) -> StoreResult<String> {
    list(&topics.iter().map(Topic::as_str).collect::<Vec<_>>())
}

/// After an import: the answer order continues after the imported answers.
pub async fn continue_answer_order(conn: &mut SqliteConnection) -> StoreResult<()> {
    sqlx::query(
        "UPDATE sequences SET value = (SELECT coalesce(max(answer_order), 0) FROM rsvps) WHERE name = 'rsvp_order'",
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn insert(conn: &mut SqliteConnection, new: &NewEvent, now: DateTime<Utc>) -> StoreResult<Event> {
    let no: i32 = sqlx::query_scalar(
        "UPDATE calendars SET next_event_no = next_event_no + 1 WHERE id = $1 RETURNING next_event_no - 1",
    )
    .bind(new.calendar.0)
    .fetch_one(&mut *conn)
    .await?;
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
    .bind(topics_json(&new.topics)?)
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

pub async fn update(conn: &mut SqliteConnection, event: &Event, now: DateTime<Utc>) -> StoreResult<Option<Event>> {
    let row: Option<EventRow> = sqlx::query_as(&format!(
        "UPDATE events SET title = $3, description = $4, location = $5, topics = $6, starts_at = $7, \
         ends_at = $8, timezone = $9, rrule = $10, capacity = $11, status = $12, skipped = $14, \
         version = version + 1, updated_at = $13 WHERE id = $1 AND version = $2 RETURNING {EVENT_COLUMNS}"
    ))
    .bind(event.id.0)
    .bind(event.version)
    .bind(event.title.as_str())
    .bind(event.description.as_deref())
    .bind(event.location.as_ref().map(Location::as_str))
    .bind(topics_json(&event.topics)?)
    .bind(event.starts_at)
    .bind(event.ends_at)
    .bind(event.zone.name())
    .bind(event.recurrence.as_ref().map(|r| r.rrule()))
    .bind(event.capacity.map(|c| c.get() as i32))
    .bind(event.status.as_str())
    .bind(now)
    .bind(list(&event.skipped)?)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(EventRow::into_event).transpose()
}

/// Whether `words` occur in `text`, ignoring case (as Postgres' `strpos(lower(..), lower(..))`;
/// SQLite's own `lower` knows only ASCII, so this is done here).
fn mentions(text: &str, words: &str) -> bool {
    text.to_lowercase().contains(&words.to_lowercase())
}

fn matches_words(event: &Event, filter: &EventFilter) -> bool {
    let text = filter.text.as_deref().is_none_or(|words| {
        mentions(&format!("{} {}", event.title.as_str(), event.description.as_deref().unwrap_or("")), words)
    });
    let place = filter
        .place
        .as_deref()
        .is_none_or(|words| mentions(event.location.as_ref().map(Location::as_str).unwrap_or(""), words));
    text && place
}

pub async fn upcoming(
    conn: &mut SqliteConnection,
    calendars: &[CalendarId],
    now: DateTime<Utc>,
    filter: &EventFilter,
) -> StoreResult<Vec<Event>> {
    let ids: Vec<i64> = calendars.iter().map(|c| c.0).collect();
    let ids =
        serde_json::to_string(&ids).map_err(|e| StoreError::Corrupt { what: "calendar ids", value: e.to_string() })?;
    let (from, to) = filter.range.unzip();
    let rows: Vec<EventRow> = sqlx::query_as(&format!(
        "SELECT {EVENT_COLUMNS} FROM events WHERE calendar_id IN (SELECT value FROM json_each($1)) \
         AND status = 'scheduled' AND (rrule IS NOT NULL OR ends_at > $2) \
         AND ($3 IS NULL OR EXISTS (SELECT 1 FROM json_each(events.topics) t WHERE t.value = $3)) \
         AND (rrule IS NOT NULL OR $4 IS NULL OR (starts_at >= $4 AND starts_at < $5)) \
         ORDER BY starts_at, calendar_id, no"
    ))
    .bind(ids)
    .bind(now)
    .bind(filter.topic.as_ref().map(Topic::as_str))
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    let events = rows.into_iter().map(EventRow::into_event).collect::<StoreResult<Vec<_>>>()?;
    Ok(events.into_iter().filter(|e| matches_words(e, filter)).collect())
}

pub async fn set_rsvp(
    conn: &mut SqliteConnection,
    event: EventId,
    user: UserId,
    state: RsvpState,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let order: i64 =
        sqlx::query_scalar("UPDATE sequences SET value = value + 1 WHERE name = 'rsvp_order' RETURNING value")
            .fetch_one(&mut *conn)
            .await?;
    sqlx::query(
        "INSERT INTO rsvps (event_id, user_id, state, answer_order, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (event_id, user_id) DO UPDATE SET state = excluded.state, \
         answer_order = excluded.answer_order, updated_at = excluded.updated_at",
    )
    .bind(event.0)
    .bind(user.0)
    .bind(state.as_str())
    .bind(order)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn insert_poll(conn: &mut SqliteConnection, new: &NewPoll, now: DateTime<Utc>) -> StoreResult<Poll> {
    let no: i32 = sqlx::query_scalar(
        "UPDATE calendars SET next_poll_no = next_poll_no + 1 WHERE id = $1 RETURNING next_poll_no - 1",
    )
    .bind(new.calendar.0)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO polls (calendar_id, no, title, timezone, creator_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(new.calendar.0)
    .bind(no)
    .bind(new.title.as_str())
    .bind(new.zone.name())
    .bind(new.creator.0)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    for (position, starts_at) in (1..).zip(&new.options) {
        sqlx::query("INSERT INTO poll_options (poll_id, position, starts_at) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(position)
            .bind(starts_at)
            .execute(&mut *conn)
            .await?;
    }
    Ok(Poll {
        id: PollId(id),
        calendar: new.calendar,
        no: PollNo(no),
        title: new.title.clone(),
        zone: new.zone,
        creator: new.creator,
        closed_into: None,
    })
}
