//! A "when" phrase with an end time: "friday 19:30-22:00", "sat 22:00 until 2am", "fri 7-9pm",
//! "tomorrow from 10 to 12", "9 to 5 monday".
//!
//! The end is a clock time on the start's day, or on the next day when it is not after the start
//! ("22:00-02:00" ends at 02:00 the next morning). Between the two times stands "-", "to",
//! "until", "till" or "through". am/pm written only at the end also covers the start ("7-9pm" is
//! 19:00-21:00, "11-1pm" 11:00-13:00), and an end hour of 1 to 11 without am/pm that would
//! otherwise fall before the start is read in the afternoon ("9 to 5" is 09:00-17:00). A bare
//! hour counts as a clock time on either side of a range ("friday 10-12"). A phrase without a
//! range reads exactly as [`parse_when`] reads it.

use chrono::{Days, Duration, NaiveTime, Timelike};

use super::clock::{read_clock, ClockTime};
use super::local::resolve_local;
use super::written_zone::zone_at_end;
use super::{lex, parse_when, TimeContext, TimeError, When};

/// Words standing between the start and the end of a range.
const RANGE_MARKERS: [&str; 7] = ["-", "to", "until", "till", "til", "through", "thru"];
/// Dashes that join a range inside one word ("19:30-22:00"); en and em dashes count as "-".
const DASHES: [char; 3] = ['-', '–', '—'];

/// When something starts and, when an end time was written, how long it lasts.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// The start, read as [`parse_when`] reads it.
    pub when: When,
    /// From the start to the end time, when one was written.
    pub length: Option<Duration>,
}

/// Reads a "when" phrase that may end with an end time and then a time zone ("10:00 CET"); see
/// the module documentation. Without a written zone the phrase is read in `ctx.zone`; the zone
/// it was read in is the one of the start it gives.
pub fn parse_span(phrase: &str, ctx: &TimeContext) -> Result<Span, TimeError> {
    match zone_at_end(phrase) {
        Some((rest, zone)) => span_in(rest, &TimeContext { now: ctx.now, zone }),
        None => span_in(phrase, ctx),
    }
}

fn span_in(phrase: &str, ctx: &TimeContext) -> Result<Span, TimeError> {
    let owned = range_words(phrase);
    let words: Vec<&str> = owned.iter().map(String::as_str).collect();
    let markers = (0..words.len()).rev().filter(|&at| RANGE_MARKERS.contains(&words[at]));
    for marker in markers {
        let Some(range) = read_range(&words[..marker], &words[marker + 1..]) else {
            continue;
        };
        match range.evaluate(phrase, ctx) {
            Err(TimeError::Unrecognised { .. }) => continue,
            read => return read,
        }
    }
    parse_when(phrase, ctx).map(|when| Span { when, length: None })
}

/// A range as written: the words naming the day, and the two clock times.
struct Range<'a> {
    day: Vec<&'a str>,
    start: ClockTime,
    end: ClockTime,
}

impl Range<'_> {
    fn evaluate(&self, phrase: &str, ctx: &TimeContext) -> Result<Span, TimeError> {
        let no_such_date = || TimeError::NoSuchDate { phrase: phrase.to_string() };
        let day = self.day.join(" ");
        let (Some(start_time), Some(end_time)) = (self.start.time(), self.end.time()) else {
            // "friday 19:30-25:00" is a time that does not exist; "games 25-31" is no time at all.
            return Err(match parse_when(&format!("{day} 12:00"), ctx) {
                Err(TimeError::Unrecognised { .. }) => TimeError::Unrecognised { phrase: phrase.to_string() },
                _ => no_such_date(),
            });
        };
        let end_time = afternoon_end(self.end, end_time, start_time);
        let start_phrase = format!("{day} {}", start_time.format("%H:%M"));
        let when = parse_when(&start_phrase, ctx).map_err(|error| as_typed(error, phrase))?;
        let local_start = when.start.naive_local();
        let next_day = u64::from(end_time <= local_start.time());
        let end_day = local_start.date().checked_add_days(Days::new(next_day)).ok_or_else(no_such_date)?;
        let (end, _) = resolve_local(end_day.and_time(end_time), ctx.zone);
        let length = end.signed_duration_since(when.start);
        if length <= Duration::zero() {
            return Err(no_such_date());
        }
        Ok(Span { when, length: Some(length) })
    }
}

/// The start (the end of `left`) and the end (the start of `right`) of a range, with the day
/// words before the start or after the end (not both).
fn read_range<'a>(left: &[&'a str], right: &[&'a str]) -> Option<Range<'a>> {
    let (end, used) = range_clock(right)?;
    let after = &right[used..];
    let (day, start) = (1..=left.len().min(4)).rev().find_map(|clock_words| {
        let split = left.len() - clock_words;
        let (start, used) = range_clock(&left[split..])?;
        (used == clock_words).then_some((&left[..split], start))
    })?;
    if !day.is_empty() && !after.is_empty() {
        return None;
    }
    Some(Range { day: day.iter().chain(after).copied().collect(), start: start.meridiem_from(end), end })
}

/// Whether a dash standing between these words joins two clock times ("19:30 – 22:00",
/// "7 pm — 9 pm") rather than starting a description.
pub fn joins_clock_times(before: &[&str], after: &[&str]) -> bool {
    let lower = |words: &[&str]| words.iter().map(|word| word.to_lowercase()).collect::<Vec<_>>();
    // Only the words next to the dash matter: two before it, three after ("9 pm" and more).
    let (before, after) = (lower(&before[before.len().saturating_sub(2)..]), lower(&after[..after.len().min(3)]));
    let before: Vec<&str> = before.iter().map(String::as_str).collect();
    let after: Vec<&str> = after.iter().map(String::as_str).collect();
    let ends_with_clock = (1..=before.len().min(2)).any(|take| {
        let tail = &before[before.len() - take..];
        range_clock(tail).is_some_and(|(_, used)| used == take)
    });
    ends_with_clock && range_clock(&after).is_some()
}

/// Whether `words` start with a clock time ("7pm", "19:30", "7 pm"; a bare "7" counts): what an
/// `@` before it means a time rather than a place.
pub fn starts_with_clock(words: &[&str]) -> bool {
    let lower: Vec<String> = words.iter().take(2).map(|word| word.to_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    range_clock(&lower).is_some()
}

/// A clock time at the start of `words`, where a bare hour counts ("10" in "10-12") and "from"
/// may stand before it; with the number of words it used.
fn range_clock(words: &[&str]) -> Option<(ClockTime, usize)> {
    let skip = usize::from(matches!(words.first(), Some(&("at" | "from"))));
    let with_at: Vec<&str> = std::iter::once("at").chain(words[skip..].iter().copied()).collect();
    let (clock, used) = read_clock(&with_at)?;
    Some((clock, used - 1 + skip))
}

/// "9 to 5": an end hour of 1 to 11 without am/pm that would not be after the start, but would
/// be in the afternoon, is the afternoon.
fn afternoon_end(end: ClockTime, end_time: NaiveTime, start_time: NaiveTime) -> NaiveTime {
    let later = end_time.overflowing_add_signed(Duration::hours(12)).0;
    let morning_hour = (1..=11).contains(&end_time.hour());
    if !end.has_meridiem() && morning_hour && end_time <= start_time && later > start_time {
        later
    } else {
        end_time
    }
}

/// An error about the start phrase, reported about the phrase as typed.
fn as_typed(error: TimeError, phrase: &str) -> TimeError {
    let phrase = phrase.to_string();
    match error {
        TimeError::Unrecognised { .. } => TimeError::Unrecognised { phrase },
        TimeError::NoSuchDate { .. } => TimeError::NoSuchDate { phrase },
        TimeError::AmbiguousDate { first, second, .. } => TimeError::AmbiguousDate { phrase, first, second },
        other => other,
    }
}

/// The words of a phrase with a dash inside a word split out ("19:30-22:00" -> "19:30", "-",
/// "22:00"); an ISO date ("2026-12-24") stays whole.
fn range_words(phrase: &str) -> Vec<String> {
    lex::words(phrase).into_iter().flat_map(split_dash).collect()
}

fn split_dash(word: String) -> Vec<String> {
    let is_iso_date = word.len() >= 10 && word.as_bytes().get(4) == Some(&b'-');
    let Some(at) = word.find(DASHES).filter(|_| !is_iso_date) else {
        return vec![word];
    };
    let dash_len = word[at..].chars().next().map_or(1, char::len_utf8);
    let (before, after) = (&word[..at], &word[at + dash_len..]);
    [before, "-", after].into_iter().filter(|part| !part.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn dashes_inside_words_are_split_but_iso_dates_stay_whole() {
        assert_eq!(range_words("Fri 19:30-22:00"), ["fri", "19:30", "-", "22:00"]);
        assert_eq!(range_words("7–9pm"), ["7", "-", "9pm"]);
        assert_eq!(range_words("19:30- 22:00"), ["19:30", "-", "22:00"]);
        assert_eq!(range_words("2026-12-24 10-12"), ["2026-12-24", "10", "-", "12"]);
        assert_eq!(range_words("a — b"), ["a", "-", "b"]);
    }

    #[test]
    fn a_dash_between_clock_times_joins_them() {
        assert!(joins_clock_times(&["friday", "19:30"], &["22:00"]));
        assert!(joins_clock_times(&["7", "PM"], &["9", "pm"]));
        assert!(joins_clock_times(&["10"], &["12", "tomorrow"]));
        assert!(!joins_clock_times(&["friday", "19:30"], &["bring", "snacks"]));
        assert!(!joins_clock_times(&["games"], &["22:00"]));
        assert!(!joins_clock_times(&[], &["22:00"]));
    }
}
