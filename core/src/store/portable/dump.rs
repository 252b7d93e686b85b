//! Reading and writing a whole [`Dump`](crate::store::dump::Dump): the same SQL on both backends
//! but for list columns, which each backend encodes with its `list` function.

/// Defines `mod dump_queries` for one backend: `connection` is its connection type, `list` turns
/// a slice into the value bound for a list column (`Result<_, StoreError>`).
macro_rules! dump_queries {
    (connection: $conn:ty, list: $list:path) => {
        /// Whole-database reads and writes in SQL both backends share.
        pub(super) mod dump_queries {
            use crate::store::dump::*;
            use crate::store::{StoreError, StoreResult};

            async fn rows<T>(conn: &mut $conn, sql: &str) -> StoreResult<Vec<T>>
            where
                T: for<'r> sqlx::FromRow<'r, <<$conn as sqlx::Connection>::Database as sqlx::Database>::Row>
                    + Send
                    + Unpin,
            {
                Ok(sqlx::query_as(sql).fetch_all(&mut *conn).await?)
            }

            /// Every row of every table, read in the caller's transaction.
            pub async fn read(conn: &mut $conn) -> StoreResult<Dump> {
                Ok(Dump {
                    format: DUMP_FORMAT,
                    calendars: rows(conn, "SELECT id, name, share_code, next_event_no, next_poll_no, created_at, feed_token, reminder_leads FROM calendars ORDER BY id").await?,
                    users: rows(conn, "SELECT id, platform, external_id, display_name, timezone, email, created_at, blocked_at, email_verified_at, language FROM users ORDER BY id").await?,
                    chats: rows(conn, "SELECT id, platform, external_id, title, home_calendar_id, timezone, create_policy, active, created_at, digest, digest_sent_at, language FROM chats ORDER BY id").await?,
                    subscriptions: rows(conn, "SELECT chat_id, calendar_id, created_at FROM subscriptions ORDER BY chat_id, calendar_id").await?,
                    events: rows(conn, "SELECT id, calendar_id, no, title, description, location, topics, starts_at, ends_at, timezone, rrule, capacity, creator_id, status, version, created_at, updated_at, skipped FROM events ORDER BY id").await?,
                    rsvps: rows(conn, "SELECT event_id, occurrence, user_id, state, answer_order, updated_at FROM rsvps ORDER BY event_id, occurrence, user_id").await?,
                    polls: rows(conn, "SELECT id, calendar_id, no, title, timezone, creator_id, event_id, closed_at, created_at FROM polls ORDER BY id").await?,
                    poll_options: rows(conn, "SELECT id, poll_id, position, starts_at, ends_at FROM poll_options ORDER BY id").await?,
                    votes: rows(conn, "SELECT option_id, user_id, created_at FROM votes ORDER BY option_id, user_id").await?,
                    personal_leads: rows(conn, "SELECT event_id, user_id, lead_minutes FROM personal_leads ORDER BY event_id, user_id, lead_minutes").await?,
                    reminders: rows(conn, "SELECT id, event_id, occurrence, lead_minutes, user_id, due_at, state, lease_until, attempts, finished_at, created_at FROM reminders ORDER BY id").await?,
                    deliveries: rows(conn, "SELECT reminder_id, target, sent_at, outcome FROM deliveries ORDER BY reminder_id, target").await?,
                    email_codes: rows(conn, "SELECT user_id, email, code, expires_at, attempts FROM email_codes ORDER BY user_id").await?,
                    command_log: rows(conn, "SELECT id, at, platform, command, outcome FROM command_log ORDER BY id").await?,
                })
            }

            /// Refuses a database that already holds anything people made.
            pub async fn ensure_empty(conn: &mut $conn) -> StoreResult<()> {
                let used: i64 = sqlx::query_scalar(
                    "SELECT (SELECT count(*) FROM calendars) + (SELECT count(*) FROM users) \
                     + (SELECT count(*) FROM command_log)",
                )
                .fetch_one(&mut *conn)
                .await?;
                if used > 0 {
                    return Err(StoreError::NotEmpty);
                }
                Ok(())
            }

            /// Writes every row of `dump`, keys kept, in the caller's transaction.
            pub async fn write(conn: &mut $conn, dump: &Dump) -> StoreResult<()> {
                if dump.format != DUMP_FORMAT {
                    return Err(StoreError::DumpFormat { found: dump.format, expected: DUMP_FORMAT });
                }
                write_chats(conn, dump).await?;
                write_events(conn, dump).await?;
                write_polls(conn, dump).await?;
                write_reminders(conn, dump).await
            }

            /// Calendars, people, chats and subscriptions.
            async fn write_chats(conn: &mut $conn, dump: &Dump) -> StoreResult<()> {
                for row in &dump.calendars {
                    sqlx::query("INSERT INTO calendars (id, name, share_code, next_event_no, next_poll_no, created_at, feed_token, reminder_leads) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                        .bind(&row.id).bind(&row.name).bind(&row.share_code).bind(&row.next_event_no).bind(&row.next_poll_no).bind(&row.created_at).bind(&row.feed_token).bind($list(&row.reminder_leads)?)
                        .execute(&mut *conn)
                        .await?;
                }
                for row in &dump.users {
                    sqlx::query("INSERT INTO users (id, platform, external_id, display_name, timezone, email, created_at, blocked_at, email_verified_at, language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
                        .bind(&row.id).bind(&row.platform).bind(&row.external_id).bind(&row.display_name).bind(&row.timezone).bind(&row.email).bind(&row.created_at).bind(&row.blocked_at).bind(&row.email_verified_at).bind(&row.language)
                        .execute(&mut *conn)
                        .await?;
                }
                for row in &dump.chats {
                    sqlx::query("INSERT INTO chats (id, platform, external_id, title, home_calendar_id, timezone, create_policy, active, created_at, digest, digest_sent_at, language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
                        .bind(&row.id).bind(&row.platform).bind(&row.external_id).bind(&row.title).bind(&row.home_calendar_id).bind(&row.timezone).bind(&row.create_policy).bind(&row.active).bind(&row.created_at).bind(&row.digest).bind(&row.digest_sent_at).bind(&row.language)
                        .execute(&mut *conn)
                        .await?;
                }
                for row in &dump.subscriptions {
                    sqlx::query("INSERT INTO subscriptions (chat_id, calendar_id, created_at) VALUES ($1, $2, $3)")
                        .bind(&row.chat_id).bind(&row.calendar_id).bind(&row.created_at)
                        .execute(&mut *conn)
                        .await?;
                }
                Ok(())
            }

            /// Events and answers.
            async fn write_events(conn: &mut $conn, dump: &Dump) -> StoreResult<()> {
                for row in &dump.events {
                    sqlx::query("INSERT INTO events (id, calendar_id, no, title, description, location, topics, starts_at, ends_at, timezone, rrule, capacity, creator_id, status, version, created_at, updated_at, skipped) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)")
                        .bind(&row.id).bind(&row.calendar_id).bind(&row.no).bind(&row.title).bind(&row.description).bind(&row.location).bind($list(&row.topics)?).bind(&row.starts_at).bind(&row.ends_at).bind(&row.timezone).bind(&row.rrule).bind(&row.capacity).bind(&row.creator_id).bind(&row.status).bind(&row.version).bind(&row.created_at).bind(&row.updated_at).bind($list(&row.skipped)?)
                        .execute(&mut *conn)
                        .await?;
                }
                for row in &dump.rsvps {
                    sqlx::query("INSERT INTO rsvps (event_id, occurrence, user_id, state, answer_order, updated_at) VALUES ($1, $2, $3, $4, $5, $6)")
                        .bind(&row.event_id).bind(&row.occurrence).bind(&row.user_id).bind(&row.state).bind(&row.answer_order).bind(&row.updated_at)
                        .execute(&mut *conn)
                        .await?;
                }
                Ok(())
            }

            /// Polls, options and votes.
            async fn write_polls(conn: &mut $conn, dump: &Dump) -> StoreResult<()> {
                for row in &dump.polls {
                    sqlx::query("INSERT INTO polls (id, calendar_id, no, title, timezone, creator_id, event_id, closed_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
                        .bind(&row.id).bind(&row.calendar_id).bind(&row.no).bind(&row.title).bind(&row.timezone).bind(&row.creator_id).bind(&row.event_id).bind(&row.closed_at).bind(&row.created_at)
                        .execute(&mut *conn)
                        .await?;
                }
                for row in &dump.poll_options {
                    sqlx::query("INSERT INTO poll_options (id, poll_id, position, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5)")
                        .bind(&row.id).bind(&row.poll_id).bind(&row.position).bind(&row.starts_at).bind(&row.ends_at)
                        .execute(&mut *conn)
                        .await?;
                }
                for row in &dump.votes {
                    sqlx::query("INSERT INTO votes (option_id, user_id, created_at) VALUES ($1, $2, $3)")
                        .bind(&row.option_id).bind(&row.user_id).bind(&row.created_at)
                        .execute(&mut *conn)
                        .await?;
                }
                Ok(())
            }

            /// Reminders, deliveries, email codes and the command log.
            async fn write_reminders(conn: &mut $conn, dump: &Dump) -> StoreResult<()> {
                for row in &dump.personal_leads {
                    sqlx::query("INSERT INTO personal_leads (event_id, user_id, lead_minutes) VALUES ($1, $2, $3)")
                        .bind(&row.event_id).bind(&row.user_id).bind(&row.lead_minutes)
                        .execute(&mut *conn)
                        .await?;
                }
                for row in &dump.reminders {
                    sqlx::query("INSERT INTO reminders (id, event_id, occurrence, lead_minutes, user_id, due_at, state, lease_until, attempts, finished_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)")
                        .bind(&row.id).bind(&row.event_id).bind(&row.occurrence).bind(&row.lead_minutes).bind(&row.user_id).bind(&row.due_at).bind(&row.state).bind(&row.lease_until).bind(&row.attempts).bind(&row.finished_at).bind(&row.created_at)
                        .execute(&mut *conn)
                        .await?;
                }
                for row in &dump.deliveries {
                    sqlx::query("INSERT INTO deliveries (reminder_id, target, sent_at, outcome) VALUES ($1, $2, $3, $4)")
                        .bind(&row.reminder_id).bind(&row.target).bind(&row.sent_at).bind(&row.outcome)
                        .execute(&mut *conn)
                        .await?;
                }
                for row in &dump.email_codes {
                    sqlx::query("INSERT INTO email_codes (user_id, email, code, expires_at, attempts) VALUES ($1, $2, $3, $4, $5)")
                        .bind(&row.user_id).bind(&row.email).bind(&row.code).bind(&row.expires_at).bind(&row.attempts)
                        .execute(&mut *conn)
                        .await?;
                }
                for row in &dump.command_log {
                    sqlx::query("INSERT INTO command_log (id, at, platform, command, outcome) VALUES ($1, $2, $3, $4, $5)")
                        .bind(&row.id).bind(&row.at).bind(&row.platform).bind(&row.command).bind(&row.outcome)
                        .execute(&mut *conn)
                        .await?;
                }
                Ok(())
            }
        }
    };
}

pub(crate) use dump_queries;
