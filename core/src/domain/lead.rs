//! A reminder lead: how long before the start a reminder goes out (1 minute to 30 days).

use std::fmt;

/// How long before an occurrence a reminder is due, in whole minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lead(u32);

impl Lead {
    /// The longest lead: 30 days.
    pub const MAX_MINUTES: u32 = 30 * 24 * 60;

    /// A lead of `minutes`, if within 1 minute to 30 days.
    pub fn from_minutes(minutes: i64) -> Option<Self> {
        u32::try_from(minutes).ok().filter(|m| (1..=Self::MAX_MINUTES).contains(m)).map(Self)
    }

    /// Reads "2h", "15m", "1d", "1h30", "90 minutes".
    pub fn parse(text: &str) -> Option<Self> {
        crate::time::parse_duration(text).and_then(|d| Self::from_minutes(d.num_minutes()))
    }

    /// The lead in minutes.
    pub fn minutes(self) -> u32 {
        self.0
    }

    /// The lead as a duration.
    pub fn duration(self) -> chrono::Duration {
        chrono::Duration::minutes(self.0.into())
    }
}

impl fmt::Display for Lead {
    /// "1d", "2h", "1h30m", "15m".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (days, hours, minutes) = (self.0 / 1440, self.0 % 1440 / 60, self.0 % 60);
        let mut text = String::new();
        for (n, unit) in [(days, "d"), (hours, "h"), (minutes, "m")] {
            if n > 0 {
                text.push_str(&format!("{n}{unit}"));
            }
        }
        f.write_str(&text)
    }
}
