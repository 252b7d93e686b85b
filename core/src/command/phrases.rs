//! Free-form arguments: `/new`, `/search` and `/poll` mix a title, a time phrase and markers
//! (`@place`, `#topic`, `max N`, `for 3h`, `-- description`). Markers are taken out first; the time
//! phrase is then found as the longest run at the end (or start) of the remaining words that reads
//! entirely as a time, else inside them (see `locate`).

use super::draft::{EventDraft, PollDraft, SearchQuery};
use super::locate::{find_inside, find_phrase, is_recognised, partly_read, unread_time_word};
pub(super) use super::marks::capacity;
use super::marks::{mark, Marked};
use crate::domain::{EventTitle, Location, Poll, PollTitle};
use crate::refusal::Problem;
use crate::time::{parse_duration, parse_range, parse_span, Span, TimeContext, TimeError};
use chrono::Duration;

/// Default length of an event.
pub const DEFAULT_LENGTH: Duration = Duration::hours(1);

/// Turns a time error into the command's problem.
pub(super) fn time_problem(error: TimeError) -> Problem {
    Problem::Time(error)
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
    let (title, when, time) = match find_phrase(&marked.free, 1, read, is_recognised) {
        Some(found) => {
            partly_read(&marked.free, &found)?;
            let time = marked.free[found.start..found.end].join(" ");
            (remove(&marked.free, found.start, found.end), found.read, time)
        }
        None => {
            // "@Kim's place friday 19:30": the time may have ended up in the place.
            let found = find_phrase(&marked.place, 1, read, is_recognised)
                .filter(|f| f.end == marked.place.len() && f.start > 0);
            match found {
                Some(found) => {
                    partly_read(&marked.place, &found)?;
                    let time = marked.place[found.start..].join(" ");
                    marked.place.truncate(found.start);
                    (marked.free.join(" "), found.read, time)
                }
                None => time_inside(&mut marked, ctx)?,
            }
        }
    };
    let Span { when, length } = when.map_err(time_problem)?;
    let left: Vec<&str> = title.split_whitespace().chain(marked.place.iter().copied()).collect();
    unread_time_word(&left, &time, &Span { when: when.clone(), length }, ctx)?;
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

/// "Drinks friday 19:30 at the pub": a time with title words before it and more after. Words after
/// it starting with "at" or "in" are the place (unless an @place was given), other words stay in
/// the title.
fn time_inside(
    marked: &mut Marked<'_>,
    ctx: &TimeContext,
) -> Result<(String, Result<Span, TimeError>, String), Problem> {
    let words = marked.free.clone();
    let found = find_inside(&words, ctx).ok_or(Problem::NoTime)?;
    partly_read(&words[..found.end], &found)?;
    let after = &words[found.end..];
    let title = match after {
        [first, place @ ..] if marked.place.is_empty() && !place.is_empty() && is_place_word(first) => {
            marked.place = place.to_vec();
            words[..found.start].join(" ")
        }
        _ => remove(&words, found.start, found.end),
    };
    Ok((title, found.read, words[found.start..found.end].join(" ")))
}

fn is_place_word(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "at" | "in")
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

/// `/poll Title | when | when ...`, or without any `|`: `/poll Title: when, when, ...` when every
/// part after the colon reads as a time.
pub(super) fn poll_draft(text: &str, ctx: &TimeContext) -> Result<PollDraft, Problem> {
    if !text.contains('|') {
        if let Some((title, times)) = text.split_once(": ") {
            let piped = format!("{title} | {}", times.replace(',', " | "));
            if let Ok(draft) = poll_draft(&piped, ctx) {
                return Ok(draft);
            }
        }
    }
    let mut parts = text.split('|').map(str::trim);
    let title = read_title(parts.next().unwrap_or_default(), PollTitle::parse)?;
    let phrases: Vec<&str> = parts.filter(|p| !p.is_empty()).collect();
    if !Poll::OPTIONS.contains(&phrases.len()) {
        return Err(Problem::OptionCount(phrases.len()));
    }
    let mut options: Vec<Span> = Vec::with_capacity(phrases.len());
    for phrase in phrases {
        let span = parse_span(phrase, ctx).map_err(time_problem)?;
        if span.when.recurrence.is_some() {
            return Err(Problem::RecurrenceNotAllowed(phrase.into()));
        }
        if let Some(same) = options.iter().position(|o| o.when.start == span.when.start) {
            return Err(Problem::DuplicateOption(same + 1, options.len() + 1));
        }
        options.push(span);
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
