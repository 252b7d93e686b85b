//! Housekeeping: what an operator's retention job removes. Statistics of old commands, reminders
//! finished long ago (with their delivery records), and step-by-step plans left unfinished.

use super::StoreResult;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// What one pruning removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pruned {
    /// Command log rows (statistics).
    pub commands: u64,
    /// Finished reminders (sent, late, missed, failed or dropped).
    pub reminders: u64,
    /// Unfinished step-by-step plans.
    pub drafts: u64,
}

/// Removing old rows (also the per-minute command counts of days past).
#[async_trait]
pub trait Housekeeping: Send + Sync {
    /// Removes command log rows and finished reminders from before `before`, and drafts not
    /// touched since `drafts_before`.
    async fn prune(&self, before: DateTime<Utc>, drafts_before: DateTime<Utc>) -> StoreResult<Pruned>;
}

/// Implements [`Housekeeping`] for a backend's store type with its pool for writes.
macro_rules! housekeeping_for {
    ($store:ty, write: $write:ident) => {
        #[async_trait::async_trait]
        impl crate::store::Housekeeping for $store {
            async fn prune(
                &self,
                before: chrono::DateTime<chrono::Utc>,
                drafts_before: chrono::DateTime<chrono::Utc>,
            ) -> crate::store::StoreResult<crate::store::Pruned> {
                let removed = |statement: &'static str, at: chrono::DateTime<chrono::Utc>| {
                    let pool = &self.$write;
                    async move {
                        Ok::<u64, sqlx::Error>(sqlx::query(statement).bind(at).execute(pool).await?.rows_affected())
                    }
                };
                // Per-minute command counts are only needed for the current minute.
                removed("DELETE FROM command_windows WHERE window_start < $1", drafts_before).await?;
                // Updates are handed out again for a day at most.
                removed("DELETE FROM handled_updates WHERE handled_at < $1", drafts_before).await?;
                Ok(crate::store::Pruned {
                    commands: removed("DELETE FROM command_log WHERE at < $1", before).await?,
                    reminders: removed(
                        "DELETE FROM reminders WHERE state IN ('sent', 'late', 'missed', 'failed', 'dropped') \
                         AND finished_at < $1",
                        before,
                    )
                    .await?,
                    drafts: removed("DELETE FROM drafts WHERE updated_at < $1", drafts_before).await?,
                })
            }
        }
    };
}
pub(crate) use housekeeping_for;
