//! The trial's database read afterwards, on either backend: what happened to the reminders, and
//! the invariants every command must keep whole. On SQLite the file is opened read-only (beside a
//! running `serve`, as `convene stats` does).

use chrono::{DateTime, Utc};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{PgPool, SqlitePool};
use std::time::{Duration, Instant};

/// A connection pool on the trial's database.
pub enum Db {
    Postgres(PgPool),
    Sqlite(SqlitePool),
}

impl Db {
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        match url.strip_prefix("sqlite://") {
            Some(path) => {
                let options = SqliteConnectOptions::new().filename(path).read_only(true);
                Ok(Self::Sqlite(SqlitePool::connect_with(options).await?))
            }
            None => Ok(Self::Postgres(PgPool::connect(url).await?)),
        }
    }

    /// The one number `sql` selects.
    pub async fn count(&self, sql: &str) -> anyhow::Result<i64> {
        Ok(match self {
            Self::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await?,
            Self::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await?,
        })
    }

    /// Reminders by state.
    pub async fn reminder_states(&self) -> anyhow::Result<Vec<(String, i64)>> {
        let sql = "SELECT state, count(*) FROM reminders GROUP BY state ORDER BY state";
        Ok(match self {
            Self::Postgres(pool) => sqlx::query_as(sql).fetch_all(pool).await?,
            Self::Sqlite(pool) => sqlx::query_as(sql).fetch_all(pool).await?,
        })
    }

    /// Reminders due by `by` and not finished yet (pending, or being sent).
    pub async fn unfinished_reminders(&self, by: DateTime<Utc>) -> anyhow::Result<i64> {
        let sql = "SELECT count(*) FROM reminders WHERE state IN ('pending', 'sending') AND due_at <= $1";
        Ok(match self {
            Self::Postgres(pool) => sqlx::query_scalar(sql).bind(by).fetch_one(pool).await?,
            Self::Sqlite(pool) => sqlx::query_scalar(sql).bind(by).fetch_one(pool).await?,
        })
    }

    /// Each message delivered for a reminder: its target (`chat:telegram:-100`, `email:...`) and
    /// its lateness in seconds (sent minus due).
    pub async fn delivery_lateness(&self) -> anyhow::Result<Vec<(String, f64)>> {
        let sql = "SELECT d.target, r.due_at, d.sent_at FROM reminders r JOIN deliveries d ON d.reminder_id = r.id \
                   WHERE d.outcome = 'sent'";
        let rows: Vec<(String, DateTime<Utc>, DateTime<Utc>)> = match self {
            Self::Postgres(pool) => sqlx::query_as(sql).fetch_all(pool).await?,
            Self::Sqlite(pool) => sqlx::query_as(sql).fetch_all(pool).await?,
        };
        Ok(rows
            .into_iter()
            .map(|(target, due, sent)| (target, (sent - due).num_milliseconds() as f64 / 1000.0))
            .collect())
    }

    /// Waits until every reminder due within the hour (those put back to be tried again
    /// included) is finished, at most `limit`; returns how long it took.
    pub async fn wait_reminders_finished(&self, limit: Duration) -> anyhow::Result<Duration> {
        let started = Instant::now();
        while self.unfinished_reminders(Utc::now() + chrono::Duration::hours(1)).await? > 0 && started.elapsed() < limit
        {
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        Ok(started.elapsed())
    }

    /// The invariants every command keeps: events above capacity, waitlists left behind while
    /// places are free, pending reminders of events no longer scheduled.
    pub async fn broken_invariants(&self) -> anyhow::Result<(i64, i64, i64)> {
        let overbooked = self
            .count(
                "SELECT count(*) FROM (SELECT e.id FROM events e JOIN rsvps r ON r.event_id = e.id AND r.state = 'going' \
                 WHERE e.capacity IS NOT NULL GROUP BY e.id, e.capacity, r.occurrence HAVING count(*) > e.capacity) x",
            )
            .await?;
        let stuck_waitlist = self
            .count(
                "SELECT count(*) FROM events e WHERE e.capacity IS NOT NULL \
                 AND EXISTS (SELECT 1 FROM rsvps w WHERE w.event_id = e.id AND w.state = 'waitlisted') \
                 AND (SELECT count(*) FROM rsvps g WHERE g.event_id = e.id AND g.state = 'going') < e.capacity",
            )
            .await?;
        let orphans = self
            .count(
                "SELECT count(*) FROM reminders r JOIN events e ON e.id = r.event_id \
                 WHERE r.state = 'pending' AND e.status <> 'scheduled'",
            )
            .await?;
        Ok((overbooked, stuck_waitlist, orphans))
    }

    /// The due times of pending reminders, earliest first.
    pub async fn due_times(&self) -> anyhow::Result<Vec<DateTime<Utc>>> {
        let sql = "SELECT due_at FROM reminders WHERE state = 'pending' ORDER BY due_at";
        Ok(match self {
            Self::Postgres(pool) => sqlx::query_scalar(sql).fetch_all(pool).await?,
            Self::Sqlite(pool) => sqlx::query_scalar(sql).fetch_all(pool).await?,
        })
    }

    /// Every event's title, in the order the events were made.
    pub async fn event_titles(&self) -> anyhow::Result<Vec<String>> {
        let sql = "SELECT title FROM events ORDER BY id";
        Ok(match self {
            Self::Postgres(pool) => sqlx::query_scalar(sql).fetch_all(pool).await?,
            Self::Sqlite(pool) => sqlx::query_scalar(sql).fetch_all(pool).await?,
        })
    }
}
