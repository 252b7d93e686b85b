//! The grammar of a "when" phrase, over the words of `lexicon`'s vocabulary: a body (a day, a
//! part of a day, a relative offset, a repeat) and a clock time before or after it. The clock time
//! may name a part of the day itself ("7 in the evening"), a bare hour may follow a day ("fri 3"),
//! and a repeat may end ("until jan 31", "for 5 days", "for 10 times").

use super::clock::{read_clock, ClockTime};
use super::date::{read_day, DayWords};
use super::day_part::{read_day_part, Part};
use super::recurrence::{read_rule, Pattern};
use super::relative::{read_offset, Offset};
use super::words::{count, small_number};

/// What the phrase says apart from its clock time.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Body {
    /// Nothing: the clock time alone.
    TimeOnly,
    /// "tonight", "this evening", "tomorrow morning", "friday night".
    DayPart(DayWords, Part),
    /// A calendar day.
    Day(DayWords),
    /// "in ..." (the words after "in").
    Relative(Offset),
    /// "2 hours ago", "last week": a time that has passed.
    Past,
    /// "every ..." (pattern and interval, not yet range-checked), in a part of the day
    /// ("every evening"), until an end.
    Rule(Pattern, u32, Option<Part>, Option<EndWords>),
}

/// How a repeat ends, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EndWords {
    /// "until jan 31": the last day it may fall on.
    Until(DayWords),
    /// "for 5 days", "for 4 weeks", "for 3 months": how long it goes on.
    For(u32, Period),
    /// "for 10 times": how many occurrences.
    Times(u32),
}

/// A calendar unit a repeat can last for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    Days,
    Weeks,
    Months,
    Years,
}

/// A clock time as read: the time, the part of the day written with it, and whether it was a
/// bare hour after a day ("fri 7").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clock {
    pub(crate) time: ClockTime,
    pub(crate) part: Option<Part>,
    pub(crate) bare: bool,
}

/// Splits the words into a body and an optional clock time; every word must be used.
pub(crate) fn read_phrase(words: &[&str]) -> Option<(Body, Option<Clock>)> {
    read_plain(words).or_else(|| read_with_end(words))
}

/// A repeat with its end written somewhere after the repeat: "every friday until jan 31 19:00",
/// "every day 8am for 5 days".
fn read_with_end(words: &[&str]) -> Option<(Body, Option<Clock>)> {
    for marker in (1..words.len()).filter(|&at| matches!(words[at], "until" | "till" | "for")) {
        for stop in (marker + 2..=words.len()).rev() {
            let Some(end) = read_end(words[marker], &words[marker + 1..stop]) else { continue };
            let rest: Vec<&str> = words[..marker].iter().chain(&words[stop..]).copied().collect();
            if let Some((Body::Rule(pattern, n, part, None), clock)) = read_plain(&rest) {
                return Some((Body::Rule(pattern, n, part, Some(end)), clock));
            }
        }
    }
    None
}

fn read_end(marker: &str, words: &[&str]) -> Option<EndWords> {
    if marker != "for" {
        return read_day(words).map(EndWords::Until);
    }
    let [amount, unit] = words else { return None };
    let n = count(amount).filter(|n| *n > 0)?;
    let end = match *unit {
        "day" | "days" => EndWords::For(n, Period::Days),
        "week" | "weeks" => EndWords::For(n, Period::Weeks),
        "month" | "months" => EndWords::For(n, Period::Months),
        "year" | "years" => EndWords::For(n, Period::Years),
        "time" | "times" | "occurrence" | "occurrences" => EndWords::Times(n),
        _ => return None,
    };
    Some(end)
}

fn read_plain(words: &[&str]) -> Option<(Body, Option<Clock>)> {
    if let Some((clock, used)) = read_full_clock(words) {
        if let Some(read) = words.get(used..).and_then(read_body).and_then(|body| with_clock(body, clock)) {
            return Some(read);
        }
    }
    for clock_words in 1..=words.len().min(6) {
        let split = words.len() - clock_words;
        let Some((clock, used)) = words.get(split..).and_then(read_full_clock) else { continue };
        if used == clock_words {
            if let Some(read) = words.get(..split).and_then(read_body).and_then(|body| with_clock(body, clock)) {
                return Some(read);
            }
        }
    }
    if let [day @ .., hour] = words {
        let bare = small_number(hour, 2).filter(|hour| *hour <= 23);
        if let (Some(hour), Some(body @ (Body::Day(_) | Body::DayPart(..)))) = (bare, read_body(day)) {
            let clock = Clock { time: ClockTime::bare_hour(hour), part: None, bare: true };
            return Some((body, Some(clock)));
        }
    }
    read_body(words).filter(|body| *body != Body::TimeOnly).map(|body| (body, None))
}

/// A body with a clock time that names a part of the day: the part joins the body ("tomorrow" +
/// "8 in the evening"), and must agree with a part it names already.
fn with_clock(body: Body, clock: Clock) -> Option<(Body, Option<Clock>)> {
    let Some(part) = clock.part else {
        return Some((body, Some(clock)));
    };
    let body = match body {
        Body::Day(day) => Body::DayPart(day, part),
        Body::DayPart(day, named) if named == part => Body::DayPart(day, part),
        Body::Rule(pattern, n, None, end) => Body::Rule(pattern, n, Some(part), end),
        Body::Rule(pattern, n, Some(named), end) if named == part => Body::Rule(pattern, n, Some(part), end),
        Body::TimeOnly => Body::TimeOnly,
        _ => return None,
    };
    Some((body, Some(clock)))
}

/// A clock time with a part of the day after it ("7 in the evening", "9 at night", "8 in the
/// morning"; a bare hour counts there), or without.
fn read_full_clock(words: &[&str]) -> Option<(Clock, usize)> {
    let plain = read_clock(words);
    let bare = || {
        let hour = small_number(words.first()?, 2)?;
        Some((ClockTime::bare_hour(hour), 1))
    };
    for (time, used) in plain.into_iter().chain(bare()) {
        if let Some((part, more)) = part_after(&words[used..]) {
            return Some((Clock { time, part: Some(part), bare: false }, used + more));
        }
    }
    plain.map(|(time, used)| (Clock { time, part: None, bare: false }, used))
}

/// "in the evening", "at night" at the start of `words`.
pub(crate) fn part_after(words: &[&str]) -> Option<(Part, usize)> {
    match words {
        ["in", "the", part, ..] => Some((Part::read(part)?, 3)),
        ["at", "night", ..] => Some((Part::Night, 2)),
        _ => None,
    }
}

fn read_body(words: &[&str]) -> Option<Body> {
    match words {
        [] => Some(Body::TimeOnly),
        ["in", rest @ ..] => read_offset(rest).map(Body::Relative),
        ["ago", rest @ ..] if read_offset(rest).is_some() => Some(Body::Past),
        [rest @ .., "ago"] if read_offset(rest).is_some() => Some(Body::Past),
        ["last", "week" | "month" | "year"] => Some(Body::Past),
        _ => read_rule_body(words)
            .or_else(|| read_day(words).map(Body::Day))
            .or_else(|| read_day_part(words).map(|(day, part)| Body::DayPart(day, part))),
    }
}

/// A repeat, maybe in a part of the day: "every monday", "every evening", "every monday evening".
fn read_rule_body(words: &[&str]) -> Option<Body> {
    if let Some((pattern, n)) = read_rule(words) {
        return Some(Body::Rule(pattern, n, None, None));
    }
    let (rest, part) = match words {
        [rest @ .., "in", "the", part] | [rest @ .., part] => (rest, Part::read(part)?),
        _ => return None,
    };
    let (pattern, n) = match rest {
        ["every"] => (Pattern::EveryDay, 1),
        _ => read_rule(rest)?,
    };
    Some(Body::Rule(pattern, n, Some(part), None))
}
