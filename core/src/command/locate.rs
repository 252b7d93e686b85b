//! Finding the time phrase among a message's words: at the end, at the start or inside, and
//! refusing one that was only partly read.

use chrono::{Datelike, Timelike};

use crate::refusal::Problem;
use crate::time::{
    fold_accents, parse_span, time_word, DayPart, Pattern, Span, TimeContext, TimeError, TimeWord, When,
};

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

/// Words that, left right beside the time phrase, mean it was only partly read: "Lunch next" +
/// "week tuesday 12:30" (before "tuesday next week" was known), "Sync every 2nd" + "tuesday 9:00",
/// "Reunión de la" + "mañana 9:00" (the morning, not tomorrow).
const BESIDE_WORDS: &[&str] = &[
    "next", "this", "after", "other", "every", "first", "1st", "second", "2nd", "third", "3rd", "fourth", "4th",
    "last", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "proximo", "proxima", "este",
    "esta", "cada", "primer", "primero", "ultimo", "ultima", "tercer", "la", "las", "el", "los", "del", "al", "por",
    "half", "quarter", "past",
];

/// Words that, right after the time phrase, would have belonged to it: "friday 19:30" + "next
/// week", "el lunes 10:00" + "que viene".
const AFTER_WORDS: &[&str] = &["next", "this", "proximo", "proxima", "que", "pasado", "pasada"];

/// Refuses a time phrase with a time word right beside it: rather than an event called "Sync
/// every 2nd" on the wrong day, the person is asked to write the time as one phrase.
pub(super) fn partly_read<T>(words: &[&str], found: &Found<T>) -> Result<(), Problem> {
    let before = words.get(found.start.wrapping_sub(1)).filter(|_| found.start > 0);
    let after = words.get(found.end);
    let beside = before.map(|word| (word, BESIDE_WORDS)).into_iter().chain(after.map(|word| (word, AFTER_WORDS)));
    for (word, list) in beside {
        let plain = fold_accents(&word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
        if list.contains(&plain.as_str()) {
            let time = words[found.start..found.end].join(" ");
            return Err(Problem::TimeWordLeft { time, word: word.trim_matches(',').to_string() });
        }
    }
    Ok(())
}

/// Refuses a reading that leaves a word speaking of time in the title or the place, unless the
/// time read agrees with it ("Sunday brunch sunday 11:00", "Movie night friday 20:00"): "Retro
/// yesterday 10:00" or "Coffee with March friday 10:00" are asked about, never guessed.
pub(super) fn unread_time_word(left: &[&str], time: &str, span: &Span, ctx: &TimeContext) -> Result<(), Problem> {
    for word in left {
        if let Some(kind) = time_word(word) {
            if !agrees(kind, &span.when, ctx) {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_string();
                return Err(Problem::TimeWordLeft { time: time.to_string(), word });
            }
        }
    }
    Ok(())
}

/// Whether a time word left outside the phrase says the same as what was read.
fn agrees(kind: TimeWord, when: &When, ctx: &TimeContext) -> bool {
    let start = when.start;
    let today = ctx.now.with_timezone(&start.timezone()).date_naive();
    let day = start.date_naive();
    let hour = start.hour();
    let tomorrow = today.succ_opt() == Some(day);
    match kind {
        TimeWord::Weekday(weekday) => match when.recurrence.as_ref().map(|rule| rule.pattern()) {
            Some(Pattern::Weekdays(days)) => days.contains(&weekday),
            _ => start.weekday() == weekday,
        },
        TimeWord::Part(part) => in_part(part, hour),
        TimeWord::Today => day == today,
        TimeWord::Tonight => (day == today && hour >= 17) || (tomorrow && hour < 5),
        TimeWord::Tomorrow => tomorrow,
        TimeWord::TomorrowOrMorning => tomorrow || in_part(DayPart::Morning, hour),
        TimeWord::Month(month) | TimeWord::Holiday(month) => start.month() == month,
        TimeWord::Marker => false,
    }
}

fn in_part(part: DayPart, hour: u32) -> bool {
    match part {
        DayPart::Morning => (5..12).contains(&hour),
        DayPart::Afternoon => (12..18).contains(&hour),
        DayPart::Evening => (17..24).contains(&hour),
        DayPart::Night => !(5..18).contains(&hour),
    }
}
