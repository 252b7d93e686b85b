//! Why the engine said no: a message that could not be read as a command ([`ParseError`]), or a
//! command that was understood but cannot be done ([`Refusal`]). Each becomes one friendly
//! sentence in the `text` module, and the transaction is rolled back: a refused command changes
//! nothing.

mod parse_error;

pub use parse_error::{ParseError, Problem};

use crate::domain::{EventNo, EventRef, PollRef};
use crate::reply::Reply;

/// A command that was understood but cannot be done, or was not understood.
#[derive(Debug)]
pub enum Refusal {
    /// The text could not be read as a command.
    Parse(ParseError),
    /// No such event in the calendars this chat sees.
    NoSuchEvent(EventRef),
    /// No such poll in the calendars this chat sees.
    NoSuchPoll(PollRef),
    /// Only admins may create events here.
    CreateAdminsOnly,
    /// Only the organizer or admins may change this event (its label).
    NotOrganizer(String),
    /// Only admins may change chat settings.
    AdminsOnly,
    /// The event was cancelled (its label).
    EventCancelled(String),
    /// The event is over (its label).
    EventOver(String),
    /// Someone changed the event meanwhile: here it is now.
    Stale(Box<Reply>),
    /// Only a repeating event has occurrences to cancel (its label).
    NotRepeating(String),
    /// The series has no occurrence that day (label, the day as shown).
    NoOccurrence(String, String),
    /// A repeating event can only be moved to another repeat.
    SeriesNeedsRule(String),
    /// No calendar has that code.
    WrongCode,
    /// The code is this chat's own.
    OwnCalendar,
    /// No such subscription.
    NotSubscribed(String),
    /// The poll is closed (its label, and the event it became).
    PollClosed(String, EventNo),
    /// The option number does not exist (label, option given, options there are).
    NoSuchOption(String, i32, usize),
    /// Nobody voted yet (poll label).
    NoVotes(String),
    /// The winning time has passed (poll label).
    WinnerInPast(String),
    /// Too many commands in the last minute: wait this many seconds.
    SlowDown(i64),
    /// An operator blocked this person.
    Blocked,
}
