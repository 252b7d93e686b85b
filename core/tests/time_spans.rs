//! Table tests for `parse_span`: "when" phrases with an end time or a written zone, read in Europe/Madrid on Friday
//! 2026-03-27 at 10:00, two days before the spring DST change (Sun 2026-03-29, 02:00 -> 03:00).

#![allow(clippy::unwrap_used)]

use chrono::{TimeZone, Utc};
use chrono_tz::Tz;
use convene_core::time::{parse_span, Span, TimeContext, TimeError};

fn madrid() -> TimeContext {
    let zone = Tz::Europe__Madrid;
    TimeContext { now: zone.with_ymd_and_hms(2026, 3, 27, 10, 0, 0).unwrap().with_timezone(&Utc), zone }
}

/// "start -> end" in local time with offsets, "start (no end)", or the error kind.
fn render(result: Result<Span, TimeError>) -> String {
    let format = "%Y-%m-%d %H:%M %:z";
    match result {
        Ok(Span { when, length: Some(length) }) => {
            format!("{} -> {}", when.start.format(format), (when.start + length).format(format))
        }
        Ok(Span { when, length: None }) => format!("{} (no end)", when.start.format(format)),
        Err(TimeError::InPast { .. }) => "past".into(),
        Err(TimeError::Unrecognised { .. }) => "unrecognised".into(),
        Err(TimeError::NoSuchDate { .. }) => "no such date".into(),
        Err(other) => format!("{other}"),
    }
}

#[rustfmt::skip]
const SPANS: &[(&str, &str)] = &[
    // the ways of writing an end
    ("friday 19:30-22:00", "2026-03-27 19:30 +01:00 -> 2026-03-27 22:00 +01:00"),
    ("Fri 19:30 - 22:00", "2026-03-27 19:30 +01:00 -> 2026-03-27 22:00 +01:00"),
    ("friday 19:30–22:00", "2026-03-27 19:30 +01:00 -> 2026-03-27 22:00 +01:00"),
    ("friday 19:30 to 22:00", "2026-03-27 19:30 +01:00 -> 2026-03-27 22:00 +01:00"),
    ("friday from 19:30 until 22:00", "2026-03-27 19:30 +01:00 -> 2026-03-27 22:00 +01:00"),
    ("friday 19:30 till 10pm", "2026-03-27 19:30 +01:00 -> 2026-03-27 22:00 +01:00"),
    ("19:30-22:00 friday", "2026-03-27 19:30 +01:00 -> 2026-03-27 22:00 +01:00"),
    ("19:30-22:00", "2026-03-27 19:30 +01:00 -> 2026-03-27 22:00 +01:00"),
    // Spanish ranges
    ("viernes de 19:30 a 22:00", "2026-03-27 19:30 +01:00 -> 2026-03-27 22:00 +01:00"),
    ("mañana de 10 a 12", "2026-03-28 10:00 +01:00 -> 2026-03-28 12:00 +01:00"),
    ("hoy desde las 19 hasta las 22hs", "2026-03-27 19:00 +01:00 -> 2026-03-27 22:00 +01:00"),
    ("el sábado de 22 a 2", "2026-03-28 22:00 +01:00 -> 2026-03-29 03:00 +02:00"),
    // bare hours and am/pm written once
    ("tomorrow 10-12", "2026-03-28 10:00 +01:00 -> 2026-03-28 12:00 +01:00"),
    ("fri 7-9pm", "2026-03-27 19:00 +01:00 -> 2026-03-27 21:00 +01:00"),
    ("fri 11-1pm", "2026-03-27 11:00 +01:00 -> 2026-03-27 13:00 +01:00"),
    ("10am-11am tomorrow", "2026-03-28 10:00 +01:00 -> 2026-03-28 11:00 +01:00"),
    ("tomorrow 9 to 5", "2026-03-28 09:00 +01:00 -> 2026-03-28 17:00 +01:00"),
    ("tomorrow 7 pm - 9 pm", "2026-03-28 19:00 +01:00 -> 2026-03-28 21:00 +01:00"),
    // past midnight, and across the DST change (02:00 does not exist that night)
    ("tonight 23:00-1:00", "2026-03-27 23:00 +01:00 -> 2026-03-28 01:00 +01:00"),
    ("sat 22:00 until 2am", "2026-03-28 22:00 +01:00 -> 2026-03-29 03:00 +02:00"),
    ("sat 22:00-04:00", "2026-03-28 22:00 +01:00 -> 2026-03-29 04:00 +02:00"),
    // dates, and repeats
    ("31.12. 22:00-02:00", "2026-12-31 22:00 +01:00 -> 2027-01-01 02:00 +01:00"),
    ("2026-12-24 10-12", "2026-12-24 10:00 +01:00 -> 2026-12-24 12:00 +01:00"),
    ("every monday 18:00-19:30", "2026-03-30 18:00 +02:00 -> 2026-03-30 19:30 +02:00"),
    // a zone written last: the time is read there
    ("friday 10:00 EST", "2026-03-27 10:00 -04:00 (no end)"),
    ("friday 19:00-21:00 UTC", "2026-03-27 19:00 +00:00 -> 2026-03-27 21:00 +00:00"),
    ("tomorrow 9:00 Asia/Tokyo", "2026-03-28 09:00 +09:00 (no end)"),
    ("friday 10:00 Lima", "unrecognised"),
    // no end: read as before
    ("friday 19:30", "2026-03-27 19:30 +01:00 (no end)"),
    ("2026-12-24", "\"2026-12-24\" needs a time of day, e.g. \"2026-12-24 19:00\""),
    // not a range, or not a real one
    ("friday 19:30 till late", "unrecognised"),
    ("dec 24 - dec 26", "unrecognised"),
    ("friday 19:30-25:00", "no such date"),
    ("19:30-25:00", "no such date"),
    ("games 25-31", "unrecognised"),
    ("x x friday 7 to 31", "unrecognised"),
    ("today 8-9", "past"),
    ("games 19:30-22:00", "unrecognised"),
];

#[test]
fn end_times_give_the_length() {
    let failures: Vec<String> = SPANS
        .iter()
        .filter_map(|(phrase, expected)| {
            let got = render(parse_span(phrase, &madrid()));
            (got != *expected).then(|| format!("{phrase:?}: expected {expected}, got {got}"))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
