//! Events and the validated values they are made of.

use super::{label_for, CalendarId, EventId, EventNo, UserId};
use crate::time::Recurrence;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// An event title: 1 to 100 characters, trimmed, on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventTitle(String);

impl EventTitle {
    /// The longest title allowed, in characters.
    pub const MAX_CHARS: usize = 100;

    /// Validates a title; None when empty or too long.
    pub fn parse(text: &str) -> Option<Self> {
        let title = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let chars = title.chars().count();
        (1..=Self::MAX_CHARS).contains(&chars).then_some(Self(title))
    }

    /// The title as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A topic tag such as `#games`: letters, digits, `_` and `-`, stored lower-case without `#`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Topic(String);

impl Topic {
    /// Reads `#games` (or `games`); None when it has other characters or is over 32 long.
    pub fn parse(text: &str) -> Option<Self> {
        let name = text.strip_prefix('#').unwrap_or(text).to_lowercase();
        let valid_char = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
        let ok = !name.is_empty() && name.chars().count() <= 32 && name.chars().all(valid_char);
        ok.then_some(Self(name))
    }

    /// The topic without `#`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where an event happens: free text up to 200 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location(String);

impl Location {
    /// The longest location allowed, in characters.
    pub const MAX_CHARS: usize = 200;

    /// Validates a location; None when empty or too long.
    pub fn parse(text: &str) -> Option<Self> {
        let place = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let chars = place.chars().count();
        (1..=Self::MAX_CHARS).contains(&chars).then_some(Self(place))
    }

    /// The location as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How many people may be going: 1 to 10,000.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Capacity(u32);

impl Capacity {
    /// The largest capacity allowed.
    pub const MAX: u32 = 10_000;

    /// Validates a capacity.
    pub fn new(n: i64) -> Option<Self> {
        u32::try_from(n).ok().filter(|n| (1..=Self::MAX).contains(n)).map(Self)
    }

    /// The number of places.
    pub fn get(self) -> u32 {
        self.0
    }
}

/// Whether an event still takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventStatus {
    /// It happens as planned.
    Scheduled,
    /// It was called off.
    Cancelled,
}

impl EventStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Scheduled => "scheduled",
            Self::Cancelled => "cancelled",
        }
    }

    /// Reads the stored name.
    pub fn from_stored(s: &str) -> Self {
        if s == "cancelled" {
            Self::Cancelled
        } else {
            Self::Scheduled
        }
    }
}

/// An event as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Internal id.
    pub id: EventId,
    /// The calendar it belongs to.
    pub calendar: CalendarId,
    /// The number people type.
    pub no: EventNo,
    /// What it is.
    pub title: EventTitle,
    /// Optional longer text.
    pub description: Option<String>,
    /// Where it happens.
    pub location: Option<Location>,
    /// Topic tags, for search.
    pub topics: Vec<Topic>,
    /// When it starts (the first occurrence of a series).
    pub starts_at: DateTime<Utc>,
    /// When it ends (of the first occurrence).
    pub ends_at: DateTime<Utc>,
    /// The zone the organizer meant: recurrences keep wall-clock time in it.
    pub zone: Tz,
    /// Repetition, if any.
    pub recurrence: Option<Recurrence>,
    /// How many may be going; None for no limit.
    pub capacity: Option<Capacity>,
    /// Who created it: the organizer.
    pub creator: UserId,
    /// Scheduled or cancelled.
    pub status: EventStatus,
    /// Bumped by every change, for optimistic concurrency.
    pub version: i32,
    /// Starts of occurrences cancelled one by one (a series goes on without them).
    pub skipped: Vec<DateTime<Utc>>,
}

impl Event {
    /// Starts of the occurrences strictly after `after` (skipped ones left out), at most `limit`.
    pub fn occurrences_after(&self, after: DateTime<Utc>, limit: usize) -> Vec<DateTime<Utc>> {
        match &self.recurrence {
            None => (self.starts_at > after).then_some(self.starts_at).into_iter().collect(),
            Some(rule) => {
                let first = self.starts_at.with_timezone(&self.zone);
                let mut starts: Vec<DateTime<Utc>> =
                    (self.starts_at > after).then_some(self.starts_at).into_iter().collect();
                let wanted = limit + self.skipped.len();
                starts.extend(rule.occurrences_after(first, after, wanted).into_iter().map(|s| s.with_timezone(&Utc)));
                starts.dedup();
                starts.retain(|s| !self.skipped.contains(s));
                starts.truncate(limit);
                starts
            }
        }
    }

    /// The start of the next occurrence that has not ended by `now` (the start itself for a one-off
    /// event that is still ahead or under way), or None when it is all over.
    pub fn next_start(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let length = self.ends_at - self.starts_at;
        match &self.recurrence {
            None => (self.ends_at > now).then_some(self.starts_at),
            // The occurrence under way, or the next one to start.
            Some(_) => self.occurrences_after(now - length, 1).into_iter().next(),
        }
    }

    /// The occurrence that answers and cards are about at `now`: the one under way or the next
    /// (the event's start once it is all over).
    pub fn current_occurrence(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        self.next_start(now).unwrap_or(self.starts_at)
    }

    /// The length of one occurrence.
    pub fn length(&self) -> chrono::Duration {
        self.ends_at - self.starts_at
    }

    /// How a chat whose own calendar is `home` names it: `#3` there, `#7.3` elsewhere.
    pub fn label_in(&self, home: CalendarId) -> String {
        label_for(self.calendar, self.no.0, Some(home))
    }

    /// `#7.3`: its name in private messages and in every chat that follows its calendar.
    pub fn full_label(&self) -> String {
        label_for(self.calendar, self.no.0, None)
    }
}

/// What is needed to create an event.
#[derive(Debug, Clone)]
pub struct NewEvent {
    /// The calendar it goes into.
    pub calendar: CalendarId,
    /// What it is.
    pub title: EventTitle,
    /// Optional longer text.
    pub description: Option<String>,
    /// Where it happens.
    pub location: Option<Location>,
    /// Topic tags.
    pub topics: Vec<Topic>,
    /// Start of the first occurrence.
    pub starts_at: DateTime<Utc>,
    /// End of the first occurrence.
    pub ends_at: DateTime<Utc>,
    /// The organizer's zone.
    pub zone: Tz,
    /// Repetition, if any.
    pub recurrence: Option<Recurrence>,
    /// Places, if limited.
    pub capacity: Option<Capacity>,
    /// The organizer.
    pub creator: UserId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_trimmed_and_limited() {
        assert_eq!(EventTitle::parse("  Board   games ").map(|t| t.0), Some("Board games".into()));
        assert!(EventTitle::parse("   ").is_none());
        assert!(EventTitle::parse(&"x".repeat(100)).is_some());
        assert!(EventTitle::parse(&"x".repeat(101)).is_none());
    }

    #[test]
    fn topics_are_lowercase_words() {
        assert_eq!(Topic::parse("#BoardGames").map(|t| t.0), Some("boardgames".into()));
        assert!(Topic::parse("#").is_none());
        assert!(Topic::parse("#a b").is_none());
        assert!(Topic::parse("#no!").is_none());
    }

    #[test]
    fn capacity_is_between_one_and_ten_thousand() {
        assert!(Capacity::new(0).is_none());
        assert_eq!(Capacity::new(6).map(Capacity::get), Some(6));
        assert!(Capacity::new(10_001).is_none());
    }
}
