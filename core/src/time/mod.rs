//! The time language of Convene: reading "when" phrases typed in chat
//! ("friday 19:30", "tomorrow at 9", "in 2 hours", "every weekday 9:15"),
//! durations, search ranges and time zone names.
//!
//! # Phrases
//! Reading is strict: every word must be used, so "games friday 19:30" is
//! not a time while "friday 19:30" is. Case, extra spaces and a trailing
//! "." or "," are ignored.
//!
//! - A clock time alone is the next such time (today if still ahead, else tomorrow).
//! - A day without a clock time is [`TimeError::MissingTime`]; the suggestion
//!   adds "19:00" (for "today" after 19:00: the next whole hour).
//! - "friday" is the next Friday, today included while the time is ahead;
//!   "next friday" is always the Friday of next week (weeks start Monday).
//! - A month-day without a year is the next one not in the past.
//! - "tonight" is today 20:00; once 20:00 has passed it is one hour from now
//!   rounded up to the next half hour. "tonight 1am" (before 05:00) means
//!   the small hours of tomorrow.
//! - "this evening", "tomorrow morning", "friday night": a clock time without
//!   am/pm is read in that part of the day ("tonight at 8" is 20:00).
//! - "in N minutes/hours" is exact elapsed time; "in N days/weeks/months"
//!   keeps the local wall-clock time (or the time given); both are rounded
//!   down to the whole minute.
//! - One-off results before `now` are [`TimeError::InPast`]; recurrences
//!   start at their first occurrence at or after `now`.
//! - An end time after the start ("friday 19:30-22:00", "sat 22:00 until
//!   2am", "7-9pm") is read by [`parse_span`], which gives the length too,
//!   and reads a zone written last ("10:00 CET", "3pm EST").
//!
//! # Daylight saving
//! - A local time that does not exist (spring-forward gap) is moved forward
//!   by the length of the gap: Europe/Madrid 2026-03-29 02:30 -> 03:30 CEST.
//! - A local time that happens twice (fall-back) takes the earlier instant,
//!   still on summer time: Europe/Madrid 2026-10-25 02:30 -> 02:30 CEST
//!   (00:30 UTC).
//!
//! Either case is reported in [`When::adjustment`].

mod clock;
mod date;
mod day_part;
mod duration;
mod error;
mod language;
mod lex;
mod lexicon;
mod local;
mod range;
mod reading;
mod recurrence;
mod relative;
mod series_end;
mod span;
mod when;
mod words;
mod written_zone;
mod zone;

pub use day_part::Part as DayPart;
pub use duration::parse_duration;
pub use error::{TimeError, ZoneError};
pub use lexicon::{fold_accents, time_word, Language, TimeWord};
pub use local::{resolve_local, LocalTimeAdjustment};
pub use range::parse_range;
pub use recurrence::{Pattern, Recurrence, SeriesEnd};
pub use span::{joins_clock_times, parse_span, starts_with_clock, Span};
pub use when::parse_when;
pub use zone::parse_zone;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// The moment and zone a phrase is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeContext {
    /// The current instant.
    pub now: DateTime<Utc>,
    /// The chat's time zone; phrases are local times in it.
    pub zone: Tz,
}

/// Result of reading a "when" phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct When {
    /// First occurrence, in ctx.zone. For a recurrence: the first occurrence at or after ctx.now.
    pub start: DateTime<Tz>,
    /// The repeat rule, for "every ..." phrases.
    pub recurrence: Option<Recurrence>,
    /// Set when the local time fell in a DST gap or fold and a rule picked the instant.
    pub adjustment: Option<LocalTimeAdjustment>,
}
