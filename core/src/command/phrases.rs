//! Free-form arguments: `/new`, `/search` and `/poll` mix a title, a time phrase and markers
//! (`@place`, `#topic`, `max N`, `for 3h`, `-- description`). Markers are taken out first; the time
//! phrase is then found as the longest run at the end (or start) of the remaining words that reads
//! entirely as a time.

use super::draft::{EventDraft, PollDraft, SearchQuery};
use super::error::Problem;
use super::parse::capacity;
use crate::domain::{Capacity, EventTitle, Location, Poll, PollTitle, Topic};
use crate::time::{joins_clock_times, parse_duration, parse_range, parse_span, Span, TimeContext, TimeError, When};
use chrono::Duration;

/// Default length of an event.
pub const DEFAULT_LENGTH: Duration = Duration::hours(1);

/// The words of a message with its markers taken out.
#[derive(Default)]
struct Marked<'a> {
    /// Words that are title (or search text) and time.
    free: Vec<&'a str>,
    /// Words after `@`.
    place: Vec<&'a str>,
    /// `#topics`.
    topics: Vec<Topic>,
    /// `max N`.
    capacity: Option<Capacity>,
    /// `for 3h`.
    length: Option<Duration>,
    /// Text after `--`.
    description: Option<String>,
}

fn is_dash(token: &str) -> bool {
    matches!(token, "--" | "—" | "–")
}

/// A length after `for`: one or two words, with a unit ("3h", "3 hours"; not a bare "2").
fn length_at(tokens: &[&str]) -> Option<(Duration, usize)> {
    for take in [2, 1] {
        let Some(words) = tokens.get(..take) else { continue };
        let phrase = words.join(" ");
        if phrase.chars().any(char::is_alphabetic) {
            if let Some(length) = parse_duration(&phrase) {
                return Some((length, take));
            }
        }
    }
    None
}

fn mark(text: &str) -> Result<Marked<'_>, Problem> {
    let mut marked = Marked::default();
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let starts_description = |at: usize| is_dash(tokens[at]) && !joins_clock_times(&tokens[..at], &tokens[at + 1..]);
    let (tokens, description) = match (0..tokens.len()).find(|&at| starts_description(at)) {
        Some(at) => (&tokens[..at], Some(tokens[at + 1..].join(" "))),
        None => (&tokens[..], None),
    };
    marked.description = description.filter(|d| !d.is_empty()).map(|d| d.chars().take(2000).collect());
    let mut in_place = false;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        let lower = token.to_lowercase();
        if token.len() > 1 && token.starts_with('#') {
            marked.topics.push(Topic::parse(token).ok_or_else(|| Problem::BadTopic(token.into()))?);
            in_place = false;
        } else if let Some(place) = token.strip_prefix('@') {
            in_place = true;
            marked.place.extend((!place.is_empty()).then_some(place));
        } else if matches!(lower.as_str(), "max" | "cap" | "capacity" | "limit") && i + 1 < tokens.len() {
            if tokens[i + 1].bytes().all(|b| b.is_ascii_digit() || b == b'-') {
                marked.capacity = Some(capacity(tokens[i + 1])?);
                in_place = false;
                i += 2;
                continue;
            }
            push(&mut marked, in_place, token);
        } else if let Some((length, used)) = (lower == "for").then(|| length_at(&tokens[i + 1..])).flatten() {
            marked.length = Some(length);
            in_place = false;
            i += used + 1;
            continue;
        } else {
            push(&mut marked, in_place, token);
        }
        i += 1;
    }
    Ok(marked)
}

fn push<'a>(marked: &mut Marked<'a>, in_place: bool, token: &'a str) {
    if in_place {
        marked.place.push(token);
    } else {
        marked.free.push(token);
    }
}

/// Where a time phrase sits among words: [start, end), and what it reads as.
struct Found<T> {
    start: usize,
    end: usize,
    read: T,
}

/// Finds the longest run at the end (else at the start) of `words`, leaving at least `keep` words
/// outside it, that reads as a time: cleanly, or `recognised` as a time with a problem (so
/// "Party 2020-01-01 10:00" is a time in the past, not an event called "Party 2020-01-01").
fn find_phrase<T, E>(
    words: &[&str],
    keep: usize,
    read: impl Fn(&str) -> Result<T, E>,
    recognised: impl Fn(&E) -> bool,
) -> Option<Found<Result<T, E>>> {
    let n = words.len();
    let suffixes = (keep..n).map(|start| (start, n));
    let prefixes = (1..=n.saturating_sub(keep)).rev().map(|end| (0, end));
    suffixes.chain(prefixes).find_map(|(start, end)| match read(&words[start..end].join(" ")) {
        Ok(value) => Some(Found { start, end, read: Ok(value) }),
        Err(e) if recognised(&e) => Some(Found { start, end, read: Err(e) }),
        Err(_) => None,
    })
}

/// Turns a time error into the command's problem.
pub(super) fn time_problem(error: TimeError) -> Problem {
    Problem::Time(error)
}

fn is_recognised(error: &TimeError) -> bool {
    !matches!(error, TimeError::Unrecognised { .. })
}

/// A title as typed (an event's or a poll's), or why it can't be one: missing, or too long.
pub fn read_title<T>(text: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::NoTitle);
    }
    parse(text).ok_or(Problem::BadTitle)
}

fn remove(words: &[&str], start: usize, end: usize) -> String {
    words[..start].iter().chain(&words[end..]).copied().collect::<Vec<_>>().join(" ")
}

/// `/new` arguments.
pub(super) fn event_draft(text: &str, ctx: &TimeContext) -> Result<EventDraft, Problem> {
    let mut marked = mark(text)?;
    if parse_span(&marked.free.join(" "), ctx).is_ok() {
        // "/new friday 19:30": all time, no title (rather than an event called "friday").
        return Err(Problem::NoTitle);
    }
    let read = |phrase: &str| parse_span(phrase, ctx);
    let (title, when) = match find_phrase(&marked.free, 1, read, is_recognised) {
        Some(found) => {
            partly_read(&marked.free, &found)?;
            (remove(&marked.free, found.start, found.end), found.read)
        }
        None => {
            // "@Kim's place friday 19:30": the time may have ended up in the place.
            let found = find_phrase(&marked.place, 1, read, is_recognised)
                .filter(|f| f.end == marked.place.len() && f.start > 0);
            match found {
                Some(found) => {
                    partly_read(&marked.place, &found)?;
                    marked.place.truncate(found.start);
                    (marked.free.join(" "), found.read)
                }
                None => return Err(Problem::NoTime),
            }
        }
    };
    let Span { when, length } = when.map_err(time_problem)?;
    let length = one_length(length, marked.length)?;
    let location = match marked.place.is_empty() {
        true => None,
        false => Some(Location::parse(&marked.place.join(" ")).ok_or(Problem::BadPlace)?),
    };
    Ok(EventDraft {
        title: read_title(&title, EventTitle::parse)?,
        when,
        length: length.unwrap_or(DEFAULT_LENGTH),
        location,
        topics: marked.topics,
        capacity: marked.capacity,
        description: marked.description,
    })
}

/// Words that, left next to the time phrase, mean it was only partly read: "Lunch next" + "week
/// tuesday 12:30" (before "tuesday next week" was known), "Sync every 2nd" + "tuesday 9:00".
const TIME_WORDS: &[&str] = &[
    "next",
    "this",
    "after",
    "other",
    "every",
    "first",
    "1st",
    "second",
    "2nd",
    "third",
    "3rd",
    "fourth",
    "4th",
    "last",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
];

/// Refuses a time phrase at the end with a time word right before it: rather than an event called
/// "Sync every 2nd" on the wrong day, the person is asked to write the time as one phrase.
fn partly_read<T>(words: &[&str], found: &Found<T>) -> Result<(), Problem> {
    let at_the_end = found.end == words.len() && found.start > 0;
    let beside = words.get(found.start.wrapping_sub(1)).filter(|_| at_the_end);
    let Some(word) = beside.map(|w| w.trim_matches(',').to_lowercase()) else {
        return Ok(());
    };
    if !TIME_WORDS.contains(&word.as_str()) {
        return Ok(());
    }
    let time = words[found.start..found.end].join(" ");
    Err(Problem::TimeWordLeft { time, word })
}

/// `/search` arguments.
pub(super) fn search(text: &str, ctx: &TimeContext) -> Result<SearchQuery, Problem> {
    let mut marked = mark(text)?;
    let read = |phrase: &str| parse_range(phrase, ctx);
    let mut range = None;
    let mut text = marked.free.join(" ");
    if let Some(found) = find_phrase(&marked.free, 0, read, |_| false) {
        range = found.read.ok();
        text = remove(&marked.free, found.start, found.end);
    } else if let Some(found) = find_phrase(&marked.place, 1, read, |_| false).filter(|f| f.start > 0) {
        range = found.read.ok();
        marked.place.truncate(found.start);
    }
    let place = marked.place.join(" ");
    Ok(SearchQuery {
        text: (!text.is_empty()).then_some(text),
        topic: marked.topics.into_iter().next(),
        place: (!place.is_empty()).then_some(place),
        range,
    })
}

/// `/poll Title | when | when ...`
pub(super) fn poll_draft(text: &str, ctx: &TimeContext) -> Result<PollDraft, Problem> {
    let mut parts = text.split('|').map(str::trim);
    let title = read_title(parts.next().unwrap_or_default(), PollTitle::parse)?;
    let phrases: Vec<&str> = parts.filter(|p| !p.is_empty()).collect();
    if !Poll::OPTIONS.contains(&phrases.len()) {
        return Err(Problem::OptionCount(phrases.len()));
    }
    let mut options: Vec<When> = Vec::with_capacity(phrases.len());
    for phrase in phrases {
        let Span { when, length } = parse_span(phrase, ctx).map_err(time_problem)?;
        if length.is_some() {
            return Err(Problem::EndInPoll(phrase.into()));
        }
        if when.recurrence.is_some() {
            return Err(Problem::RecurrenceNotAllowed(phrase.into()));
        }
        if let Some(same) = options.iter().position(|o| o.start == when.start) {
            return Err(Problem::DuplicateOption(same + 1, options.len() + 1));
        }
        options.push(when);
    }
    Ok(PollDraft { title, options })
}

/// The length from an end time ("19:30-22:00") or from `for 2h`, if either was given; not both.
pub(super) fn one_length(from_end: Option<Duration>, written: Option<Duration>) -> Result<Option<Duration>, Problem> {
    match (from_end, written) {
        (Some(_), Some(_)) => Err(Problem::EndAndLength),
        (from_end, written) => Ok(from_end.or(written)),
    }
}

/// `tomorrow 20:00 for 2h`: the time phrase and an optional length at the end.
pub(super) fn split_length(text: &str) -> Result<(&str, Option<Duration>), Problem> {
    let lower = text.to_lowercase();
    match lower.rfind(" for ") {
        Some(at) => {
            let length_text = text[at + 5..].trim();
            let length = parse_duration(length_text).ok_or_else(|| Problem::BadLength(length_text.into()))?;
            Ok((text[..at].trim(), Some(length)))
        }
        None => Ok((text, None)),
    }
}
