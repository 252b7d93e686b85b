//! The due-queue: claiming due reminders in batches with FOR UPDATE SKIP LOCKED, so several
//! instances share the work, and LISTEN/NOTIFY wake-ups (recording deliveries, finishing and
//! retrying are in `portable`).

use crate::store::rows::ClaimRow;
use crate::store::StoreResult;
use chrono::{DateTime, Duration, Utc};
use sqlx::PgPool;

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

/// Moves the lease of the given claims (those still being sent) to `until`.
pub async fn extend(pool: &PgPool, ids: &[i64], until: DateTime<Utc>) -> StoreResult<()> {
    sqlx::query("UPDATE reminders SET lease_until = $2 WHERE id = ANY($1) AND state = 'sending'")
        .bind(ids)
        .bind(until)
        .execute(pool)
        .await?;
    Ok(())
}

/// Forwards NOTIFY `channel` (`convene_reminders`, `convene_digests`) to `wake`, reconnecting
/// after errors.
pub fn forward_wakeups(pool: PgPool, channel: &'static str, wake: std::sync::Arc<tokio::sync::Notify>) {
    tokio::spawn(async move {
        loop {
            match sqlx::postgres::PgListener::connect_with(&pool).await {
                Ok(mut listener) => {
                    if let Err(error) = listener.listen(channel).await {
                        tracing::warn!(%error, channel, "could not LISTEN for changes");
                    } else {
                        while listener.recv().await.is_ok() {
                            wake.notify_one();
                        }
                    }
                }
                Err(error) => tracing::warn!(%error, channel, "change listener could not connect"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(5)).await;
        }
    });
}
