//! An event planned step by step: a bare `/new` asks for the title, then the time, then the
//! place, then for a confirmation. One per person per chat, stored, so a restart loses nothing.

use super::{EventTitle, Location};
use chrono::{DateTime, Duration, Utc};

/// How long an untouched draft stays open.
pub const DRAFT_LIFETIME: Duration = Duration::hours(1);

/// What the dialogue asks next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftStep {
    /// What the event is called.
    Title,
    /// When it is.
    When,
    /// Where it is (may be skipped).
    Place,
    /// Create it, or not.
    Confirm,
}

impl DraftStep {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::When => "when",
            Self::Place => "place",
            Self::Confirm => "confirm",
        }
    }

    /// Reads the stored name.
    pub fn from_stored(s: &str) -> Option<Self> {
        match s {
            "title" => Some(Self::Title),
            "when" => Some(Self::When),
            "place" => Some(Self::Place),
            "confirm" => Some(Self::Confirm),
            _ => None,
        }
    }
}

/// The answers so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// What is asked next.
    pub step: DraftStep,
    /// The title, once given.
    pub title: Option<EventTitle>,
    /// The time as typed (read again at creation, against the clock then).
    pub when: Option<String>,
    /// The place, unless skipped.
    pub place: Option<Location>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl Draft {
    /// A fresh draft asking for the title.
    pub fn new(now: DateTime<Utc>) -> Self {
        Self { step: DraftStep::Title, title: None, when: None, place: None, updated_at: now }
    }

    /// Whether it was left alone for too long to pick up again.
    pub fn expired(&self, now: DateTime<Utc>) -> bool {
        now - self.updated_at > DRAFT_LIFETIME
    }
}
