//! Relative times: "in 2 hours", "in half an hour", "in 3 days", "in 1 month".

use chrono::{DateTime, Days, Duration, DurationRound, Months, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use super::duration::parse_duration;
use super::local::{resolve_local, LocalTimeAdjustment};
use super::words::count;

/// How far ahead a relative phrase points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Offset {
    /// Hours and minutes: an exact amount of elapsed time.
    Exact(Duration),
    /// Whole days (weeks are 7 days), counted on the local calendar.
    Days(u32),
    /// Whole months, counted on the local calendar.
    Months(u32),
}

/// Reads the words after "in" as an offset; None when they are not one.
pub(crate) fn read_offset(words: &[&str]) -> Option<Offset> {
    match words {
        ["half", "an", "hour"] | ["half", "hour"] => return Some(Offset::Exact(Duration::minutes(30))),
        [amount, unit] => {
            if let Some(offset) = count(amount).and_then(|n| counted(n, unit)) {
                return Some(offset);
            }
        }
        [compact] => {
            if let Some(offset) = compact_days(compact) {
                return Some(offset);
            }
        }
        _ => {}
    }
    parse_duration(&words.join(" ")).map(Offset::Exact)
}

fn counted(n: u32, unit: &str) -> Option<Offset> {
    if n == 0 {
        return None;
    }
    let offset = match unit {
        "minute" | "minutes" | "min" | "mins" => Offset::Exact(Duration::minutes(i64::from(n))),
        "hour" | "hours" | "hr" | "hrs" => Offset::Exact(Duration::hours(i64::from(n))),
        "day" | "days" => Offset::Days(n),
        "week" | "weeks" => Offset::Days(n.checked_mul(7)?),
        "fortnight" | "fortnights" => Offset::Days(n.checked_mul(14)?),
        "month" | "months" => Offset::Months(n),
        _ => return None,
    };
    Some(offset)
}

/// "3d", "2w" as calendar days.
fn compact_days(word: &str) -> Option<Offset> {
    let (digits, per_unit) = match word.strip_suffix('d') {
        Some(digits) => (digits, 1),
        None => (word.strip_suffix('w')?, 7),
    };
    let n: u32 = super::words::small_number(digits, 3)?;
    (n > 0).then_some(Offset::Days(n * per_unit))
}

impl Offset {
    /// The instant this offset points at from `now`, with the wall time
    /// replaced by `time` for calendar offsets when given. Exact offsets
    /// refuse a `time` (None). Rounded down to the whole minute.
    pub(crate) fn apply(
        self,
        now: DateTime<Utc>,
        zone: Tz,
        time: Option<NaiveTime>,
    ) -> Option<(DateTime<Tz>, Option<LocalTimeAdjustment>)> {
        let local_now = now.with_timezone(&zone).naive_local();
        let day = match self {
            Offset::Exact(span) => {
                let at = now.checked_add_signed(span)?.duration_trunc(Duration::minutes(1)).ok()?;
                return time.is_none().then(|| (at.with_timezone(&zone), None));
            }
            Offset::Days(n) => local_now.date().checked_add_days(Days::new(u64::from(n)))?,
            Offset::Months(n) => local_now.date().checked_add_months(Months::new(n))?,
        };
        let wall = time.unwrap_or_else(|| local_now.time());
        let wall = NaiveDateTime::new(day, wall).duration_trunc(Duration::minutes(1)).ok()?;
        Some(resolve_local(wall, zone))
    }
}
