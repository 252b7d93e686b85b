//! Turning local wall-clock times into instants.
//!
//! Rules:
//! - A local time that does not exist (spring-forward gap) is moved forward
//!   by the length of the gap: Europe/Madrid 2026-03-29 02:30 becomes
//!   03:30 CEST ([`LocalTimeAdjustment::ShiftedPastGap`]).
//! - A local time that happens twice (fall-back fold) takes the EARLIER
//!   instant, i.e. the one still on summer time: Europe/Madrid 2026-10-25
//!   02:30 becomes 02:30 CEST = 00:30 UTC
//!   ([`LocalTimeAdjustment::AmbiguousTookEarlier`]).

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, Offset, TimeZone};
use chrono_tz::Tz;

/// How a local wall time that fell in a DST gap or fold was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalTimeAdjustment {
    /// Local time does not exist (spring-forward gap): moved forward by the gap length (02:30 -> 03:30).
    ShiftedPastGap {
        /// The wall time that was asked for.
        asked: NaiveDateTime,
        /// The wall time actually used.
        used: NaiveDateTime,
    },
    /// Local time happens twice (fall-back): the earlier instant (still summer time) is used.
    AmbiguousTookEarlier {
        /// The wall time that was asked for.
        asked: NaiveDateTime,
    },
}

/// Local wall time -> instant using the gap/fold rules of this module.
pub fn resolve_local(local: NaiveDateTime, zone: Tz) -> (DateTime<Tz>, Option<LocalTimeAdjustment>) {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(instant) => (instant, None),
        LocalResult::Ambiguous(first, second) => {
            let earlier = first.min(second);
            let note = LocalTimeAdjustment::AmbiguousTookEarlier { asked: local };
            (earlier, Some(note))
        }
        LocalResult::None => {
            let instant = across_gap(local, zone);
            let note = LocalTimeAdjustment::ShiftedPastGap { asked: local, used: instant.naive_local() };
            (instant, Some(note))
        }
    }
}

/// Reads `local` with the UTC offset in force just before the gap, which
/// lands the same distance past the gap's end as `local` is past its start.
fn across_gap(local: NaiveDateTime, zone: Tz) -> DateTime<Tz> {
    let day_before = local.checked_sub_signed(Duration::days(1)).unwrap_or(local);
    let offset_before = zone.offset_from_utc_datetime(&day_before).fix();
    let seconds = i64::from(offset_before.local_minus_utc());
    let utc = local.checked_sub_signed(Duration::seconds(seconds)).unwrap_or(local);
    zone.from_utc_datetime(&utc)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn wall(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).and_then(|date| date.and_hms_opt(h, min, 0)).unwrap()
    }

    #[test]
    fn gap_moves_forward_by_gap_length() {
        let (at, note) = resolve_local(wall(2026, 3, 29, 2, 30), Tz::Europe__Madrid);
        assert_eq!(at.to_rfc3339(), "2026-03-29T03:30:00+02:00");
        assert!(matches!(note, Some(LocalTimeAdjustment::ShiftedPastGap { .. })));
        let (at, _) = resolve_local(wall(2026, 3, 8, 2, 30), Tz::America__New_York);
        assert_eq!(at.to_rfc3339(), "2026-03-08T03:30:00-04:00");
    }

    #[test]
    fn fold_takes_earlier_instant() {
        let (at, note) = resolve_local(wall(2026, 10, 25, 2, 30), Tz::Europe__Madrid);
        assert_eq!(at.to_rfc3339(), "2026-10-25T02:30:00+02:00");
        assert_eq!(at.naive_utc(), wall(2026, 10, 25, 0, 30));
        assert!(matches!(note, Some(LocalTimeAdjustment::AmbiguousTookEarlier { .. })));
    }

    #[test]
    fn ordinary_time_has_no_adjustment() {
        let (at, note) = resolve_local(wall(2026, 6, 1, 9, 0), Tz::Europe__Madrid);
        assert_eq!(at.to_rfc3339(), "2026-06-01T09:00:00+02:00");
        assert_eq!(note, None);
    }
}
