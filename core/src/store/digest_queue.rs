//! The digest queue: each chat's next digest is a row (`digest_queue`), due at a time computed in
//! the chat's zone, claimed with a lease like reminders (several instances post each digest once;
//! a crashed sender's claim is taken over when its lease runs out), retried on failure, and moved
//! to the following slot once done. Planning a chat's row happens with its digest setting, in the
//! command's transaction (see the backends' `set_digest`).

use super::StoreResult;
use crate::domain::{Chat, ChatId};
use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

/// A chat's digest, claimed for sending.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimedDigest {
    /// The chat, as it is now (its zone and schedule).
    pub chat: Chat,
    /// The local time this digest is for, as an instant.
    pub slot: DateTime<Utc>,
    /// Claims of this slot so far, this one included.
    pub attempts: i32,
}

/// Claiming, renewing, finishing and retrying digests.
#[async_trait]
pub trait DigestQueue: Send + Sync {
    /// Claims up to `limit` digests due at `now` (or whose claim ran out) for `lease`.
    async fn claim_due_digests(
        &self,
        now: DateTime<Utc>,
        limit: i64,
        lease: Duration,
    ) -> StoreResult<Vec<ClaimedDigest>>;
    /// Extends the claims on these chats' digests still being sent to `until`.
    async fn extend_digest_claims(&self, chats: &[ChatId], until: DateTime<Utc>) -> StoreResult<()>;
    /// Ends the claimed `slot` of `chat`'s digest: the row waits for `next`. `posted` is when it
    /// went out (None: given up or missed). Does nothing if the chat re-planned meanwhile.
    async fn finish_digest(
        &self,
        chat: ChatId,
        slot: DateTime<Utc>,
        next: DateTime<Utc>,
        posted: Option<DateTime<Utc>>,
    ) -> StoreResult<()>;
    /// Puts the claimed `slot` back, to be tried again at `at`.
    async fn retry_digest(&self, chat: ChatId, slot: DateTime<Utc>, at: DateTime<Utc>) -> StoreResult<()>;
    /// The earliest time a digest is due (or a claim runs out), if any.
    async fn next_digest_due(&self) -> StoreResult<Option<DateTime<Utc>>>;
    /// Active chats with a digest but no row in the queue (after an import, or rows made before
    /// the queue existed).
    async fn unplanned_digest_chats(&self) -> StoreResult<Vec<Chat>>;
    /// Plans `chat`'s next digest at `slot` unless it has a row already.
    async fn plan_digest(&self, chat: ChatId, slot: DateTime<Utc>) -> StoreResult<()>;
}

/// Defines `mod digest_queries` for one backend: its pool type, and the row lock its claim
/// takes (`FOR UPDATE SKIP LOCKED` on Postgres; SQLite has one writer and needs none).
macro_rules! digest_queries {
    (pool: $pool:ty, lock: $lock:literal) => {
        /// Digest queue queries in SQL both backends share.
        pub(super) mod digest_queries {
            use crate::domain::{Chat, ChatId};
            use crate::store::rows::{ChatRow, CHAT_COLUMNS};
            use crate::store::{ClaimedDigest, StoreResult};
            use chrono::{DateTime, Duration, Utc};

            pub async fn claim(
                pool: &$pool,
                now: DateTime<Utc>,
                limit: i64,
                lease: Duration,
            ) -> StoreResult<Vec<ClaimedDigest>> {
                let expired = "state = 'sending' AND lease_until < $1 ORDER BY lease_until";
                let mut rows = claim_where(pool, expired, now, limit, lease).await?;
                let left = limit - rows.len() as i64;
                if left > 0 {
                    let due = "state = 'pending' AND due_at <= $1 ORDER BY due_at";
                    rows.extend(claim_where(pool, due, now, left, lease).await?);
                }
                let mut claimed = Vec::with_capacity(rows.len());
                for (chat, slot, attempts) in rows {
                    match chat_by_id(pool, chat).await? {
                        Some(chat) => claimed.push(ClaimedDigest { chat, slot, attempts }),
                        // The bot left the chat: no more digests there.
                        None => {
                            sqlx::query("DELETE FROM digest_queue WHERE chat_id = $1").bind(chat).execute(pool).await?;
                        }
                    }
                }
                Ok(claimed)
            }

            async fn claim_where(
                pool: &$pool,
                filter: &str,
                now: DateTime<Utc>,
                limit: i64,
                lease: Duration,
            ) -> StoreResult<Vec<(i64, DateTime<Utc>, i32)>> {
                Ok(sqlx::query_as(&format!(
                    "UPDATE digest_queue SET state = 'sending', lease_until = $3, attempts = attempts + 1 \
                     WHERE chat_id IN (SELECT chat_id FROM digest_queue WHERE {filter} LIMIT $2 {}) \
                     RETURNING chat_id, slot_at, attempts",
                    $lock
                ))
                .bind(now)
                .bind(limit)
                .bind(now + lease)
                .fetch_all(pool)
                .await?)
            }

            async fn chat_by_id(pool: &$pool, chat: i64) -> StoreResult<Option<Chat>> {
                let row: Option<ChatRow> =
                    sqlx::query_as(&format!("SELECT {CHAT_COLUMNS} FROM chats WHERE id = $1 AND active"))
                        .bind(chat)
                        .fetch_optional(pool)
                        .await?;
                row.map(ChatRow::into_chat).transpose()
            }

            pub async fn extend(pool: &$pool, chats: &[ChatId], until: DateTime<Utc>) -> StoreResult<()> {
                for chat in chats {
                    sqlx::query("UPDATE digest_queue SET lease_until = $2 WHERE chat_id = $1 AND state = 'sending'")
                        .bind(chat.0)
                        .bind(until)
                        .execute(pool)
                        .await?;
                }
                Ok(())
            }

            pub async fn finish(
                pool: &$pool,
                chat: ChatId,
                slot: DateTime<Utc>,
                next: DateTime<Utc>,
                posted: Option<DateTime<Utc>>,
            ) -> StoreResult<()> {
                let mut tx = pool.begin().await?;
                let moved = sqlx::query(
                    "UPDATE digest_queue SET state = 'pending', slot_at = $3, due_at = $3, attempts = 0, \
                     lease_until = NULL WHERE chat_id = $1 AND slot_at = $2 AND state = 'sending'",
                )
                .bind(chat.0)
                .bind(slot)
                .bind(next)
                .execute(&mut *tx)
                .await?;
                if let (1, Some(posted)) = (moved.rows_affected(), posted) {
                    sqlx::query("UPDATE chats SET digest_sent_at = $2 WHERE id = $1")
                        .bind(chat.0)
                        .bind(posted)
                        .execute(&mut *tx)
                        .await?;
                }
                Ok(tx.commit().await?)
            }

            pub async fn retry(pool: &$pool, chat: ChatId, slot: DateTime<Utc>, at: DateTime<Utc>) -> StoreResult<()> {
                sqlx::query(
                    "UPDATE digest_queue SET state = 'pending', due_at = $3, lease_until = NULL \
                     WHERE chat_id = $1 AND slot_at = $2 AND state = 'sending'",
                )
                .bind(chat.0)
                .bind(slot)
                .bind(at)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn next_due(pool: &$pool) -> StoreResult<Option<DateTime<Utc>>> {
                let pending: Option<DateTime<Utc>> = sqlx::query_scalar(
                    "SELECT due_at FROM digest_queue WHERE state = 'pending' ORDER BY due_at LIMIT 1",
                )
                .fetch_optional(pool)
                .await?;
                let lease: Option<DateTime<Utc>> = sqlx::query_scalar(
                    "SELECT lease_until FROM digest_queue WHERE state = 'sending' ORDER BY lease_until LIMIT 1",
                )
                .fetch_optional(pool)
                .await?;
                Ok([pending, lease].into_iter().flatten().min())
            }

            pub async fn unplanned(pool: &$pool) -> StoreResult<Vec<Chat>> {
                let rows: Vec<ChatRow> = sqlx::query_as(&format!(
                    "SELECT {CHAT_COLUMNS} FROM chats WHERE digest IS NOT NULL AND active \
                     AND NOT EXISTS (SELECT 1 FROM digest_queue q WHERE q.chat_id = chats.id) ORDER BY id"
                ))
                .fetch_all(pool)
                .await?;
                rows.into_iter().map(ChatRow::into_chat).collect()
            }

            pub async fn plan(pool: &$pool, chat: ChatId, slot: DateTime<Utc>) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO digest_queue (chat_id, slot_at, due_at) VALUES ($1, $2, $2) ON CONFLICT DO NOTHING",
                )
                .bind(chat.0)
                .bind(slot)
                .execute(pool)
                .await?;
                Ok(())
            }
        }
    };
}
pub(crate) use digest_queries;

/// Implements [`DigestQueue`] for a backend's store type with its pools for writes and reads.
macro_rules! digest_queue_for {
    ($store:ty, write: $write:ident, read: $read:ident) => {
        #[async_trait::async_trait]
        impl crate::store::DigestQueue for $store {
            async fn claim_due_digests(
                &self,
                now: chrono::DateTime<chrono::Utc>,
                limit: i64,
                lease: chrono::Duration,
            ) -> crate::store::StoreResult<Vec<crate::store::ClaimedDigest>> {
                digest_queries::claim(&self.$write, now, limit, lease).await
            }
            async fn extend_digest_claims(
                &self,
                chats: &[crate::domain::ChatId],
                until: chrono::DateTime<chrono::Utc>,
            ) -> crate::store::StoreResult<()> {
                digest_queries::extend(&self.$write, chats, until).await
            }
            async fn finish_digest(
                &self,
                chat: crate::domain::ChatId,
                slot: chrono::DateTime<chrono::Utc>,
                next: chrono::DateTime<chrono::Utc>,
                posted: Option<chrono::DateTime<chrono::Utc>>,
            ) -> crate::store::StoreResult<()> {
                digest_queries::finish(&self.$write, chat, slot, next, posted).await
            }
            async fn retry_digest(
                &self,
                chat: crate::domain::ChatId,
                slot: chrono::DateTime<chrono::Utc>,
                at: chrono::DateTime<chrono::Utc>,
            ) -> crate::store::StoreResult<()> {
                digest_queries::retry(&self.$write, chat, slot, at).await
            }
            async fn next_digest_due(&self) -> crate::store::StoreResult<Option<chrono::DateTime<chrono::Utc>>> {
                digest_queries::next_due(&self.$read).await
            }
            async fn unplanned_digest_chats(&self) -> crate::store::StoreResult<Vec<crate::domain::Chat>> {
                digest_queries::unplanned(&self.$read).await
            }
            async fn plan_digest(
                &self,
                chat: crate::domain::ChatId,
                slot: chrono::DateTime<chrono::Utc>,
            ) -> crate::store::StoreResult<()> {
                digest_queries::plan(&self.$write, chat, slot).await
            }
        }
    };
}
pub(crate) use digest_queue_for;
