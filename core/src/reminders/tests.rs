use super::*;
use crate::domain::*;
use crate::time::{parse_when, TimeContext};
use chrono::TimeZone;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn event(phrase: &str, now: DateTime<Utc>) -> Event {
    let zone = chrono_tz::Europe::Madrid;
    let when = parse_when(phrase, &TimeContext { now, zone }).unwrap();
    let start = when.start.with_timezone(&Utc);
    Event {
        id: EventId(1),
        calendar: CalendarId(1),
        no: EventNo(1),
        title: EventTitle::parse("Standup").unwrap(),
        description: None,
        location: None,
        topics: vec![],
        starts_at: start,
        ends_at: start + chrono::Duration::minutes(15),
        zone,
        recurrence: when.recurrence,
        capacity: None,
        creator: UserId(1),
        status: EventStatus::Scheduled,
        version: 1,
        skipped: vec![],
    }
}

fn leads(texts: &[&str]) -> Vec<Lead> {
    texts.iter().map(|t| Lead::parse(t).unwrap()).collect()
}

#[test]
fn leads_read_and_print_like_people_write_them() {
    assert_eq!(Lead::parse("1d").map(|l| l.minutes()), Some(1440));
    assert_eq!(Lead::parse("1h30").map(|l| l.to_string()), Some("1h30m".into()));
    assert_eq!(Lead::parse("15m").map(|l| l.to_string()), Some("15m".into()));
    assert_eq!(Lead::parse("31d"), None);
    assert_eq!(Lead::parse("soon"), None);
}

#[test]
fn only_reminders_still_ahead_are_planned() {
    let now = at(2026, 11, 20, 9, 0); // 10:00 in Madrid
    let lunch = event("today 12:00", now); // 11:00 UTC
    let planned = plan(&lunch, &leads(&["1d", "1h"]), &[(UserId(7), Lead::parse("30m").unwrap())], now);
    let due: Vec<(String, Option<UserId>)> = planned.iter().map(|r| (r.due_at.to_rfc3339(), r.user)).collect();
    assert_eq!(
        due,
        [("2026-11-20T10:00:00+00:00".to_string(), None), ("2026-11-20T10:30:00+00:00".to_string(), Some(UserId(7)))]
    );
    assert!(plan(&lunch, &leads(&["1h"]), &[], at(2026, 11, 20, 10, 0)).is_empty(), "due now is not ahead");
}

#[test]
fn a_weekly_event_keeps_local_time_across_the_autumn_change() {
    let now = at(2026, 10, 12, 12, 0);
    let standup = event("every monday 9:00", now);
    let first = plan(&standup, &leads(&["1h"]), &[], now);
    assert_eq!(first[0].occurrence, at(2026, 10, 19, 7, 0), "09:00 CEST");
    // Once that reminder has gone out, the next Monday is planned: after the change, 09:00 CET.
    let next = plan(&standup, &leads(&["1h"]), &[], at(2026, 10, 19, 6, 30));
    assert_eq!(next[0].occurrence, at(2026, 10, 26, 8, 0));
    assert_eq!(next[0].due_at, at(2026, 10, 26, 7, 0));
    assert!(is_occurrence(&standup, at(2026, 10, 26, 8, 0)));
    assert!(!is_occurrence(&standup, at(2026, 10, 26, 7, 0)));
}

#[test]
fn cancelled_events_plan_nothing() {
    let now = at(2026, 11, 20, 9, 0);
    let mut lunch = event("tomorrow 12:00", now);
    lunch.status = EventStatus::Cancelled;
    assert!(plan(&lunch, &leads(&["1h"]), &[], now).is_empty());
}
