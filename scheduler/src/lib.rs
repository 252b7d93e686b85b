//! Convene's reminder scheduler.
//!
//! Reminders live in the database (the source of truth). The scheduler sleeps until the earliest
//! due time, and is woken early when a command adds a sooner one (an in-process signal, plus
//! LISTEN/NOTIFY across instances on Postgres), with a slow poll as a safety net. It never scans
//! all pending reminders: it asks for the next due time and claims due rows in batches
//! (`FOR UPDATE SKIP LOCKED`, with a lease), then sends outside the claiming transaction, recording
//! each (reminder, target) it reached, so several instances share the work and a crash loses
//! nothing. Digests come due through the same kind of queue ([`Scheduler::tick_digests`]).
//! [`Scheduler::tick`] does one batch at the clock's "now": tests drive it with a manual clock
//! instead of sleeping.

mod digests;
mod housekeeping;
mod process;
mod settings;

pub use digests::DigestTick;
pub use housekeeping::{Housekeeper, HousekeepingSettings};
pub use process::TickReport;
pub use settings::SchedulerSettings;

use chrono::{DateTime, Utc};
use convene_core::delivery::Outbox;
use convene_core::store::{Store, StoreResult};
use convene_core::Clock;
use std::future::Future;
use std::sync::Arc;
use tokio::sync::{watch, Notify};

/// The reminder scheduler.
#[derive(Clone)]
pub struct Scheduler {
    /// The database reminders live in.
    store: Arc<dyn Store>,
    /// Where "now" comes from.
    clock: Arc<dyn Clock>,
    /// Where messages go out.
    outbox: Arc<dyn Outbox>,
    /// Tuning.
    settings: SchedulerSettings,
    /// Raised when reminders change, to wake the loop early.
    wake: Arc<Notify>,
}

impl Scheduler {
    /// A scheduler over `store`, sending through `outbox`, woken by `wake`.
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        outbox: Arc<dyn Outbox>,
        settings: SchedulerSettings,
        wake: Arc<Notify>,
    ) -> Self {
        Self { store, clock, outbox, settings, wake }
    }

    /// Claims and handles one batch of due reminders at the clock's now.
    pub async fn tick(&self) -> StoreResult<TickReport> {
        process::tick(self).await
    }

    /// Claims and posts one batch of due digests at the clock's now.
    pub async fn tick_digests(&self) -> StoreResult<DigestTick> {
        digests::tick(self).await
    }

    /// Plans the next digest of chats that have a digest but no row in the queue yet; returns
    /// how many. [`Scheduler::run`] does it at start-up.
    pub async fn plan_missing_digests(&self) -> StoreResult<usize> {
        digests::plan_missing(self).await
    }

    /// Runs until `shutdown` turns true: handles everything due, then sleeps until the next due
    /// time, a wake-up, or the poll interval, whichever comes first.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        self.store.forward_reminder_wakeups(self.wake.clone());
        match self.plan_missing_digests().await {
            Ok(0) => {}
            Ok(planned) => tracing::info!(planned, "digests planned"),
            Err(error) => tracing::error!(%error, "could not plan digests"),
        }
        tracing::info!("scheduler running");
        while !*shutdown.borrow() {
            let wait = match self.drain().await {
                Ok(()) => self.time_to_next_due().await,
                Err(error) => {
                    // A database hiccup must not stop reminders: log, wait a little, go on.
                    tracing::error!(%error, "scheduler could not reach the database");
                    self.settings.poll.min(std::time::Duration::from_secs(5))
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = self.wake.notified() => {}
                _ = shutdown.changed() => {}
            }
        }
        tracing::info!("scheduler stopped");
    }

    /// Ticks until batches come back short (nothing more is due now).
    async fn drain(&self) -> StoreResult<()> {
        let full = self.settings.batch as usize;
        while self.tick().await?.claimed >= full {}
        while self.tick_digests().await?.claimed >= full {}
        Ok(())
    }

    async fn time_to_next_due(&self) -> std::time::Duration {
        let next = async {
            Ok::<_, convene_core::store::StoreError>([
                self.store.next_reminder_due().await?,
                self.store.next_digest_due().await?,
            ])
        };
        match next.await {
            Ok(due) => match due.into_iter().flatten().min() {
                Some(due) => (due - self.settings.lookahead - self.clock.now())
                    .to_std()
                    .unwrap_or_default()
                    .min(self.settings.poll),
                None => self.settings.poll,
            },
            Err(error) => {
                tracing::warn!(%error, "could not read the next due time");
                self.settings.poll
            }
        }
    }

    /// Runs `work` on claims while renewing them through `renew` as often as the settings say.
    /// The lease is short, so that a crashed sender's claims are taken over soon; while this one
    /// works through its batch (pacing can make that slow), it keeps them.
    async fn renewing<T, R>(&self, work: impl Future<Output = T>, renew: impl Fn(DateTime<Utc>) -> R) -> T
    where
        R: Future<Output = StoreResult<()>>,
    {
        let keep = async {
            loop {
                tokio::time::sleep(self.settings.renew_every).await;
                if let Err(error) = renew(self.clock.now() + self.settings.lease).await {
                    tracing::warn!(%error, "could not renew the claims on work being sent");
                }
            }
        };
        tokio::select! {
            done = work => done,
            never = keep => never,
        }
    }
}
