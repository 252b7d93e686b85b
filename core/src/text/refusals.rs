//! Why a command was refused, in one friendly sentence with an example. Nothing was changed.

use super::commands::CommandSpec;
use super::format::when_with_zone;
use crate::refusal::{ParseError, Problem, Refusal};
use crate::reply::Reply;
use crate::time::{TimeError, ZoneError};

/// The apology for a fault of ours (details go to the log, never to the chat).
pub fn internal_error() -> Reply {
    Reply::text("Sorry, something went wrong on my side and nothing was changed. Please try again in a moment.")
}

/// The answer while the database cannot be reached: nothing was changed, and it is worth trying
/// again soon.
pub fn database_unreachable() -> Reply {
    Reply::text("I can't reach my database right now, so nothing was changed. Please try again in a moment.")
}

/// Said again (to the asker alone, where the platform can) while they are still over their
/// command limit.
pub fn still_too_many() -> String {
    "Still too many commands from you: wait a moment, then try again.".into()
}

/// A time given on its own (a form's "when") that could not be read.
pub fn time_not_read(typed: &str) -> String {
    format!(
        "I can't read \"{typed}\" as a time. Try e.g. \"friday 19:30\", \"tomorrow 9am\" or \"every monday 10:00\"."
    )
}

/// The sentence for a refusal.
pub fn refusal(refusal: &Refusal) -> Reply {
    Reply::text(match refusal {
        Refusal::Parse(error) => return parse_error(error),
        Refusal::NoSuchEvent(r) => format!(
            "There is no event {}{} here. /events lists the numbers.",
            r.calendar.map(|c| format!("#{c}.")).unwrap_or_else(|| "#".into()),
            r.no.0
        ),
        Refusal::NoSuchPoll(r) => {
            format!("There is no poll {}{} here.", r.calendar.map(|c| format!("{c}.")).unwrap_or_default(), r.no.0)
        }
        Refusal::CreateAdminsOnly => "In this chat only admins can create events and polls (see /settings).".into(),
        Refusal::NotOrganizer(label) => format!("Only the organizer of {label} or an admin of its chat can change it."),
        Refusal::AdminsOnly => "Only admins of this chat can change that.".into(),
        Refusal::EventCancelled(label) => format!("{label} has been cancelled, so it takes no answers or changes."),
        Refusal::EventOver(label) => format!("{label} is already over."),
        Refusal::Stale(now) => {
            return super::messages::above(
                "This event changed meanwhile; here it is now. Please try again.",
                (**now).clone(),
            )
        }
        Refusal::NotRepeating(label) => {
            format!("{label} does not repeat; /cancel {} cancels it.", label.trim_start_matches('#'))
        }
        Refusal::NoOccurrence(label, day) => format!("{label} has no occurrence on {day}."),
        Refusal::SeriesNeedsRule(label) => format!(
            "{label} repeats, so move it to another repeat, e.g. /move {} every tuesday 19:30",
            label.trim_start_matches('#')
        ),
        Refusal::WrongCode => {
            "No calendar has that code. Check it with whoever sent it (they get it with /share).".into()
        }
        Refusal::OwnCalendar => "That code is this chat's own calendar; share it with another chat instead.".into(),
        Refusal::NotSubscribed(what) => {
            format!("This chat doesn't follow \"{what}\". /unsubscribe lists what it follows.")
        }
        Refusal::PollClosed(label, event) => format!("Poll {label} is closed already; it became event #{}.", event.0),
        Refusal::NoSuchOption(label, given, count) => {
            format!("Poll {label} has options 1 to {count}; there is no option {given}.")
        }
        Refusal::NoVotes(label) => format!(
            "Nobody has voted in poll {label} yet, so there is no time to pick. Vote with /vote {label} <option>."
        ),
        Refusal::SlowDown(seconds) => {
            format!("Slow down a little: too many commands in a minute. Try again in {seconds}s.")
        }
        Refusal::Blocked => "Sorry, you can't use Convene here.".into(),
        Refusal::WinnerInPast(label) => {
            format!("The most-voted time of poll {label} has already passed. Start a new poll with later times.")
        }
    })
}

fn parse_error(error: &ParseError) -> Reply {
    Reply::text(match error {
        ParseError::NotACommand => "Commands start with /. Try /help to see what I can do.".into(),
        ParseError::Unknown { given, suggestion: Some(s) } => {
            format!("I don't know /{given}. Did you mean /{s}? (/help lists everything)")
        }
        ParseError::Unknown { given, suggestion: None } => {
            format!("I don't know /{given}. /help lists what I understand.")
        }
        ParseError::Invalid { command, problem } => {
            let example = CommandSpec::find(command).map_or_else(|| "/help".into(), CommandSpec::example);
            format!("{} Example: {example}", problem_sentence(command, problem))
        }
    })
}

/// Why an answer to a step of the step-by-step `/new` can't be used.
pub fn problem_text(problem: &Problem) -> String {
    problem_sentence("new", problem)
}

fn problem_sentence(command: &str, problem: &Problem) -> String {
    match problem {
        Problem::MissingArguments => match CommandSpec::find(command) {
            Some(spec) => format!("/{command} needs more: /{command} {}.", spec.usage()),
            None => format!("/{command} needs more."),
        },
        Problem::BadEventRef(given) => format!("\"{given}\" is not an event number (like 3 or #3)."),
        Problem::BadPollRef(given) => format!("\"{given}\" is not a poll number (like 1)."),
        Problem::NoTitle => "It needs a title first.".into(),
        Problem::BadTitle => format!("A title can be at most {} characters.", crate::domain::EventTitle::MAX_CHARS),
        Problem::DescriptionTooLong(given) => format!(
            "A description can be at most {} characters; this one has {given}. Shorten it, or link to the details.",
            crate::domain::Description::MAX_CHARS
        ),
        Problem::NoTime => "I couldn't find when it is.".into(),
        Problem::Time(error) => time_sentence(error),
        Problem::RecurrenceNotAllowed(phrase) => format!("Poll options are single times; \"{phrase}\" repeats."),
        Problem::NeedsRecurrence => "A repeating event moves to another repeat.".into(),
        Problem::BadLength(given) => format!("\"{given}\" is not a length (like 2h, 90m or 1h30)."),
        Problem::EndAndLength => "Give an end time (19:30-22:00) or a length (for 2h), not both.".into(),
        Problem::TimeWordLeft { time, word } => time_word_left(time, word),
        Problem::BadCapacity(given) => format!("\"{given}\" is not a number of places (1 to 10000)."),
        Problem::BadTopic(given) => format!("\"{given}\" is not a topic: use letters, digits, - and _ after #."),
        Problem::BadPlace => "The place must be 1 to 200 characters.".into(),
        Problem::BadZone(ZoneError::Unknown { input, suggestion: Some(s) }) => {
            format!("I don't know the time zone \"{input}\". Did you mean {s}?")
        }
        Problem::BadZone(ZoneError::Unknown { input, suggestion: None }) => {
            format!("I don't know the time zone \"{input}\". Use a name like Europe/Madrid or America/New_York.")
        }
        Problem::BadLanguage(given) => {
            format!("I don't speak \"{given}\". I speak English (en) and Spanish (es): /language es")
        }
        Problem::BadCode(given) => format!("\"{given}\" is not a share code (they look like KQ7M-X2PD)."),
        Problem::OptionCount(n) => format!("A poll needs 2 to 10 times separated by |; I found {n}."),
        Problem::DuplicateOption(a, b) => format!("Options {a} and {b} are the same time."),
        Problem::BadOption(given) => format!("\"{given}\" is not an option number."),
        Problem::UnknownField(given) => {
            format!("I can't edit \"{given}\"; I can edit title, place, description, topics, max, length and time.")
        }
        Problem::UnknownSetting(given) => format!("I don't know \"{given}\" here."),
        Problem::BadDigest(given) => format!("\"{given}\" is not a digest time: say daily 08:00 or weekly mon 08:00."),
        Problem::BadEmail(given) => format!("\"{given}\" is not an email address."),
        Problem::BadCode6(given) => format!("\"{given}\" is not a 6-digit code."),
        Problem::BadLead(given) => {
            format!("\"{given}\" is not a reminder time before the event (like 30m, 2h or 1d, up to 30d).")
        }
        Problem::Unexpected(extra) => format!("I didn't expect \"{extra}\" there."),
    }
}

/// A time read while another word of the message speaks of time: asked about, never guessed.
pub fn time_word_left(time: &str, word: &str) -> String {
    format!(
        "I read \"{time}\" as the time but not \"{word}\", so I'd rather ask than guess. Write the whole time \
         together (like \"tuesday next week 12:30\", \"every mon, wed, fri 7:00\" or \"every friday until \
         jan 31 19:00\"), or leave \"{word}\" out of the title."
    )
}

/// "yesterday", "hace 2 horas": a phrase about a time that has passed.
pub fn past_phrase(phrase: &str) -> String {
    format!("\"{phrase}\" is in the past, so I can't plan anything then. Give a time that is still ahead.")
}

/// "fri 7": a bare hour after a day that could be morning or evening.
pub fn ambiguous_hour(phrase: &str, hour: u32) -> String {
    format!("In \"{phrase}\", is {hour} in the morning or in the evening? Write \"{hour}am\" or \"{}:00\".", hour + 12)
}

fn time_sentence(error: &TimeError) -> String {
    match error {
        TimeError::Unrecognised { phrase } => format!("I can't read \"{phrase}\" as a time."),
        TimeError::MissingTime { phrase, suggestion } => {
            format!("\"{phrase}\" needs a time of day, e.g. \"{suggestion}\".")
        }
        TimeError::InPast { interpreted } => format!(
            "That time is in the past: I read it as {}.",
            when_with_zone(interpreted.with_timezone(&chrono::Utc), interpreted.timezone())
        ),
        TimeError::NoSuchDate { phrase } => format!("\"{phrase}\" is not a real date or time."),
        TimeError::Past { phrase } => past_phrase(phrase),
        TimeError::AmbiguousHour { phrase, hour } => ambiguous_hour(phrase, *hour),
        TimeError::AmbiguousDate { phrase, first, second } => {
            let named = |day: u32, month: u32, format: &str| {
                chrono::NaiveDate::from_ymd_opt(2000, month, day)
                    .map_or_else(String::new, |d| d.format(format).to_string())
            };
            format!(
                "In \"{phrase}\", does {first}/{second} mean {} or {}? Write the month as a word, like \"{}\".",
                named(*first, *second, "%-d %B"),
                named(*second, *first, "%-d %B"),
                named(*first, *second, "%-d %b").to_lowercase()
            )
        }
    }
}
