//! A digest schedule: when a chat's digest of the coming week is posted (daily or weekly, at a
//! local time).

use chrono::{NaiveTime, Timelike, Weekday};
use std::fmt;

/// When a chat's digest is posted, in the chat's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestSchedule {
    /// Every day at this time.
    Daily(NaiveTime),
    /// Every week on this day at this time.
    Weekly(Weekday, NaiveTime),
}

fn clock_time(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.split_once(':').unwrap_or((text, "0"));
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

impl DigestSchedule {
    /// Reads "daily 08:00" or "weekly mon 08:00" (the stored form too).
    pub fn parse(text: &str) -> Option<Self> {
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        match words.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
            ["daily", time] => Some(Self::Daily(clock_time(time)?)),
            ["weekly", day, time] => Some(Self::Weekly(day.parse().ok()?, clock_time(time)?)),
            _ => None,
        }
    }

    /// The cron expression (seconds first) for tokio-cron-scheduler, in local time.
    pub fn cron(&self) -> String {
        match self {
            Self::Daily(t) => format!("0 {} {} * * *", t.minute(), t.hour()),
            Self::Weekly(day, t) => format!("0 {} {} * * {}", t.minute(), t.hour(), &day.to_string()[..3]),
        }
    }
}

impl fmt::Display for DigestSchedule {
    /// The stored and shown form: "daily 08:00", "weekly Mon 08:00".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Daily(t) => write!(f, "daily {}", t.format("%H:%M")),
            Self::Weekly(day, t) => write!(f, "weekly {day} {}", t.format("%H:%M")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_read_print_and_become_cron() {
        let daily = DigestSchedule::parse("daily 8:00").unwrap();
        assert_eq!((daily.to_string(), daily.cron()), ("daily 08:00".into(), "0 0 8 * * *".into()));
        let weekly = DigestSchedule::parse("weekly Monday 18:30").unwrap();
        assert_eq!((weekly.to_string(), weekly.cron()), ("weekly Mon 18:30".into(), "0 30 18 * * Mon".into()));
        assert_eq!(DigestSchedule::parse(&weekly.to_string()), Some(weekly));
        for bad in ["daily", "daily 25:00", "weekly 08:00", "monthly 1 08:00", "weekly funday 08:00"] {
            assert_eq!(DigestSchedule::parse(bad), None, "{bad}");
        }
    }
}
