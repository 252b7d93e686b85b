//! Digests: tokio-cron-scheduler jobs, one per chat that asked for one, rebuilt from the database
//! at start-up, whenever a chat changes its digest, and every day (the crate fixes a zone's UTC
//! offset when a job is made, so a daily rebuild keeps 08:00 at 08:00 across DST changes).
//! Posting claims the digest in the database first, so several instances post it once; a change
//! made through any instance rebuilds every instance's jobs (Postgres NOTIFY).

use chrono::Duration;
use convene_core::delivery::Outbox;
use convene_core::domain::Chat;
use convene_core::store::{Store, StoreResult};
use convene_core::{Audience, Clock};
use std::sync::Arc;
use tokio::sync::{watch, Notify};
use tokio_cron_scheduler::{Job, JobScheduler, JobSchedulerError};

/// Posts digests into chats.
#[derive(Clone)]
pub struct DigestRunner {
    /// The database.
    store: Arc<dyn Store>,
    /// Where "now" comes from.
    clock: Arc<dyn Clock>,
    /// Where digests go out.
    outbox: Arc<dyn Outbox>,
    /// The zone for chats without one.
    default_zone: chrono_tz::Tz,
    /// Raised when a chat's digest changes.
    changed: Arc<Notify>,
}

/// A digest posted less than this long ago is not posted again (another instance did it).
const DEDUP: Duration = Duration::minutes(30);

/// The ids of the jobs this runner added, to remove them on rebuild.
pub type JobIds = Vec<uuid::Uuid>;

impl DigestRunner {
    /// A runner over `store`, posting through `outbox`, rebuilding when `changed` is raised.
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        outbox: Arc<dyn Outbox>,
        default_zone: chrono_tz::Tz,
        changed: Arc<Notify>,
    ) -> Self {
        Self { store, clock, outbox, default_zone, changed }
    }

    /// Posts the chat's digest now unless it went out in the last 30 minutes; true when posted.
    pub async fn post(&self, chat: &Chat) -> StoreResult<bool> {
        let now = self.clock.now();
        if !self.store.claim_digest(chat.id, now, now - DEDUP).await? {
            return Ok(false);
        }
        let zone = chat.zone.unwrap_or(self.default_zone);
        let mut tx = self.store.begin(now).await?;
        let message = convene_core::digest::message(tx.as_mut(), chat, now, zone).await?;
        tx.commit().await?;
        if let Err(error) = self.outbox.deliver(&Audience::Chat(chat.identity.clone()), &message).await {
            tracing::warn!(chat = chat.id.0, %error, "digest not delivered");
        }
        Ok(true)
    }

    /// One job per chat with a digest; returns their ids.
    pub async fn build(&self, jobs: &JobScheduler) -> Result<JobIds, JobSchedulerError> {
        let chats = self.store.digest_chats().await.map_err(|e| {
            tracing::error!(error = %e, "could not read digest schedules");
            JobSchedulerError::CantAdd
        })?;
        let mut ids = Vec::with_capacity(chats.len());
        for chat in chats {
            let Some(schedule) = chat.digest else { continue };
            let zone = chat.zone.unwrap_or(self.default_zone);
            let runner = self.clone();
            let job = Job::new_async_tz(schedule.cron().as_str(), zone, move |_, _| {
                let (runner, chat) = (runner.clone(), chat.clone());
                Box::pin(async move {
                    if let Err(error) = runner.post(&chat).await {
                        tracing::error!(chat = chat.id.0, %error, "digest failed");
                    }
                })
            })?;
            ids.push(jobs.add(job).await?);
        }
        Ok(ids)
    }

    /// Runs the jobs until `shutdown`, rebuilding them on change and daily.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) -> Result<(), JobSchedulerError> {
        // A digest changed through another instance rebuilds this one's jobs too.
        self.store.forward_digest_wakeups(self.changed.clone());
        let mut jobs = JobScheduler::new().await?;
        let mut ids = self.build(&jobs).await.unwrap_or_default();
        jobs.start().await?;
        while !*shutdown.borrow() {
            tokio::select! {
                _ = self.changed.notified() => {}
                _ = tokio::time::sleep(std::time::Duration::from_secs(24 * 3600)) => {}
                _ = shutdown.changed() => break,
            }
            for id in ids.drain(..) {
                jobs.remove(&id).await?;
            }
            ids = self.build(&jobs).await.unwrap_or_default();
            tracing::info!(jobs = ids.len(), "digest jobs rebuilt");
        }
        jobs.shutdown().await
    }
}
