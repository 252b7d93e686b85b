//! Markers in free-form arguments, taken out before the time phrase is looked for: `@place`,
//! `#topic`, `max N`, `for 3h` (a length; "for 5 days" after a repeat is kept for the time
//! language, which reads it as the end of the series), `-- description`, and `@ 7pm` (an `@` before
//! a clock time is "at", not a place).

use crate::domain::{Capacity, Description, Topic};
use crate::refusal::Problem;
use crate::time::{fold_accents, joins_clock_times, parse_duration, starts_with_clock, time_word, TimeWord};
use chrono::Duration;

/// The words of a message with its markers taken out.
#[derive(Default)]
pub(super) struct Marked<'a> {
    /// Words that are title (or search text) and time.
    pub(super) free: Vec<&'a str>,
    /// Words after `@`.
    pub(super) place: Vec<&'a str>,
    /// `#topics`.
    pub(super) topics: Vec<Topic>,
    /// `max N`.
    pub(super) capacity: Option<Capacity>,
    /// `for 3h`.
    pub(super) length: Option<Duration>,
    /// Text after `--`.
    pub(super) description: Option<Description>,
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

/// `max 6`: a capacity.
pub(super) fn capacity(value: &str) -> Result<Capacity, Problem> {
    value
        .parse::<i64>()
        .ok()
        .and_then(Capacity::new)
        .ok_or_else(|| Problem::BadCapacity(value.chars().take(20).collect()))
}

pub(super) fn mark(text: &str) -> Result<Marked<'_>, Problem> {
    let mut marked = Marked::default();
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let starts_description = |at: usize| is_dash(tokens[at]) && !joins_clock_times(&tokens[..at], &tokens[at + 1..]);
    let (tokens, description) = match (0..tokens.len()).find(|&at| starts_description(at)) {
        Some(at) => (&tokens[..at], Some(tokens[at + 1..].join(" "))),
        None => (&tokens[..], None),
    };
    marked.description = match description.as_deref().map(Description::parse).transpose() {
        Ok(description) => description.flatten(),
        Err(too_long) => return Err(Problem::DescriptionTooLong(too_long.0)),
    };
    let mut in_place = false;
    let repeats = tokens.iter().any(|token| names_repeat(token));
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        let lower = token.to_lowercase();
        let after_at = token.strip_prefix('@');
        if token == "@" && starts_with_clock(&tokens[i + 1..]) {
            // "friday @ 7pm": a time, not a place.
            marked.free.push("at");
            in_place = false;
        } else if let Some(time) = after_at.filter(|time| !time.is_empty() && starts_with_clock(&[time])) {
            marked.free.extend(["at", time]);
            in_place = false;
        } else if token.len() > 1 && token.starts_with('#') {
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
        } else if let Some((length, used)) = (lower == "for")
            .then(|| length_at(&tokens[i + 1..]))
            .flatten()
            .filter(|(length, _)| !(repeats && *length >= Duration::days(1)))
        {
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

/// Whether a word makes the message a repeat, so that "for 5 days" ends the series rather than
/// being each occurrence's length.
fn names_repeat(token: &str) -> bool {
    let word = fold_accents(&token.to_lowercase());
    let plural_day = matches!(time_word(&word), Some(TimeWord::Weekday(_))) && word.ends_with('s');
    plural_day
        || matches!(word.as_str(), "every" | "each" | "daily" | "weekly" | "monthly" | "todos" | "todas" | "cada")
}

fn push<'a>(marked: &mut Marked<'a>, in_place: bool, token: &'a str) {
    if in_place {
        marked.place.push(token);
    } else {
        marked.free.push(token);
    }
}
