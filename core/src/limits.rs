//! Rate limits over a sliding minute: commands per person, admin API requests. Kept in memory per
//! process: a guard against floods, not an accounting record. Time comes from the caller's clock.

use chrono::{DateTime, Duration, Utc};
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::sync::Mutex;

/// Counts each key's actions over the last minute.
#[derive(Debug)]
pub struct RateLimiter<K> {
    /// Actions allowed per key per minute (0: no limit).
    per_minute: u32,
    /// When each key's recent actions happened, oldest first.
    recent: Mutex<HashMap<K, VecDeque<DateTime<Utc>>>>,
}

/// Forget people idle this long, when the table grows.
const TABLE_PRUNE_AT: usize = 10_000;

impl<K: Hash + Eq> RateLimiter<K> {
    /// A limiter allowing `per_minute` actions per key (0 disables it).
    pub fn new(per_minute: u32) -> Self {
        Self { per_minute, recent: Mutex::new(HashMap::new()) }
    }

    /// Counts an action of `key` at `now`; Err with how long to wait when over the limit (a
    /// refused action is not counted).
    pub fn admit(&self, key: K, now: DateTime<Utc>) -> Result<(), Duration> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let minute_ago = now - Duration::minutes(1);
        let mut recent = self.recent.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if recent.len() >= TABLE_PRUNE_AT {
            recent.retain(|_, times| times.back().is_some_and(|last| *last > minute_ago));
        }
        let times = recent.entry(key).or_default();
        while times.front().is_some_and(|t| *t <= minute_ago) {
            times.pop_front();
        }
        if times.len() >= self.per_minute as usize {
            let oldest = times.front().copied().unwrap_or(now);
            return Err(oldest + Duration::minutes(1) - now);
        }
        times.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn someone(id: &str) -> String {
        id.to_string()
    }

    #[test]
    fn the_limit_is_per_person_and_per_minute() {
        let limiter = RateLimiter::new(3);
        let start = DateTime::parse_from_rfc3339("2026-11-20T09:00:00Z").unwrap().with_timezone(&Utc);
        for second in 0..3 {
            assert!(limiter.admit(someone("ana"), start + Duration::seconds(second)).is_ok());
        }
        let wait = limiter.admit(someone("ana"), start + Duration::seconds(10)).unwrap_err();
        assert_eq!(wait, Duration::seconds(50));
        assert!(limiter.admit(someone("bob"), start + Duration::seconds(10)).is_ok(), "others are not slowed");
        assert!(limiter.admit(someone("ana"), start + Duration::seconds(61)).is_ok(), "a minute later it is fine");
        assert!(RateLimiter::new(0).admit(someone("ana"), start).is_ok());
    }
}
