//! Reminder planning and delivery records: the queries whose SQL both backends understand alike,
//! written once and instantiated for each backend's connection type. Claiming due reminders and
//! stored lead lists differ per backend and stay in each backend.

/// Defines `mod reminder_queries` for one backend: `connection` is its connection type, `pool`
/// its pool type.
macro_rules! reminder_queries {
    (connection: $conn:ty, pool: $pool:ty) => {
        /// Reminder queries in SQL both backends share.
        pub(super) mod reminder_queries {
            use crate::domain::*;
            use crate::store::rows::{ChatRow, EventRow, UserRow, EVENT_COLUMNS};
            use crate::store::{DeliveryOutcome, PendingReminder, ReminderId, ReminderState, StoreResult};
            use chrono::{DateTime, Utc};

            #[derive(sqlx::FromRow)]
            struct PendingRow {
                occurrence: DateTime<Utc>,
                lead_minutes: i32,
                #[sqlx(flatten)]
                event: EventRow,
            }

            pub async fn personal_leads(conn: &mut $conn, event: EventId) -> StoreResult<Vec<(UserId, Lead)>> {
                let rows: Vec<(i64, i32)> = sqlx::query_as(
                    "SELECT user_id, lead_minutes FROM personal_leads WHERE event_id = $1 ORDER BY user_id, lead_minutes",
                )
                .bind(event.0)
                .fetch_all(&mut *conn)
                .await?;
                Ok(rows.into_iter().filter_map(|(u, m)| Lead::from_minutes(m.into()).map(|l| (UserId(u), l))).collect())
            }

            pub async fn replace_pending(
                conn: &mut $conn,
                event: EventId,
                planned: &[NewReminder],
                now: DateTime<Utc>,
            ) -> StoreResult<()> {
                sqlx::query("DELETE FROM reminders WHERE event_id = $1 AND state = 'pending'")
                    .bind(event.0)
                    .execute(&mut *conn)
                    .await?;
                for reminder in planned {
                    add(conn, reminder, now).await?;
                }
                Ok(())
            }

            pub async fn add(conn: &mut $conn, reminder: &NewReminder, now: DateTime<Utc>) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO reminders (event_id, occurrence, lead_minutes, user_id, due_at, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                )
                .bind(reminder.event.0)
                .bind(reminder.occurrence)
                .bind(reminder.lead.minutes() as i32)
                .bind(reminder.user.map(|u| u.0))
                .bind(reminder.due_at)
                .bind(now)
                .execute(&mut *conn)
                .await?;
                Ok(())
            }

            pub async fn pending_of(conn: &mut $conn, user: UserId) -> StoreResult<Vec<PendingReminder>> {
                let columns = EVENT_COLUMNS.split(", ").map(|c| format!("e.{c}")).collect::<Vec<_>>().join(", ");
                let rows: Vec<PendingRow> = sqlx::query_as(&format!(
                    "SELECT r.occurrence, r.lead_minutes, {columns} FROM reminders r JOIN events e ON e.id = r.event_id \
                     WHERE r.user_id = $1 AND r.state = 'pending' ORDER BY r.due_at LIMIT 50"
                ))
                .bind(user.0)
                .fetch_all(&mut *conn)
                .await?;
                rows.into_iter()
                    .filter_map(|row| {
                        let lead = Lead::from_minutes(row.lead_minutes.into())?;
                        Some(row.event.into_event().map(|event| PendingReminder { event, occurrence: row.occurrence, lead }))
                    })
                    .collect()
            }

            pub async fn event_by_id(conn: &mut $conn, event: EventId) -> StoreResult<Option<Event>> {
                let row: Option<EventRow> = sqlx::query_as(&format!("SELECT {EVENT_COLUMNS} FROM events WHERE id = $1"))
                    .bind(event.0)
                    .fetch_optional(&mut *conn)
                    .await?;
                row.map(EventRow::into_event).transpose()
            }

            pub async fn user_by_id(conn: &mut $conn, user: UserId) -> StoreResult<Option<User>> {
                let row: Option<UserRow> =
                    sqlx::query_as(&format!("SELECT {} FROM users WHERE id = $1", crate::store::rows::USER_COLUMNS))
                .bind(user.0)
                .fetch_optional(&mut *conn)
                .await?;
                row.map(UserRow::into_user).transpose()
            }

            pub async fn chats_of_calendar(conn: &mut $conn, calendar: CalendarId) -> StoreResult<Vec<Chat>> {
                // The home chat first, then the followers by when they followed; two index
                // lookups (a join with OR would read every chat).
                let rows: Vec<ChatRow> = sqlx::query_as(
                    "SELECT id, platform, external_id, title, home_calendar_id, timezone, create_policy, digest, language FROM ( \
                       SELECT c.*, 0 AS rank, NULL AS since FROM chats c WHERE c.home_calendar_id = $1 AND c.active \
                       UNION ALL \
                       SELECT c.*, 1 AS rank, s.created_at AS since FROM subscriptions s JOIN chats c ON c.id = s.chat_id \
                       WHERE s.calendar_id = $1 AND c.active \
                     ) AS showing ORDER BY rank, since, id",
                )
                .bind(calendar.0)
                .fetch_all(&mut *conn)
                .await?;
                rows.into_iter().map(ChatRow::into_chat).collect()
            }

            pub async fn delivered(pool: &$pool, reminder: ReminderId) -> StoreResult<Vec<String>> {
                Ok(sqlx::query_scalar("SELECT target FROM deliveries WHERE reminder_id = $1")
                    .bind(reminder.0)
                    .fetch_all(pool)
                    .await?)
            }

            pub async fn record_delivery(
                pool: &$pool,
                reminder: ReminderId,
                target: &str,
                at: DateTime<Utc>,
                outcome: DeliveryOutcome,
            ) -> StoreResult<()> {
                sqlx::query("INSERT INTO deliveries (reminder_id, target, sent_at, outcome) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
                    .bind(reminder.0)
                    .bind(target)
                    .bind(at)
                    .bind(outcome.as_str())
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn finish(pool: &$pool, reminder: ReminderId, state: ReminderState, at: DateTime<Utc>) -> StoreResult<()> {
                sqlx::query("UPDATE reminders SET state = $2, finished_at = $3, lease_until = NULL WHERE id = $1")
                    .bind(reminder.0)
                    .bind(state.as_str())
                    .bind(at)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn retry(pool: &$pool, reminder: ReminderId, due_at: DateTime<Utc>) -> StoreResult<()> {
                sqlx::query("UPDATE reminders SET state = 'pending', due_at = $2, lease_until = NULL WHERE id = $1")
                    .bind(reminder.0)
                    .bind(due_at)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn next_due(pool: &$pool) -> StoreResult<Option<DateTime<Utc>>> {
                // Two index scans reading one row each; never a pass over all pending reminders.
                let pending: Option<DateTime<Utc>> =
                    sqlx::query_scalar("SELECT due_at FROM reminders WHERE state = 'pending' ORDER BY due_at LIMIT 1")
                        .fetch_optional(pool)
                        .await?;
                let lease: Option<DateTime<Utc>> = sqlx::query_scalar(
                    "SELECT lease_until FROM reminders WHERE state = 'sending' AND lease_until IS NOT NULL ORDER BY lease_until LIMIT 1",
                )
                .fetch_optional(pool)
                .await?;
                // A claim whose lease runs out is due again then.
                Ok([pending, lease].into_iter().flatten().min())
            }
        }
    };
}

pub(crate) use reminder_queries;
