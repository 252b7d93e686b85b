//! Why a message could not be read as a command. Rendered into a friendly sentence with an example
//! by the `text` module; never shown raw.

use crate::time::{TimeError, ZoneError};

/// A command that could not be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ParseError {
    /// Plain text, not a command.
    #[error("not a command")]
    NotACommand,
    /// `/something` we do not know.
    #[error("unknown command /{given}")]
    Unknown {
        /// What was typed (without `/`).
        given: String,
        /// The closest known command, if any is close.
        suggestion: Option<&'static str>,
    },
    /// A required part is missing or unreadable; the usage of `command` explains it.
    #[error("/{command}: {problem:?}")]
    Invalid {
        /// The command's name.
        command: &'static str,
        /// What is wrong.
        problem: Problem,
    },
}

/// What is wrong with a command's arguments.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// Nothing after the command.
    MissingArguments,
    /// No event number where one was expected.
    BadEventRef(String),
    /// No poll number where one was expected.
    BadPollRef(String),
    /// No title where one was expected: "/new friday 19:30".
    NoTitle,
    /// A title over 100 characters.
    BadTitle,
    /// A description over 2,000 characters (it had this many).
    DescriptionTooLong(usize),
    /// No time found in the text.
    NoTime,
    /// A time was found but cannot be used.
    Time(TimeError),
    /// A time phrase that is a recurrence where only one time fits (poll options).
    RecurrenceNotAllowed(String),
    /// A series can only be moved to another rule.
    NeedsRecurrence,
    /// `for ...` that is not a length.
    BadLength(String),
    /// Both an end time and a length: "friday 19:30-22:00 for 2h".
    EndAndLength,
    /// A time read without a time word standing right beside it ("Sync every 2nd" + "tuesday 9:00").
    TimeWordLeft {
        /// The words read as the time.
        time: String,
        /// The time word left over.
        word: String,
    },
    /// `max ...` that is not 1 to 10,000.
    BadCapacity(String),
    /// A `#topic` with characters other than letters, digits, `_` and `-`.
    BadTopic(String),
    /// Place empty or over 200 characters.
    BadPlace,
    /// An unknown zone.
    BadZone(ZoneError),
    /// A language Convene does not speak.
    BadLanguage(String),
    /// Not a join code.
    BadCode(String),
    /// Too few or too many poll options.
    OptionCount(usize),
    /// Two poll options at the same time.
    DuplicateOption(usize, usize),
    /// A vote for an option number that is not a number.
    BadOption(String),
    /// `/edit` with a field we do not know.
    UnknownField(String),
    /// `/settings` with a setting we do not know, or a bad value.
    UnknownSetting(String),
    /// Not a digest schedule.
    BadDigest(String),
    /// Not an email address.
    BadEmail(String),
    /// Not a 6-digit code.
    BadCode6(String),
    /// Not a reminder lead (1 minute to 30 days).
    BadLead(String),
    /// Extra words after a complete command.
    Unexpected(String),
}
