//! The due-queue: claiming due reminders in batches with FOR UPDATE SKIP LOCKED, recording each
//! delivery, and finishing or retrying.

use crate::domain::{EventId, UserId};
use crate::reminders::Lead;
use crate::store::{ClaimedReminder, ReminderId, ReminderState, StoreResult};
use chrono::{DateTime, Duration, Utc};
use sqlx::PgPool;

#[derive(sqlx::FromRow)]
pub struct ClaimRow {
    id: i64,
    event_id: i64,
    occurrence: DateTime<Utc>,
    lead_minutes: i32,
    user_id: Option<i64>,
    due_at: DateTime<Utc>,
    attempts: i32,
}

/// Claims expired claims first (a crashed sender's; rare), then pending reminders by due time.
pub async fn claim(pool: &PgPool, now: DateTime<Utc>, limit: i64, lease: Duration) -> StoreResult<Vec<ClaimRow>> {
    let mut rows =
        claim_where(pool, "state = 'sending' AND lease_until < $1 ORDER BY lease_until", now, limit, lease).await?;
    let left = limit - rows.len() as i64;
    if left > 0 {
        rows.extend(claim_where(pool, "state = 'pending' AND due_at <= $1 ORDER BY due_at", now, left, lease).await?);
    }
    Ok(rows)
}

async fn claim_where(
    pool: &PgPool,
    filter: &str,
    now: DateTime<Utc>,
    limit: i64,
    lease: Duration,
) -> StoreResult<Vec<ClaimRow>> {
    Ok(sqlx::query_as(&format!(
        "WITH due AS (SELECT id FROM reminders WHERE {filter} LIMIT $2 FOR UPDATE SKIP LOCKED) \
         UPDATE reminders r SET state = 'sending', lease_until = $3, attempts = r.attempts + 1 \
         FROM due WHERE r.id = due.id \
         RETURNING r.id, r.event_id, r.occurrence, r.lead_minutes, r.user_id, r.due_at, r.attempts"
    ))
    .bind(now)
    .bind(limit)
    .bind(now + lease)
    .fetch_all(pool)
    .await?)
}

/// Claimed rows as domain values, by due time.
pub fn claimed(rows: Vec<ClaimRow>) -> Vec<ClaimedReminder> {
    let mut claimed: Vec<ClaimedReminder> = rows
        .into_iter()
        .filter_map(|r| {
            Some(ClaimedReminder {
                id: ReminderId(r.id),
                event: EventId(r.event_id),
                occurrence: r.occurrence,
                lead: Lead::from_minutes(r.lead_minutes.max(1).into())?,
                user: r.user_id.map(UserId),
                due_at: r.due_at,
                attempts: r.attempts,
            })
        })
        .collect();
    claimed.sort_by_key(|c| (c.due_at, c.id.0));
    claimed
}

pub async fn next_due(pool: &PgPool) -> StoreResult<Option<DateTime<Utc>>> {
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

pub async fn delivered(pool: &PgPool, reminder: ReminderId) -> StoreResult<Vec<String>> {
    Ok(sqlx::query_scalar("SELECT target FROM deliveries WHERE reminder_id = $1")
        .bind(reminder.0)
        .fetch_all(pool)
        .await?)
}

pub async fn record_delivery(pool: &PgPool, reminder: ReminderId, target: &str, at: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query("INSERT INTO deliveries (reminder_id, target, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(reminder.0)
        .bind(target)
        .bind(at)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn finish(pool: &PgPool, reminder: ReminderId, state: ReminderState, at: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query("UPDATE reminders SET state = $2, finished_at = $3, lease_until = NULL WHERE id = $1")
        .bind(reminder.0)
        .bind(state.as_str())
        .bind(at)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn retry(pool: &PgPool, reminder: ReminderId, due_at: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query("UPDATE reminders SET state = 'pending', due_at = $2, lease_until = NULL WHERE id = $1")
        .bind(reminder.0)
        .bind(due_at)
        .execute(pool)
        .await?;
    Ok(())
}

/// Forwards NOTIFY convene_reminders to `wake`, reconnecting after errors.
pub fn forward_wakeups(pool: PgPool, wake: std::sync::Arc<tokio::sync::Notify>) {
    tokio::spawn(async move {
        loop {
            match sqlx::postgres::PgListener::connect_with(&pool).await {
                Ok(mut listener) => {
                    if let Err(error) = listener.listen("convene_reminders").await {
                        tracing::warn!(%error, "could not LISTEN for reminder changes");
                    } else {
                        while listener.recv().await.is_ok() {
                            wake.notify_one();
                        }
                    }
                }
                Err(error) => tracing::warn!(%error, "reminder listener could not connect"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(5)).await;
        }
    });
}
