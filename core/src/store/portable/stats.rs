//! Statistics queries: a handful of aggregate scans, run on demand by operators. The SQL is the
//! same for both backends but for how an event's topics are listed (`topics_sql`).

/// Defines `mod stats_queries` for one backend: `pool` is its pool type; `top_topics` selects
/// (topic, events) for events created between `$1` and `$2`, most frequent first, at most 10.
macro_rules! stats_queries {
    (pool: $pool:ty, top_topics: $top_topics:literal) => {
        /// Statistics in SQL both backends share.
        pub(super) mod stats_queries {

            use crate::stats::*;
            use crate::store::StoreResult;
            use chrono::{DateTime, Duration, Utc};
            use std::collections::BTreeMap;

            async fn by_platform(pool: &$pool, sql: &str) -> StoreResult<ByPlatform> {
                let rows: Vec<(String, i64)> = sqlx::query_as(sql).fetch_all(pool).await?;
                Ok(ByPlatform { total: rows.iter().map(|(_, n)| n).sum(), by_platform: rows.into_iter().collect() })
            }

            async fn counts(pool: &$pool, sql: &str, now: DateTime<Utc>) -> StoreResult<BTreeMap<String, i64>> {
                let rows: Vec<(String, i64)> = sqlx::query_as(sql).bind(now).fetch_all(pool).await?;
                Ok(rows.into_iter().collect())
            }

            pub async fn totals(pool: &$pool, now: DateTime<Utc>) -> StoreResult<Totals> {
                let users = by_platform(pool, "SELECT platform, count(*) FROM users GROUP BY platform").await?;
                let calendars = by_platform(pool, "SELECT platform, count(*) FROM chats GROUP BY platform").await?;
                let chat_rows: Vec<(String, i64, i64)> =
                    sqlx::query_as("SELECT platform, count(*), count(*) FILTER (WHERE active) FROM chats GROUP BY platform")
                        .fetch_all(pool)
                        .await?;
                let chats = Chats {
                    total: chat_rows.iter().map(|r| r.1).sum(),
                    active: chat_rows.iter().map(|r| r.2).sum(),
                    by_platform: chat_rows.into_iter().map(|(p, n, _)| (p, n)).collect(),
                };
                let events = counts(
                    pool,
                    "SELECT CASE WHEN status = 'cancelled' THEN 'cancelled' \
                     WHEN rrule IS NOT NULL OR ends_at > $1 THEN 'upcoming' ELSE 'past' END, count(*) FROM events GROUP BY 1",
                    now,
                )
                .await?;
                let rsvps = counts(pool, "SELECT state, count(*) FROM rsvps WHERE $1 IS NOT NULL GROUP BY state", now).await?;
                let polls = counts(
                    pool,
                    "SELECT CASE WHEN event_id IS NULL THEN 'open' ELSE 'closed' END, count(*) FROM polls WHERE $1 IS NOT NULL GROUP BY 1",
                    now,
                )
                .await?;
                let votes: i64 = sqlx::query_scalar("SELECT count(*) FROM votes").fetch_one(pool).await?;
                let reminders =
                    counts(pool, "SELECT state, count(*) FROM reminders WHERE $1 IS NOT NULL GROUP BY state", now).await?;
                let get = |map: &BTreeMap<String, i64>, key: &str| map.get(key).copied().unwrap_or(0);
                Ok(Totals {
                    users,
                    chats,
                    calendars,
                    events: Events {
                        upcoming: get(&events, "upcoming"),
                        past: get(&events, "past"),
                        cancelled: get(&events, "cancelled"),
                    },
                    rsvps: Rsvps {
                        going: get(&rsvps, "going"),
                        maybe: get(&rsvps, "maybe"),
                        declined: get(&rsvps, "declined"),
                        waitlisted: get(&rsvps, "waitlisted"),
                    },
                    polls: Polls { open: get(&polls, "open"), closed: get(&polls, "closed") },
                    votes,
                    reminders: Reminders {
                        pending: get(&reminders, "pending") + get(&reminders, "sending"),
                        sent: get(&reminders, "sent"),
                        late: get(&reminders, "late"),
                        missed: get(&reminders, "missed"),
                        failed: get(&reminders, "failed"),
                    },
                    emails: Emails {
                        sent: sqlx::query_scalar("SELECT count(*) FROM deliveries WHERE target LIKE 'email:%' AND outcome = 'sent'")
                            .fetch_one(pool)
                            .await?,
                        failed: sqlx::query_scalar("SELECT count(*) FROM deliveries WHERE target LIKE 'email:%' AND outcome <> 'sent'")
                            .fetch_one(pool)
                            .await?,
                    },
                })
            }

            async fn count_between(pool: &$pool, sql: &str, from: DateTime<Utc>, to: DateTime<Utc>) -> StoreResult<i64> {
                Ok(sqlx::query_scalar(sql).bind(from).bind(to).fetch_one(pool).await?)
            }

            async fn grouped_between(
                pool: &$pool,
                sql: &str,
                from: DateTime<Utc>,
                to: DateTime<Utc>,
            ) -> StoreResult<BTreeMap<String, i64>> {
                let rows: Vec<(String, i64)> = sqlx::query_as(sql).bind(from).bind(to).fetch_all(pool).await?;
                Ok(rows.into_iter().collect())
            }

            pub async fn window(pool: &$pool, now: DateTime<Utc>, length: Duration) -> StoreResult<Window> {
                let from = now - length;
                let between = "$1 AND at <= $2";
                let in_window =
                    |table: &str, column: &str| format!("SELECT count(*) FROM {table} WHERE {column} >= $1 AND {column} <= $2");
                let topics: Vec<(String, i64)> = sqlx::query_as($top_topics)
                .bind(from)
                .bind(now)
                .fetch_all(pool)
                .await?;
                let options: Vec<(String, i64, i32, i32, DateTime<Utc>, i64)> = sqlx::query_as(
                    "SELECT p.title, p.calendar_id, p.no, o.position, o.starts_at, count(*) FROM votes v \
                     JOIN poll_options o ON o.id = v.option_id JOIN polls p ON p.id = o.poll_id \
                     WHERE v.created_at >= $1 AND v.created_at <= $2 \
                     GROUP BY p.id, o.id ORDER BY count(*) DESC, p.id, o.position LIMIT 10",
                )
                .bind(from)
                .bind(now)
                .fetch_all(pool)
                .await?;
                Ok(Window {
                    from,
                    to: now,
                    seconds: length.num_seconds(),
                    events_created: count_between(pool, &in_window("events", "created_at"), from, now).await?,
                    rsvps: count_between(pool, &in_window("rsvps", "updated_at"), from, now).await?,
                    votes_cast: count_between(pool, &in_window("votes", "created_at"), from, now).await?,
                    reminders_sent: count_between(
                        pool,
                        "SELECT count(*) FROM reminders WHERE state IN ('sent', 'late') \
                         AND finished_at >= $1 AND finished_at <= $2",
                        from,
                        now,
                    )
                    .await?,
                    commands: grouped_between(
                        pool,
                        &format!("SELECT command, count(*) FROM command_log WHERE at >= {between} GROUP BY command"),
                        from,
                        now,
                    )
                    .await?,
                    outcomes: grouped_between(
                        pool,
                        &format!("SELECT outcome, count(*) FROM command_log WHERE at >= {between} GROUP BY outcome"),
                        from,
                        now,
                    )
                    .await?,
                    top_topics: topics.into_iter().map(|(topic, events)| TopicCount { topic, events }).collect(),
                    top_poll_options: options
                        .into_iter()
                        .map(|(poll, calendar, poll_no, option, starts_at, votes)| OptionCount {
                            poll,
                            calendar,
                            poll_no,
                            option,
                            starts_at,
                            votes,
                        })
                        .collect(),
                })
            }
        }
    };
}

pub(crate) use stats_queries;
