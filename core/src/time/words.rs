//! The vocabulary of the time language: month names, weekdays, ordinals.

use chrono::Weekday;

/// Month number (1-12) for an English month name or abbreviation.
pub(crate) fn month(word: &str) -> Option<u32> {
    let number = match word {
        "jan" | "january" => 1,
        "feb" | "february" => 2,
        "mar" | "march" => 3,
        "apr" | "april" => 4,
        "may" => 5,
        "jun" | "june" => 6,
        "jul" | "july" => 7,
        "aug" | "august" => 8,
        "sep" | "sept" | "september" => 9,
        "oct" | "october" => 10,
        "nov" | "november" => 11,
        "dec" | "december" => 12,
        _ => return None,
    };
    Some(number)
}

/// Weekday for an English weekday name or abbreviation.
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    let day = match word {
        "mon" | "monday" => Weekday::Mon,
        "tue" | "tues" | "tuesday" => Weekday::Tue,
        "wed" | "weds" | "wednesday" => Weekday::Wed,
        "thu" | "thur" | "thurs" | "thursday" => Weekday::Thu,
        "fri" | "friday" => Weekday::Fri,
        "sat" | "saturday" => Weekday::Sat,
        "sun" | "sunday" => Weekday::Sun,
        _ => return None,
    };
    Some(day)
}

/// Weekday, also accepting a plural ("mondays"), as used in recurrences.
pub(crate) fn weekday_or_plural(word: &str) -> Option<Weekday> {
    weekday(word).or_else(|| word.strip_suffix('s').and_then(weekday))
}

/// Day of month written as "24", "24th", "1st", "2nd", "3rd" (range not checked).
pub(crate) fn day_number(word: &str) -> Option<u32> {
    let digits = ["st", "nd", "rd", "th"].iter().find_map(|suffix| word.strip_suffix(suffix)).unwrap_or(word);
    small_number(digits, 2)
}

/// A number of at most `max_digits` ASCII digits.
pub(crate) fn small_number(word: &str, max_digits: usize) -> Option<u32> {
    let ok = !word.is_empty() && word.len() <= max_digits && word.bytes().all(|b| b.is_ascii_digit());
    if ok {
        word.parse().ok()
    } else {
        None
    }
}

/// A four-digit year.
pub(crate) fn year(word: &str) -> Option<i32> {
    if word.len() == 4 {
        small_number(word, 4).and_then(|y| i32::try_from(y).ok())
    } else {
        None
    }
}

/// Which weekday of the month: "first" = 1 ... "fifth" = 5, "last" = -1.
pub(crate) fn week_ordinal(word: &str) -> Option<i8> {
    let nth = match word {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "fifth" | "5th" => 5,
        "last" => -1,
        _ => return None,
    };
    Some(nth)
}

/// A count written as digits or a small English word ("a", "one", "two").
pub(crate) fn count(word: &str) -> Option<u32> {
    let number = match word {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        _ => return small_number(word, 4),
    };
    Some(number)
}

/// "1st", "2nd", "3rd", "24th" for a day number.
pub(crate) fn ordinal_suffix(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_read_and_write() {
        assert_eq!(day_number("24th"), Some(24));
        assert_eq!(day_number("1st"), Some(1));
        assert_eq!(day_number("123"), None);
        assert_eq!(ordinal_suffix(1), "1st");
        assert_eq!(ordinal_suffix(12), "12th");
        assert_eq!(ordinal_suffix(22), "22nd");
        assert_eq!(week_ordinal("last"), Some(-1));
        assert_eq!(weekday_or_plural("mondays"), Some(Weekday::Mon));
    }
}
