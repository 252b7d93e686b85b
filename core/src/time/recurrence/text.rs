//! Writing and reading the RRULE text of a recurrence.

use chrono::Weekday;

use chrono::NaiveDateTime;

use super::{Pattern, SeriesEnd};

/// How UNTIL is written: a floating local date-time.
const UNTIL_FORMAT: &str = "%Y%m%dT%H%M%S";

const DAY_CODES: [(Weekday, &str); 7] = [
    (Weekday::Mon, "MO"),
    (Weekday::Tue, "TU"),
    (Weekday::Wed, "WE"),
    (Weekday::Thu, "TH"),
    (Weekday::Fri, "FR"),
    (Weekday::Sat, "SA"),
    (Weekday::Sun, "SU"),
];

fn day_code(day: Weekday) -> &'static str {
    DAY_CODES[day.num_days_from_monday() as usize].1
}

/// "FREQ=...;INTERVAL=...;BYMONTH=...;BYMONTHDAY=...;BYDAY=..." for a valid pattern.
pub(super) fn rule_text(pattern: &Pattern, interval: u32, end: Option<SeriesEnd>) -> String {
    let freq = match pattern {
        Pattern::EveryDay => "DAILY",
        Pattern::Weekdays(_) => "WEEKLY",
        Pattern::MonthDay(_) | Pattern::NthWeekday { .. } => "MONTHLY",
        Pattern::YearDay { .. } => "YEARLY",
    };
    let mut rule = format!("FREQ={freq}");
    if interval > 1 {
        rule.push_str(&format!(";INTERVAL={interval}"));
    }
    match pattern {
        Pattern::EveryDay => {}
        Pattern::Weekdays(days) => {
            let codes: Vec<&str> = days.iter().map(|day| day_code(*day)).collect();
            rule.push_str(&format!(";BYDAY={}", codes.join(",")));
        }
        Pattern::MonthDay(day) => rule.push_str(&format!(";BYMONTHDAY={day}")),
        Pattern::NthWeekday { nth, day } => {
            rule.push_str(&format!(";BYDAY={nth}{}", day_code(*day)));
        }
        Pattern::YearDay { month, day } => {
            rule.push_str(&format!(";BYMONTH={month};BYMONTHDAY={day}"));
        }
    }
    match end {
        Some(SeriesEnd::Count(n)) => rule.push_str(&format!(";COUNT={n}")),
        Some(SeriesEnd::Until(local)) => rule.push_str(&format!(";UNTIL={}", local.format(UNTIL_FORMAT))),
        None => {}
    }
    rule
}

/// The parts of an RRULE value this module understands.
#[derive(Default)]
struct RuleParts<'a> {
    freq: Option<&'a str>,
    interval: Option<u32>,
    by_day: Option<&'a str>,
    by_month_day: Option<u32>,
    by_month: Option<u32>,
    count: Option<u32>,
    until: Option<NaiveDateTime>,
}

/// Reads an RRULE value (optionally prefixed "RRULE:"); None if invalid or unsupported.
pub(super) fn parse_rule_text(s: &str) -> Option<(Pattern, u32, Option<SeriesEnd>)> {
    let body = s.trim();
    let body = body.get(..6).filter(|head| head.eq_ignore_ascii_case("RRULE:")).map_or(body, |_| &body[6..]);
    let mut parts = RuleParts::default();
    for item in body.split(';') {
        let (key, value) = item.split_once('=')?;
        if !store_part(&mut parts, key, value) {
            return None;
        }
    }
    let interval = parts.interval.unwrap_or(1);
    let end = match (parts.count, parts.until) {
        (Some(_), Some(_)) => return None,
        (Some(n), None) => Some(SeriesEnd::Count(n)),
        (None, Some(local)) => Some(SeriesEnd::Until(local)),
        (None, None) => None,
    };
    Some((pattern_of(&parts)?, interval, end))
}

/// Records one KEY=VALUE; false when unknown, repeated or malformed.
fn store_part<'a>(parts: &mut RuleParts<'a>, key: &str, value: &'a str) -> bool {
    fn set<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
        match (slot.is_some(), value) {
            (false, Some(value)) => {
                *slot = Some(value);
                true
            }
            _ => false,
        }
    }
    match key {
        "FREQ" => set(&mut parts.freq, Some(value)),
        "INTERVAL" => set(&mut parts.interval, value.parse().ok()),
        "BYDAY" => set(&mut parts.by_day, Some(value)),
        "BYMONTHDAY" => set(&mut parts.by_month_day, value.parse().ok()),
        "BYMONTH" => set(&mut parts.by_month, value.parse().ok()),
        "COUNT" => set(&mut parts.count, value.parse().ok()),
        "UNTIL" => set(&mut parts.until, NaiveDateTime::parse_from_str(value, UNTIL_FORMAT).ok()),
        "WKST" => value == "MO",
        _ => false,
    }
}

fn pattern_of(parts: &RuleParts<'_>) -> Option<Pattern> {
    let by_day = match parts.by_day {
        Some(list) => Some(parse_days(list)?),
        None => None,
    };
    match (parts.freq?, by_day, parts.by_month_day, parts.by_month) {
        ("DAILY", None, None, None) => Some(Pattern::EveryDay),
        ("WEEKLY", Some(days), None, None) => {
            let plain: Option<Vec<Weekday>> = days.iter().map(|(nth, day)| nth.is_none().then_some(*day)).collect();
            Some(Pattern::Weekdays(plain?))
        }
        ("MONTHLY", None, Some(day), None) => Some(Pattern::MonthDay(day)),
        ("MONTHLY", Some(days), None, None) => match days.as_slice() {
            [(Some(nth), day)] => Some(Pattern::NthWeekday { nth: *nth, day: *day }),
            _ => None,
        },
        ("YEARLY", None, Some(day), Some(month)) => Some(Pattern::YearDay { month, day }),
        _ => None,
    }
}

/// "MO,TU" or "-1FR" -> weekdays with optional ordinals.
fn parse_days(list: &str) -> Option<Vec<(Option<i8>, Weekday)>> {
    list.split(',').map(parse_day).collect()
}

fn parse_day(item: &str) -> Option<(Option<i8>, Weekday)> {
    let split = item.len().checked_sub(2)?;
    let (number, code) = (item.get(..split)?, item.get(split..)?);
    let day = DAY_CODES.iter().find(|(_, c)| *c == code)?.0;
    if number.is_empty() {
        return Some((None, day));
    }
    let digits = number.strip_prefix('+').unwrap_or(number);
    Some((Some(digits.parse().ok()?), day))
}
