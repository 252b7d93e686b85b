//! Finding the time phrase among a message's words: at the end, at the start or inside, and
//! refusing one that was only partly read.

use crate::refusal::Problem;
use crate::time::{parse_span, Span, TimeContext, TimeError};

/// Where a time phrase sits among words: [start, end), and what it reads as.
pub(super) struct Found<T> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) read: T,
}

/// The most words a time phrase is looked for in ("every last friday of the month 19:00-21:00
/// Europe/Madrid" is 9), so a long message costs no more than a short one.
const LONGEST_PHRASE_WORDS: usize = 16;

/// Finds the longest run (of at most [`LONGEST_PHRASE_WORDS`]) at the end (else at the start) of
/// `words`, leaving at least `keep` words outside it, that reads as a time: cleanly, or `recognised` as a time with a problem (so
/// "Party 2020-01-01 10:00" is a time in the past, not an event called "Party 2020-01-01").
pub(super) fn find_phrase<T, E>(
    words: &[&str],
    keep: usize,
    read: impl Fn(&str) -> Result<T, E>,
    recognised: impl Fn(&E) -> bool,
) -> Option<Found<Result<T, E>>> {
    let n = words.len();
    let suffixes = (keep.max(n.saturating_sub(LONGEST_PHRASE_WORDS))..n).map(|start| (start, n));
    let prefixes = (1..=n.saturating_sub(keep).min(LONGEST_PHRASE_WORDS)).rev().map(|end| (0, end));
    suffixes.chain(prefixes).find_map(|(start, end)| match read(&words[start..end].join(" ")) {
        Ok(value) => Some(Found { start, end, read: Ok(value) }),
        Err(e) if recognised(&e) => Some(Found { start, end, read: Err(e) }),
        Err(_) => None,
    })
}

pub(super) fn is_recognised(error: &TimeError) -> bool {
    !matches!(error, TimeError::Unrecognised { .. })
}

/// The longest time phrase looked for inside a message (in words), and the longest message it is
/// looked for in.
const INSIDE_PHRASE_WORDS: usize = 6;
const INSIDE_MESSAGE_WORDS: usize = 60;

pub(super) fn find_inside(words: &[&str], ctx: &TimeContext) -> Option<Found<Result<Span, TimeError>>> {
    let n = words.len();
    if n > INSIDE_MESSAGE_WORDS {
        return None;
    }
    (1..=INSIDE_PHRASE_WORDS.min(n.saturating_sub(2))).rev().find_map(|len| {
        (1..n - len).find_map(|start| {
            let read = parse_span(&words[start..start + len].join(" "), ctx).ok()?;
            Some(Found { start, end: start + len, read: Ok(read) })
        })
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
pub(super) fn partly_read<T>(words: &[&str], found: &Found<T>) -> Result<(), Problem> {
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
