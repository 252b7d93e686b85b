//! The command and time languages must answer any text with a command or a refusal, never a
//! panic: every parser, in a few zones (with DST changes, a half-hour shift and UTC+14) and at a
//! few instants (either side of the changes, a year's last minute). The first byte picks the zone.
#![no_main]

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;
use convene_core::command::parse;
use convene_core::time::{parse_duration, parse_range, parse_span, parse_when, parse_zone, TimeContext};
use libfuzzer_sys::fuzz_target;

const ZONES: [Tz; 4] = [Tz::Europe__Madrid, Tz::America__New_York, Tz::Australia__Lord_Howe, Tz::Pacific__Kiritimati];

fn instants() -> [DateTime<Utc>; 3] {
    [
        Utc.with_ymd_and_hms(2026, 3, 29, 0, 30, 0).unwrap(),
        Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap(),
        Utc.with_ymd_and_hms(2026, 12, 31, 23, 59, 0).unwrap(),
    ]
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let zone = ZONES[usize::from(pick) % ZONES.len()];
    for now in instants() {
        let ctx = TimeContext { now, zone };
        let _ = parse(text, &ctx);
        let _ = parse_when(text, &ctx);
        let _ = parse_span(text, &ctx);
        let _ = parse_range(text, &ctx);
    }
    let _ = parse_duration(text);
    let _ = parse_zone(text);
});
