//! One of a channel's events as a Discord Guild Scheduled Event (external, with a place or the
//! channel's link as location). A series goes as Discord's `recurrence_rule` where Discord's
//! narrow subset can say it (weekly on one day every 1 or 2 weeks, every day, Monday to Friday,
//! the n-th weekday of the month, a date every year); otherwise as its next time.

use chrono::{DateTime, Utc, Weekday};
use convene_core::engine::NativeEvent;
use convene_core::time::{Pattern, Recurrence};
use serde_json::{json, Value};

/// Discord's limits on a scheduled event.
const MAX_NAME: usize = 100;
const MAX_DESCRIPTION: usize = 1_000;
const MAX_LOCATION: usize = 100;
/// Status "canceled".
pub const CANCELED: u8 = 4;

/// The body that creates or updates the Discord event for `event`; `channel_link` is the
/// location when the event names no place.
pub fn scheduled_event(event: &NativeEvent, channel_link: &str) -> Value {
    let location = event.place.as_deref().unwrap_or(channel_link);
    let mut body = json!({
        "name": clip(&event.title, MAX_NAME),
        "privacy_level": 2,
        "entity_type": 3,
        "entity_metadata": { "location": clip(location, MAX_LOCATION) },
        "scheduled_start_time": event.starts_at.to_rfc3339(),
        "scheduled_end_time": event.ends_at.to_rfc3339(),
        "description": clip(event.description.as_deref().unwrap_or(""), MAX_DESCRIPTION),
    });
    if let Some(rule) = event.recurrence.as_ref().and_then(|rule| discord_rule(rule, event.starts_at)) {
        body["recurrence_rule"] = rule;
    }
    body
}

/// Discord's form of `rule`, when its subset can say it.
pub fn discord_rule(rule: &Recurrence, start: DateTime<Utc>) -> Option<Value> {
    const YEARLY: u8 = 0;
    const MONTHLY: u8 = 1;
    const WEEKLY: u8 = 2;
    const DAILY: u8 = 3;
    let interval = rule.interval();
    let (frequency, interval, days, nth, date) = match rule.pattern() {
        Pattern::EveryDay if interval == 1 => (DAILY, 1, None, None, None),
        Pattern::Weekdays(days) if days.len() == 1 && (1..=2).contains(&interval) => {
            (WEEKLY, interval, Some(days.clone()), None, None)
        }
        Pattern::Weekdays(days) if interval == 1 && (is_work_week(days) || is_weekend(days)) => {
            (DAILY, 1, Some(days.clone()), None, None)
        }
        Pattern::NthWeekday { nth, day } if interval == 1 && (1..=5).contains(nth) => {
            (MONTHLY, 1, None, Some((*nth, *day)), None)
        }
        Pattern::YearDay { month, day } if interval == 1 => (YEARLY, 1, None, None, Some((*month, *day))),
        _ => return None,
    };
    let mut rule = json!({ "start": start.to_rfc3339(), "frequency": frequency, "interval": interval });
    if let Some(days) = days {
        rule["by_weekday"] = json!(days.iter().map(|d| d.num_days_from_monday()).collect::<Vec<_>>());
    }
    if let Some((n, day)) = nth {
        rule["by_n_weekday"] = json!([{ "n": n, "day": day.num_days_from_monday() }]);
    }
    if let Some((month, day)) = date {
        rule["by_month"] = json!([month]);
        rule["by_month_day"] = json!([day]);
    }
    Some(rule)
}

fn is_work_week(days: &[Weekday]) -> bool {
    days == [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri]
}

fn is_weekend(days: &[Weekday]) -> bool {
    days == [Weekday::Sat, Weekday::Sun]
}

fn clip(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(rrule: &str) -> Option<Value> {
        let start = DateTime::parse_from_rfc3339("2026-11-23T18:00:00Z").expect("time").to_utc();
        discord_rule(&Recurrence::from_rrule(rrule).expect("a rule"), start)
    }

    #[test]
    fn series_discord_can_say_become_its_rules() {
        assert_eq!(rule("FREQ=WEEKLY;BYDAY=MO").expect("weekly")["by_weekday"], json!([0]));
        assert_eq!(rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU").expect("fortnightly")["interval"], 2);
        assert_eq!(rule("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR").expect("work week")["frequency"], 3);
        assert_eq!(rule("FREQ=DAILY").expect("daily")["frequency"], 3);
        assert_eq!(
            rule("FREQ=MONTHLY;BYDAY=2TH").expect("second thursday")["by_n_weekday"],
            json!([{"n": 2, "day": 3}])
        );
        assert_eq!(rule("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24").expect("yearly")["by_month_day"], json!([24]));
    }

    #[test]
    fn series_beyond_discord_go_as_their_next_time() {
        for rrule in [
            "FREQ=WEEKLY;BYDAY=TU,TH",
            "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO",
            "FREQ=MONTHLY;BYDAY=-1FR",
            "FREQ=MONTHLY;BYMONTHDAY=15",
            "FREQ=DAILY;INTERVAL=2",
        ] {
            assert_eq!(rule(rrule), None, "{rrule}");
        }
    }
}
