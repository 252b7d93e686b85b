//! Parsed but not yet stored: a new event, a new poll, a search.

use crate::domain::{Capacity, Description, EventTitle, Location, PollTitle, Topic};
use crate::time::{Span, When};
use chrono::{DateTime, Duration, Utc};

/// A new event as typed after `/new`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDraft {
    /// What it is.
    pub title: EventTitle,
    /// When, as read in the speaker's zone.
    pub when: When,
    /// How long one occurrence lasts (default 1 hour).
    pub length: Duration,
    /// Where.
    pub location: Option<Location>,
    /// `#topics`.
    pub topics: Vec<Topic>,
    /// `max N`.
    pub capacity: Option<Capacity>,
    /// Text after `--`.
    pub description: Option<Description>,
}

/// A new time poll as typed after `/poll`.
#[derive(Debug, Clone, PartialEq)]
pub struct PollDraft {
    /// What it is about.
    pub title: PollTitle,
    /// Proposed times, in the order given.
    pub options: Vec<Span>,
}

/// What `/search` looks for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchQuery {
    /// Words in the title or description.
    pub text: Option<String>,
    /// `#topic`.
    pub topic: Option<Topic>,
    /// `@place`.
    pub place: Option<String>,
    /// A time range such as "next week".
    pub range: Option<(DateTime<Utc>, DateTime<Utc>)>,
}
