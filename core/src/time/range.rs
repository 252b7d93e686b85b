//! Search ranges: "today", "this week", "next month", "december", "dec 24".

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, NaiveTime, Utc};

use super::date::{place_day, read_day, week_start, DayWords};
use super::local::resolve_local;
use super::words::{month, year};
use super::{lex, TimeContext, TimeError};

/// Time range for search: "today", "tomorrow", "this week", "next week",
/// "this weekend", "next weekend", "this month", "next month", "this year",
/// "next year", a month ("december", "dec", "dec 2026"), or a single day
/// ("dec 24", "2026-12-24", "friday"). Weeks start Monday. Returns
/// `[from, to)` in UTC, using local midnight boundaries in `ctx.zone`.
pub fn parse_range(phrase: &str, ctx: &TimeContext) -> Result<(DateTime<Utc>, DateTime<Utc>), TimeError> {
    let owned = lex::words(phrase);
    let words: Vec<&str> = owned.iter().map(String::as_str).collect();
    let today = ctx.now.with_timezone(&ctx.zone).date_naive();
    if let Some(DayWords::Ambiguous { first, second }) = read_day(&words) {
        return Err(TimeError::AmbiguousDate { phrase: phrase.to_string(), first, second });
    }
    let (from, to) = match day_span(&words, today) {
        Some(Ok(span)) => span,
        Some(Err(())) => return Err(TimeError::NoSuchDate { phrase: phrase.to_string() }),
        None => return Err(TimeError::Unrecognised { phrase: phrase.to_string() }),
    };
    Ok((midnight(from, ctx), midnight(to, ctx)))
}

/// The local days `[from, to)` named by `words`; Some(Err) for a day that
/// does not exist, None when the words are not a range.
fn day_span(words: &[&str], today: NaiveDate) -> Option<Result<(NaiveDate, NaiveDate), ()>> {
    let monday = week_start(today);
    let first_of_month = today.with_day(1)?;
    let first_of_year = first_of_month.with_month(1)?;
    let span = match words {
        ["this", "week"] => (monday, add_days(monday, 7)?),
        ["next", "week"] => (add_days(monday, 7)?, add_days(monday, 14)?),
        ["this" | "the", "weekend"] | ["weekend"] => (add_days(monday, 5)?, add_days(monday, 7)?),
        ["next", "weekend"] => (add_days(monday, 12)?, add_days(monday, 14)?),
        ["this", "month"] => month_span(first_of_month, 0)?,
        ["next", "month"] => month_span(first_of_month, 1)?,
        ["this", "year"] => month_span(first_of_year, 0).map(|(from, _)| (from, add_year(from)))?,
        ["next", "year"] => month_span(first_of_year, 12).map(|(from, _)| (from, add_year(from)))?,
        [name] | ["in", name] if month(name).is_some() => named_month(month(name)?, None, today)?,
        [name, y] if month(name).is_some() && year(y).is_some() => named_month(month(name)?, year(y), today)?,
        _ => {
            let day = read_day(words)?;
            return Some(match place_day(day, today, |date| date >= today) {
                Some(date) => add_days(date, 1).map(|next| (date, next)).ok_or(()),
                None => Err(()),
            });
        }
    };
    Some(Ok(span))
}

/// A month by number: this year's if it has not ended, else next year's.
fn named_month(number: u32, year: Option<i32>, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let year = year.unwrap_or(if number >= today.month() { today.year() } else { today.year() + 1 });
    month_span(NaiveDate::from_ymd_opt(year, number, 1)?, 0)
}

/// The month starting `months` after `first`.
fn month_span(first: NaiveDate, months: u32) -> Option<(NaiveDate, NaiveDate)> {
    let from = first.checked_add_months(Months::new(months))?;
    Some((from, from.checked_add_months(Months::new(1))?))
}

fn add_days(date: NaiveDate, days: u64) -> Option<NaiveDate> {
    date.checked_add_days(Days::new(days))
}

fn add_year(date: NaiveDate) -> NaiveDate {
    date.checked_add_months(Months::new(12)).unwrap_or(date)
}

fn midnight(day: NaiveDate, ctx: &TimeContext) -> DateTime<Utc> {
    resolve_local(day.and_time(NaiveTime::MIN), ctx.zone).0.with_timezone(&Utc)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::Tz;

    fn ctx() -> TimeContext {
        let zone = Tz::Europe__Madrid;
        let now = zone.with_ymd_and_hms(2026, 3, 27, 10, 0, 0).unwrap().with_timezone(&Utc);
        TimeContext { now, zone }
    }

    fn local(phrase: &str) -> (String, String) {
        let (from, to) = parse_range(phrase, &ctx()).unwrap();
        let show = |at: DateTime<Utc>| at.with_timezone(&Tz::Europe__Madrid).format("%Y-%m-%d %H:%M %:z").to_string();
        (show(from), show(to))
    }

    #[test]
    fn weeks_start_monday_at_local_midnight() {
        assert_eq!(local("next week"), ("2026-03-30 00:00 +02:00".into(), "2026-04-06 00:00 +02:00".into()));
        assert_eq!(local("this week"), ("2026-03-23 00:00 +01:00".into(), "2026-03-30 00:00 +02:00".into()));
        assert_eq!(local("this weekend"), ("2026-03-28 00:00 +01:00".into(), "2026-03-30 00:00 +02:00".into()));
    }

    #[test]
    fn days_and_months() {
        assert_eq!(local("today"), ("2026-03-27 00:00 +01:00".into(), "2026-03-28 00:00 +01:00".into()));
        assert_eq!(local("tomorrow").0, "2026-03-28 00:00 +01:00");
        assert_eq!(local("friday").0, "2026-03-27 00:00 +01:00");
        assert_eq!(local("dec 24"), ("2026-12-24 00:00 +01:00".into(), "2026-12-25 00:00 +01:00".into()));
        assert_eq!(local("2026-12-24").0, "2026-12-24 00:00 +01:00");
        assert_eq!(local("december"), ("2026-12-01 00:00 +01:00".into(), "2027-01-01 00:00 +01:00".into()));
        assert_eq!(local("Dec"), local("december"));
        assert_eq!(local("feb").0, "2027-02-01 00:00 +01:00");
        assert_eq!(local("this month"), ("2026-03-01 00:00 +01:00".into(), "2026-04-01 00:00 +02:00".into()));
        assert_eq!(local("next month"), ("2026-04-01 00:00 +02:00".into(), "2026-05-01 00:00 +02:00".into()));
    }

    #[test]
    fn rejects_other_words() {
        assert!(matches!(parse_range("banana", &ctx()), Err(TimeError::Unrecognised { .. })));
        assert!(matches!(parse_range("feb 30", &ctx()), Err(TimeError::NoSuchDate { .. })));
        assert!(matches!(parse_range("next week games", &ctx()), Err(TimeError::Unrecognised { .. })));
    }
}
