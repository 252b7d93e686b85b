//! What a card shows, as data: every adapter can draw a card its own way from it (the console and
//! Telegram as text, Discord as an embed with timestamps each viewer sees in their own zone). The
//! card's text in the reply is rendered from the same data, so the two never disagree.

use crate::domain::Language;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// An event card or a poll card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardView {
    /// An event.
    Event(Box<EventCard>),
    /// A time poll.
    Poll(PollCard),
}

/// An event as one chat sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventCard {
    /// How this chat names it: `#3`, or `#7.3` for another calendar's event.
    pub label: String,
    /// Its title.
    pub title: String,
    /// Whether it was cancelled (it then takes no answers).
    pub cancelled: bool,
    /// When it (or, for a series, its next time) starts.
    pub starts_at: DateTime<Utc>,
    /// And ends.
    pub ends_at: DateTime<Utc>,
    /// The chat's zone, in which the card shows times.
    pub zone: Tz,
    /// For a series, how it repeats: "every Monday at 19:00 (Europe/Madrid)".
    pub series: Option<String>,
    /// Where.
    pub place: Option<String>,
    /// Topics, without `#`.
    pub topics: Vec<String>,
    /// Places, when limited.
    pub capacity: Option<u32>,
    /// Who is going, in answer order.
    pub going: Vec<String>,
    /// Who might come.
    pub maybe: Vec<String>,
    /// Who can't.
    pub declined: Vec<String>,
    /// Who waits for a place, first first.
    pub waitlist: Vec<String>,
    /// Who organizes it, when known.
    pub organizer: Option<String>,
    /// The description, as written.
    pub description: Option<String>,
    /// The calendar's name, for events of calendars this chat follows.
    pub calendar: Option<String>,
    /// The chat's language, in which the card is worded.
    pub language: Language,
}

/// A time poll as one chat sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollCard {
    /// How this chat names it: `1` or `7.1`.
    pub label: String,
    /// Its title.
    pub title: String,
    /// The number of the event it became, once closed.
    pub became: Option<i32>,
    /// The chat's zone, in which the card shows times.
    pub zone: Tz,
    /// The options, in order.
    pub options: Vec<PollChoice>,
    /// The chat's language, in which the card is worded.
    pub language: Language,
}

/// One option of a poll.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollChoice {
    /// Its number, as shown and typed (from 1).
    pub number: i32,
    /// When it would start.
    pub starts_at: DateTime<Utc>,
    /// And end, when the option says.
    pub ends_at: Option<DateTime<Utc>>,
    /// Who voted for it.
    pub voters: Vec<String>,
}
