//! Parts of a day: "tonight", "this evening", "tomorrow morning", "friday night". A clock time
//! without am/pm is read in the part it names ("tonight at 8" is 20:00, "tomorrow afternoon at 3"
//! 15:00), and a part without a clock time is asked about with a time that fits it.

use chrono::{Duration, NaiveTime, Timelike};

use super::clock::ClockTime;
use super::date::{read_day, DayWords};

/// Clock times before this hour in the night part mean the small hours of the next day.
pub(crate) const SMALL_HOURS_END: u32 = 5;

/// A part of the day ("morning", "noche").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl Part {
    pub(crate) fn read(word: &str) -> Option<Part> {
        match word {
            "morning" => Some(Part::Morning),
            "afternoon" => Some(Part::Afternoon),
            "evening" => Some(Part::Evening),
            "night" => Some(Part::Night),
            _ => None,
        }
    }

    /// The wall time of `clock` in this part: an hour without am/pm that can only be meant in the
    /// afternoon, evening or night is moved there ("evening 7" is 19:00, "night 2" stays 02:00,
    /// "8 de la tarde" is 20:00).
    pub(crate) fn clock_time(self, clock: ClockTime) -> Option<NaiveTime> {
        let time = clock.time()?;
        let hour = time.hour();
        let later = match self {
            Part::Morning => false,
            Part::Afternoon => (1..=11).contains(&hour),
            Part::Evening => (1..=11).contains(&hour),
            Part::Night => (SMALL_HOURS_END..=11).contains(&hour),
        };
        if clock.has_meridiem() || !later {
            return Some(time);
        }
        Some(time.overflowing_add_signed(Duration::hours(12)).0)
    }

    /// Whether a time in this part falls after midnight, on the next day ("friday night 1am").
    pub(crate) fn next_day(self, time: NaiveTime) -> bool {
        self == Part::Night && time.hour() < SMALL_HOURS_END
    }

    /// A clock time to suggest when none was given.
    pub(crate) fn suggested_time(self) -> &'static str {
        match self {
            Part::Morning => "9:00",
            Part::Afternoon => "15:00",
            Part::Evening => "19:00",
            Part::Night => "21:00",
        }
    }
}

/// "tonight", "this evening", "tomorrow morning", "friday night", "next friday evening": the day
/// and the part of it.
pub(crate) fn read_day_part(words: &[&str]) -> Option<(DayWords, Part)> {
    match words {
        ["tonight" | "tonite"] => Some((DayWords::Today, Part::Night)),
        ["this", part] => Some((DayWords::Today, Part::read(part)?)),
        [day @ .., "in", "the", part] | [day @ .., "at", part @ "night"] if !day.is_empty() => {
            Some((read_day(day)?, Part::read(part)?))
        }
        [day @ .., part] if !day.is_empty() => {
            let part = Part::read(part)?;
            Some((read_day(day)?, part))
        }
        _ => None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn reads_days_and_parts() {
        assert_eq!(read_day_part(&["tonight"]), Some((DayWords::Today, Part::Night)));
        assert_eq!(read_day_part(&["this", "evening"]), Some((DayWords::Today, Part::Evening)));
        assert_eq!(read_day_part(&["tomorrow", "morning"]), Some((DayWords::Tomorrow, Part::Morning)));
        assert_eq!(read_day_part(&["evening"]), None);
        assert_eq!(read_day_part(&["games", "night"]), None);
        assert_eq!(read_day_part(&["tomorrow", "in", "the", "morning"]), Some((DayWords::Tomorrow, Part::Morning)));
    }
}
