//! The operator's housekeeping, on cron schedules (tokio-cron-scheduler does what cron is for):
//! retention (statistics of old commands, reminders finished long ago, plans left unfinished) and
//! an optional export of the whole database to a file. Schedules are cron expressions with
//! seconds ("0 30 3 * * *": 03:30 every day), read in the default zone.

use chrono::Duration;
use convene_core::store::{Pruned, Store, StoreResult};
use convene_core::Clock;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::watch;
use tokio_cron_scheduler::{Job, JobScheduler, JobSchedulerError};

/// What housekeeping does, and when.
#[derive(Debug, Clone)]
pub struct HousekeepingSettings {
    /// When retention runs (cron with seconds).
    pub schedule: String,
    /// Rows older than this are removed; None keeps everything.
    pub keep: Option<Duration>,
    /// When the database is exported, and to which file.
    pub export: Option<(String, PathBuf)>,
    /// The zone the schedules are read in.
    pub zone: chrono_tz::Tz,
}

/// Unfinished step-by-step plans older than this are removed (they expire after an hour anyway).
const DRAFTS_KEPT: Duration = Duration::days(1);

/// Runs the housekeeping jobs.
#[derive(Clone)]
pub struct Housekeeper {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    settings: HousekeepingSettings,
}

impl Housekeeper {
    /// Housekeeping of `store` as `settings` say; the schedules are checked now.
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, settings: HousekeepingSettings) -> Result<Self, String> {
        for (name, schedule) in
            std::iter::once(("schedule", &settings.schedule)).chain(settings.export.iter().map(|(s, _)| ("export", s)))
        {
            let checked = Job::new_async_tz(schedule.as_str(), settings.zone, |_, _| Box::pin(async {}));
            checked.map_err(|error| {
                format!("the {name} schedule {schedule:?} is no cron expression ({error}); e.g. \"0 30 3 * * *\"")
            })?;
        }
        Ok(Self { store, clock, settings })
    }

    /// Removes what is older than the retention now.
    pub async fn prune_now(&self) -> StoreResult<Pruned> {
        let Some(keep) = self.settings.keep else { return Ok(Pruned::default()) };
        let now = self.clock.now();
        let pruned = self.store.prune(now - keep, now - DRAFTS_KEPT).await?;
        tracing::info!(
            commands = pruned.commands,
            reminders = pruned.reminders,
            drafts = pruned.drafts,
            "housekeeping: old rows removed"
        );
        Ok(pruned)
    }

    /// Writes the whole database to the export file now (through a temporary file, so a reader
    /// never sees half a dump).
    pub async fn export_now(&self) -> Result<usize, String> {
        let Some((_, path)) = &self.settings.export else { return Ok(0) };
        let dump = self.store.export().await.map_err(|e| format!("could not read the database: {e}"))?;
        let json = serde_json::to_string(&dump).map_err(|e| format!("could not write the dump: {e}"))?;
        let partial = path.with_extension("partial");
        std::fs::write(&partial, json)
            .and_then(|()| std::fs::rename(&partial, path))
            .map_err(|e| format!("could not write {}: {e}", path.display()))?;
        tracing::info!(rows = dump.rows(), path = %path.display(), "housekeeping: database exported");
        Ok(dump.rows())
    }

    /// Runs the jobs until `stop`.
    pub async fn run(self, mut stop: watch::Receiver<bool>) -> Result<(), JobSchedulerError> {
        let mut jobs = JobScheduler::new().await?;
        let zone = self.settings.zone;
        let pruning = self.clone();
        jobs.add(Job::new_async_tz(self.settings.schedule.as_str(), zone, move |_, _| {
            let pruning = pruning.clone();
            Box::pin(async move {
                if let Err(error) = pruning.prune_now().await {
                    tracing::error!(%error, "housekeeping failed");
                }
            })
        })?)
        .await?;
        if let Some((schedule, _)) = &self.settings.export {
            let exporting = self.clone();
            jobs.add(Job::new_async_tz(schedule.as_str(), zone, move |_, _| {
                let exporting = exporting.clone();
                Box::pin(async move {
                    if let Err(error) = exporting.export_now().await {
                        tracing::error!(%error, "scheduled export failed");
                    }
                })
            })?)
            .await?;
        }
        jobs.start().await?;
        while !*stop.borrow_and_update() {
            if stop.changed().await.is_err() {
                break;
            }
        }
        jobs.shutdown().await
    }
}
