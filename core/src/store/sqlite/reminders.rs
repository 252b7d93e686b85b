//! Reminder leads as SQLite stores them (JSON arrays of minutes), and claiming due reminders: one
//! statement on the single writing connection, so no two claims can take the same row.

use crate::domain::*;
use crate::store::rows::ClaimRow;
use crate::store::{StoreError, StoreResult};
use chrono::{DateTime, Duration, Utc};
use sqlx::{SqliteConnection, SqlitePool};

fn minutes_json(leads: &[Lead]) -> StoreResult<String> {
    super::events::list(&leads.iter().map(|l| l.minutes()).collect::<Vec<_>>())
}

pub async fn calendar_leads(conn: &mut SqliteConnection, calendar: CalendarId) -> StoreResult<Vec<Lead>> {
    let stored: Option<String> = sqlx::query_scalar("SELECT reminder_leads FROM calendars WHERE id = $1")
        .bind(calendar.0)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(stored) = stored else { return Ok(Vec::new()) };
    let minutes: Vec<i64> = serde_json::from_str(&stored)
        .map_err(|_| StoreError::Corrupt { what: "calendars.reminder_leads", value: stored.clone() })?;
    Ok(minutes.into_iter().filter_map(Lead::from_minutes).collect())
}

pub async fn set_calendar_leads(conn: &mut SqliteConnection, calendar: CalendarId, leads: &[Lead]) -> StoreResult<()> {
    sqlx::query("UPDATE calendars SET reminder_leads = $2 WHERE id = $1")
        .bind(calendar.0)
        .bind(minutes_json(leads)?)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_personal_leads(
    conn: &mut SqliteConnection,
    event: EventId,
    user: UserId,
    leads: &[Lead],
) -> StoreResult<()> {
    sqlx::query("DELETE FROM personal_leads WHERE event_id = $1 AND user_id = $2")
        .bind(event.0)
        .bind(user.0)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO personal_leads (event_id, user_id, lead_minutes) \
         SELECT $1, $2, value FROM json_each($3) WHERE true ON CONFLICT DO NOTHING",
    )
    .bind(event.0)
    .bind(user.0)
    .bind(minutes_json(leads)?)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Claims expired claims first (a crashed sender's), then pending reminders by due time, as the
/// Postgres backend does; each statement is atomic on the single writing connection.
pub async fn claim(pool: &SqlitePool, now: DateTime<Utc>, limit: i64, lease: Duration) -> StoreResult<Vec<ClaimRow>> {
    let mut rows =
        claim_where(pool, "state = 'sending' AND lease_until < $1 ORDER BY lease_until", now, limit, lease).await?;
    let left = limit - rows.len() as i64;
    if left > 0 {
        rows.extend(claim_where(pool, "state = 'pending' AND due_at <= $1 ORDER BY due_at", now, left, lease).await?);
    }
    Ok(rows)
}

async fn claim_where(
    pool: &SqlitePool,
    filter: &str,
    now: DateTime<Utc>,
    limit: i64,
    lease: Duration,
) -> StoreResult<Vec<ClaimRow>> {
    Ok(sqlx::query_as(&format!(
        "UPDATE reminders SET state = 'sending', lease_until = $3, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM reminders WHERE {filter} LIMIT $2) \
         RETURNING id, event_id, occurrence, lead_minutes, user_id, due_at, attempts"
    ))
    .bind(now)
    .bind(limit)
    .bind(now + lease)
    .fetch_all(pool)
    .await?)
}

/// Moves the lease of the given claims (those still being sent) to `until`.
pub async fn extend(pool: &SqlitePool, ids: &[i64], until: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query(
        "UPDATE reminders SET lease_until = $2 WHERE id IN (SELECT value FROM json_each($1)) AND state = 'sending'",
    )
    .bind(super::events::list(ids)?)
    .bind(until)
    .execute(pool)
    .await?;
    Ok(())
}

/// Ends every claim at once: called when the file is opened, when no other Convene can be using
/// it (the instance lock), so every claim found is a crashed sender's and its reminders need not
/// wait for the lease to run out.
pub async fn release_orphaned_claims(pool: &SqlitePool) -> StoreResult<u64> {
    let released = sqlx::query("UPDATE reminders SET lease_until = $1 WHERE state = 'sending'")
        .bind(DateTime::<Utc>::UNIX_EPOCH)
        .execute(pool)
        .await?;
    Ok(released.rows_affected())
}
