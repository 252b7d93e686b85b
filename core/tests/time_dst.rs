//! Autumn folds, "tonight" after 20:00, suggestions and recurrence starts.

#![allow(clippy::unwrap_used)]

use chrono::{TimeZone, Utc};
use chrono_tz::Tz;
use convene_core::time::{parse_when, LocalTimeAdjustment, TimeContext, TimeError};

fn ctx(zone: Tz, y: i32, m: u32, d: u32, h: u32, min: u32) -> TimeContext {
    let now = zone.with_ymd_and_hms(y, m, d, h, min, 0).unwrap().with_timezone(&Utc);
    TimeContext { now, zone }
}

fn local(phrase: &str, ctx: &TimeContext) -> String {
    let when = parse_when(phrase, ctx).unwrap();
    when.start.format("%Y-%m-%d %H:%M %:z").to_string()
}

#[test]
fn madrid_fold_takes_summer_time() {
    let madrid = ctx(Tz::Europe__Madrid, 2026, 10, 24, 10, 0);
    for phrase in ["2026-10-25 02:30", "sunday 2:30", "oct 25 2:30am"] {
        let when = parse_when(phrase, &madrid).unwrap();
        assert_eq!(when.start.format("%Y-%m-%d %H:%M %:z").to_string(), "2026-10-25 02:30 +02:00");
        assert_eq!(when.start.with_timezone(&Utc).format("%H:%M").to_string(), "00:30");
        assert!(matches!(when.adjustment, Some(LocalTimeAdjustment::AmbiguousTookEarlier { .. })));
    }
    assert_eq!(local("in 1 day", &madrid), "2026-10-25 10:00 +01:00");
    assert_eq!(local("in 24 hours", &madrid), "2026-10-25 09:00 +01:00");
}

#[test]
fn new_york_fold_takes_summer_time() {
    let new_york = ctx(Tz::America__New_York, 2026, 10, 31, 10, 0);
    for phrase in ["2026-11-01 01:30", "sunday 1:30", "nov 1 1:30am"] {
        let when = parse_when(phrase, &new_york).unwrap();
        assert_eq!(when.start.format("%Y-%m-%d %H:%M %:z").to_string(), "2026-11-01 01:30 -04:00");
        assert!(matches!(when.adjustment, Some(LocalTimeAdjustment::AmbiguousTookEarlier { .. })));
    }
    assert_eq!(local("in 1 day", &new_york), "2026-11-01 10:00 -05:00");
}

#[test]
fn tonight_after_eight_is_an_hour_later_rounded_up_to_the_half_hour() {
    assert_eq!(local("tonight", &ctx(Tz::Europe__Madrid, 2026, 3, 27, 21, 10)), "2026-03-27 22:30 +01:00");
    assert_eq!(local("tonight", &ctx(Tz::Europe__Madrid, 2026, 3, 27, 21, 0)), "2026-03-27 22:00 +01:00");
    assert_eq!(local("tonight", &ctx(Tz::Europe__Madrid, 2026, 3, 27, 23, 45)), "2026-03-28 01:00 +01:00");
    assert_eq!(local("tonight", &ctx(Tz::Europe__Madrid, 2026, 3, 27, 20, 0)), "2026-03-27 20:00 +01:00");
}

#[test]
fn today_without_time_late_suggests_next_hour() {
    let late = ctx(Tz::Europe__Madrid, 2026, 3, 27, 20, 15);
    match parse_when("today", &late) {
        Err(TimeError::MissingTime { suggestion, .. }) => assert_eq!(suggestion, "today 21:00"),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn relative_results_are_rounded_down_to_the_minute() {
    let zone = Tz::Europe__Madrid;
    let now = zone.with_ymd_and_hms(2026, 3, 27, 10, 0, 45).unwrap().with_timezone(&Utc);
    let seconds = TimeContext { now, zone };
    assert_eq!(local("in 30 minutes", &seconds), "2026-03-27 10:30 +01:00");
    let when = parse_when("in 3 days", &seconds).unwrap();
    assert_eq!(when.start.format("%Y-%m-%d %H:%M:%S %:z").to_string(), "2026-03-30 10:00:00 +02:00");
}

#[test]
fn recurrence_start_and_following_occurrences_keep_local_time() {
    let madrid = ctx(Tz::Europe__Madrid, 2026, 3, 27, 10, 0);
    let when = parse_when("every 2 weeks on tue, thu 18:30", &madrid).unwrap();
    let rule = when.recurrence.unwrap();
    assert_eq!(rule.describe(), "every 2 weeks on Tue, Thu");
    let next: Vec<String> = rule
        .occurrences_after(when.start, madrid.now, 3)
        .iter()
        .map(|t| t.format("%Y-%m-%d %H:%M %:z").to_string())
        .collect();
    assert_eq!(next, ["2026-03-31 18:30 +02:00", "2026-04-02 18:30 +02:00", "2026-04-14 18:30 +02:00"]);
}

#[test]
fn error_messages_are_plain_english() {
    let madrid = ctx(Tz::Europe__Madrid, 2026, 3, 27, 10, 0);
    let past = parse_when("2020-01-01 10:00", &madrid).unwrap_err();
    assert_eq!(past.to_string(), "Wed 2020-01-01 10:00 CET is in the past");
    let missing = parse_when("tomorrow", &madrid).unwrap_err();
    assert_eq!(missing.to_string(), "\"tomorrow\" needs a time of day, e.g. \"tomorrow 19:00\"");
}
