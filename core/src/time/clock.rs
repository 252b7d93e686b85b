//! Clock times: "19:30", "7pm", "7 pm", "7.30pm", "19h30", "noon", "at 9".

use chrono::NaiveTime;

use super::words::small_number;

/// Morning or afternoon marker of a 12-hour clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meridiem {
    Am,
    Pm,
}

/// A clock time as written; its range is checked by [`ClockTime::time`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ClockTime {
    hour: u32,
    minute: u32,
    meridiem: Option<Meridiem>,
}

impl ClockTime {
    /// The wall time, or None when it does not exist ("25:00", "13pm").
    pub(crate) fn time(self) -> Option<NaiveTime> {
        let hour = match self.meridiem {
            None => self.hour,
            Some(_) if !(1..=12).contains(&self.hour) => return None,
            Some(Meridiem::Am) => self.hour % 12,
            Some(Meridiem::Pm) => self.hour % 12 + 12,
        };
        NaiveTime::from_hms_opt(hour, self.minute, 0)
    }

    /// A whole hour written without minutes or am/pm ("fri 7").
    pub(crate) fn bare_hour(hour: u32) -> ClockTime {
        ClockTime { hour, minute: 0, meridiem: None }
    }

    /// The hour as written.
    pub(crate) fn hour(self) -> u32 {
        self.hour
    }

    /// Whether "am" or "pm" was written.
    pub(crate) fn has_meridiem(self) -> bool {
        self.meridiem.is_some()
    }

    /// The start of a range written without am/pm when its end has one ("7-9pm", "11-1pm"): the
    /// morning or afternoon reading, whichever is the later one still before the end.
    pub(crate) fn meridiem_from(self, end: ClockTime) -> ClockTime {
        let (None, Some(_), Some(end_time)) = (self.meridiem, end.meridiem, end.time()) else {
            return self;
        };
        if !(1..=12).contains(&self.hour) {
            return self;
        }
        let afternoon = ClockTime { meridiem: Some(Meridiem::Pm), ..self };
        match afternoon.time() {
            Some(time) if time < end_time => afternoon,
            _ => ClockTime { meridiem: Some(Meridiem::Am), ..self },
        }
    }
}

/// Reads a clock time at the start of `words`, returning it and how many
/// words it used. A bare number ("9") only counts after "at".
pub(crate) fn read_clock(words: &[&str]) -> Option<(ClockTime, usize)> {
    let after_at = words.first().is_some_and(|w| *w == "at");
    let start = usize::from(after_at);
    let word = words.get(start)?;
    if let Some(named) = named_time(word) {
        return Some((named, start + 1));
    }
    let (core, meridiem) = split_meridiem(word);
    if meridiem.is_some() {
        let (hour, minute) = hour_minute(core)?;
        return Some((ClockTime { hour, minute, meridiem }, start + 1));
    }
    let next_meridiem = words.get(start + 1).and_then(|w| meridiem_word(w));
    if let Some(meridiem) = next_meridiem {
        let (hour, minute) = hour_minute(core)?;
        let clock = ClockTime { hour, minute, meridiem: Some(meridiem) };
        return Some((clock, start + 2));
    }
    let (hour, minute) = twenty_four_hour(core).or_else(|| {
        let bare = small_number(core, 2)?;
        after_at.then_some((bare, 0))
    })?;
    Some((ClockTime { hour, minute, meridiem: None }, start + 1))
}

fn named_time(word: &str) -> Option<ClockTime> {
    let hour = match word {
        "noon" | "midday" => 12,
        "midnight" => 0,
        _ => return None,
    };
    Some(ClockTime { hour, minute: 0, meridiem: None })
}

fn meridiem_word(word: &str) -> Option<Meridiem> {
    match word {
        "am" | "a.m." | "a.m" => Some(Meridiem::Am),
        "pm" | "p.m." | "p.m" => Some(Meridiem::Pm),
        _ => None,
    }
}

/// "7:30pm" -> ("7:30", Some(Pm)).
fn split_meridiem(word: &str) -> (&str, Option<Meridiem>) {
    for suffix in ["am", "a.m.", "pm", "p.m."] {
        if let Some(core) = word.strip_suffix(suffix) {
            if !core.is_empty() {
                return (core, meridiem_word(suffix));
            }
        }
    }
    (word, None)
}

/// "7", "7:30", "7.30" (for use with am/pm).
fn hour_minute(core: &str) -> Option<(u32, u32)> {
    match core.split_once([':', '.']) {
        Some((hour, minute)) => Some((small_number(hour, 2)?, two_digits(minute)?)),
        None => Some((small_number(core, 2)?, 0)),
    }
}

/// "19:30", "19.30", "19h", "19h30", "21hs".
fn twenty_four_hour(core: &str) -> Option<(u32, u32)> {
    if let Some((hour, minute)) = core.split_once([':', '.']) {
        return Some((small_number(hour, 2)?, two_digits(minute)?));
    }
    if let Some(hour) = core.strip_suffix("hs") {
        return Some((small_number(hour, 2)?, 0));
    }
    let (hour, minute) = core.split_once('h')?;
    let minute = if minute.is_empty() { 0 } else { two_digits(minute)? };
    Some((small_number(hour, 2)?, minute))
}

fn two_digits(word: &str) -> Option<u32> {
    if word.len() == 2 {
        small_number(word, 2)
    } else {
        None
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn read(phrase: &str) -> Option<(Option<NaiveTime>, usize)> {
        let words = super::super::lex::words(phrase);
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        read_clock(&words).map(|(clock, used)| (clock.time(), used))
    }

    fn hm(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    #[test]
    fn reads_clock_forms() {
        assert_eq!(read("19:30"), Some((hm(19, 30), 1)));
        assert_eq!(read("7pm"), Some((hm(19, 0), 1)));
        assert_eq!(read("7 pm"), Some((hm(19, 0), 2)));
        assert_eq!(read("7.30pm"), Some((hm(19, 30), 1)));
        assert_eq!(read("12am"), Some((hm(0, 0), 1)));
        assert_eq!(read("12pm"), Some((hm(12, 0), 1)));
        assert_eq!(read("19h"), Some((hm(19, 0), 1)));
        assert_eq!(read("19h30"), Some((hm(19, 30), 1)));
        assert_eq!(read("at 9"), Some((hm(9, 0), 2)));
        assert_eq!(read("at 9 pm"), Some((hm(21, 0), 3)));
        assert_eq!(read("noon"), Some((hm(12, 0), 1)));
        assert_eq!(read("21hs"), Some((hm(21, 0), 1)));
        assert_eq!(read("7 p.m"), Some((hm(19, 0), 2)));
    }

    #[test]
    fn rejects_non_clocks() {
        assert_eq!(read("9"), None);
        assert_eq!(read("at"), None);
        assert_eq!(read("19:3"), None);
        assert_eq!(read("25:00"), Some((None, 1)));
        assert_eq!(read("13pm"), Some((None, 1)));
    }
}
