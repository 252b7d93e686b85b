//! Leases, and counting shared by instances. Leases: which process holds a role (the Telegram poller, the Discord gateway) when several
//! `convene serve` processes share one database, and which processes are alive. A lease is taken
//! when it is free or expired, renewed by its holder, and lost when not renewed in time.

use super::StoreResult;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// A lease held now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lease {
    /// What it is for, e.g. `telegram-poller` or `instance:host-123`.
    pub role: String,
    /// Who holds it (an instance id).
    pub holder: String,
    /// Until when, unless renewed.
    pub expires_at: DateTime<Utc>,
}

/// Taking, renewing and releasing leases.
#[async_trait]
pub trait Leases: Send + Sync {
    /// Takes or renews `role` for `holder` until `until`, if it is free, expired at `now`, or
    /// already `holder`'s. True when `holder` holds it now.
    async fn hold_lease(&self, role: &str, holder: &str, now: DateTime<Utc>, until: DateTime<Utc>)
        -> StoreResult<bool>;
    /// Gives `role` up, if `holder` has it.
    async fn release_lease(&self, role: &str, holder: &str) -> StoreResult<()>;
    /// The leases not expired at `now`.
    async fn leases(&self, now: DateTime<Utc>) -> StoreResult<Vec<Lease>>;
    /// Counts one more command of `person` in the minute starting at `window`; returns the
    /// count so far (shared by every instance).
    async fn count_command(&self, person: &str, window: DateTime<Utc>) -> StoreResult<u32>;
}

/// Defines `mod lease_queries` for one backend: `pool` is its pool type.
macro_rules! lease_queries {
    (pool: $pool:ty) => {
        /// Lease queries in SQL both backends share.
        pub(super) mod lease_queries {
            use crate::store::{Lease, StoreResult};
            use chrono::{DateTime, Utc};

            pub async fn hold(
                pool: &$pool,
                role: &str,
                holder: &str,
                now: DateTime<Utc>,
                until: DateTime<Utc>,
            ) -> StoreResult<bool> {
                let held: Option<String> = sqlx::query_scalar(
                    "INSERT INTO leases (role, holder, expires_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (role) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at \
                     WHERE leases.holder = excluded.holder OR leases.expires_at < $4 \
                     RETURNING holder",
                )
                .bind(role)
                .bind(holder)
                .bind(until)
                .bind(now)
                .fetch_optional(pool)
                .await?;
                Ok(held.is_some())
            }

            pub async fn release(pool: &$pool, role: &str, holder: &str) -> StoreResult<()> {
                sqlx::query("DELETE FROM leases WHERE role = $1 AND holder = $2")
                    .bind(role)
                    .bind(holder)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn count(pool: &$pool, person: &str, window: DateTime<Utc>) -> StoreResult<u32> {
                let count: i32 = sqlx::query_scalar(
                    "INSERT INTO command_windows (person, window_start, count) VALUES ($1, $2, 1) \
                     ON CONFLICT (person, window_start) DO UPDATE SET count = command_windows.count + 1 \
                     RETURNING count",
                )
                .bind(person)
                .bind(window)
                .fetch_one(pool)
                .await?;
                Ok(u32::try_from(count).unwrap_or(0))
            }

            pub async fn live(pool: &$pool, now: DateTime<Utc>) -> StoreResult<Vec<Lease>> {
                let rows: Vec<(String, String, DateTime<Utc>)> =
                    sqlx::query_as("SELECT role, holder, expires_at FROM leases WHERE expires_at >= $1 ORDER BY role")
                        .bind(now)
                        .fetch_all(pool)
                        .await?;
                Ok(rows.into_iter().map(|(role, holder, expires_at)| Lease { role, holder, expires_at }).collect())
            }
        }
    };
}
pub(crate) use lease_queries;

/// Implements [`Leases`] for a backend's store type with its pools for writes and reads.
macro_rules! leases_for {
    ($store:ty, write: $write:ident, read: $read:ident) => {
        #[async_trait::async_trait]
        impl crate::store::Leases for $store {
            async fn hold_lease(
                &self,
                role: &str,
                holder: &str,
                now: chrono::DateTime<chrono::Utc>,
                until: chrono::DateTime<chrono::Utc>,
            ) -> crate::store::StoreResult<bool> {
                lease_queries::hold(&self.$write, role, holder, now, until).await
            }

            async fn release_lease(&self, role: &str, holder: &str) -> crate::store::StoreResult<()> {
                lease_queries::release(&self.$write, role, holder).await
            }

            async fn leases(
                &self,
                now: chrono::DateTime<chrono::Utc>,
            ) -> crate::store::StoreResult<Vec<crate::store::Lease>> {
                lease_queries::live(&self.$read, now).await
            }

            async fn count_command(
                &self,
                person: &str,
                window: chrono::DateTime<chrono::Utc>,
            ) -> crate::store::StoreResult<u32> {
                lease_queries::count(&self.$write, person, window).await
            }
        }
    };
}
pub(crate) use leases_for;
