//! Scheduler tuning.

use chrono::Duration;

/// How the scheduler claims, retries and treats lateness.
#[derive(Debug, Clone)]
pub struct SchedulerSettings {
    /// Reminders claimed per batch.
    pub batch: i64,
    /// How long a claim holds before another scheduler may take the reminder over; the sender
    /// renews it every third of this while it works, so it only runs out after a crash.
    pub lease: Duration,
    /// How often a sender renews its claims while it works (a third of the lease).
    pub renew_every: std::time::Duration,
    /// Overdue reminders within this window go out (marked late); older ones are missed.
    pub grace: Duration,
    /// Sent more than this after its due time counts as late.
    pub late_after: Duration,
    /// Attempts before a reminder with transient failures is recorded as failed.
    pub max_attempts: i32,
    /// The safety-net poll: the longest the loop sleeps.
    pub poll: std::time::Duration,
    /// The zone for chats without one.
    pub default_zone: chrono_tz::Tz,
    /// Reminders due this soon are claimed and prepared ahead, then sent at their due time, so
    /// database round trips do not add to lateness.
    pub lookahead: Duration,
}

impl Default for SchedulerSettings {
    fn default() -> Self {
        Self {
            batch: 100,
            lease: Duration::seconds(30),
            renew_every: std::time::Duration::from_secs(10),
            grace: Duration::hours(1),
            late_after: Duration::minutes(1),
            max_attempts: 5,
            poll: std::time::Duration::from_secs(60),
            default_zone: chrono_tz::UTC,
            lookahead: Duration::milliseconds(50),
        }
    }
}

impl SchedulerSettings {
    /// The wait before attempt `attempts + 1`: 30 s doubling, at most 30 min, with ±20% jitter.
    pub fn backoff(&self, attempts: i32) -> Duration {
        use rand::Rng;
        let base = 30_i64.saturating_mul(1 << attempts.clamp(0, 6)).min(1800);
        let jitter = rand::thread_rng().gen_range(0.8..1.2);
        Duration::milliseconds((base as f64 * 1000.0 * jitter) as i64)
    }
}
