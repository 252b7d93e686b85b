//! Reading recurrence phrases: "every weekday", "every 2 weeks on tue, thu",
//! "monthly on the 1st", "every last friday of the month", "every year on dec 24".

use chrono::Weekday;

use super::Pattern;
use crate::time::date::read_month_day;
use crate::time::words::{day_number, small_number, week_ordinal, weekday, weekday_or_plural};

/// Reads `words` (without the clock time) as a recurrence pattern and interval.
/// The pattern is not yet range-checked (see `Recurrence::build`).
pub(crate) fn read_rule(words: &[&str]) -> Option<(Pattern, u32)> {
    match words {
        ["daily"] => Some((Pattern::EveryDay, 1)),
        // "mondays", "tuesdays and thursday": days written in the plural repeat.
        [first, ..] if is_plural_day(first) => Some((Pattern::Weekdays(day_list(words)?), 1)),
        // "on the 1st of every month", "the 15th of each month".
        ["on", "the", day, "of", "every" | "each", "month"] | ["the" | "on", day, "of", "every" | "each", "month"] => {
            Some((Pattern::MonthDay(day_number(day)?), 1))
        }
        // "first monday of every month", "the last friday of each month".
        ["the", nth, day, "of", "every" | "each", "month"] | [nth, day, "of", "every" | "each", "month"] => {
            nth_weekday(nth, day)
        }
        ["weekly", rest @ ..] => weekly(rest, 1),
        ["monthly", rest @ ..] => monthly(rest, 1),
        ["yearly" | "annually", rest @ ..] => yearly(rest, 1),
        ["every", rest @ ..] => every(rest),
        _ => None,
    }
}

/// After "every": "[N | other] unit ...", a list of days ("other" before it: every two weeks) or
/// "last friday of the month".
fn every(words: &[&str]) -> Option<(Pattern, u32)> {
    let (interval, rest) = match words {
        ["other", rest @ ..] => (Some(2), rest),
        [count, rest @ ..] if small_number(count, 3).is_some() => (small_number(count, 3), rest),
        _ => (None, words),
    };
    let n = interval.unwrap_or(1);
    match rest {
        ["day" | "days"] => Some((Pattern::EveryDay, n)),
        ["week" | "weeks", tail @ ..] => weekly(tail, n),
        ["month" | "months", tail @ ..] => monthly(tail, n),
        ["year" | "years", tail @ ..] => yearly(tail, n),
        days if words.first() == Some(&"other") => Some((Pattern::Weekdays(day_list(days)?), 2)),
        _ if interval.is_some() => None,
        [nth, day, "of", "month"] | [nth, day, "of", "the" | "each" | "every", "month"] => nth_weekday(nth, day),
        // "every 15th of the month", "every 1st of each month".
        [day, "of", "month"] | [day, "of", "the" | "each" | "every", "month"] => {
            Some((Pattern::MonthDay(day_number(day)?), 1))
        }
        _ => Some((Pattern::Weekdays(day_list(rest)?), 1)),
    }
}

/// After "weekly" / "every N weeks": "[on] tue, thu", or no day at all (the day of the first
/// occurrence, filled in when it is known: an empty list here).
fn weekly(words: &[&str], interval: u32) -> Option<(Pattern, u32)> {
    let days = match words {
        [] => Vec::new(),
        ["on", rest @ ..] => day_list(rest)?,
        rest => day_list(rest)?,
    };
    Some((Pattern::Weekdays(days), interval))
}

/// After "monthly" / "every N months": "on the 1st" or "on the last friday" ("on" or "the" may
/// be left out: "todos los meses el 1").
fn monthly(words: &[&str], interval: u32) -> Option<(Pattern, u32)> {
    let rest = match words {
        ["on", "the", rest @ ..] | ["on" | "the", rest @ ..] => rest,
        _ => return None,
    };
    match rest {
        [day] => Some((Pattern::MonthDay(day_number(day)?), interval)),
        [nth, day] => nth_weekday(nth, day).map(|(pattern, _)| (pattern, interval)),
        _ => None,
    }
}

/// After "yearly" / "every year": "on dec 24", "on 24 december".
fn yearly(words: &[&str], interval: u32) -> Option<(Pattern, u32)> {
    let (["on" | "the", rest @ ..] | rest) = words;
    match read_month_day(rest)? {
        (month, day, None) => Some((Pattern::YearDay { month, day }, interval)),
        _ => None,
    }
}

fn nth_weekday(nth: &str, day: &str) -> Option<(Pattern, u32)> {
    let nth = week_ordinal(nth)?;
    let day = weekday_or_plural(day)?;
    Some((Pattern::NthWeekday { nth, day }, 1))
}

/// "mondays" (not "tues", which is Tuesday's short name).
fn is_plural_day(word: &str) -> bool {
    weekday(word).is_none() && word.strip_suffix('s').and_then(weekday).is_some()
}

/// "monday", "tue and thu", "tue thu", "weekday", "weekend".
fn day_list(words: &[&str]) -> Option<Vec<Weekday>> {
    match words {
        ["weekday" | "weekdays"] => {
            return Some(vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri]);
        }
        ["weekend" | "weekends"] => return Some(vec![Weekday::Sat, Weekday::Sun]),
        _ => {}
    }
    let mut days = Vec::new();
    let mut expect_day = true;
    for word in words {
        if let Some(day) = weekday_or_plural(word) {
            days.push(day);
            expect_day = false;
        } else if matches!(*word, "and" | "&") && !expect_day {
            expect_day = true;
        } else {
            return None;
        }
    }
    (!days.is_empty() && !expect_day).then_some(days)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn rule(phrase: &str) -> Option<String> {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let (pattern, interval) = read_rule(&words)?;
        super::super::Recurrence::build(pattern, interval).map(|r| r.rrule().to_string())
    }

    #[test]
    fn reads_patterns() {
        assert_eq!(rule("every tue and thu").as_deref(), Some("FREQ=WEEKLY;BYDAY=TU,TH"));
        assert_eq!(rule("every other week on monday").as_deref(), Some("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"));
        assert_eq!(rule("monthly on the last friday").as_deref(), Some("FREQ=MONTHLY;BYDAY=-1FR"));
        assert_eq!(rule("every year on 24 december").as_deref(), Some("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24"));
        assert_eq!(rule("every 3 days").as_deref(), Some("FREQ=DAILY;INTERVAL=3"));
        assert_eq!(rule("every other tuesday").as_deref(), Some("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"));
        assert_eq!(rule("mondays").as_deref(), Some("FREQ=WEEKLY;BYDAY=MO"));
        assert_eq!(rule("tuesdays and thursday").as_deref(), Some("FREQ=WEEKLY;BYDAY=TU,TH"));
        assert_eq!(rule("on the 1st of every month").as_deref(), Some("FREQ=MONTHLY;BYMONTHDAY=1"));
        assert_eq!(rule("every 15th of the month").as_deref(), Some("FREQ=MONTHLY;BYMONTHDAY=15"));
        assert_eq!(rule("first monday of every month").as_deref(), Some("FREQ=MONTHLY;BYDAY=1MO"));
        assert_eq!(rule("every month the 1").as_deref(), Some("FREQ=MONTHLY;BYMONTHDAY=1"));
        assert_eq!(rule("every year the 24 of december").as_deref(), Some("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24"));
    }

    #[test]
    fn rejects_broken_patterns() {
        for phrase in
            ["every", "every and", "every tue and", "every 2 mondays", "every month on the 32nd", "every banana"]
        {
            assert_eq!(rule(phrase), None, "{phrase}");
        }
    }
}
