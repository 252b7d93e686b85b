//! English phrasings turned into the grammar's vocabulary: "half past 7", "quarter to 8",
//! "8 o'clock", "7 p.m.", "a week from today", "@ 7pm", and holidays with a fixed date
//! ("christmas eve", "new year's day").

use super::{clock_word, number};

/// The words with these phrasings replaced; other words pass through.
pub(super) fn rewrite(words: &[String]) -> Vec<String> {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut at = 0;
    while at < words.len() {
        let rest = &words[at..];
        let (emitted, used) = clock(rest).or_else(|| phrase(rest)).unwrap_or_else(|| (single(rest[0]), 1));
        out.extend(emitted);
        at += used.max(1);
    }
    out
}

fn emit(text: &str, used: usize) -> (Vec<String>, usize) {
    (text.split_whitespace().map(str::to_string).collect(), used)
}

/// "half past 7", "quarter past 7", "quarter to 8", "8 o'clock".
fn clock(rest: &[&str]) -> Option<(Vec<String>, usize)> {
    let hour_at = |at: usize| rest.get(at).and_then(|word| number(word)).filter(|hour| (1..=12).contains(hour));
    let read = match rest {
        ["half", "past", ..] => emit(&clock_word(hour_at(2)?, 30), 3),
        ["quarter", "past", ..] => emit(&clock_word(hour_at(2)?, 15), 3),
        ["a", "quarter", "past", ..] => emit(&clock_word(hour_at(3)?, 15), 4),
        ["quarter", "to" | "til" | "of", ..] => emit(&clock_word(hour_before(hour_at(2)?), 45), 3),
        ["a", "quarter", "to" | "til" | "of", ..] => emit(&clock_word(hour_before(hour_at(3)?), 45), 4),
        [_, "o'clock" | "oclock" | "o'clock.", ..] => emit(&clock_word(hour_at(0)?, 0), 2),
        _ => return None,
    };
    Some(read)
}

/// The hour before `hour` on a 12-hour clock ("quarter to 1" is 12:45).
fn hour_before(hour: u32) -> u32 {
    if hour <= 1 {
        12
    } else {
        hour - 1
    }
}

/// Phrases of several words: holidays and "a week from today".
fn phrase(rest: &[&str]) -> Option<(Vec<String>, usize)> {
    let read = match rest {
        ["christmas" | "xmas", "eve", ..] => emit("dec 24", 2),
        ["christmas" | "xmas", "day", ..] => emit("dec 25", 2),
        ["new", "year's" | "years" | "year", "eve", ..] => emit("dec 31", 3),
        ["new", "year's" | "years" | "year", "day", ..] => emit("jan 1", 3),
        ["new", "year's" | "years", ..] => emit("jan 1", 2),
        ["valentine's" | "valentines", "day", ..] => emit("feb 14", 2),
        ["a" | "one" | "1", unit @ ("week" | "day" | "month" | "fortnight"), "from", "today" | "now", ..] => {
            emit(&format!("in 1 {unit}"), 4)
        }
        [count, unit, "from", "today" | "now", ..] if number(count).is_some() => emit(&format!("in {count} {unit}"), 4),
        _ => return None,
    };
    Some(read)
}

fn single(word: &str) -> Vec<String> {
    let text = match word {
        "christmas" | "xmas" => "dec 25",
        "halloween" => "oct 31",
        "@" => "at",
        "p.m" | "p.m." => "pm",
        "a.m" | "a.m." => "am",
        "each" => "every",
        other => other,
    };
    text.split_whitespace().map(str::to_string).collect()
}
