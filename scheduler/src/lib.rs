//! Convene's reminder scheduler.
//!
//! This is the skeleton the reminder work builds on: a [`Scheduler`] owns the engine's clock and
//! store and runs until shutdown. The durable due-queue, delivery and digests land with the
//! reminder issue; until then `convene serve` starts it so the process shape is already right.

use convene_core::store::Store;
use convene_core::Clock;
use std::sync::Arc;
use tokio::sync::watch;

/// The reminder scheduler (skeleton: it has no reminders to send yet).
#[derive(Debug)]
pub struct Scheduler {
    /// The database reminders will live in.
    store: Arc<dyn Store>,
    /// Where "now" comes from.
    clock: Arc<dyn Clock>,
}

impl Scheduler {
    /// A scheduler over `store`, reading time from `clock`.
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Self { store, clock }
    }

    /// Runs until `shutdown` turns true.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        tracing::info!(started_at = %self.clock.now(), "scheduler running (no reminder queue yet)");
        while !*shutdown.borrow() {
            if shutdown.changed().await.is_err() {
                break;
            }
        }
        if let Err(error) = self.store.ping().await {
            tracing::warn!(%error, "database did not answer at scheduler shutdown");
        }
        tracing::info!("scheduler stopped");
    }
}
