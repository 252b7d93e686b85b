//! The domain: what Convene is about, as validated types. Invalid values do not exist past parsing.

mod description;
mod digest_schedule;
mod draft;
mod email;
mod event;
mod ids;
mod lead;
mod people;
mod poll;
mod reminder;
mod rsvp;
mod typed;

pub use crate::time::Language;
pub use description::{Description, DescriptionTooLong};
pub use digest_schedule::DigestSchedule;
pub use draft::{Draft, DraftStep, DRAFT_LIFETIME};
pub use email::Email;
pub use event::{Capacity, Event, EventStatus, EventTitle, Location, NewEvent, Topic};
pub use ids::{label_for, CalendarId, ChatId, EventId, EventNo, EventRef, PollId, PollNo, PollRef, UserId};
pub use lead::Lead;
pub use people::{Chat, ChatIdentity, CreatePolicy, Platform, ShareCode, User, UserIdentity};
pub use poll::{NewPoll, Poll, PollOption, PollTitle, ProposedTime};
pub use reminder::NewReminder;
pub use rsvp::{Answer, Attendance, RsvpState};
pub use typed::{one_line, typed_text};
