//! What operators need: the command log, blocking people, calendar feeds.

use super::rows::{EventRow, EVENT_COLUMNS};
use crate::domain::CalendarId;
use crate::store::{CalendarInfo, CommandRecord, Feed, StoreResult, UserRef};
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

pub async fn record_command(pool: &PgPool, entry: &CommandRecord) -> StoreResult<()> {
    sqlx::query("INSERT INTO command_log (at, platform, command, outcome) VALUES ($1, $2, $3, $4)")
        .bind(entry.at)
        .bind(entry.platform.as_str())
        .bind(&entry.command)
        .bind(entry.outcome)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn set_blocked(pool: &PgPool, who: &UserRef, blocked: bool, now: DateTime<Utc>) -> StoreResult<bool> {
    let sql = if blocked {
        // A person not seen yet is remembered (named by their id) so the block holds when they come.
        "INSERT INTO users (platform, external_id, display_name, blocked_at) VALUES ($1, $2, $2, $3) \
         ON CONFLICT (platform, external_id) DO UPDATE SET blocked_at = EXCLUDED.blocked_at \
         WHERE users.blocked_at IS NULL"
    } else {
        "UPDATE users SET blocked_at = NULL WHERE platform = $1 AND external_id = $2 AND blocked_at IS NOT NULL \
         AND $3::timestamptz IS NULL"
    };
    let done = sqlx::query(sql)
        .bind(who.platform.as_str())
        .bind(&who.external_id)
        .bind(blocked.then_some(now))
        .execute(pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn feed(pool: &PgPool, token: &str) -> StoreResult<Option<Feed>> {
    let calendar: Option<(i64, String)> =
        sqlx::query_as("SELECT id, name FROM calendars WHERE feed_token = $1").bind(token).fetch_optional(pool).await?;
    let Some((id, name)) = calendar else { return Ok(None) };
    let rows: Vec<EventRow> =
        sqlx::query_as(&format!("SELECT {EVENT_COLUMNS} FROM events WHERE calendar_id = $1 ORDER BY starts_at, no"))
            .bind(id)
            .fetch_all(pool)
            .await?;
    let events = rows.into_iter().map(EventRow::into_event).collect::<StoreResult<_>>()?;
    Ok(Some(Feed { calendar: CalendarInfo { id: CalendarId(id), name }, events }))
}

pub async fn feed_token(conn: &mut PgConnection, calendar: CalendarId) -> StoreResult<Option<String>> {
    let token: Option<Option<String>> = sqlx::query_scalar("SELECT feed_token FROM calendars WHERE id = $1")
        .bind(calendar.0)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(token.flatten())
}

pub async fn set_feed_token(conn: &mut PgConnection, calendar: CalendarId, token: &str) -> StoreResult<()> {
    sqlx::query("UPDATE calendars SET feed_token = $2 WHERE id = $1")
        .bind(calendar.0)
        .bind(token)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
