//! Creating and editing events and polls: the same SQL on both backends but for list columns
//! (topics, skipped occurrences), which each backend encodes with its `list` function.

/// Defines `mod event_writes` for one backend: `connection` is its connection type, `list` turns a
/// slice into the value bound for a list column (`StoreResult<_>`).
macro_rules! event_writes {
    (connection: $conn:ty, list: $list:path) => {
        /// Event and poll writes in SQL both backends share.
        pub(super) mod event_writes {
            use crate::domain::*;
            use crate::store::rows::{EventRow, EVENT_COLUMNS};
            use crate::store::StoreResult;
            use chrono::{DateTime, Utc};

            fn topic_names(topics: &[Topic]) -> Vec<&str> {
                topics.iter().map(Topic::as_str).collect()
            }

            pub async fn insert_event(conn: &mut $conn, new: &NewEvent, now: DateTime<Utc>) -> StoreResult<Event> {
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
                .bind($list(&topic_names(&new.topics))?)
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

            pub async fn update_event(conn: &mut $conn, event: &Event, now: DateTime<Utc>) -> StoreResult<Option<Event>> {
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
                .bind($list(&topic_names(&event.topics))?)
                .bind(event.starts_at)
                .bind(event.ends_at)
                .bind(event.zone.name())
                .bind(event.recurrence.as_ref().map(|r| r.rrule()))
                .bind(event.capacity.map(|c| c.get() as i32))
                .bind(event.status.as_str())
                .bind(now)
                .bind($list(&event.skipped)?)
                .fetch_optional(&mut *conn)
                .await?;
                row.map(EventRow::into_event).transpose()
            }

            pub async fn insert_poll(conn: &mut $conn, new: &NewPoll, now: DateTime<Utc>) -> StoreResult<Poll> {
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
                for (position, option) in (1..).zip(&new.options) {
                    sqlx::query("INSERT INTO poll_options (poll_id, position, starts_at, ends_at) VALUES ($1, $2, $3, $4)")
                        .bind(id)
                        .bind(position)
                        .bind(option.starts_at)
                        .bind(option.ends_at)
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
        }
    };
}

pub(crate) use event_writes;
