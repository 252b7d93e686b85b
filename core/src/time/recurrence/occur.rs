//! Stepping through a recurrence's occurrences in local wall-clock time.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;

use super::{Pattern, Recurrence, SeriesEnd};
use crate::time::date::week_start;
use crate::time::local::{resolve_local, LocalTimeAdjustment};

/// Periods searched beyond the requested count before giving up (covers
/// rules that skip many periods, like February 29th or the 31st).
const SPARE_PERIODS: usize = 64;

impl Recurrence {
    /// Occurrence starts strictly after `after`, in the zone of `dtstart`,
    /// computed in LOCAL time (a weekly 09:00 Europe/Madrid rule stays 09:00
    /// across DST), at most `limit` of them. Days before `dtstart`'s local
    /// date are skipped; the interval counts periods from `dtstart`'s period.
    /// A series with COUNT is stepped from `dtstart` (its first occurrence) to count them; one
    /// with UNTIL stops after that local wall time.
    pub fn occurrences_after(&self, dtstart: DateTime<Tz>, after: DateTime<Utc>, limit: usize) -> Vec<DateTime<Tz>> {
        let zone = dtstart.timezone();
        let anchor = dtstart.naive_local();
        let after_day = after.with_timezone(&zone).date_naive();
        let (skipped, count) = match self.end() {
            Some(SeriesEnd::Count(n)) => (0, Some(n as usize)),
            _ => (self.whole_periods_between(anchor.date(), after_day), None),
        };
        let until = match self.end() {
            Some(SeriesEnd::Until(local)) => Some(local),
            _ => None,
        };
        let wanted = count.unwrap_or(0).max(limit);
        let budget = wanted.saturating_mul(4).saturating_add(SPARE_PERIODS) as u64;
        let (mut found, mut seen) = (Vec::new(), 0_usize);
        for period in skipped..skipped.saturating_add(budget) {
            for day in period_days(self.pattern(), self.interval(), anchor.date(), period) {
                let wall = day.and_time(anchor.time());
                if day < anchor.date() {
                    continue;
                }
                seen += 1;
                if until.is_some_and(|last| wall > last) || count.is_some_and(|n| seen > n) {
                    return found;
                }
                let (at, _) = resolve_local(wall, zone);
                if at > after && found.len() < limit {
                    found.push(at);
                }
            }
            if found.len() >= limit {
                break;
            }
        }
        found
    }

    /// The first occurrence at `time` on or after `now`, counting from
    /// `today` (local) without regard to the interval, which is anchored on it.
    pub(crate) fn first_at_or_after(
        &self,
        today: NaiveDate,
        time: NaiveTime,
        now: DateTime<Utc>,
        zone: Tz,
    ) -> Option<(DateTime<Tz>, Option<LocalTimeAdjustment>)> {
        let periods = 400 + SPARE_PERIODS as u64;
        (0..periods)
            .flat_map(|period| period_days(self.pattern(), 1, today, period))
            .filter(|day| *day >= today)
            .map(|day| resolve_local(day.and_time(time), zone))
            .find(|(at, _)| *at >= now)
    }

    /// How many whole periods lie between the anchor day and `later`, minus
    /// one for safety, so stepping can start near `later`.
    fn whole_periods_between(&self, anchor: NaiveDate, later: NaiveDate) -> u64 {
        if later <= anchor {
            return 0;
        }
        let span = match self.pattern() {
            Pattern::EveryDay => (later - anchor).num_days(),
            Pattern::Weekdays(_) => (week_start(later) - week_start(anchor)).num_days() / 7,
            Pattern::MonthDay(_) | Pattern::NthWeekday { .. } => month_index(later) - month_index(anchor),
            Pattern::YearDay { .. } => i64::from(later.year() - anchor.year()),
        };
        let periods = span / i64::from(self.interval().max(1));
        u64::try_from(periods.saturating_sub(1)).unwrap_or(0)
    }
}

fn month_index(day: NaiveDate) -> i64 {
    i64::from(day.year()) * 12 + i64::from(day.month0())
}

/// The matching days of period number `period` (counted in steps of
/// `interval` from the period containing `anchor`), in order.
fn period_days(pattern: &Pattern, interval: u32, anchor: NaiveDate, period: u64) -> Vec<NaiveDate> {
    let Some(step) = period.checked_mul(u64::from(interval)) else {
        return Vec::new();
    };
    let month_start = || {
        let first = anchor.with_day(1)?;
        first.checked_add_months(Months::new(u32::try_from(step).ok()?))
    };
    match pattern {
        Pattern::EveryDay => anchor.checked_add_days(Days::new(step)).into_iter().collect(),
        Pattern::Weekdays(days) => {
            let Some(monday) =
                step.checked_mul(7).and_then(|offset| week_start(anchor).checked_add_days(Days::new(offset)))
            else {
                return Vec::new();
            };
            days.iter()
                .filter_map(|day| monday.checked_add_days(Days::new(u64::from(day.num_days_from_monday()))))
                .collect()
        }
        Pattern::MonthDay(day) => month_start().and_then(|first| first.with_day(*day)).into_iter().collect(),
        Pattern::NthWeekday { nth, day } => {
            month_start().and_then(|first| nth_weekday(first, *nth, *day)).into_iter().collect()
        }
        Pattern::YearDay { month, day } => i32::try_from(step)
            .ok()
            .and_then(|years| anchor.year().checked_add(years))
            .and_then(|year| NaiveDate::from_ymd_opt(year, *month, *day))
            .into_iter()
            .collect(),
    }
}

/// The `nth` `day` of the month starting at `first` (negative counts from the end).
fn nth_weekday(first: NaiveDate, nth: i8, day: Weekday) -> Option<NaiveDate> {
    if nth > 0 {
        let n = u8::try_from(nth).ok()?;
        return NaiveDate::from_weekday_of_month_opt(first.year(), first.month(), day, n);
    }
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    let back = crate::time::date::days_until(day, last.weekday());
    let from_end = u64::from(nth.unsigned_abs().saturating_sub(1)) * 7;
    let found = last.checked_sub_days(Days::new(back + from_end))?;
    (found.month() == first.month()).then_some(found)
}
