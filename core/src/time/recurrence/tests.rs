//! Tests for RRULE text and occurrence stepping.

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::Recurrence;

fn local(zone: Tz, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Tz> {
    zone.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn shown(times: &[DateTime<Tz>]) -> Vec<String> {
    times.iter().map(|t| t.format("%Y-%m-%d %H:%M %:z").to_string()).collect()
}

#[test]
fn weekly_keeps_wall_clock_across_both_dst_changes() {
    let madrid = Tz::Europe__Madrid;
    let rule = Recurrence::from_rrule("FREQ=WEEKLY;BYDAY=MO").unwrap();
    let start = local(madrid, 2026, 3, 23, 9, 0);
    let spring = rule.occurrences_after(start, start.with_timezone(&Utc) - chrono::Duration::minutes(1), 2);
    assert_eq!(shown(&spring), ["2026-03-23 09:00 +01:00", "2026-03-30 09:00 +02:00"]);
    assert_eq!(spring[0].with_timezone(&Utc).format("%H").to_string(), "08");
    assert_eq!(spring[1].with_timezone(&Utc).format("%H").to_string(), "07");
    let october = local(madrid, 2026, 10, 20, 0, 0).with_timezone(&Utc);
    let autumn = rule.occurrences_after(start, october, 2);
    assert_eq!(shown(&autumn), ["2026-10-26 09:00 +01:00", "2026-11-02 09:00 +01:00"]);
    let before = rule.occurrences_after(start, local(madrid, 2026, 10, 19, 8, 0).with_timezone(&Utc), 1);
    assert_eq!(shown(&before), ["2026-10-19 09:00 +02:00"]);
}

#[test]
fn after_is_strict_and_limit_is_respected() {
    let rule = Recurrence::from_rrule("FREQ=DAILY").unwrap();
    let start = local(Tz::Europe__Madrid, 2026, 3, 27, 19, 0);
    let next = rule.occurrences_after(start, start.with_timezone(&Utc), 3);
    assert_eq!(shown(&next), ["2026-03-28 19:00 +01:00", "2026-03-29 19:00 +02:00", "2026-03-30 19:00 +02:00"]);
    assert!(rule.occurrences_after(start, start.with_timezone(&Utc), 0).is_empty());
}

#[test]
fn monthly_last_friday() {
    let rule = Recurrence::from_rrule("FREQ=MONTHLY;BYDAY=-1FR").unwrap();
    let start = local(Tz::America__New_York, 2026, 1, 30, 19, 0);
    let next = rule.occurrences_after(start, start.with_timezone(&Utc), 4);
    assert_eq!(
        shown(&next),
        ["2026-02-27 19:00 -05:00", "2026-03-27 19:00 -04:00", "2026-04-24 19:00 -04:00", "2026-05-29 19:00 -04:00"]
    );
}

#[test]
fn every_two_weeks_on_tuesday_and_thursday() {
    let rule = Recurrence::from_rrule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH").unwrap();
    let start = local(Tz::Europe__Madrid, 2026, 3, 24, 18, 30);
    let next = rule.occurrences_after(start, start.with_timezone(&Utc) - chrono::Duration::seconds(1), 5);
    assert_eq!(
        shown(&next),
        [
            "2026-03-24 18:30 +01:00",
            "2026-03-26 18:30 +01:00",
            "2026-04-07 18:30 +02:00",
            "2026-04-09 18:30 +02:00",
            "2026-04-21 18:30 +02:00"
        ]
    );
}

#[test]
fn far_future_after_is_found_quickly() {
    let rule = Recurrence::from_rrule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO").unwrap();
    let start = local(Tz::Europe__Madrid, 2026, 3, 30, 9, 0);
    let after = local(Tz::Europe__Madrid, 2036, 1, 1, 0, 0).with_timezone(&Utc);
    let next = rule.occurrences_after(start, after, 1);
    assert_eq!(shown(&next), ["2036-01-07 09:00 +01:00"]);
}

#[test]
fn yearly_and_month_day_skip_missing_days() {
    let leap = Recurrence::from_rrule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29").unwrap();
    let start = local(Tz::Europe__Madrid, 2028, 2, 29, 12, 0);
    assert_eq!(shown(&leap.occurrences_after(start, start.with_timezone(&Utc), 1)), ["2032-02-29 12:00 +01:00"]);
    let thirty_first = Recurrence::from_rrule("FREQ=MONTHLY;BYMONTHDAY=31").unwrap();
    let start = local(Tz::Europe__Madrid, 2026, 1, 31, 12, 0);
    let next = thirty_first.occurrences_after(start, start.with_timezone(&Utc), 2);
    assert_eq!(shown(&next), ["2026-03-31 12:00 +02:00", "2026-05-31 12:00 +02:00"]);
}

#[test]
fn rrule_text_round_trips() {
    for text in [
        "FREQ=DAILY",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
        "FREQ=MONTHLY;BYMONTHDAY=15",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=MONTHLY;BYDAY=1MO",
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24",
        "FREQ=DAILY;COUNT=5",
        "FREQ=WEEKLY;BYDAY=FR;UNTIL=20270131T235959",
    ] {
        assert_eq!(Recurrence::from_rrule(text).unwrap().rrule(), text);
    }
    let lenient = Recurrence::from_rrule("RRULE:FREQ=WEEKLY;BYDAY=TH,TU;WKST=MO").unwrap();
    assert_eq!(lenient.rrule(), "FREQ=WEEKLY;BYDAY=TU,TH");
}

#[test]
fn rrule_text_rejects_invalid_or_unsupported() {
    for text in [
        "",
        "FREQ=HOURLY",
        "FREQ=WEEKLY",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=WEEKLY;BYDAY=1MO",
        "FREQ=MONTHLY;BYMONTHDAY=32",
        "FREQ=MONTHLY;BYDAY=9FR",
        "FREQ=DAILY;INTERVAL=0",
        "FREQ=DAILY;COUNT=0",
        "FREQ=DAILY;COUNT=3;UNTIL=20270131T235959",
        "FREQ=DAILY;UNTIL=2027",
        "FREQ=DAILY;FREQ=DAILY",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        "DTSTART:20260101T000000Z",
    ] {
        assert!(Recurrence::from_rrule(text).is_err(), "{text}");
    }
}

#[test]
fn count_and_until_stop_the_series() {
    let madrid = Tz::Europe__Madrid;
    let five = Recurrence::from_rrule("FREQ=DAILY;COUNT=5").unwrap();
    let start = local(madrid, 2026, 3, 27, 8, 0);
    let all = five.occurrences_after(start, start.with_timezone(&Utc) - chrono::Duration::minutes(1), 10);
    assert_eq!(shown(&all).len(), 5);
    assert_eq!(shown(&all)[4], "2026-03-31 08:00 +02:00");
    let later = five.occurrences_after(start, local(madrid, 2026, 3, 30, 9, 0).with_timezone(&Utc), 10);
    assert_eq!(shown(&later), ["2026-03-31 08:00 +02:00"]);
    let until = Recurrence::from_rrule("FREQ=WEEKLY;BYDAY=FR;UNTIL=20270131T235959").unwrap();
    let start = local(madrid, 2026, 12, 25, 19, 0);
    let fridays = until.occurrences_after(start, start.with_timezone(&Utc) - chrono::Duration::minutes(1), 10);
    assert_eq!(fridays.len(), 6, "Dec 25 to Jan 29");
    assert_eq!(until.rrule_in(madrid), "FREQ=WEEKLY;BYDAY=FR;UNTIL=20270131T225959Z");
    assert_eq!(until.describe(), "every Friday until Jan 31, 2027");
    assert_eq!(five.describe(), "every day, 5 times");
}
