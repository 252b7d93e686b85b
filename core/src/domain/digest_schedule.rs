//! A digest schedule: when a chat's digest of the coming week is posted (daily or weekly, at a
//! local time).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Offset, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use std::fmt;

/// When a chat's digest is posted, in the chat's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestSchedule {
    /// Every day at this time.
    Daily(NaiveTime),
    /// Every week on this day at this time.
    Weekly(Weekday, NaiveTime),
}

fn clock_time(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.split_once(':').unwrap_or((text, "0"));
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// A day of the week in English ("mon", "monday") or Spanish ("lun", "lunes", accents folded).
fn weekday(word: &str) -> Option<Weekday> {
    const SPANISH: [(&str, &str, Weekday); 7] = [
        ("lun", "lunes", Weekday::Mon),
        ("mar", "martes", Weekday::Tue),
        ("mie", "miercoles", Weekday::Wed),
        ("jue", "jueves", Weekday::Thu),
        ("vie", "viernes", Weekday::Fri),
        ("sab", "sabado", Weekday::Sat),
        ("dom", "domingo", Weekday::Sun),
    ];
    let spanish = SPANISH.iter().find(|(short, long, _)| word == *short || word == *long).map(|(_, _, day)| *day);
    word.parse().ok().or(spanish)
}

impl DigestSchedule {
    /// Reads "daily 08:00" or "weekly mon 08:00" (the stored form too), or in Spanish "diario
    /// 08:00", "semanal lunes 08:00".
    pub fn parse(text: &str) -> Option<Self> {
        let words: Vec<String> =
            text.split_whitespace().map(|word| crate::time::fold_accents(&word.to_lowercase())).collect();
        match words.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
            ["daily" | "diario", time] => Some(Self::Daily(clock_time(time)?)),
            ["weekly" | "semanal", day, time] => Some(Self::Weekly(weekday(day)?, clock_time(time)?)),
            _ => None,
        }
    }

    /// The first digest strictly after `now`, at its local time in `zone`: exact across DST
    /// changes. A local time that a change skips is taken as the same length of time after the
    /// last minute before the gap (02:30 on a spring-forward night is 03:30); a time that happens
    /// twice is the first of the two.
    pub fn next_after(&self, now: DateTime<Utc>, zone: Tz) -> DateTime<Utc> {
        let today = now.with_timezone(&zone).date_naive();
        (0..=8)
            .filter_map(|days| today.checked_add_signed(Duration::days(days)))
            .filter(|day| self.falls_on(*day))
            .map(|day| local_instant(day, self.time(), zone))
            .find(|at| *at > now)
            .unwrap_or(now + Duration::days(1))
    }

    fn time(&self) -> NaiveTime {
        match self {
            Self::Daily(time) | Self::Weekly(_, time) => *time,
        }
    }

    fn falls_on(&self, day: NaiveDate) -> bool {
        match self {
            Self::Daily(_) => true,
            Self::Weekly(weekday, _) => day.weekday() == *weekday,
        }
    }
}

/// `time` on `day` in `zone` as an instant: the earlier of two for a repeated local time, and
/// pushed past the gap for a skipped one.
fn local_instant(day: NaiveDate, time: NaiveTime, zone: Tz) -> DateTime<Utc> {
    let local = day.and_time(time);
    if let Some(at) = zone.from_local_datetime(&local).earliest() {
        return at.with_timezone(&Utc);
    }
    // In a gap: read it with the offset in force just before the gap, which lands after it.
    let before = zone.from_utc_datetime(&(local - Duration::days(1))).offset().fix();
    (local - Duration::seconds(before.local_minus_utc().into())).and_utc()
}

impl fmt::Display for DigestSchedule {
    /// The stored and shown form: "daily 08:00", "weekly Mon 08:00".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Daily(t) => write!(f, "daily {}", t.format("%H:%M")),
            Self::Weekly(day, t) => write!(f, "weekly {day} {}", t.format("%H:%M")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_read_and_print() {
        let daily = DigestSchedule::parse("daily 8:00").unwrap();
        assert_eq!(daily.to_string(), "daily 08:00");
        let spanish = DigestSchedule::parse("semanal miércoles 9:15").unwrap();
        assert_eq!(spanish, DigestSchedule::parse("weekly wed 09:15").unwrap());
        assert_eq!(DigestSchedule::parse("diario 8:00"), DigestSchedule::parse("daily 8:00"));
        let weekly = DigestSchedule::parse("weekly Monday 18:30").unwrap();
        assert_eq!(weekly.to_string(), "weekly Mon 18:30");
        assert_eq!(DigestSchedule::parse(&weekly.to_string()), Some(weekly));
        for bad in ["daily", "daily 25:00", "weekly 08:00", "monthly 1 08:00", "weekly funday 08:00"] {
            assert_eq!(DigestSchedule::parse(bad), None, "{bad}");
        }
    }

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn the_next_digest_keeps_its_local_time_across_dst() {
        let madrid = chrono_tz::Europe::Madrid;
        let daily = DigestSchedule::parse("daily 08:00").unwrap();
        // Winter (UTC+1), summer (UTC+2), and the mornings right after each change.
        assert_eq!(daily.next_after(at("2026-11-20T06:59:00Z"), madrid), at("2026-11-20T07:00:00Z"));
        assert_eq!(daily.next_after(at("2026-11-20T07:00:00Z"), madrid), at("2026-11-21T07:00:00Z"));
        assert_eq!(daily.next_after(at("2026-03-28T07:30:00Z"), madrid), at("2026-03-29T06:00:00Z"));
        assert_eq!(daily.next_after(at("2026-10-24T06:30:00Z"), madrid), at("2026-10-25T07:00:00Z"));
        let weekly = DigestSchedule::parse("weekly mon 18:30").unwrap();
        let ny = chrono_tz::America::New_York;
        assert_eq!(weekly.next_after(at("2026-11-01T12:00:00Z"), ny), at("2026-11-02T23:30:00Z"));
        assert_eq!(weekly.next_after(at("2026-11-02T23:30:00Z"), ny), at("2026-11-09T23:30:00Z"));
    }

    #[test]
    fn a_skipped_local_time_comes_after_the_gap_and_a_repeated_one_once() {
        let madrid = chrono_tz::Europe::Madrid;
        let night = DigestSchedule::parse("daily 02:30").unwrap();
        // 29 March 2026: 02:00 -> 03:00, so 02:30 does not exist; it goes out at 03:30 local.
        assert_eq!(night.next_after(at("2026-03-28T12:00:00Z"), madrid), at("2026-03-29T01:30:00Z"));
        // 25 October 2026: 02:30 happens twice; the first (summer time) is taken, then the next day.
        let first = night.next_after(at("2026-10-24T12:00:00Z"), madrid);
        assert_eq!(first, at("2026-10-25T00:30:00Z"));
        assert_eq!(night.next_after(first, madrid), at("2026-10-26T01:30:00Z"));
    }
}
