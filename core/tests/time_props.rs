//! Property tests for `parse_when`.

#![allow(clippy::unwrap_used)]

use chrono::{Days, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use convene_core::time::{parse_when, LocalTimeAdjustment, TimeContext};
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "every",
    "in",
    "at",
    "on",
    "the",
    "of",
    "and",
    "next",
    "this",
    "today",
    "tomorrow",
    "tonight",
    "friday",
    "mon",
    "weekday",
    "week",
    "weeks",
    "month",
    "day",
    "days",
    "hours",
    "dec",
    "24",
    "24th",
    "2026",
    "2026-12-24",
    "19:30",
    "7pm",
    "pm",
    "9",
    "noon",
    "last",
    "first",
    "other",
    "2",
    "half",
    "an",
    "hour",
    "1h30",
    "25:00",
    "weekly",
    "daily",
    "monthly",
    "yearly",
    "year",
    "1st",
    "31st",
    "feb",
    "29",
    "tue,",
    "thu.",
    "99999",
    // Spanish
    "mañana",
    "manana",
    "a",
    "las",
    "la",
    "de",
    "el",
    "y",
    "media",
    "cuarto",
    "menos",
    "noche",
    "tarde",
    "hoy",
    "ayer",
    "viernes",
    "lunes",
    "todos",
    "los",
    "cada",
    "que",
    "viene",
    "próximo",
    "semana",
    "pasado",
    "hasta",
    "durante",
    "días",
    "dentro",
    "diciembre",
    "21hs",
    "once",
    "mediodía",
    "hace",
    "until",
    "for",
    "times",
    "half",
    "past",
    "quarter",
    "o'clock",
    "@",
    "christmas",
    "eve",
];

proptest! {
    #[test]
    fn tomorrow_hh_mm_is_that_local_time_unless_in_a_gap(hour in 0u32..24, minute in 0u32..60, day in 0u64..365) {
        let zone = Tz::Europe__Madrid;
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap().checked_add_days(Days::new(day)).unwrap();
        let now = zone.from_local_datetime(&today.and_hms_opt(10, 0, 0).unwrap()).unwrap().with_timezone(&Utc);
        let ctx = TimeContext { now, zone };
        let when = parse_when(&format!("tomorrow {hour:02}:{minute:02}"), &ctx).unwrap();
        let asked = today.succ_opt().unwrap().and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap());
        match when.adjustment {
            Some(LocalTimeAdjustment::ShiftedPastGap { asked: a, used }) => {
                prop_assert_eq!(a, asked);
                prop_assert_eq!(used, asked + chrono::Duration::hours(1));
                prop_assert_eq!(when.start.naive_local(), used);
            }
            _ => prop_assert_eq!(when.start.naive_local(), asked),
        }
    }

    #[test]
    fn manana_hh_mm_is_tomorrow_hh_mm(hour in 0u32..24, minute in 0u32..60, day in 0u64..365) {
        let zone = Tz::America__Argentina__Buenos_Aires;
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap().checked_add_days(Days::new(day)).unwrap();
        let now = zone.from_local_datetime(&today.and_hms_opt(10, 0, 0).unwrap()).unwrap().with_timezone(&Utc);
        let ctx = TimeContext { now, zone };
        let spanish = parse_when(&format!("mañana a las {hour:02}:{minute:02}"), &ctx).unwrap();
        let english = parse_when(&format!("tomorrow at {hour:02}:{minute:02}"), &ctx).unwrap();
        prop_assert_eq!(spanish, english);
    }

    #[test]
    fn never_panics_on_any_string(phrase in any::<String>()) {
        let zone = Tz::America__New_York;
        let ctx = TimeContext { now: Utc.with_ymd_and_hms(2026, 3, 6, 15, 0, 0).unwrap(), zone };
        let _ = parse_when(&phrase, &ctx);
        let _ = convene_core::time::parse_range(&phrase, &ctx);
        let _ = convene_core::time::parse_duration(&phrase);
        let _ = convene_core::time::parse_zone(&phrase);
    }

    #[test]
    fn never_panics_on_vocabulary_soup(picks in prop::collection::vec(0..WORDS.len(), 0..7)) {
        let phrase: Vec<&str> = picks.iter().map(|i| WORDS[*i]).collect();
        let ctx = TimeContext { now: Utc.with_ymd_and_hms(2026, 3, 27, 9, 0, 0).unwrap(), zone: Tz::Europe__Madrid };
        let _ = parse_when(&phrase.join(" "), &ctx);
        let _ = convene_core::time::parse_range(&phrase.join(" "), &ctx);
    }
}
