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
    /// Each key's recent actions and whether it was told to slow down.
    recent: Mutex<HashMap<K, Recent>>,
}

/// One key's last minute.
#[derive(Debug, Default)]
struct Recent {
    /// When its recent actions happened, oldest first.
    times: VecDeque<DateTime<Utc>>,
    /// Until when it has already been told to wait (so it is told once per full window).
    told_until: Option<DateTime<Utc>>,
}

/// An action over the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limited {
    /// How long until the next action is allowed.
    pub wait: Duration,
    /// Whether this is the first refusal since the window filled up: only that one deserves an
    /// answer, so a flood of refused actions does not become a flood of replies.
    pub first: bool,
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
    pub fn admit(&self, key: K, now: DateTime<Utc>) -> Result<(), Limited> {
        self.look(key, now, true)
    }

    /// Whether `key` is over the limit at `now`, without counting an action.
    pub fn check(&self, key: K, now: DateTime<Utc>) -> Result<(), Limited> {
        self.look(key, now, false)
    }

    fn look(&self, key: K, now: DateTime<Utc>, count: bool) -> Result<(), Limited> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let minute_ago = now - Duration::minutes(1);
        let mut recent = self.recent.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if recent.len() >= TABLE_PRUNE_AT {
            recent.retain(|_, r| r.times.back().is_some_and(|last| *last > minute_ago));
        }
        let recent = recent.entry(key).or_default();
        while recent.times.front().is_some_and(|t| *t <= minute_ago) {
            recent.times.pop_front();
        }
        if recent.times.len() >= self.per_minute as usize {
            let free_at = recent.times.front().copied().unwrap_or(now) + Duration::minutes(1);
            let first = recent.told_until.is_none_or(|told| told <= now);
            if first {
                recent.told_until = Some(free_at);
            }
            return Err(Limited { wait: free_at - now, first });
        }
        if count {
            recent.times.push_back(now);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn someone(id: &str) -> String {
        id.to_string()
    }

    fn start() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-20T09:00:00Z").unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_limit_is_per_person_and_per_minute() {
        let limiter = RateLimiter::new(3);
        let start = start();
        for second in 0..3 {
            assert!(limiter.admit(someone("ana"), start + Duration::seconds(second)).is_ok());
        }
        let refused = limiter.admit(someone("ana"), start + Duration::seconds(10)).unwrap_err();
        assert_eq!(refused.wait, Duration::seconds(50));
        assert!(limiter.admit(someone("bob"), start + Duration::seconds(10)).is_ok(), "others are not slowed");
        assert!(limiter.admit(someone("ana"), start + Duration::seconds(61)).is_ok(), "a minute later it is fine");
        assert!(RateLimiter::new(0).admit(someone("ana"), start).is_ok());
    }

    #[test]
    fn a_flood_is_told_once_per_window() {
        let limiter = RateLimiter::new(2);
        let start = start();
        let at = |s: i64| limiter.admit(someone("ana"), start + Duration::seconds(s));
        assert!(at(0).is_ok() && at(1).is_ok());
        let told: Vec<bool> = (2..40).map(|s| at(s).unwrap_err().first).collect();
        assert_eq!(told.iter().filter(|t| **t).count(), 1, "one answer for 38 refused actions");
        assert!(told[0], "the first refusal is the one answered");
        // The window frees up at 60 s; flooding again after that is told again, once.
        assert!(at(61).is_ok() && at(61).is_ok());
        assert!(at(62).unwrap_err().first);
        assert!(!at(63).unwrap_err().first);
    }
}
