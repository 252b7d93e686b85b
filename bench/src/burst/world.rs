//! The burst's data: many Telegram group chats, each with one event and one chat reminder, all
//! due at the same instant.

use chrono::{DateTime, Duration, Utc};
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::{PgStore, Store};

/// Creates `chats` Telegram groups (through the store, as the bot would) and, in bulk, one event
/// per chat with a reminder due a few seconds from now; returns that due time.
pub async fn fill(store: &PgStore, chats: u64) -> anyhow::Result<DateTime<Utc>> {
    let mut tx = store.begin(Utc::now()).await?;
    let organizer = tx
        .user(&UserIdentity { platform: Platform::Telegram, external_id: "1".into(), display_name: "Organizer".into() })
        .await?;
    for i in 0..chats {
        let external_id = (-1_000_000_000_000 - i as i64).to_string();
        tx.chat(&ChatIdentity { platform: Platform::Telegram, external_id, title: format!("Group {i}") }).await?;
    }
    tx.commit().await?;
    let pool = store.pool();
    let starts = Utc::now() + Duration::hours(2);
    sqlx::query(
        "INSERT INTO events (calendar_id, no, title, starts_at, ends_at, timezone, creator_id, created_at) \
         SELECT home_calendar_id, 1, 'Board games', $1, $1 + interval '2 hours', 'UTC', $2, now() FROM chats",
    )
    .bind(starts)
    .bind(organizer.id.0)
    .execute(pool)
    .await?;
    sqlx::query("UPDATE calendars SET next_event_no = 2").execute(pool).await?;
    // Everything is in before the instant, leaving the scheduler time to start.
    let due = Utc::now() + Duration::seconds(10);
    sqlx::query(
        "INSERT INTO reminders (event_id, occurrence, lead_minutes, due_at, created_at) \
         SELECT id, starts_at, $2, $1, now() FROM events",
    )
    .bind(due)
    .bind((starts - due).num_minutes() as i32)
    .execute(pool)
    .await?;
    sqlx::query("ANALYZE").execute(pool).await?;
    Ok(due)
}

/// How many reminders ended in each state, e.g. `[("sent", 30), ("late", 9970)]`.
pub async fn states(url: &str) -> anyhow::Result<Vec<(String, i64)>> {
    let store = PgStore::connect(url, 1).await?;
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT state, count(*) FROM reminders GROUP BY state ORDER BY state")
            .fetch_all(store.pool())
            .await?;
    Ok(rows)
}
