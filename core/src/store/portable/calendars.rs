//! Chats, people, calendars, subscriptions, feeds and the command log: the queries whose SQL both
//! backends understand alike, written once and instantiated for each backend's connection type.

/// Defines `mod calendar_queries` for one backend: `connection` is its connection type, `pool`
/// its pool type.
macro_rules! calendar_queries {
    (connection: $conn:ty, pool: $pool:ty) => {
        /// Chat, calendar and feed queries in SQL both backends share.
        pub(super) mod calendar_queries {
            use crate::domain::*;
            use crate::store::rows::{ChatRow, EventRow, CHAT_COLUMNS, EVENT_COLUMNS};
            use crate::store::{CalendarInfo, CommandRecord, Feed, StoreResult};
            use chrono::{DateTime, Utc};
            use chrono_tz::Tz;

            pub async fn set_chat_zone(conn: &mut $conn, chat: ChatId, zone: Option<Tz>) -> StoreResult<()> {
                sqlx::query("UPDATE chats SET timezone = $2 WHERE id = $1")
                    .bind(chat.0)
                    .bind(zone.map(|z| z.name()))
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            }

            pub async fn set_create_policy(conn: &mut $conn, chat: ChatId, policy: CreatePolicy) -> StoreResult<()> {
                sqlx::query("UPDATE chats SET create_policy = $2 WHERE id = $1")
                    .bind(chat.0)
                    .bind(policy.as_str())
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            }

            pub async fn mirrors_events(conn: &mut $conn, chat: ChatId) -> StoreResult<bool> {
                let found: Option<i64> = sqlx::query_scalar("SELECT chat_id FROM native_event_mirrors WHERE chat_id = $1")
                    .bind(chat.0)
                    .fetch_optional(&mut *conn)
                    .await?;
                Ok(found.is_some())
            }

            pub async fn set_mirrors_events(
                conn: &mut $conn,
                chat: ChatId,
                on: bool,
                now: chrono::DateTime<chrono::Utc>,
            ) -> StoreResult<()> {
                let query = match on {
                    true => sqlx::query(
                        "INSERT INTO native_event_mirrors (chat_id, since) VALUES ($1, $2) ON CONFLICT (chat_id) DO NOTHING",
                    )
                    .bind(chat.0)
                    .bind(now),
                    false => sqlx::query("DELETE FROM native_event_mirrors WHERE chat_id = $1").bind(chat.0),
                };
                query.execute(&mut *conn).await?;
                Ok(())
            }

            pub async fn set_user_zone(conn: &mut $conn, user: UserId, zone: Option<Tz>) -> StoreResult<()> {
                sqlx::query("UPDATE users SET timezone = $2 WHERE id = $1")
                    .bind(user.0)
                    .bind(zone.map(|z| z.name()))
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            }

            pub async fn set_chat_language(conn: &mut $conn, chat: ChatId, language: Option<Language>) -> StoreResult<()> {
                sqlx::query("UPDATE chats SET language = $2 WHERE id = $1")
                    .bind(chat.0)
                    .bind(language.map(Language::code))
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            }

            pub async fn set_user_language(conn: &mut $conn, user: UserId, language: Option<Language>) -> StoreResult<()> {
                sqlx::query("UPDATE users SET language = $2 WHERE id = $1")
                    .bind(user.0)
                    .bind(language.map(Language::code))
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            }

            pub async fn calendar(conn: &mut $conn, id: CalendarId) -> StoreResult<Option<CalendarInfo>> {
                let row: Option<(i64, String)> = sqlx::query_as("SELECT id, name FROM calendars WHERE id = $1")
                    .bind(id.0)
                    .fetch_optional(&mut *conn)
                    .await?;
                Ok(row.map(|(id, name)| CalendarInfo { id: CalendarId(id), name }))
            }

            pub async fn share_code(conn: &mut $conn, calendar: CalendarId) -> StoreResult<Option<ShareCode>> {
                let code: Option<Option<String>> = sqlx::query_scalar("SELECT share_code FROM calendars WHERE id = $1")
                    .bind(calendar.0)
                    .fetch_optional(&mut *conn)
                    .await?;
                Ok(code.flatten().as_deref().and_then(ShareCode::parse))
            }

            pub async fn set_share_code(conn: &mut $conn, calendar: CalendarId, code: &ShareCode) -> StoreResult<()> {
                sqlx::query("UPDATE calendars SET share_code = $2 WHERE id = $1")
                    .bind(calendar.0)
                    .bind(code.as_str())
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            }

            pub async fn calendar_by_code(conn: &mut $conn, code: &ShareCode) -> StoreResult<Option<CalendarInfo>> {
                let row: Option<(i64, String)> = sqlx::query_as("SELECT id, name FROM calendars WHERE share_code = $1")
                    .bind(code.as_str())
                    .fetch_optional(&mut *conn)
                    .await?;
                Ok(row.map(|(id, name)| CalendarInfo { id: CalendarId(id), name }))
            }

            pub async fn unsubscribe(conn: &mut $conn, chat: ChatId, calendar: CalendarId) -> StoreResult<bool> {
                let done = sqlx::query("DELETE FROM subscriptions WHERE chat_id = $1 AND calendar_id = $2")
                    .bind(chat.0)
                    .bind(calendar.0)
                    .execute(&mut *conn)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            pub async fn subscriptions(conn: &mut $conn, chat: ChatId) -> StoreResult<Vec<CalendarInfo>> {
                let rows: Vec<(i64, String)> = sqlx::query_as(
                    "SELECT c.id, c.name FROM subscriptions s JOIN calendars c ON c.id = s.calendar_id \
                     WHERE s.chat_id = $1 ORDER BY s.created_at, c.id",
                )
                .bind(chat.0)
                .fetch_all(&mut *conn)
                .await?;
                Ok(rows.into_iter().map(|(id, name)| CalendarInfo { id: CalendarId(id), name }).collect())
            }

            pub async fn subscribers(conn: &mut $conn, calendar: CalendarId) -> StoreResult<Vec<Chat>> {
                let columns = CHAT_COLUMNS.split(", ").map(|c| format!("c.{c}")).collect::<Vec<_>>().join(", ");
                let rows: Vec<ChatRow> = sqlx::query_as(&format!(
                    "SELECT {columns} FROM subscriptions s JOIN chats c ON c.id = s.chat_id \
                     WHERE s.calendar_id = $1 AND c.active ORDER BY s.created_at, c.id"
                ))
                .bind(calendar.0)
                .fetch_all(&mut *conn)
                .await?;
                rows.into_iter().map(ChatRow::into_chat).collect()
            }

            pub async fn feed_token(conn: &mut $conn, calendar: CalendarId) -> StoreResult<Option<String>> {
                let token: Option<Option<String>> =
                    sqlx::query_scalar("SELECT feed_token FROM calendars WHERE id = $1")
                        .bind(calendar.0)
                        .fetch_optional(&mut *conn)
                        .await?;
                Ok(token.flatten())
            }

            pub async fn set_feed_token(conn: &mut $conn, calendar: CalendarId, token: &str) -> StoreResult<()> {
                sqlx::query("UPDATE calendars SET feed_token = $2 WHERE id = $1")
                    .bind(calendar.0)
                    .bind(token)
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            }

            pub async fn known_chat(conn: &mut $conn, platform: Platform, external_id: &str) -> StoreResult<Option<Chat>> {
                let row: Option<ChatRow> = sqlx::query_as(&format!(
                    "SELECT {CHAT_COLUMNS} FROM chats WHERE platform = $1 AND external_id = $2"
                ))
                .bind(platform.as_str())
                .bind(external_id)
                .fetch_optional(&mut *conn)
                .await?;
                row.map(ChatRow::into_chat).transpose()
            }

            pub async fn set_digest(
                conn: &mut $conn,
                chat: ChatId,
                digest: Option<&crate::domain::DigestSchedule>,
                slot: Option<DateTime<Utc>>,
            ) -> StoreResult<()> {
                sqlx::query("UPDATE chats SET digest = $2 WHERE id = $1")
                    .bind(chat.0)
                    .bind(digest.map(|d| d.to_string()))
                    .execute(&mut *conn)
                    .await?;
                let Some(slot) = slot.filter(|_| digest.is_some()) else {
                    sqlx::query("DELETE FROM digest_queue WHERE chat_id = $1").bind(chat.0).execute(&mut *conn).await?;
                    return Ok(());
                };
                // A new slot starts afresh; the same slot is left alone, so a digest being sent
                // now is not sent twice.
                sqlx::query(
                    "INSERT INTO digest_queue (chat_id, slot_at, due_at) VALUES ($1, $2, $2) \
                     ON CONFLICT (chat_id) DO UPDATE SET slot_at = excluded.slot_at, due_at = excluded.due_at, \
                     state = 'pending', lease_until = NULL, attempts = 0 \
                     WHERE digest_queue.slot_at <> excluded.slot_at",
                )
                .bind(chat.0)
                .bind(slot)
                .execute(&mut *conn)
                .await?;
                Ok(())
            }

            pub async fn record_command(conn: &mut $conn, entry: &CommandRecord) -> StoreResult<()> {
                record_commands(conn, std::slice::from_ref(entry)).await
            }

            /// Many command log rows at once (a backlog kept while the database was away).
            pub async fn record_commands(conn: &mut $conn, entries: &[CommandRecord]) -> StoreResult<()> {
                for chunk in entries.chunks(1000) {
                    let mut insert =
                        sqlx::QueryBuilder::new("INSERT INTO command_log (at, platform, command, outcome) ");
                    insert.push_values(chunk, |mut row, entry| {
                        row.push_bind(entry.at)
                            .push_bind(entry.platform.as_str())
                            .push_bind(entry.command.as_str())
                            .push_bind(entry.outcome);
                    });
                    insert.build().execute(&mut *conn).await?;
                }
                Ok(())
            }

            pub async fn feed(pool: &$pool, token: &str) -> StoreResult<Option<Feed>> {
                let calendar: Option<(i64, String)> =
                    sqlx::query_as("SELECT id, name FROM calendars WHERE feed_token = $1")
                        .bind(token)
                        .fetch_optional(pool)
                        .await?;
                let Some((id, name)) = calendar else { return Ok(None) };
                let rows: Vec<EventRow> = sqlx::query_as(&format!(
                    "SELECT {EVENT_COLUMNS} FROM events WHERE calendar_id = $1 ORDER BY starts_at, no"
                ))
                .bind(id)
                .fetch_all(pool)
                .await?;
                let events = rows.into_iter().map(EventRow::into_event).collect::<StoreResult<_>>()?;
                Ok(Some(Feed { calendar: CalendarInfo { id: CalendarId(id), name }, events }))
            }

            /// Marks a chat inactive (the bot was removed from it).
            pub async fn deactivate_chat(conn: &mut $conn, who: &ChatIdentity) -> StoreResult<bool> {
                let done =
                    sqlx::query("UPDATE chats SET active = FALSE WHERE platform = $1 AND external_id = $2 AND active")
                        .bind(who.platform.as_str())
                        .bind(&who.external_id)
                        .execute(&mut *conn)
                        .await?;
                Ok(done.rows_affected() == 1)
            }

            /// Gives a chat a new platform id (a Telegram group became a supergroup).
            pub async fn move_chat(conn: &mut $conn, from: &ChatIdentity, to_external_id: &str) -> StoreResult<bool> {
                let done = sqlx::query(
                    "UPDATE chats SET external_id = $3 WHERE platform = $1 AND external_id = $2 \
                     AND NOT EXISTS (SELECT 1 FROM chats WHERE platform = $1 AND external_id = $3)",
                )
                .bind(from.platform.as_str())
                .bind(&from.external_id)
                .bind(to_external_id)
                .execute(&mut *conn)
                .await?;
                Ok(done.rows_affected() == 1)
            }
        }
    };
}

pub(crate) use calendar_queries;
