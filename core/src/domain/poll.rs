//! Time polls: "when shall we meet?" with 2 to 10 options, turned into an event when closed.

use super::{CalendarId, EventNo, PollId, PollNo, User, UserId};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// A poll title: the title of the event it becomes, same rules as an event title.
pub type PollTitle = super::EventTitle;

/// A poll as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Poll {
    /// Internal id.
    pub id: PollId,
    /// The calendar it belongs to.
    pub calendar: CalendarId,
    /// The number people type.
    pub no: PollNo,
    /// What it is about (the event's title once closed).
    pub title: PollTitle,
    /// The zone options were given in.
    pub zone: Tz,
    /// Who started it.
    pub creator: UserId,
    /// The event it became, once closed.
    pub closed_into: Option<EventNo>,
}

/// One option of a poll, with the people who voted for it.
#[derive(Debug, Clone, PartialEq)]
pub struct PollOption {
    /// 1-based position, as shown and typed.
    pub position: i32,
    /// The proposed start.
    pub starts_at: DateTime<Utc>,
    /// The proposed end, when one was given ("fri 19:00-21:00").
    pub ends_at: Option<DateTime<Utc>>,
    /// Who voted for it, in vote order.
    pub voters: Vec<User>,
}

/// What is needed to start a poll.
#[derive(Debug, Clone)]
pub struct NewPoll {
    /// The calendar it goes into.
    pub calendar: CalendarId,
    /// Its title.
    pub title: PollTitle,
    /// The zone its options were given in.
    pub zone: Tz,
    /// Who starts it.
    pub creator: UserId,
    /// Proposed times, in the order given.
    pub options: Vec<ProposedTime>,
}

/// A time a poll proposes: a start, and an end when one was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProposedTime {
    /// The start.
    pub starts_at: DateTime<Utc>,
    /// The end, later than the start, if one was given.
    pub ends_at: Option<DateTime<Utc>>,
}

impl Poll {
    /// Options are between these counts.
    pub const OPTIONS: std::ops::RangeInclusive<usize> = 2..=10;
}
