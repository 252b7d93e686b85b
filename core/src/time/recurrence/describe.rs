//! Short English descriptions of recurrences.

use chrono::Weekday;

use super::{Pattern, Recurrence, SeriesEnd};
use crate::time::words::{month_short, ordinal_suffix, weekday_long, weekday_short};

const WORK_WEEK: [Weekday; 5] = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];

impl Recurrence {
    /// Short English description: "every weekday", "every 2 weeks on Tue, Thu",
    /// "every month on the 1st", "every last Friday of the month".
    /// A series that ends says so: "every Friday until Jan 31, 2027", "every day, 5 times".
    pub fn describe(&self) -> String {
        let repeat = self.describe_repeat();
        match self.end() {
            None => repeat,
            Some(SeriesEnd::Count(n)) => format!("{repeat}, {n} times"),
            Some(SeriesEnd::Until(last)) => format!("{repeat} until {}", last.format("%b %-d, %Y")),
        }
    }

    fn describe_repeat(&self) -> String {
        let n = self.interval();
        match self.pattern() {
            Pattern::EveryDay => every(n, "day", "days"),
            Pattern::Weekdays(days) => weekly(days, n),
            Pattern::MonthDay(day) => {
                format!("{} on the {}", every(n, "month", "months"), ordinal_suffix(*day))
            }
            Pattern::NthWeekday { nth, day } if n == 1 => {
                format!("every {} {} of the month", nth_word(*nth), weekday_long(*day))
            }
            Pattern::NthWeekday { nth, day } => {
                format!("every {n} months on the {} {}", nth_word(*nth), weekday_long(*day))
            }
            Pattern::YearDay { month, day } => {
                format!("{} on {} {day}", every(n, "year", "years"), month_short(*month))
            }
        }
    }
}

fn every(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("every {one}")
    } else {
        format!("every {n} {many}")
    }
}

fn weekly(days: &[Weekday], n: u32) -> String {
    if n == 1 {
        if days == WORK_WEEK {
            return "every weekday".to_string();
        }
        if days == [Weekday::Sat, Weekday::Sun] {
            return "every weekend".to_string();
        }
        if let [day] = days {
            return format!("every {}", weekday_long(*day));
        }
    }
    let names: Vec<&str> = days.iter().map(|day| weekday_short(*day)).collect();
    format!("{} on {}", every(n, "week", "weeks"), names.join(", "))
}

fn nth_word(nth: i8) -> String {
    match nth {
        -1 => "last".to_string(),
        -2 => "second to last".to_string(),
        1 => "first".to_string(),
        2 => "second".to_string(),
        3 => "third".to_string(),
        4 => "fourth".to_string(),
        5 => "fifth".to_string(),
        other => format!("{other}."),
    }
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
