//! Repeating events, stored as RFC 5545 RRULE values (without DTSTART).
//!
//! Only the patterns the chat language can produce are supported:
//! daily, weekly on a set of weekdays, monthly on a day number, monthly on
//! the n-th (or last) weekday, and yearly on a month-day, each with an
//! optional INTERVAL and an optional end: COUNT (a number of occurrences) or UNTIL (the last local
//! wall time an occurrence may start at; stored floating, in the event's zone like the rule, and
//! written in UTC for calendar feeds by [`Recurrence::rrule_in`]). Occurrences are stepped in local wall-clock time, so a
//! weekly 09:00 event stays at 09:00 across DST changes; the local time is
//! turned into an instant with [`crate::time::resolve_local`].

mod describe;
mod occur;
mod phrase;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
mod text;

use chrono::{NaiveDateTime, Weekday};

pub(crate) use phrase::read_rule;

/// The largest INTERVAL accepted.
const MAX_INTERVAL: u32 = 999;
/// The largest COUNT accepted.
const MAX_COUNT: u32 = 999;

/// Where a series stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeriesEnd {
    /// After this many occurrences, the first included (COUNT=n).
    Count(u32),
    /// No occurrence starts after this local wall time (UNTIL=...).
    Until(NaiveDateTime),
}

/// Which days a recurrence falls on, within each period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// Every day (FREQ=DAILY).
    EveryDay,
    /// These weekdays, sorted from Monday (FREQ=WEEKLY;BYDAY=...).
    Weekdays(Vec<Weekday>),
    /// This day of the month (FREQ=MONTHLY;BYMONTHDAY=d).
    MonthDay(u32),
    /// The n-th weekday of the month, negative from the end (FREQ=MONTHLY;BYDAY=-1FR).
    NthWeekday { nth: i8, day: Weekday },
    /// This date each year (FREQ=YEARLY;BYMONTH=m;BYMONTHDAY=d).
    YearDay { month: u32, day: u32 },
}

/// A repeating schedule, e.g. "every 2 weeks on Tue, Thu".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recurrence {
    pattern: Pattern,
    interval: u32,
    end: Option<SeriesEnd>,
    rule: String,
}

impl Recurrence {
    /// Checks the pattern and builds its RRULE text; None if it cannot occur
    /// (e.g. the 32nd, February 30th, an empty weekday list).
    pub(crate) fn build(pattern: Pattern, interval: u32) -> Option<Recurrence> {
        let valid_pattern = match &pattern {
            Pattern::EveryDay => true,
            Pattern::Weekdays(days) => !days.is_empty(),
            Pattern::MonthDay(day) => (1..=31).contains(day),
            Pattern::NthWeekday { nth, .. } => (1..=5).contains(nth) || (-5..=-1).contains(nth),
            Pattern::YearDay { month, day } => chrono::NaiveDate::from_ymd_opt(2000, *month, *day).is_some(),
        };
        if !valid_pattern || !(1..=MAX_INTERVAL).contains(&interval) {
            return None;
        }
        let pattern = match pattern {
            Pattern::Weekdays(days) => Pattern::Weekdays(sorted_days(days)),
            other => other,
        };
        let rule = text::rule_text(&pattern, interval, None);
        Some(Recurrence { pattern, interval, end: None, rule })
    }

    /// The same rule stopping at `end`; None for a count of 0 or over 999.
    pub(crate) fn ending(self, end: SeriesEnd) -> Option<Recurrence> {
        if let SeriesEnd::Count(n) = end {
            if !(1..=MAX_COUNT).contains(&n) {
                return None;
            }
        }
        let rule = text::rule_text(&self.pattern, self.interval, Some(end));
        Some(Recurrence { end: Some(end), rule, ..self })
    }

    /// RFC 5545 RRULE value without the "RRULE:" prefix, e.g. "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR".
    pub fn rrule(&self) -> &str {
        &self.rule
    }

    /// Parse back a stored RRULE value (as produced by [`Recurrence::rrule`]);
    /// Err on anything invalid or outside the supported patterns.
    pub fn from_rrule(s: &str) -> Result<Recurrence, crate::time::TimeError> {
        text::parse_rule_text(s)
            .and_then(|(pattern, interval, end)| {
                let rule = Recurrence::build(pattern, interval)?;
                match end {
                    Some(end) => rule.ending(end),
                    None => Some(rule),
                }
            })
            .ok_or_else(|| crate::time::TimeError::Unrecognised { phrase: s.to_string() })
    }

    pub fn pattern(&self) -> &Pattern {
        &self.pattern
    }

    pub fn interval(&self) -> u32 {
        self.interval
    }

    /// Where the series stops, if it does.
    pub fn end(&self) -> Option<SeriesEnd> {
        self.end
    }

    /// The RRULE value for a calendar feed whose DTSTART is in `zone`: UNTIL in UTC, as RFC 5545
    /// asks when DTSTART names a zone.
    pub fn rrule_in(&self, zone: chrono_tz::Tz) -> String {
        match self.end {
            Some(SeriesEnd::Until(local)) => {
                let (at, _) = crate::time::resolve_local(local, zone);
                let utc = at.with_timezone(&chrono::Utc).format("%Y%m%dT%H%M%SZ");
                text::rule_text(&self.pattern, self.interval, None) + &format!(";UNTIL={utc}")
            }
            _ => self.rule.clone(),
        }
    }
}

/// Weekdays from Monday to Sunday without repeats.
fn sorted_days(mut days: Vec<Weekday>) -> Vec<Weekday> {
    days.sort_by_key(|day| day.num_days_from_monday());
    days.dedup();
    days
}
