//! Why a command was refused, in one friendly sentence with an example. Nothing was changed.

use super::commands::CommandSpec;
use super::format::{month_short, when_with_zone};
use crate::refusal::{ParseError, Problem, Refusal};
use crate::reply::Reply;
use crate::time::{TimeError, ZoneError};
use crate::tr;

/// The apology for a fault of ours (details go to the log, never to the chat).
pub fn internal_error() -> Reply {
    Reply::text(tr!("refusal-internal-error"))
}

/// The answer while the database cannot be reached: nothing was changed, and it is worth trying
/// again soon.
pub fn database_unreachable() -> Reply {
    Reply::text(tr!("refusal-database-unreachable"))
}

/// Said again (to the asker alone, where the platform can) while they are still over their
/// command limit.
pub fn still_too_many() -> String {
    tr!("refusal-still-too-many")
}

/// A time given on its own (a form's "when") that could not be read.
pub fn time_not_read(typed: &str) -> String {
    tr!("refusal-time-not-read", typed = typed)
}

/// The sentence for a refusal.
pub fn refusal(refusal: &Refusal) -> Reply {
    Reply::text(match refusal {
        Refusal::Parse(error) => return parse_error(error),
        Refusal::NoSuchEvent(r) => {
            let event = format!("#{}{}", r.calendar.map(|c| format!("{c}.")).unwrap_or_default(), r.no.0);
            tr!("refusal-no-such-event", event = event)
        }
        Refusal::NoSuchPoll(r) => {
            let poll = format!("{}{}", r.calendar.map(|c| format!("{c}.")).unwrap_or_default(), r.no.0);
            tr!("refusal-no-such-poll", poll = poll)
        }
        Refusal::CreateAdminsOnly => tr!("refusal-create-admins-only"),
        Refusal::NotOrganizer(label) => tr!("refusal-not-organizer", label = label),
        Refusal::AdminsOnly => tr!("refusal-admins-only"),
        Refusal::EventCancelled(label) => tr!("refusal-event-cancelled", label = label),
        Refusal::EventOver(label) => tr!("refusal-event-over", label = label),
        Refusal::Stale(now) => return super::messages::above(&tr!("refusal-stale"), (**now).clone()),
        Refusal::NotRepeating(label) => {
            tr!("refusal-not-repeating", label = label, id = label.trim_start_matches('#'))
        }
        Refusal::NoOccurrence(label, day) => tr!("refusal-no-occurrence", label = label, day = day),
        Refusal::SeriesNeedsRule(label) => {
            tr!("refusal-series-needs-rule", label = label, id = label.trim_start_matches('#'))
        }
        Refusal::WrongCode => tr!("refusal-wrong-code"),
        Refusal::OwnCalendar => tr!("refusal-own-calendar"),
        Refusal::NotSubscribed(what) => tr!("refusal-not-subscribed", what = what),
        Refusal::PollClosed(label, event) => tr!("refusal-poll-closed", label = label, event = event.0.to_string()),
        Refusal::NoSuchOption(label, given, count) => {
            tr!("refusal-no-such-option", label = label, given = given.to_string(), count = count.to_string())
        }
        Refusal::NoVotes(label) => tr!("refusal-no-votes", label = label),
        Refusal::SlowDown(seconds) => tr!("refusal-slow-down", seconds = seconds.to_string()),
        Refusal::Blocked => tr!("refusal-blocked"),
        Refusal::WinnerInPast(label) => tr!("refusal-winner-in-past", label = label),
    })
}

fn parse_error(error: &ParseError) -> Reply {
    Reply::text(match error {
        ParseError::NotACommand => tr!("refusal-not-a-command"),
        ParseError::Unknown { given, suggestion: Some(s) } => {
            tr!("refusal-unknown-command", given = given, suggestion = *s)
        }
        ParseError::Unknown { given, suggestion: None } => tr!("refusal-unknown-command-alone", given = given),
        ParseError::Invalid { command, problem } => {
            let example = CommandSpec::find(command).map_or_else(|| "/help".into(), CommandSpec::example);
            tr!("refusal-invalid", problem = problem_sentence(command, problem), example = example)
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
            Some(spec) => tr!("problem-missing-arguments", command = command, usage = spec.usage()),
            None => tr!("problem-missing-arguments-alone", command = command),
        },
        Problem::BadEventRef(given) => tr!("problem-bad-event-ref", given = given),
        Problem::BadPollRef(given) => tr!("problem-bad-poll-ref", given = given),
        Problem::NoTitle => tr!("problem-no-title"),
        Problem::BadTitle => tr!("problem-bad-title", max = crate::domain::EventTitle::MAX_CHARS.to_string()),
        Problem::DescriptionTooLong(given) => tr!(
            "problem-description-too-long",
            max = crate::domain::Description::MAX_CHARS.to_string(),
            given = given.to_string()
        ),
        Problem::NoTime => tr!("problem-no-time"),
        Problem::Time(error) => time_sentence(error),
        Problem::RecurrenceNotAllowed(phrase) => tr!("problem-recurrence-not-allowed", phrase = phrase),
        Problem::NeedsRecurrence => tr!("problem-needs-recurrence"),
        Problem::BadLength(given) => tr!("problem-bad-length", given = given),
        Problem::EndAndLength => tr!("problem-end-and-length"),
        Problem::TimeWordLeft { time, word } => time_word_left(time, word),
        Problem::BadCapacity(given) => tr!("problem-bad-capacity", given = given),
        Problem::BadTopic(given) => tr!("problem-bad-topic", given = given),
        Problem::BadPlace => tr!("problem-bad-place"),
        Problem::BadZone(ZoneError::Unknown { input, suggestion: Some(s) }) => {
            tr!("problem-unknown-zone", input = input, suggestion = s)
        }
        Problem::BadZone(ZoneError::Unknown { input, suggestion: None }) => {
            tr!("problem-unknown-zone-alone", input = input)
        }
        Problem::BadLanguage(given) => tr!("problem-bad-language", given = given),
        Problem::BadCode(given) => tr!("problem-bad-code", given = given),
        Problem::OptionCount(n) => tr!("problem-option-count", count = n.to_string()),
        Problem::DuplicateOption(a, b) => {
            tr!("problem-duplicate-option", first = a.to_string(), second = b.to_string())
        }
        Problem::BadOption(given) => tr!("problem-bad-option", given = given),
        Problem::UnknownField(given) => tr!("problem-unknown-field", given = given),
        Problem::UnknownSetting(given) => tr!("problem-unknown-setting", given = given),
        Problem::BadDigest(given) => tr!("problem-bad-digest", given = given),
        Problem::BadEmail(given) => tr!("problem-bad-email", given = given),
        Problem::BadCode6(given) => tr!("problem-bad-code6", given = given),
        Problem::BadLead(given) => tr!("problem-bad-lead", given = given),
        Problem::Unexpected(extra) => tr!("problem-unexpected", extra = extra),
    }
}

/// A time read while another word of the message speaks of time: asked about, never guessed.
pub fn time_word_left(time: &str, word: &str) -> String {
    tr!("time-word-left", time = time, word = word)
}

/// "yesterday", "hace 2 horas": a phrase about a time that has passed.
pub fn past_phrase(phrase: &str) -> String {
    tr!("time-past-phrase", phrase = phrase)
}

/// "fri 7": a bare hour after a day that could be morning or evening.
pub fn ambiguous_hour(phrase: &str, hour: u32) -> String {
    tr!("time-ambiguous-hour", phrase = phrase, hour = hour.to_string(), evening = (hour + 12).to_string())
}

fn time_sentence(error: &TimeError) -> String {
    match error {
        TimeError::Unrecognised { phrase } => tr!("time-unrecognised", phrase = phrase),
        TimeError::MissingTime { phrase, suggestion } => {
            tr!("time-missing-time", phrase = phrase, suggestion = suggestion)
        }
        TimeError::InPast { interpreted } => {
            tr!("time-in-past", when = when_with_zone(interpreted.with_timezone(&chrono::Utc), interpreted.timezone()))
        }
        TimeError::NoSuchDate { phrase } => tr!("time-no-such-date", phrase = phrase),
        TimeError::Past { phrase } => past_phrase(phrase),
        TimeError::AmbiguousHour { phrase, hour } => ambiguous_hour(phrase, *hour),
        TimeError::AmbiguousDate { phrase, first, second } => ambiguous_date(phrase, *first, *second),
    }
}

/// "5/6": the fifth of June or the sixth of May?
fn ambiguous_date(phrase: &str, first: u32, second: u32) -> String {
    tr!(
        "time-ambiguous-date",
        phrase = phrase,
        first = first.to_string(),
        second = second.to_string(),
        one = day_and_month(first, second),
        other = day_and_month(second, first),
        example = format!("{first} {}", month_short(second).to_lowercase())
    )
}

/// "5 June" ("5 de junio"), or nothing when no year has that date.
fn day_and_month(day: u32, month: u32) -> String {
    if chrono::NaiveDate::from_ymd_opt(2000, month, day).is_none() {
        return String::new();
    }
    tr!("time-day-month", day = day.to_string(), month = tr!("time-month-name", month = month))
}
