//! Events, answers and polls: the queries whose SQL both backends understand alike, written once
//! and instantiated for each backend's connection type.

/// Defines `mod event_queries` for one backend: `connection` is its connection type; `event_lock`
/// and `poll_lock` end a select that must hold the row until commit (empty where the backend
/// serializes writers anyway).
macro_rules! event_queries {
    (connection: $conn:ty, event_lock: $event_lock:literal, poll_lock: $poll_lock:literal) => {
        /// Event, answer and poll queries in SQL both backends share.
        pub(super) mod event_queries {
            use crate::domain::*;
            use crate::store::rows::{
                group_votes, AttendanceRow, DraftRow, EventRow, OptionVoteRow, PollRow, EVENT_COLUMNS, POLL_SELECT,
            };
            use crate::store::StoreResult;
            use chrono::{DateTime, Utc};

            pub async fn event(
                conn: &mut $conn,
                calendar: CalendarId,
                no: EventNo,
                lock: bool,
            ) -> StoreResult<Option<Event>> {
                let lock = if lock { $event_lock } else { "" };
                let row: Option<EventRow> = sqlx::query_as(&format!(
                    "SELECT {EVENT_COLUMNS} FROM events WHERE calendar_id = $1 AND no = $2{lock}"
                ))
                .bind(calendar.0)
                .bind(no.0)
                .fetch_optional(&mut *conn)
                .await?;
                row.map(EventRow::into_event).transpose()
            }

            /// Answers of one event with the people who gave them; the caller picks occurrences.
            const ATTENDANCE_SELECT: &str = "SELECT r.state, u.id, u.platform, u.external_id, u.display_name, \
                 u.timezone, CASE WHEN u.email_verified_at IS NOT NULL THEN u.email END AS email, u.language \
                 FROM rsvps r JOIN users u ON u.id = r.user_id WHERE r.event_id = $1";

            pub async fn attendance(
                conn: &mut $conn,
                event: EventId,
                occurrence: DateTime<Utc>,
            ) -> StoreResult<Vec<Attendance>> {
                let rows: Vec<AttendanceRow> = sqlx::query_as(
                    &format!("{ATTENDANCE_SELECT} AND r.occurrence = $2 ORDER BY r.answer_order"),
                )
                .bind(event.0)
                .bind(occurrence)
                .fetch_all(&mut *conn)
                .await?;
                rows.into_iter().map(AttendanceRow::into_attendance).collect()
            }

            pub async fn attendance_from(
                conn: &mut $conn,
                event: EventId,
                from: DateTime<Utc>,
            ) -> StoreResult<Vec<Attendance>> {
                let rows: Vec<AttendanceRow> = sqlx::query_as(
                    &format!("{ATTENDANCE_SELECT} AND r.occurrence >= $2 ORDER BY r.answer_order"),
                )
                .bind(event.0)
                .bind(from)
                .fetch_all(&mut *conn)
                .await?;
                rows.into_iter().map(AttendanceRow::into_attendance).collect()
            }

            pub async fn remove_rsvp(
                conn: &mut $conn,
                event: EventId,
                occurrence: DateTime<Utc>,
                user: UserId,
            ) -> StoreResult<bool> {
                let done = sqlx::query("DELETE FROM rsvps WHERE event_id = $1 AND occurrence = $2 AND user_id = $3")
                    .bind(event.0)
                    .bind(occurrence)
                    .bind(user.0)
                    .execute(&mut *conn)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            pub async fn answered_occurrences(
                conn: &mut $conn,
                event: EventId,
                from: DateTime<Utc>,
            ) -> StoreResult<Vec<DateTime<Utc>>> {
                let starts: Vec<DateTime<Utc>> = sqlx::query_scalar(
                    "SELECT DISTINCT occurrence FROM rsvps WHERE event_id = $1 AND occurrence >= $2 ORDER BY occurrence",
                )
                .bind(event.0)
                .bind(from)
                .fetch_all(&mut *conn)
                .await?;
                Ok(starts)
            }

            pub async fn move_rsvps(
                conn: &mut $conn,
                event: EventId,
                from: DateTime<Utc>,
                to: DateTime<Utc>,
            ) -> StoreResult<()> {
                sqlx::query("UPDATE rsvps SET occurrence = $3 WHERE event_id = $1 AND occurrence = $2")
                    .bind(event.0)
                    .bind(from)
                    .bind(to)
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            }

            pub async fn draft(conn: &mut $conn, chat: ChatId, user: UserId) -> StoreResult<Option<Draft>> {
                let row: Option<DraftRow> = sqlx::query_as(
                    "SELECT step, title, when_text, place, updated_at FROM drafts WHERE chat_id = $1 AND user_id = $2",
                )
                .bind(chat.0)
                .bind(user.0)
                .fetch_optional(&mut *conn)
                .await?;
                row.map(DraftRow::into_draft).transpose()
            }

            pub async fn save_draft(conn: &mut $conn, chat: ChatId, user: UserId, draft: &Draft) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO drafts (chat_id, user_id, step, title, when_text, place, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (chat_id, user_id) DO UPDATE SET \
                     step = excluded.step, title = excluded.title, when_text = excluded.when_text, \
                     place = excluded.place, updated_at = excluded.updated_at",
                )
                .bind(chat.0)
                .bind(user.0)
                .bind(draft.step.as_str())
                .bind(draft.title.as_ref().map(|t| t.as_str()))
                .bind(draft.when.as_deref())
                .bind(draft.place.as_ref().map(|p| p.as_str()))
                .bind(draft.updated_at)
                .execute(&mut *conn)
                .await?;
                Ok(())
            }

            pub async fn drop_draft(conn: &mut $conn, chat: ChatId, user: UserId) -> StoreResult<bool> {
                let done = sqlx::query("DELETE FROM drafts WHERE chat_id = $1 AND user_id = $2")
                    .bind(chat.0)
                    .bind(user.0)
                    .execute(&mut *conn)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            pub async fn poll(conn: &mut $conn, calendar: CalendarId, no: PollNo, lock: bool) -> StoreResult<Option<Poll>> {
                let lock = if lock { $poll_lock } else { "" };
                let row: Option<PollRow> =
                    sqlx::query_as(&format!("{POLL_SELECT} WHERE p.calendar_id = $1 AND p.no = $2{lock}"))
                        .bind(calendar.0)
                        .bind(no.0)
                        .fetch_optional(&mut *conn)
                        .await?;
                row.map(PollRow::into_poll).transpose()
            }

            pub async fn poll_by_id(conn: &mut $conn, poll: PollId) -> StoreResult<Option<Poll>> {
                let row: Option<PollRow> = sqlx::query_as(&format!("{POLL_SELECT} WHERE p.id = $1"))
                    .bind(poll.0)
                    .fetch_optional(&mut *conn)
                    .await?;
                row.map(PollRow::into_poll).transpose()
            }

            pub async fn poll_options(conn: &mut $conn, poll: PollId) -> StoreResult<Vec<PollOption>> {
                let rows: Vec<OptionVoteRow> = sqlx::query_as(
                    "SELECT o.position, o.starts_at, o.ends_at, u.id, u.platform, u.external_id, u.display_name, u.timezone \
                     FROM poll_options o LEFT JOIN votes v ON v.option_id = o.id LEFT JOIN users u ON u.id = v.user_id \
                     WHERE o.poll_id = $1 ORDER BY o.position, v.created_at, u.id",
                )
                .bind(poll.0)
                .fetch_all(&mut *conn)
                .await?;
                group_votes(rows)
            }

            pub async fn toggle_vote(
                conn: &mut $conn,
                poll: PollId,
                position: i32,
                user: UserId,
                now: DateTime<Utc>,
            ) -> StoreResult<bool> {
                let removed = sqlx::query(
                    "DELETE FROM votes WHERE user_id = $3 AND option_id = \
                     (SELECT id FROM poll_options WHERE poll_id = $1 AND position = $2)",
                )
                .bind(poll.0)
                .bind(position)
                .bind(user.0)
                .execute(&mut *conn)
                .await?;
                if removed.rows_affected() > 0 {
                    return Ok(false);
                }
                sqlx::query(
                    "INSERT INTO votes (option_id, user_id, created_at) \
                     SELECT id, $3, $4 FROM poll_options WHERE poll_id = $1 AND position = $2",
                )
                .bind(poll.0)
                .bind(position)
                .bind(user.0)
                .bind(now)
                .execute(&mut *conn)
                .await?;
                Ok(true)
            }

            pub async fn close_poll(conn: &mut $conn, poll: PollId, event: EventId, now: DateTime<Utc>) -> StoreResult<()> {
                sqlx::query("UPDATE polls SET event_id = $2, closed_at = $3 WHERE id = $1")
                    .bind(poll.0)
                    .bind(event.0)
                    .bind(now)
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            }
        }
    };
}

pub(crate) use event_queries;
