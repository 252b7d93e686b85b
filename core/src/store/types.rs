//! The values that cross the storage boundary besides the domain's own types.

use crate::domain::*;
use chrono::{DateTime, Utc};

/// Connection pool figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolStatus {
    /// Open connections.
    pub size: u32,
    /// Open and idle.
    pub idle: u32,
    /// The most it opens.
    pub max: u32,
}

/// How a `/verify` went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyOutcome {
    /// Right code: the address is linked.
    Linked(Email),
    /// Wrong code; this many tries are left.
    Wrong {
        /// Tries left.
        left: i32,
    },
    /// Too many wrong codes: the code is void.
    TooManyTries,
    /// The code ran out.
    Expired,
    /// No code was asked for.
    NothingPending,
}

/// Wrong codes allowed before a code is void.
pub const CODE_TRIES: i32 = 5;

/// What became of one target of a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryOutcome {
    /// It got the message.
    Sent,
    /// It refuses for good (chat gone, bot blocked, address rejected).
    Refused,
    /// Given up after every retry.
    Failed,
}

impl DeliveryOutcome {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Refused => "refused",
            Self::Failed => "failed",
        }
    }
}

/// A reminder row's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReminderId(pub i64);

/// Where a reminder stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderState {
    /// Delivered on time.
    Sent,
    /// Delivered, but late (after downtime, within the grace window).
    Late,
    /// Too late after downtime: not delivered.
    Missed,
    /// Every attempt failed, or the target refuses for good.
    Failed,
    /// No longer wanted (event cancelled or moved, person declined).
    Dropped,
}

impl ReminderState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Late => "late",
            Self::Missed => "missed",
            Self::Failed => "failed",
            Self::Dropped => "dropped",
        }
    }
}

/// A reminder claimed for delivery.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimedReminder {
    /// Its id.
    pub id: ReminderId,
    /// The event.
    pub event: EventId,
    /// The occurrence it reminds of.
    pub occurrence: DateTime<Utc>,
    /// Its lead.
    pub lead: Lead,
    /// None: for the chats; else this person's.
    pub user: Option<UserId>,
    /// When it was due.
    pub due_at: DateTime<Utc>,
    /// Claims so far, this one included.
    pub attempts: i32,
}

/// A person's pending reminder, for `/reminders`.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingReminder {
    /// The event.
    pub event: Event,
    /// The occurrence.
    pub occurrence: DateTime<Utc>,
    /// How long before.
    pub lead: Lead,
}

/// One handled command, for statistics.
#[derive(Debug, Clone, PartialEq)]
pub struct CommandRecord {
    /// When it was handled.
    pub at: DateTime<Utc>,
    /// Where it came from.
    pub platform: Platform,
    /// The command's name (`unknown`, `text` for others).
    pub command: String,
    /// `ok`, `refused`, `error`, `limited` or `blocked`.
    pub outcome: &'static str,
}

/// A chat on a platform, as adapters name it, for the cards posted there.
#[derive(Debug, Clone, Copy)]
pub struct PostedIn<'a> {
    /// The platform.
    pub platform: Platform,
    /// The platform's id for the chat.
    pub chat_external_id: &'a str,
}

/// A person named by platform and platform id (as operators name them: `telegram:12345`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRef {
    /// Their platform.
    pub platform: Platform,
    /// The platform's id for them.
    pub external_id: String,
}

impl UserRef {
    /// Reads `telegram:12345`; None when the platform is unknown or the id empty.
    pub fn parse(text: &str) -> Option<Self> {
        let (platform, id) = text.trim().split_once(':')?;
        let platform = Platform::from_stored(&platform.to_lowercase())?;
        (!id.is_empty()).then(|| Self { platform, external_id: id.to_string() })
    }
}

/// A calendar's iCalendar feed content.
#[derive(Debug, Clone, PartialEq)]
pub struct Feed {
    /// The calendar's name.
    pub calendar: CalendarInfo,
    /// All its events, cancelled ones included (clients mark them cancelled).
    pub events: Vec<Event>,
}

/// What a search looks for; every part given must match.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    /// Words in the title or description.
    pub text: Option<String>,
    /// A topic the event has.
    pub topic: Option<Topic>,
    /// Words in the location.
    pub place: Option<String>,
    /// Only events starting in [from, to).
    pub range: Option<(DateTime<Utc>, DateTime<Utc>)>,
}

/// A calendar as listed to people.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarInfo {
    /// Its id (used in `#7.3` references).
    pub id: CalendarId,
    /// Its name.
    pub name: String,
}
