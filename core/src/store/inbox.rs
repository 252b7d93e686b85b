//! The update inbox: updates a poller read from a platform, kept until handled, so that updates
//! read by a process that then dies are handled by whoever polls next; and the record of handled
//! updates, written in each command's transaction, so an update handed out twice changes nothing
//! the second time. Together: every update handled once.

use super::StoreResult;
use crate::domain::Platform;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// Keeping updates until they are handled.
#[async_trait]
pub trait Inbox: Send + Sync {
    /// Keeps `update` (the platform's JSON) of `platform` until [`Inbox::handled`].
    async fn keep_update(&self, platform: Platform, id: i64, update: &str, now: DateTime<Utc>) -> StoreResult<()>;
    /// Forgets an update once handled.
    async fn handled(&self, platform: Platform, id: i64) -> StoreResult<()>;
    /// The updates kept and not yet handled, in order.
    async fn unhandled_updates(&self, platform: Platform) -> StoreResult<Vec<(i64, String)>>;
}

/// Defines `mod inbox_queries` for one backend: its connection and pool types.
macro_rules! inbox_queries {
    (connection: $conn:ty, pool: $pool:ty) => {
        /// Inbox queries in SQL both backends share.
        pub(super) mod inbox_queries {
            use crate::domain::Platform;
            use crate::store::StoreResult;
            use chrono::{DateTime, Utc};

            pub async fn keep(
                pool: &$pool,
                platform: Platform,
                id: i64,
                update: &str,
                now: DateTime<Utc>,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO update_inbox (platform, update_id, payload, received_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(platform.as_str())
                .bind(id)
                .bind(update)
                .bind(now)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn handled(pool: &$pool, platform: Platform, id: i64) -> StoreResult<()> {
                sqlx::query("DELETE FROM update_inbox WHERE platform = $1 AND update_id = $2")
                    .bind(platform.as_str())
                    .bind(id)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn unhandled(pool: &$pool, platform: Platform) -> StoreResult<Vec<(i64, String)>> {
                Ok(sqlx::query_as("SELECT update_id, payload FROM update_inbox WHERE platform = $1 ORDER BY update_id")
                    .bind(platform.as_str())
                    .fetch_all(pool)
                    .await?)
            }

            /// Notes in the command's transaction that `key` is being handled; false when it was
            /// handled before (the caller then changes nothing).
            pub async fn first_handling(conn: &mut $conn, key: &str, now: DateTime<Utc>) -> StoreResult<bool> {
                let noted = sqlx::query(
                    "INSERT INTO handled_updates (update_key, handled_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                )
                .bind(key)
                .bind(now)
                .execute(&mut *conn)
                .await?;
                Ok(noted.rows_affected() == 1)
            }
        }
    };
}
pub(crate) use inbox_queries;

/// Implements [`Inbox`] for a backend's store type with its pools for writes and reads.
macro_rules! inbox_for {
    ($store:ty, write: $write:ident, read: $read:ident) => {
        #[async_trait::async_trait]
        impl crate::store::Inbox for $store {
            async fn keep_update(
                &self,
                platform: crate::domain::Platform,
                id: i64,
                update: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> crate::store::StoreResult<()> {
                inbox_queries::keep(&self.$write, platform, id, update, now).await
            }
            async fn handled(&self, platform: crate::domain::Platform, id: i64) -> crate::store::StoreResult<()> {
                inbox_queries::handled(&self.$write, platform, id).await
            }
            async fn unhandled_updates(
                &self,
                platform: crate::domain::Platform,
            ) -> crate::store::StoreResult<Vec<(i64, String)>> {
                inbox_queries::unhandled(&self.$read, platform).await
            }
        }
    };
}
pub(crate) use inbox_for;
