//! RSVPs: who is going, maybe going, not going, or waiting for a place.

use super::User;

/// A person's answer to an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsvpState {
    /// Has a place.
    Going,
    /// Might come; takes no place.
    Maybe,
    /// Can't come.
    Declined,
    /// Wants to go but the event is full; gets the next free place, first come first served.
    Waitlisted,
}

impl RsvpState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Going => "going",
            Self::Maybe => "maybe",
            Self::Declined => "declined",
            Self::Waitlisted => "waitlisted",
        }
    }

    /// Reads the stored name.
    pub fn from_stored(s: &str) -> Option<Self> {
        match s {
            "going" => Some(Self::Going),
            "maybe" => Some(Self::Maybe),
            "declined" => Some(Self::Declined),
            "waitlisted" => Some(Self::Waitlisted),
            _ => None,
        }
    }
}

/// A person's answer to an event, as a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// `/join`
    Going,
    /// `/maybe`
    Maybe,
    /// `/decline`
    Declined,
}

/// One person's answer, in answer order.
#[derive(Debug, Clone, PartialEq)]
pub struct Attendance {
    /// Who answered.
    pub user: User,
    /// What they answered.
    pub state: RsvpState,
}
