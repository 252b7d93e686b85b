//! The agenda and answers (the other event queries are in `portable`). List columns (topics,
//! skipped occurrences, reminder leads) are JSON arrays; calendar lists are bound as JSON too.

use crate::domain::*;
use crate::store::rows::{EventRow, EVENT_COLUMNS};
use crate::store::{EventFilter, StoreError, StoreResult};
use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

/// A list column's value as stored: a JSON array.
pub fn list<T: serde::Serialize>(items: &[T]) -> StoreResult<String> {
    serde_json::to_string(items).map_err(|e| StoreError::Corrupt { what: "list column", value: e.to_string() })
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
    (event, occurrence): (EventId, DateTime<Utc>),
    user: UserId,
    state: RsvpState,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let order: i64 =
        sqlx::query_scalar("UPDATE sequences SET value = value + 1 WHERE name = 'rsvp_order' RETURNING value")
            .fetch_one(&mut *conn)
            .await?;
    sqlx::query(
        "INSERT INTO rsvps (event_id, user_id, state, answer_order, updated_at, occurrence) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (event_id, occurrence, user_id) DO UPDATE SET state = excluded.state, \
         answer_order = excluded.answer_order, updated_at = excluded.updated_at",
    )
    .bind(event.0)
    .bind(user.0)
    .bind(state.as_str())
    .bind(order)
    .bind(now)
    .bind(occurrence)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
