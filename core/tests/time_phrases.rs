//! Table tests for `parse_when`, each phrase read in Europe/Madrid and in
//! America/New_York on the Friday before that zone's spring DST change
//! (Madrid: Sun 2026-03-29, New York: Sun 2026-03-08), both at 10:00 local.

#![allow(clippy::unwrap_used)]

use chrono::{TimeZone, Utc};
use chrono_tz::Tz;
use convene_core::time::{parse_when, TimeContext, TimeError, When};

#[path = "support/reading.rs"]
mod reading;
use reading::reading;

/// Madrid "now": Friday 2026-03-27 10:00 +01:00.
fn madrid() -> TimeContext {
    at(Tz::Europe__Madrid, 2026, 3, 27, 10, 0)
}

/// New York "now": Friday 2026-03-06 10:00 -05:00.
fn new_york() -> TimeContext {
    at(Tz::America__New_York, 2026, 3, 6, 10, 0)
}

fn at(zone: Tz, y: i32, m: u32, d: u32, h: u32, min: u32) -> TimeContext {
    let now = zone.with_ymd_and_hms(y, m, d, h, min, 0).unwrap().with_timezone(&Utc);
    TimeContext { now, zone }
}

/// Local wall time and offset, plus " gap"/" fold" when a DST rule applied,
/// or the error kind.
fn render(result: Result<When, TimeError>) -> String {
    match result {
        Ok(when) => reading(when),
        Err(TimeError::InPast { interpreted }) => {
            format!("past {}", interpreted.format("%Y-%m-%d %H:%M %:z"))
        }
        Err(TimeError::MissingTime { suggestion, .. }) => format!("missing: {suggestion}"),
        Err(TimeError::Unrecognised { .. }) => "unrecognised".to_string(),
        Err(TimeError::NoSuchDate { .. }) => "no such date".to_string(),
        Err(TimeError::AmbiguousDate { first, second, .. }) => format!("ask: {first}/{second}"),
        Err(TimeError::AmbiguousHour { hour, .. }) => format!("ask: {hour}am or pm"),
        Err(TimeError::Past { .. }) => "past".to_string(),
    }
}

/// (phrase, Madrid result, New York result).
#[rustfmt::skip]
const ONE_OFF: &[(&str, &str, &str)] = &[
    // clock times alone: today if still ahead, else tomorrow
    ("19:30", "2026-03-27 19:30 +01:00", "2026-03-06 19:30 -05:00"),
    ("9:15", "2026-03-28 09:15 +01:00", "2026-03-07 09:15 -05:00"),
    ("7pm", "2026-03-27 19:00 +01:00", "2026-03-06 19:00 -05:00"),
    ("7 pm", "2026-03-27 19:00 +01:00", "2026-03-06 19:00 -05:00"),
    ("7:30pm", "2026-03-27 19:30 +01:00", "2026-03-06 19:30 -05:00"),
    ("7.30pm", "2026-03-27 19:30 +01:00", "2026-03-06 19:30 -05:00"),
    ("19h", "2026-03-27 19:00 +01:00", "2026-03-06 19:00 -05:00"),
    ("19h30", "2026-03-27 19:30 +01:00", "2026-03-06 19:30 -05:00"),
    ("noon", "2026-03-27 12:00 +01:00", "2026-03-06 12:00 -05:00"),
    ("midnight", "2026-03-28 00:00 +01:00", "2026-03-07 00:00 -05:00"),
    ("at 9", "2026-03-28 09:00 +01:00", "2026-03-07 09:00 -05:00"),
    ("at 9:00", "2026-03-28 09:00 +01:00", "2026-03-07 09:00 -05:00"),
    ("at 9pm", "2026-03-27 21:00 +01:00", "2026-03-06 21:00 -05:00"),
    ("at 11", "2026-03-27 11:00 +01:00", "2026-03-06 11:00 -05:00"),
    ("10:00", "2026-03-27 10:00 +01:00", "2026-03-06 10:00 -05:00"),
    // today, tomorrow, tonight
    ("today 18:00", "2026-03-27 18:00 +01:00", "2026-03-06 18:00 -05:00"),
    ("today 08:00", "past 2026-03-27 08:00 +01:00", "past 2026-03-06 08:00 -05:00"),
    ("tomorrow 9am", "2026-03-28 09:00 +01:00", "2026-03-07 09:00 -05:00"),
    ("tomorrow at 9:00", "2026-03-28 09:00 +01:00", "2026-03-07 09:00 -05:00"),
    ("at 9am tomorrow", "2026-03-28 09:00 +01:00", "2026-03-07 09:00 -05:00"),
    ("9am tomorrow", "2026-03-28 09:00 +01:00", "2026-03-07 09:00 -05:00"),
    ("TOMORROW 9AM,", "2026-03-28 09:00 +01:00", "2026-03-07 09:00 -05:00"),
    ("tonight", "2026-03-27 20:00 +01:00", "2026-03-06 20:00 -05:00"),
    ("tonight 21:30", "2026-03-27 21:30 +01:00", "2026-03-06 21:30 -05:00"),
    ("tonight at 1am", "2026-03-28 01:00 +01:00", "2026-03-07 01:00 -05:00"),
    // weekdays
    ("friday 19:30", "2026-03-27 19:30 +01:00", "2026-03-06 19:30 -05:00"),
    ("19:30 friday", "2026-03-27 19:30 +01:00", "2026-03-06 19:30 -05:00"),
    ("  Friday   19:30. ", "2026-03-27 19:30 +01:00", "2026-03-06 19:30 -05:00"),
    ("fri 19:30", "2026-03-27 19:30 +01:00", "2026-03-06 19:30 -05:00"),
    ("this friday 19:30", "2026-03-27 19:30 +01:00", "2026-03-06 19:30 -05:00"),
    ("friday 9:00", "2026-04-03 09:00 +02:00", "2026-03-13 09:00 -04:00"),
    ("next friday 18:30", "2026-04-03 18:30 +02:00", "2026-03-13 18:30 -04:00"),
    ("monday 19:30", "2026-03-30 19:30 +02:00", "2026-03-09 19:30 -04:00"),
    ("next monday 19:30", "2026-03-30 19:30 +02:00", "2026-03-09 19:30 -04:00"),
    ("saturday 11:00", "2026-03-28 11:00 +01:00", "2026-03-07 11:00 -05:00"),
    ("sunday 11:00", "2026-03-29 11:00 +02:00", "2026-03-08 11:00 -04:00"),
    ("sunday 1:30", "2026-03-29 01:30 +01:00", "2026-03-08 01:30 -05:00"),
    ("sunday 2:30", "2026-03-29 03:30 +02:00 gap", "2026-03-08 03:30 -04:00 gap"),
    ("sun 3:00", "2026-03-29 03:00 +02:00", "2026-03-08 03:00 -04:00"),
    ("thursday 20:00", "2026-04-02 20:00 +02:00", "2026-03-12 20:00 -04:00"),
    ("on wednesday at 8pm", "2026-04-01 20:00 +02:00", "2026-03-11 20:00 -04:00"),
    // absolute dates
    ("2026-12-24 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("2026-12-24T19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("dec 24 7pm", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("december 24 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("dec 24th 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("24 dec 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("24 december 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("24th of december 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("dec 24 2026 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("24 december 2026 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    // numeric days: day first; a slash with only the second number able to be a day is month first;
    // a slash with both numbers 12 or less is asked, never guessed
    ("24/12 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("12/24 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("24.12. 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("24.12.2026 19:00", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("on 24/12/2026 at 7pm", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("5.6. 19:00", "2026-06-05 19:00 +02:00", "2026-06-05 19:00 -04:00"),
    ("6/6 19:00", "2026-06-06 19:00 +02:00", "2026-06-06 19:00 -04:00"),
    ("5/6 19:00", "ask: 5/6", "ask: 5/6"),
    ("19:00 5/6", "ask: 5/6", "ask: 5/6"),
    ("31/2 10:00", "no such date", "no such date"),
    ("24/12", "missing: 24/12 19:00", "missing: 24/12 19:00"),
    ("24/12/26 19:00", "unrecognised", "unrecognised"),
    ("19:00 dec 24", "2026-12-24 19:00 +01:00", "2026-12-24 19:00 -05:00"),
    ("jan 5 10:00", "2027-01-05 10:00 +01:00", "2027-01-05 10:00 -05:00"),
    ("march 27 9:00", "2027-03-27 09:00 +01:00", "2026-03-27 09:00 -04:00"),
    ("march 27 18:00", "2026-03-27 18:00 +01:00", "2026-03-27 18:00 -04:00"),
    ("march 6 18:00", "2027-03-06 18:00 +01:00", "2026-03-06 18:00 -05:00"),
    ("2026-03-27 9:00", "past 2026-03-27 09:00 +01:00", "2026-03-27 09:00 -04:00"),
    ("2020-01-01 10:00", "past 2020-01-01 10:00 +01:00", "past 2020-01-01 10:00 -05:00"),
    ("2026-03-29 02:30", "2026-03-29 03:30 +02:00 gap", "2026-03-29 02:30 -04:00"),
    ("2026-03-08 02:30", "past 2026-03-08 02:30 +01:00", "2026-03-08 03:30 -04:00 gap"),
    ("tonight at 8", "2026-03-27 20:00 +01:00", "2026-03-06 20:00 -05:00"),
    ("tonight at 1", "2026-03-28 01:00 +01:00", "2026-03-07 01:00 -05:00"),
    ("this afternoon at 3", "2026-03-27 15:00 +01:00", "2026-03-06 15:00 -05:00"),
    ("this evening at 7:30", "2026-03-27 19:30 +01:00", "2026-03-06 19:30 -05:00"),
    ("this morning 9:00", "past 2026-03-27 09:00 +01:00", "past 2026-03-06 09:00 -05:00"),
    ("tomorrow morning 9:30", "2026-03-28 09:30 +01:00", "2026-03-07 09:30 -05:00"),
    ("friday night at 1am", "2026-03-28 01:00 +01:00", "2026-03-07 01:00 -05:00"),
    ("saturday night 23:00", "2026-03-28 23:00 +01:00", "2026-03-07 23:00 -05:00"),
    ("next friday evening 8pm", "2026-04-03 20:00 +02:00", "2026-03-13 20:00 -04:00"),
    ("tomorrow evening", "missing: tomorrow evening 19:00", "missing: tomorrow evening 19:00"),
    ("tomorrow morning", "missing: tomorrow morning 9:00", "missing: tomorrow morning 9:00"),
    ("on the 5th at 19:00", "2026-04-05 19:00 +02:00", "2026-04-05 19:00 -04:00"),
    ("the 27th 18:00", "2026-03-27 18:00 +01:00", "2026-03-27 18:00 -04:00"),
    ("the day after tomorrow 10:00", "2026-03-29 10:00 +02:00", "2026-03-08 10:00 -04:00"),
    ("tuesday next week 12:30", "2026-03-31 12:30 +02:00", "2026-03-10 12:30 -04:00"),
    ("next week tuesday 12:30", "2026-03-31 12:30 +02:00", "2026-03-10 12:30 -04:00"),
    ("on monday next week at 9", "2026-03-30 09:00 +02:00", "2026-03-09 09:00 -04:00"),
    ("saturday this week 11:00", "2026-03-28 11:00 +01:00", "2026-03-07 11:00 -05:00"),
    // relative
    ("in 2 hours", "2026-03-27 12:00 +01:00", "2026-03-06 12:00 -05:00"),
    ("in 30 minutes", "2026-03-27 10:30 +01:00", "2026-03-06 10:30 -05:00"),
    ("in 30 min", "2026-03-27 10:30 +01:00", "2026-03-06 10:30 -05:00"),
    ("in 1 hour", "2026-03-27 11:00 +01:00", "2026-03-06 11:00 -05:00"),
    ("in an hour", "2026-03-27 11:00 +01:00", "2026-03-06 11:00 -05:00"),
    ("in half an hour", "2026-03-27 10:30 +01:00", "2026-03-06 10:30 -05:00"),
    ("in 1h30", "2026-03-27 11:30 +01:00", "2026-03-06 11:30 -05:00"),
    ("in 48 hours", "2026-03-29 11:00 +02:00", "2026-03-08 11:00 -04:00"),
    ("in 2 days", "2026-03-29 10:00 +02:00", "2026-03-08 10:00 -04:00"),
    ("in 3 days", "2026-03-30 10:00 +02:00", "2026-03-09 10:00 -04:00"),
    ("in 3 days at 18:00", "2026-03-30 18:00 +02:00", "2026-03-09 18:00 -04:00"),
    ("in 3 days 18:00", "2026-03-30 18:00 +02:00", "2026-03-09 18:00 -04:00"),
    ("in 1 week", "2026-04-03 10:00 +02:00", "2026-03-13 10:00 -04:00"),
    ("in 2 weeks", "2026-04-10 10:00 +02:00", "2026-03-20 10:00 -04:00"),
    ("in 1 month", "2026-04-27 10:00 +02:00", "2026-04-06 10:00 -04:00"),
    ("in 2 hours at 18:00", "unrecognised", "unrecognised"),
    ("in 0 days", "unrecognised", "unrecognised"),
    // missing time
    ("tomorrow", "missing: tomorrow 19:00", "missing: tomorrow 19:00"),
    ("friday", "missing: friday 19:00", "missing: friday 19:00"),
    ("dec 24", "missing: dec 24 19:00", "missing: dec 24 19:00"),
    ("Dec 24.", "missing: Dec 24 19:00", "missing: Dec 24 19:00"),
    // garbage and impossible dates
    ("banana", "unrecognised", "unrecognised"),
    ("9", "unrecognised", "unrecognised"),
    ("", "unrecognised", "unrecognised"),
    ("at", "unrecognised", "unrecognised"),
    ("next", "unrecognised", "unrecognised"),
    ("friday 25:00", "no such date", "no such date"),
    ("feb 30 10:00", "no such date", "no such date"),
    ("feb 30", "no such date", "no such date"),
    ("31 april 10:00", "no such date", "no such date"),
    ("2026-02-30 10:00", "no such date", "no such date"),
    ("13pm", "no such date", "no such date"),
    // extra words must fail (the caller tries successive suffixes)
    ("games friday 19:30", "unrecognised", "unrecognised"),
    ("board games friday 19:30", "unrecognised", "unrecognised"),
    ("friday 19:30 games", "unrecognised", "unrecognised"),
    ("friday friday 19:30", "unrecognised", "unrecognised"),
    ("tomorrow 19:30 19:30", "unrecognised", "unrecognised"),
];

/// (phrase, Madrid result, New York result); results include the RRULE.
#[rustfmt::skip]
const RECURRING: &[(&str, &str, &str)] = &[
    ("every monday 10:00", "2026-03-30 10:00 +02:00 FREQ=WEEKLY;BYDAY=MO", "2026-03-09 10:00 -04:00 FREQ=WEEKLY;BYDAY=MO"),
    ("every mon at 10am", "2026-03-30 10:00 +02:00 FREQ=WEEKLY;BYDAY=MO", "2026-03-09 10:00 -04:00 FREQ=WEEKLY;BYDAY=MO"),
    ("at 10am every monday", "2026-03-30 10:00 +02:00 FREQ=WEEKLY;BYDAY=MO", "2026-03-09 10:00 -04:00 FREQ=WEEKLY;BYDAY=MO"),
    ("every weekday 9:15", "2026-03-30 09:15 +02:00 FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-03-09 09:15 -04:00 FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("every weekday 18:00", "2026-03-27 18:00 +01:00 FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-03-06 18:00 -05:00 FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("every weekend 11:00", "2026-03-28 11:00 +01:00 FREQ=WEEKLY;BYDAY=SA,SU", "2026-03-07 11:00 -05:00 FREQ=WEEKLY;BYDAY=SA,SU"),
    ("every day 8:00", "2026-03-28 08:00 +01:00 FREQ=DAILY", "2026-03-07 08:00 -05:00 FREQ=DAILY"),
    ("daily 8:00", "2026-03-28 08:00 +01:00 FREQ=DAILY", "2026-03-07 08:00 -05:00 FREQ=DAILY"),
    ("daily at 10:00", "2026-03-27 10:00 +01:00 FREQ=DAILY", "2026-03-06 10:00 -05:00 FREQ=DAILY"),
    ("every week on friday 18:00", "2026-03-27 18:00 +01:00 FREQ=WEEKLY;BYDAY=FR", "2026-03-06 18:00 -05:00 FREQ=WEEKLY;BYDAY=FR"),
    ("weekly on fri 18:00", "2026-03-27 18:00 +01:00 FREQ=WEEKLY;BYDAY=FR", "2026-03-06 18:00 -05:00 FREQ=WEEKLY;BYDAY=FR"),
    ("every 2 weeks on tue, thu 18:30", "2026-03-31 18:30 +02:00 FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "2026-03-10 18:30 -04:00 FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"),
    ("every 2 weeks on tue and thu 18:30", "2026-03-31 18:30 +02:00 FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "2026-03-10 18:30 -04:00 FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"),
    ("every 2 weeks on tue,thu 18:30", "2026-03-31 18:30 +02:00 FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "2026-03-10 18:30 -04:00 FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"),
    ("every other week on monday 19:00", "2026-03-30 19:00 +02:00 FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-03-09 19:00 -04:00 FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
    ("every other monday 9:00", "2026-03-30 09:00 +02:00 FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-03-09 09:00 -04:00 FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
    ("every 2nd tuesday of the month 19:00", "2026-04-14 19:00 +02:00 FREQ=MONTHLY;BYDAY=2TU", "2026-03-10 19:00 -04:00 FREQ=MONTHLY;BYDAY=2TU"),
    ("every month on the 1st 20:00", "2026-04-01 20:00 +02:00 FREQ=MONTHLY;BYMONTHDAY=1", "2026-04-01 20:00 -04:00 FREQ=MONTHLY;BYMONTHDAY=1"),
    ("monthly on the 1st 20:00", "2026-04-01 20:00 +02:00 FREQ=MONTHLY;BYMONTHDAY=1", "2026-04-01 20:00 -04:00 FREQ=MONTHLY;BYMONTHDAY=1"),
    ("every month on the 15th 20:00", "2026-04-15 20:00 +02:00 FREQ=MONTHLY;BYMONTHDAY=15", "2026-03-15 20:00 -04:00 FREQ=MONTHLY;BYMONTHDAY=15"),
    ("every last friday of the month 19:00", "2026-03-27 19:00 +01:00 FREQ=MONTHLY;BYDAY=-1FR", "2026-03-27 19:00 -04:00 FREQ=MONTHLY;BYDAY=-1FR"),
    ("every first monday of the month 19:00", "2026-04-06 19:00 +02:00 FREQ=MONTHLY;BYDAY=1MO", "2026-04-06 19:00 -04:00 FREQ=MONTHLY;BYDAY=1MO"),
    ("every year on dec 24 19:00", "2026-12-24 19:00 +01:00 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24", "2026-12-24 19:00 -05:00 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24"),
    ("every sunday 2:30", "2026-03-29 03:30 +02:00 gap FREQ=WEEKLY;BYDAY=SU", "2026-03-08 03:30 -04:00 gap FREQ=WEEKLY;BYDAY=SU"),
    ("every last friday of the month", "missing: every last friday of the month 19:00", "missing: every last friday of the month 19:00"),
    ("every weekday", "missing: every weekday 19:00", "missing: every weekday 19:00"),
    ("every month on the 32nd 20:00", "no such date", "no such date"),
    ("every banana 20:00", "unrecognised", "unrecognised"),
    ("games every monday 10:00", "unrecognised", "unrecognised"),
];

fn check_table(rows: &[(&str, &str, &str)]) {
    let mut failures = Vec::new();
    for (phrase, in_madrid, in_new_york) in rows {
        for (ctx, expected) in [(madrid(), in_madrid), (new_york(), in_new_york)] {
            let got = render(parse_when(phrase, &ctx));
            if got != *expected {
                failures.push(format!("{phrase:?} in {}: expected {expected:?}, got {got:?}", ctx.zone));
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn one_off_phrases_in_both_zones() {
    assert!(ONE_OFF.len() >= 70);
    check_table(ONE_OFF);
}

#[test]
fn recurring_phrases_in_both_zones() {
    check_table(RECURRING);
}
