//! Where a repeat written with an end stops: "until jan 31" is UNTIL the end of that day; "for 5
//! days" is COUNT=5 when the repeat happens once a day (once a week for weeks, and so on), else
//! UNTIL the last day of that stretch; "for 10 times" is COUNT=10.

use chrono::{Days, Months, NaiveDate, NaiveTime};

use super::date::place_day;
use super::reading::{EndWords, Period};
use super::recurrence::{Pattern, Recurrence, SeriesEnd};
use super::When;

/// The recurrence of `when` stopping where `end` says; None when it would stop before its first
/// occurrence or the end does not exist.
pub(crate) fn series_end(when: When, end: EndWords, today: NaiveDate) -> Option<When> {
    let rule = when.recurrence.clone()?;
    let first = when.start.naive_local().date();
    let last_day = |date: NaiveDate| date.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN));
    let end = match end {
        EndWords::Times(n) => SeriesEnd::Count(n),
        EndWords::For(n, period) if once_per(&rule, period) => SeriesEnd::Count(n),
        EndWords::For(n, period) => SeriesEnd::Until(last_day(stretch_end(first, n, period)?)),
        EndWords::Until(day) => {
            let date = place_day(day, today, |date| date >= first)?;
            (date >= first).then_some(SeriesEnd::Until(last_day(date)))?
        }
    };
    let recurrence = rule.ending(end)?;
    Some(When { recurrence: Some(recurrence), ..when })
}

/// Whether the repeat happens exactly once in each `period`.
fn once_per(rule: &Recurrence, period: Period) -> bool {
    if rule.interval() != 1 {
        return false;
    }
    matches!(
        (rule.pattern(), period),
        (Pattern::EveryDay, Period::Days)
            | (Pattern::MonthDay(_) | Pattern::NthWeekday { .. }, Period::Months)
            | (Pattern::YearDay { .. }, Period::Years)
    ) || matches!((rule.pattern(), period), (Pattern::Weekdays(days), Period::Weeks) if days.len() == 1)
}

/// The last day of `n` periods starting on `first`.
fn stretch_end(first: NaiveDate, n: u32, period: Period) -> Option<NaiveDate> {
    let after = match period {
        Period::Days => first.checked_add_days(Days::new(u64::from(n)))?,
        Period::Weeks => first.checked_add_days(Days::new(u64::from(n).checked_mul(7)?))?,
        Period::Months => first.checked_add_months(Months::new(n))?,
        Period::Years => first.checked_add_months(Months::new(n.checked_mul(12)?))?,
    };
    after.pred_opt()
}
