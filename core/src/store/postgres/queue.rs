//! The due-queue: claiming due reminders in batches with FOR UPDATE SKIP LOCKED, so several
//! instances share the work, and LISTEN/NOTIFY wake-ups (recording deliveries, finishing and
//! retrying are in `portable`).

use crate::store::rows::{claimed_in_order, ClaimRow};
use crate::store::{ClaimedReminder, StoreResult};
use chrono::{DateTime, Duration, Utc};
use sqlx::PgPool;

pub async fn claim(
    pool: &PgPool,
    now: DateTime<Utc>,
    limit: i64,
    lease: Duration,
) -> StoreResult<Vec<ClaimedReminder>> {
    let rows: Vec<ClaimRow> = sqlx::query_as(
        "WITH due AS ( \
             SELECT id FROM reminders \
             WHERE state IN ('pending', 'sending') AND due_at <= $1 AND (state = 'pending' OR lease_until < $1) \
             ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED) \
         UPDATE reminders r SET state = 'sending', lease_until = $3, attempts = r.attempts + 1 \
         FROM due WHERE r.id = due.id \
         RETURNING r.id, r.event_id, r.occurrence, r.lead_minutes, r.user_id, r.due_at, r.attempts",
    )
    .bind(now)
    .bind(limit)
    .bind(now + lease)
    .fetch_all(pool)
    .await?;
    Ok(claimed_in_order(rows))
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
