//! Errors reported to chat members when a phrase cannot be used.

use chrono::DateTime;
use chrono_tz::Tz;

/// Why a "when" phrase (or a stored recurrence) could not be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TimeError {
    /// Nothing here reads as a time.
    #[error("I can't read \"{phrase}\" as a time")]
    Unrecognised {
        /// The phrase as typed.
        phrase: String,
    },
    /// A date (or recurrence) with no clock time; `suggestion` adds one.
    #[error("\"{phrase}\" needs a time of day, e.g. \"{suggestion}\"")]
    MissingTime {
        /// The phrase as typed.
        phrase: String,
        /// The phrase with a clock time added, e.g. "tomorrow 19:00".
        suggestion: String,
    },
    /// The phrase was understood but lies in the past.
    #[error("{} is in the past", .interpreted.format("%a %Y-%m-%d %H:%M %Z"))]
    InPast {
        /// How the phrase was read.
        interpreted: DateTime<Tz>,
    },
    /// A date like "5/6" whose numbers could be day/month or month/day.
    #[error("\"{phrase}\" could be {first}/{second} either way round")]
    AmbiguousDate {
        /// The phrase as typed.
        phrase: String,
        /// The first number.
        first: u32,
        /// The second number.
        second: u32,
    },
    /// A day or offset that has passed: "yesterday", "last week", "2 hours ago", "ayer".
    #[error("\"{phrase}\" is in the past")]
    Past {
        /// The phrase as typed.
        phrase: String,
    },
    /// A bare hour after a day that could be morning or evening: "fri 7".
    #[error("\"{phrase}\": is {hour} in the morning or in the evening?")]
    AmbiguousHour {
        /// The phrase as typed.
        phrase: String,
        /// The hour as written (6 to 11).
        hour: u32,
    },
    /// A date or clock time that does not exist, e.g. "feb 30" or "25:00".
    #[error("\"{phrase}\" is not a real date or time")]
    NoSuchDate {
        /// The phrase as typed.
        phrase: String,
    },
}

/// Why a time zone name could not be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ZoneError {
    /// No IANA zone has this name.
    #[error("{}", unknown_zone_text(.input, .suggestion.as_deref()))]
    Unknown {
        /// The name as typed.
        input: String,
        /// The closest real zone name, when one is close.
        suggestion: Option<String>,
    },
}

fn unknown_zone_text(input: &str, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(name) => format!("unknown time zone \"{input}\"; did you mean {name}?"),
        None => format!("unknown time zone \"{input}\" (use a name like Europe/Madrid)"),
    }
}
