//! Fresh databases and bulk data for the benchmarks.

use chrono::{DateTime, Duration, Utc};
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::{PgStore, Store};
use sqlx::{Connection, PgConnection};

/// Drops and creates database `name` next to `base`; returns its URL.
pub async fn fresh_database(base: &str, name: &str) -> anyhow::Result<String> {
    let mut admin = PgConnection::connect(base).await?;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut admin).await?;
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await?;
    let (prefix, _) = base.rsplit_once('/').ok_or_else(|| anyhow::anyhow!("DATABASE_URL has no database name"))?;
    Ok(format!("{prefix}/{name}"))
}

/// The number after `name` on the command line, or `default`.
pub fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The CPU, for the record.
pub fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

/// What the lateness run needs to know.
pub struct World {
    /// When the first streamed reminder is due.
    pub first_due: DateTime<Utc>,
}

/// A chat, a user, one background event with `pending` reminders over 30 days, and one event per
/// streamed reminder (`rate` a second for `seconds`), titled with its due time in milliseconds.
pub async fn fill(url: &str, pending: u64, rate: u64, seconds: u64) -> anyhow::Result<World> {
    let store = PgStore::connect(url, 4).await?;
    store.migrate().await?;
    let now = Utc::now();
    let mut tx = store.begin(now).await?;
    let chat = tx
        .chat(&ChatIdentity { platform: Platform::Console, external_id: "bench".into(), title: "Bench".into() })
        .await?;
    let user = tx
        .user(&UserIdentity { platform: Platform::Console, external_id: "bench".into(), display_name: "Bench".into() })
        .await?;
    tx.commit().await?;
    let pool = store.pool();
    let event_sql =
        "INSERT INTO events (calendar_id, no, title, starts_at, ends_at, timezone, creator_id, created_at) \
         VALUES ($1, $2, $3, $4, $4 + interval '1 hour', 'UTC', $5, now()) RETURNING id";
    let background: i64 = sqlx::query_scalar(event_sql)
        .bind(chat.home_calendar.0)
        .bind(1)
        .bind("Background")
        .bind(now + Duration::days(31))
        .bind(user.id.0)
        .fetch_one(pool)
        .await?;
    sqlx::query(
        "INSERT INTO reminders (event_id, occurrence, lead_minutes, due_at, created_at) \
         SELECT $1, $2 + i * interval '2592 milliseconds' + interval '1 hour', 60, $2 + i * interval '2592 milliseconds', now() \
         FROM generate_series(1, $3) AS i",
    )
    .bind(background)
    .bind(now + Duration::minutes(10))
    .bind(pending as i64)
    .execute(pool)
    .await?;
    // The stream starts once the bulk data is in, leaving the scheduler time to start.
    let first_due = Utc::now() + Duration::seconds(15);
    let step = Duration::milliseconds(1000 / rate.max(1) as i64);
    for i in 0..(rate * seconds) as i32 {
        let due = first_due + step * i;
        let occurrence = due + Duration::hours(1);
        let id: i64 = sqlx::query_scalar(event_sql)
            .bind(chat.home_calendar.0)
            .bind(i + 2)
            .bind(format!("t{}", due.timestamp_millis()))
            .bind(occurrence)
            .bind(user.id.0)
            .fetch_one(pool)
            .await?;
        sqlx::query("INSERT INTO reminders (event_id, occurrence, lead_minutes, due_at, created_at) VALUES ($1, $2, 60, $3, now())")
            .bind(id)
            .bind(occurrence)
            .bind(due)
            .execute(pool)
            .await?;
    }
    sqlx::query("ANALYZE").execute(pool).await?;
    Ok(World { first_due })
}

/// A reminder due right now (not part of the stream): the first send after a start.
pub async fn probe(url: &str) -> anyhow::Result<()> {
    let store = PgStore::connect(url, 1).await?;
    let pool = store.pool();
    let now = Utc::now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO events (calendar_id, no, title, starts_at, ends_at, timezone, creator_id, created_at) \
         SELECT calendar_id, 999999, 'probe', $1, $1 + interval '1 hour', 'UTC', creator_id, now() FROM events LIMIT 1 RETURNING id",
    )
    .bind(now + Duration::hours(1))
    .fetch_one(pool)
    .await?;
    sqlx::query(
        "INSERT INTO reminders (event_id, occurrence, lead_minutes, due_at, created_at) VALUES ($1, $2, 60, $3, now())",
    )
    .bind(id)
    .bind(now + Duration::hours(1))
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}
