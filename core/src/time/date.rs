//! Calendar days: "today", "tomorrow", "the day after tomorrow", "friday", "next friday",
//! "tuesday next week", "dec 24",
//! "24th of december 2026", "2026-12-24", "24/12", "24.12.2026".

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::words::{day_number, month, small_number, weekday, year};

/// A calendar day as written, before it is placed relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayWords {
    /// "today"
    Today,
    /// "tomorrow"
    Tomorrow,
    /// "the day after tomorrow"
    AfterTomorrow,
    /// "yesterday", "ayer": read so that it can be refused as past.
    Yesterday,
    /// "the day before yesterday", "anteayer".
    BeforeYesterday,
    /// "last friday", "el viernes pasado": the latest such day before today.
    LastWeekday(Weekday),
    /// "friday", "this friday" (`next_week` false) or "next friday" (true).
    Weekday { day: Weekday, next_week: bool },
    /// "dec 24", "24 december 2026", "2026-12-24", "24/12", "12/24", "24.12.".
    MonthDay { month: u32, day: u32, year: Option<i32> },
    /// "the 5th": the next 5th of a month.
    DayOfMonth(u32),
    /// "5/6": either number could be the month, so it is asked, never guessed.
    Ambiguous { first: u32, second: u32 },
}

/// Reads `words` as exactly one calendar day, with an optional leading "on" and "the".
pub(crate) fn read_day(words: &[&str]) -> Option<DayWords> {
    let (the, texts) = match words {
        ["on", "the", rest @ ..] | ["the", rest @ ..] => (true, rest),
        ["on", rest @ ..] => (false, rest),
        _ => (false, words),
    };
    match texts {
        [number] if the && day_number(number).is_some() => Some(DayWords::DayOfMonth(day_number(number)?)),
        ["today"] => Some(DayWords::Today),
        ["yesterday"] => Some(DayWords::Yesterday),
        ["the" | "day", "before", "yesterday"] | ["the", "day", "before", "yesterday"] => {
            Some(DayWords::BeforeYesterday)
        }
        ["last", name] if weekday(name).is_some() => Some(DayWords::LastWeekday(weekday(name)?)),
        ["tomorrow" | "tmrw" | "tmr"] => Some(DayWords::Tomorrow),
        ["day" | "the", "after", "tomorrow"] | ["the", "day", "after", "tomorrow"] | ["overmorrow"] => {
            Some(DayWords::AfterTomorrow)
        }
        [name] if weekday(name).is_some() => read_weekday(false, name),
        ["this", name] | ["this", "week", "on", name] | ["this", "week", name] | [name, "this", "week"] => {
            read_weekday(false, name)
        }
        ["next", name]
        | ["next", "week", "on", name]
        | ["next", "week", name]
        | [name, "next", "week"]
        | [name, "of", "next", "week"] => read_weekday(true, name),
        [word] => read_iso(word).or_else(|| read_numeric(word)),
        _ => {
            let (month, day, year) = read_month_day(texts)?;
            Some(DayWords::MonthDay { month, day, year })
        }
    }
}

fn read_weekday(next_week: bool, name: &str) -> Option<DayWords> {
    Some(DayWords::Weekday { day: weekday(name)?, next_week })
}

/// "2026-12-24" (range not checked).
fn read_iso(word: &str) -> Option<DayWords> {
    let mut parts = word.split('-');
    let year = year(parts.next()?)?;
    let month = small_number(parts.next()?, 2)?;
    let day = small_number(parts.next()?, 2)?;
    if parts.next().is_some() {
        return None;
    }
    Some(DayWords::MonthDay { month, day, year: Some(year) })
}

/// "24/12", "24.12.", "24.12.2026" (day first), or "12/24" (a slash with only the second number
/// able to be a day). With a slash and both numbers 12 or less the order is unknown: Ambiguous.
/// Ranges are not checked.
fn read_numeric(word: &str) -> Option<DayWords> {
    let dotted = word.contains('.');
    let mut parts = word.strip_suffix('.').unwrap_or(word).split(if dotted { '.' } else { '/' });
    let first = small_number(parts.next()?, 2)?;
    let second = small_number(parts.next()?, 2)?;
    let year = match parts.next() {
        Some(text) => Some(year(text)?),
        None => None,
    };
    if parts.next().is_some() {
        return None;
    }
    let (day, month) = match (first, second) {
        (day, month) if dotted || day > 12 || day == month => (day, month),
        (month, day) if day > 12 => (day, month),
        (first, second) => return Some(DayWords::Ambiguous { first, second }),
    };
    Some(DayWords::MonthDay { month, day, year })
}

/// "dec 24", "dec 24th 2026", "24 dec", "24th of december 2026".
pub(crate) fn read_month_day(words: &[&str]) -> Option<(u32, u32, Option<i32>)> {
    let (month, day, rest) = match words {
        [m, d, rest @ ..] if month(m).is_some() => (month(m)?, day_number(d)?, rest),
        [d, "of", m, rest @ ..] => (month(m)?, day_number(d)?, rest),
        [d, m, rest @ ..] => (month(m)?, day_number(d)?, rest),
        _ => return None,
    };
    match rest {
        [] => Some((month, day, None)),
        [y] | ["of", y] => Some((month, day, Some(year(y)?))),
        _ => None,
    }
}

/// Places `words` on the calendar. `acceptable` says whether a candidate day
/// is still usable (not in the past); it decides between this week's and next
/// week's weekday and, for a month-day without a year, which year. None when
/// the date does not exist ("feb 30").
pub(crate) fn place_day(
    words: DayWords,
    today: NaiveDate,
    acceptable: impl Fn(NaiveDate) -> bool,
) -> Option<NaiveDate> {
    match words {
        DayWords::Today => Some(today),
        DayWords::Tomorrow => today.checked_add_days(Days::new(1)),
        DayWords::AfterTomorrow => today.checked_add_days(Days::new(2)),
        DayWords::Yesterday => today.checked_sub_days(Days::new(1)),
        DayWords::BeforeYesterday => today.checked_sub_days(Days::new(2)),
        DayWords::LastWeekday(day) => {
            let back = match days_until(day, today.weekday()) {
                0 => 7,
                days => days,
            };
            today.checked_sub_days(Days::new(back))
        }
        DayWords::Weekday { day, next_week: false } => {
            let ahead = days_until(today.weekday(), day);
            let candidate = today.checked_add_days(Days::new(ahead))?;
            if acceptable(candidate) {
                Some(candidate)
            } else {
                candidate.checked_add_days(Days::new(7))
            }
        }
        DayWords::Weekday { day, next_week: true } => {
            let monday = week_start(today).checked_add_days(Days::new(7))?;
            monday.checked_add_days(Days::new(u64::from(day.num_days_from_monday())))
        }
        DayWords::MonthDay { month, day, year: Some(year) } => NaiveDate::from_ymd_opt(year, month, day),
        DayWords::MonthDay { month, day, year: None } => next_month_day(month, day, today, acceptable),
        DayWords::DayOfMonth(day) => next_day_of_month(day, today, acceptable),
        DayWords::Ambiguous { .. } => None,
    }
}

/// The next `month`/`day` from today on that is acceptable (skipping years
/// where it does not exist, e.g. Feb 29).
fn next_month_day(month: u32, day: u32, today: NaiveDate, acceptable: impl Fn(NaiveDate) -> bool) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2000, month, day)?;
    (today.year()..today.year().saturating_add(9))
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .find(|date| *date >= today && acceptable(*date))
}

/// The next date from today on with day number `day` that is acceptable (skipping months that
/// are too short).
fn next_day_of_month(day: u32, today: NaiveDate, acceptable: impl Fn(NaiveDate) -> bool) -> Option<NaiveDate> {
    let first = today.with_day(1)?;
    (0..=12)
        .filter_map(|ahead| first.checked_add_months(Months::new(ahead))?.with_day(day))
        .find(|date| *date >= today && acceptable(*date))
}

/// Days from `from` forward to the next `to` (0 when equal).
pub(crate) fn days_until(from: Weekday, to: Weekday) -> u64 {
    let diff = 7 + to.num_days_from_monday() - from.num_days_from_monday();
    u64::from(diff % 7)
}

/// The Monday starting the week that contains `date`.
pub(crate) fn week_start(date: NaiveDate) -> NaiveDate {
    let back = u64::from(date.weekday().num_days_from_monday());
    date.checked_sub_days(Days::new(back)).unwrap_or(date)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn day(phrase: &str, today: NaiveDate) -> Option<NaiveDate> {
        let words = super::super::lex::words(phrase);
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        place_day(read_day(&words)?, today, |_| true)
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weekdays_this_and_next() {
        let friday = ymd(2026, 3, 27);
        assert_eq!(day("friday", friday), Some(friday));
        assert_eq!(day("next friday", friday), Some(ymd(2026, 4, 3)));
        assert_eq!(day("next sunday", friday), Some(ymd(2026, 4, 5)));
        assert_eq!(day("monday", friday), Some(ymd(2026, 3, 30)));
        assert_eq!(day("tuesday next week", friday), Some(ymd(2026, 3, 31)));
        assert_eq!(day("next week on sunday", friday), Some(ymd(2026, 4, 5)));
        assert_eq!(day("next week friday", friday), Some(ymd(2026, 4, 3)));
        assert_eq!(day("saturday this week", friday), Some(ymd(2026, 3, 28)));
        assert_eq!(day("the day after tomorrow", friday), Some(ymd(2026, 3, 29)));
        assert_eq!(day("day after tomorrow", friday), day("overmorrow", friday));
        assert_eq!(day("the 5th", friday), Some(ymd(2026, 4, 5)));
        assert_eq!(day("on the 27th", friday), Some(friday));
        assert_eq!(day("the 31st", ymd(2026, 4, 2)), Some(ymd(2026, 5, 31)), "April has no 31st");
        assert_eq!(day("on the 5th of december", friday), Some(ymd(2026, 12, 5)));
        assert_eq!(day("the 32nd", friday), None);
        assert_eq!(day("yesterday", friday), Some(ymd(2026, 3, 26)));
        assert_eq!(day("last friday", friday), Some(ymd(2026, 3, 20)));
        assert_eq!(day("last monday", friday), Some(ymd(2026, 3, 23)));
        assert_eq!(day("last thursday", friday), Some(ymd(2026, 3, 26)));
    }

    #[test]
    fn month_days() {
        let today = ymd(2026, 3, 27);
        assert_eq!(day("24th of december", today), Some(ymd(2026, 12, 24)));
        assert_eq!(day("jan 5", today), Some(ymd(2027, 1, 5)));
        assert_eq!(day("feb 29", today), Some(ymd(2028, 2, 29)));
        assert_eq!(day("feb 30", today), None);
        assert_eq!(day("2026-02-30", today), None);
        assert!(read_day(&["dec", "24", "7pm"]).is_none());
    }
}
