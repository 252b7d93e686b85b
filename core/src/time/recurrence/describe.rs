//! Short descriptions of recurrences, in the language spoken: "every 2 weeks on Tue, Thu",
//! "cada 2 semanas los martes y jueves".

use chrono::{Datelike, Weekday};

use super::{Pattern, Recurrence, SeriesEnd};
use crate::time::words::ordinal_suffix;
use crate::tr;

const WORK_WEEK: [Weekday; 5] = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];

impl Recurrence {
    /// Short description: "every weekday", "every 2 weeks on Tue, Thu",
    /// "every month on the 1st", "every last Friday of the month".
    /// A series that ends says so: "every Friday until Jan 31, 2027", "every day, 5 times".
    pub fn describe(&self) -> String {
        let repeat = self.describe_repeat();
        match self.end() {
            None => repeat,
            Some(SeriesEnd::Count(n)) => tr!("repeat-times", repeat = repeat, count = n),
            Some(SeriesEnd::Until(last)) => {
                tr!("repeat-until", repeat = repeat, date = last.day(), month = last.month(), year = last.year())
            }
        }
    }

    fn describe_repeat(&self) -> String {
        let n = self.interval();
        match self.pattern() {
            Pattern::EveryDay => tr!("repeat-daily", n = n),
            Pattern::Weekdays(days) => weekly(days, n),
            Pattern::MonthDay(day) => tr!("repeat-monthly-day", n = n, date = *day, ordinal = ordinal_suffix(*day)),
            Pattern::NthWeekday { nth, day } => {
                tr!("repeat-monthly-weekday", n = n, nth = i32::from(*nth), day = day.number_from_monday())
            }
            Pattern::YearDay { month, day } => tr!("repeat-yearly", n = n, month = *month, date = *day),
        }
    }
}

fn weekly(days: &[Weekday], n: u32) -> String {
    if n == 1 {
        if days == WORK_WEEK {
            return tr!("repeat-work-week");
        }
        if days == [Weekday::Sat, Weekday::Sun] {
            return tr!("repeat-weekend");
        }
        if let [day] = days {
            return tr!("repeat-weekly-one", day = day.number_from_monday());
        }
    }
    let mut names: Vec<String> =
        days.iter().map(|day| tr!("repeat-day-in-list", day = day.number_from_monday())).collect();
    let last = names.pop().unwrap_or_default();
    let list = match names.is_empty() {
        true => last,
        false => tr!("repeat-day-list", first = names.join(", "), last = last),
    };
    tr!("repeat-weekly", n = n, days = list)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn describe(rule: &str) -> String {
        Recurrence::from_rrule(rule).unwrap().describe()
    }

    #[test]
    fn describes_each_pattern() {
        assert_eq!(describe("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"), "every weekday");
        assert_eq!(describe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"), "every 2 weeks on Tue, Thu");
        assert_eq!(describe("FREQ=WEEKLY;BYDAY=TU,TH"), "every week on Tue, Thu");
        assert_eq!(describe("FREQ=WEEKLY;BYDAY=MO"), "every Monday");
        assert_eq!(describe("FREQ=MONTHLY;BYMONTHDAY=1"), "every month on the 1st");
        assert_eq!(describe("FREQ=MONTHLY;BYDAY=-1FR"), "every last Friday of the month");
        assert_eq!(describe("FREQ=MONTHLY;BYDAY=1MO"), "every first Monday of the month");
        assert_eq!(describe("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24"), "every year on Dec 24");
        assert_eq!(describe("FREQ=DAILY"), "every day");
        assert_eq!(describe("FREQ=DAILY;INTERVAL=3"), "every 3 days");
    }
}
