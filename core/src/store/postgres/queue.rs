//! The due-queue: claiming due reminders in batches with FOR UPDATE SKIP LOCKED, so several
//! instances share the work, and LISTEN/NOTIFY wake-ups (recording deliveries, finishing and
//! retrying are in `portable`).

use crate::store::rows::ClaimRow;
use crate::store::StoreResult;
use chrono::{DateTime, Duration, Utc};
use sqlx::PgPool;

/// Claims expired claims first (a crashed sender's; rare), then pending reminders by due time,
/// in one statement (one round trip): two index scans, each `SKIP LOCKED`, the expired first.
pub async fn claim(pool: &PgPool, now: DateTime<Utc>, limit: i64, lease: Duration) -> StoreResult<Vec<ClaimRow>> {
    Ok(sqlx::query_as(
        "WITH expired AS ( \
             SELECT id, 0 AS rank FROM reminders WHERE state = 'sending' AND lease_until < $1 \
             ORDER BY lease_until LIMIT $2 FOR UPDATE SKIP LOCKED), \
         due AS ( \
             SELECT id, 1 AS rank FROM reminders WHERE state = 'pending' AND due_at <= $1 \
             ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED), \
         picked AS ( \
             SELECT id FROM (SELECT * FROM expired UNION ALL SELECT * FROM due) AS both_kinds \
             ORDER BY rank LIMIT $2) \
         UPDATE reminders r SET state = 'sending', lease_until = $3, attempts = r.attempts + 1 \
         FROM picked WHERE r.id = picked.id \
         RETURNING r.id, r.event_id, r.occurrence, r.lead_minutes, r.user_id, r.due_at, r.attempts",
    )
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
