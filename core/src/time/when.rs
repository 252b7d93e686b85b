//! Reading a whole "when" phrase: a day, a clock time, a relative offset or
//! a recurrence, with the clock time before or after the rest.

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, NaiveTime, Timelike};
use chrono_tz::Tz;

use super::date::{place_day, DayWords};
use super::day_part::Part;
use super::local::{resolve_local, LocalTimeAdjustment};
use super::reading::{read_phrase, Body, Clock};
use super::recurrence::{Pattern, Recurrence};
use super::series_end::series_end;
use super::{lex, TimeContext, TimeError, When};

/// Hour at which "tonight" starts when no time is given.
const TONIGHT_HOUR: u32 = 20;
/// Clock time offered when a phrase has a day but no time.
const SUGGESTED_TIME: &str = "19:00";

/// Reads a "when" phrase; see the module documentation of `crate::time`.
pub fn parse_when(phrase: &str, ctx: &TimeContext) -> Result<When, TimeError> {
    let owned = lex::words(phrase);
    let words: Vec<&str> = owned.iter().map(String::as_str).collect();
    let (body, clock) = read_phrase(&words).ok_or_else(|| TimeError::Unrecognised { phrase: phrase.to_string() })?;
    let time = match clock {
        Some(clock) => Some(clock_time(&body, clock, phrase)?),
        None => None,
    };
    let when = evaluate(body, time, phrase, ctx)?;
    if when.recurrence.is_none() && when.start < ctx.now {
        return Err(TimeError::InPast { interpreted: when.start });
    }
    Ok(when)
}

/// The wall time of a clock time, read in the part of the day the phrase names. A bare hour
/// after a day ("fri 3") is read in the afternoon when the small hours make no sense (1 to 5), and
/// asked about when both readings do (6 to 11).
fn clock_time(body: &Body, clock: Clock, phrase: &str) -> Result<NaiveTime, TimeError> {
    let part = match body {
        Body::DayPart(_, part) | Body::Rule(_, _, Some(part), _) => Some(*part),
        _ => clock.part,
    };
    let time = match part {
        Some(part) => part.clock_time(clock.time),
        None if clock.bare => match clock.time.hour() {
            1..=5 => Part::Afternoon.clock_time(clock.time),
            6..=11 => return Err(TimeError::AmbiguousHour { phrase: phrase.to_string(), hour: clock.time.hour() }),
            _ => clock.time.time(),
        },
        None => clock.time.time(),
    };
    time.ok_or_else(|| no_such_date(phrase))
}

fn evaluate(body: Body, time: Option<NaiveTime>, phrase: &str, ctx: &TimeContext) -> Result<When, TimeError> {
    let local_now = ctx.now.with_timezone(&ctx.zone).naive_local();
    let today = local_now.date();
    let missing = || missing_time(phrase, &body, local_now.time());
    let one_off = |(start, adjustment)| When { start, recurrence: None, adjustment };
    match (&body, time) {
        (
            Body::Day(DayWords::Ambiguous { first, second }) | Body::DayPart(DayWords::Ambiguous { first, second }, _),
            _,
        ) => Err(TimeError::AmbiguousDate { phrase: phrase.to_string(), first: *first, second: *second }),
        (Body::TimeOnly, Some(time)) => next_at(time, today, ctx).map(one_off).ok_or_else(|| no_such_date(phrase)),
        (Body::Past, _) => Err(TimeError::Past { phrase: phrase.to_string() }),
        (Body::DayPart(day, part), Some(time)) => {
            let extra = Days::new(u64::from(part.next_day(time)));
            let at = |date: NaiveDate| date.checked_add_days(extra).map(|date| date.and_time(time));
            let acceptable = |date| at(date).is_some_and(|local| resolve_local(local, ctx.zone).0 >= ctx.now);
            let local = place_day(*day, today, acceptable).and_then(at).ok_or_else(|| no_such_date(phrase))?;
            Ok(one_off(resolve_local(local, ctx.zone)))
        }
        (Body::DayPart(DayWords::Today, Part::Night), None) => Ok(one_off((tonight(ctx, today)?, None))),
        (Body::Relative(offset), time) => {
            offset.apply(ctx.now, ctx.zone, time).map(one_off).ok_or_else(|| unrecognised(phrase))
        }
        (Body::Day(day), Some(time)) => {
            let acceptable = |date: NaiveDate| resolve_local(date.and_time(time), ctx.zone).0 >= ctx.now;
            let date = place_day(*day, today, acceptable).ok_or_else(|| no_such_date(phrase))?;
            Ok(one_off(resolve_local(date.and_time(time), ctx.zone)))
        }
        (Body::Rule(pattern, interval, _, end), time) => {
            let pattern = match (pattern, time) {
                // "every 2 weeks at 10": on the day of the first one.
                (Pattern::Weekdays(days), Some(time)) if days.is_empty() => {
                    let (first, _) = next_at(time, today, ctx).ok_or_else(|| no_such_date(phrase))?;
                    Pattern::Weekdays(vec![first.weekday()])
                }
                (pattern, _) => pattern.clone(),
            };
            let rule = Recurrence::build(pattern, *interval).ok_or_else(|| no_such_date(phrase))?;
            let when =
                first_occurrence(rule, time.ok_or_else(missing)?, today, ctx).ok_or_else(|| no_such_date(phrase))?;
            match end {
                Some(end) => series_end(when, *end, today).ok_or_else(|| no_such_date(phrase)),
                None => Ok(when),
            }
        }
        (Body::Day(day) | Body::DayPart(day, _), None) => match place_day(*day, today, |date| date >= today) {
            Some(date) if date < today => Err(TimeError::Past { phrase: phrase.to_string() }),
            Some(_) => Err(missing()),
            None => Err(no_such_date(phrase)),
        },
        (Body::TimeOnly, None) => Err(unrecognised(phrase)),
    }
}

/// A clock time alone: today if still ahead, else tomorrow.
fn next_at(
    time: NaiveTime,
    today: NaiveDate,
    ctx: &TimeContext,
) -> Option<(DateTime<Tz>, Option<LocalTimeAdjustment>)> {
    let today_at = resolve_local(today.and_time(time), ctx.zone);
    if today_at.0 >= ctx.now {
        return Some(today_at);
    }
    let tomorrow = today.checked_add_days(Days::new(1))?;
    Some(resolve_local(tomorrow.and_time(time), ctx.zone))
}

/// A recurrence starting at its first occurrence at or after now.
fn first_occurrence(rule: Recurrence, time: NaiveTime, today: NaiveDate, ctx: &TimeContext) -> Option<When> {
    let (start, adjustment) = rule.first_at_or_after(today, time, ctx.now, ctx.zone)?;
    Some(When { start, recurrence: Some(rule), adjustment })
}

/// "tonight" without a time: today 20:00, or when that has passed, one hour
/// from now rounded up to the next half hour (local clock).
fn tonight(ctx: &TimeContext, today: NaiveDate) -> Result<DateTime<Tz>, TimeError> {
    let evening = NaiveTime::from_hms_opt(TONIGHT_HOUR, 0, 0).unwrap_or(NaiveTime::MIN);
    let (at, _) = resolve_local(today.and_time(evening), ctx.zone);
    if at >= ctx.now {
        return Ok(at);
    }
    let later = (ctx.now + Duration::hours(1)).with_timezone(&ctx.zone);
    let past_half = i64::from(later.minute() % 30) * 60 + i64::from(later.second());
    let exact = past_half == 0 && later.nanosecond() == 0;
    let round_up = if exact { 0 } else { 30 * 60 - past_half };
    let rounded = later.with_nanosecond(0).unwrap_or(later) + Duration::seconds(round_up);
    Ok(rounded)
}

/// MissingTime with the phrase plus a clock time: 19:00, or for "today"
/// after 19:00 the next whole hour (if still today).
fn missing_time(phrase: &str, body: &Body, now: NaiveTime) -> TimeError {
    let base = phrase.trim().trim_end_matches(['.', ',']).trim_end();
    let seven_pm = NaiveTime::from_hms_opt(19, 0, 0).unwrap_or(NaiveTime::MIN);
    let time = match body {
        Body::Day(DayWords::Today) if now >= seven_pm && now.hour() < 23 => format!("{:02}:00", now.hour() + 1),
        Body::DayPart(_, part) | Body::Rule(_, _, Some(part), _) => part.suggested_time().to_string(),
        _ => SUGGESTED_TIME.to_string(),
    };
    TimeError::MissingTime { phrase: phrase.to_string(), suggestion: format!("{base} {time}") }
}

fn unrecognised(phrase: &str) -> TimeError {
    TimeError::Unrecognised { phrase: phrase.to_string() }
}

fn no_such_date(phrase: &str) -> TimeError {
    TimeError::NoSuchDate { phrase: phrase.to_string() }
}
