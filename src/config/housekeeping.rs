//! The housekeeping part of the configuration: when it runs, how long rows are kept, and the
//! optional scheduled export.

use super::Config;
use anyhow::Context;
use convene_scheduler::HousekeepingSettings;

impl Config {
    pub(super) fn apply_housekeeping_env(&mut self, var: &impl Fn(&str) -> Option<String>) {
        let non_empty = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        if let Some(schedule) = non_empty("CONVENE_HOUSEKEEPING") {
            self.housekeeping = schedule;
        }
        if let Some(retention) = non_empty("CONVENE_RETENTION") {
            self.retention = retention;
        }
        if let Some(schedule) = non_empty("CONVENE_EXPORT_SCHEDULE") {
            self.export_schedule = Some(schedule);
        }
        if let Some(path) = non_empty("CONVENE_EXPORT_PATH") {
            self.export_path = Some(path);
        }
    }

    /// Housekeeping settings, checked (the schedules themselves are checked when the jobs are made).
    pub fn housekeeping_settings(&self) -> anyhow::Result<HousekeepingSettings> {
        let keep = match self.retention.trim() {
            "off" | "never" => None,
            retention => Some(convene_core::time::parse_duration(retention).with_context(|| {
                format!("retention {retention:?} is not a duration like 90d, or off (CONVENE_RETENTION)")
            })?),
        };
        let export = match (&self.export_schedule, &self.export_path) {
            (Some(schedule), Some(path)) => Some((schedule.clone(), path.into())),
            (None, None) => None,
            _ => anyhow::bail!("a scheduled export needs both CONVENE_EXPORT_SCHEDULE and CONVENE_EXPORT_PATH"),
        };
        Ok(HousekeepingSettings { schedule: self.housekeeping.clone(), keep, export, zone: self.default_zone()? })
    }
}
