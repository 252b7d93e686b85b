//! VTIMEZONE blocks built from the zone database: every offset change in the years the feed
//! covers, found by scanning day by day and narrowing to the minute.

use super::lines::Lines;
use chrono::{DateTime, Duration, FixedOffset, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

struct Transition {
    at: DateTime<Utc>,
    from: FixedOffset,
    to: FixedOffset,
    name: String,
    daylight: bool,
}

fn offset(zone: Tz, at: DateTime<Utc>) -> FixedOffset {
    zone.offset_from_utc_datetime(&at.naive_utc()).fix()
}

/// The first second in (before, after] where the offset differs from the one at `before`.
fn narrow(zone: Tz, before: DateTime<Utc>, after: DateTime<Utc>) -> DateTime<Utc> {
    let old = offset(zone, before);
    let (mut low, mut high) = (before.timestamp(), after.timestamp());
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        let at = DateTime::from_timestamp(middle, 0).unwrap_or(after);
        if offset(zone, at) == old {
            low = middle;
        } else {
            high = middle;
        }
    }
    DateTime::from_timestamp(high, 0).unwrap_or(after)
}

fn transitions(zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Transition> {
    let mut found = Vec::new();
    let mut day = from;
    while day < to {
        let next = day + Duration::days(1);
        if offset(zone, day) != offset(zone, next) {
            let at = narrow(zone, day, next);
            let details = zone.offset_from_utc_datetime(&at.naive_utc());
            found.push(Transition {
                at,
                from: offset(zone, day),
                to: offset(zone, at),
                name: details.abbreviation().unwrap_or("").to_string(),
                daylight: details.dst_offset() != Duration::zero(),
            });
        }
        day = next;
    }
    found
}

fn offset_text(offset: FixedOffset) -> String {
    let seconds = offset.local_minus_utc();
    let sign = if seconds < 0 { '-' } else { '+' };
    let seconds = seconds.abs();
    format!("{sign}{:02}{:02}", seconds / 3600, (seconds % 3600) / 60)
}

/// Writes the VTIMEZONE of `zone` covering [from, to].
pub fn write(out: &mut Lines, zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) {
    out.raw("BEGIN:VTIMEZONE");
    out.raw(&format!("TZID:{}", zone.name()));
    let changes = transitions(zone, from, to);
    if changes.is_empty() {
        let fixed = offset(zone, from);
        let name = zone.offset_from_utc_datetime(&from.naive_utc()).abbreviation().unwrap_or("").to_string();
        write_rule(out, "STANDARD", "19700101T000000", fixed, fixed, &name);
    }
    for change in changes {
        let kind = if change.daylight { "DAYLIGHT" } else { "STANDARD" };
        // DTSTART is the local time, in the offset before the change, at which it happens.
        let local = (change.at + Duration::seconds(change.from.local_minus_utc().into())).naive_utc();
        write_rule(out, kind, &local.format("%Y%m%dT%H%M%S").to_string(), change.from, change.to, &change.name);
    }
    out.raw("END:VTIMEZONE");
}

fn write_rule(out: &mut Lines, kind: &str, start: &str, from: FixedOffset, to: FixedOffset, name: &str) {
    out.raw(&format!("BEGIN:{kind}"));
    out.raw(&format!("DTSTART:{start}"));
    out.raw(&format!("TZOFFSETFROM:{}", offset_text(from)));
    out.raw(&format!("TZOFFSETTO:{}", offset_text(to)));
    if !name.is_empty() {
        out.text("TZNAME", name);
    }
    out.raw(&format!("END:{kind}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn madrid_2026_has_both_changes_at_the_right_minutes() {
        let from = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let to = Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap();
        let found = transitions(chrono_tz::Europe::Madrid, from, to);
        let summary: Vec<(String, bool)> = found.iter().map(|t| (t.at.to_rfc3339(), t.daylight)).collect();
        assert_eq!(
            summary,
            [("2026-03-29T01:00:00+00:00".to_string(), true), ("2026-10-25T01:00:00+00:00".to_string(), false)]
        );
        let mut out = Lines::default();
        write(&mut out, chrono_tz::Europe::Madrid, from, to);
        let text = out.finish();
        assert!(
            text.contains(
                "BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST"
            ),
            "{text}"
        );
        assert!(text.contains("DTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"), "{text}");
    }

    #[test]
    fn a_zone_without_changes_still_gets_a_definition() {
        let from = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut out = Lines::default();
        write(&mut out, chrono_tz::Asia::Tokyo, from, from + Duration::days(400));
        assert!(out.finish().contains("TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900"));
    }
}
