//! Words that speak of time, in either language. When one is left in a message beside what was
//! read as the time ("Retro yesterday 10:00"), the message was probably misread, so Convene asks
//! instead of creating (see `command::locate`).

use chrono::Weekday;

use super::fold_accents;
use crate::time::day_part::Part;
use crate::time::words::weekday_or_plural;

/// What a word left outside the time says about time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeWord {
    /// A day of the week ("friday", "mondays", "viernes").
    Weekday(Weekday),
    /// A part of the day ("morning", "noche").
    Part(Part),
    /// "today", "hoy".
    Today,
    /// "tonight".
    Tonight,
    /// "tomorrow".
    Tomorrow,
    /// "mañana": tomorrow or the morning.
    TomorrowOrMorning,
    /// A month by its full name ("march", "marzo").
    Month(u32),
    /// A holiday in this month ("christmas").
    Holiday(u32),
    /// A word that changes any time it stands beside: "yesterday", "ago", "until", "every", "eve".
    Marker,
}

/// What `word` (as typed, in any case, with punctuation around it) says about time, if anything.
pub fn time_word(word: &str) -> Option<TimeWord> {
    let lowered = fold_accents(&word.to_lowercase());
    let word = lowered.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    if let Some(kind) = day_word(word) {
        return Some(kind);
    }
    if let Some(month) = month_name(word) {
        return Some(TimeWord::Month(month));
    }
    let kind = match word {
        "morning" | "madrugada" | "mornings" | "mananas" => TimeWord::Part(Part::Morning),
        "afternoon" | "afternoons" => TimeWord::Part(Part::Afternoon),
        "evening" | "evenings" | "tarde" | "tardes" => TimeWord::Part(Part::Evening),
        "night" | "nights" | "noche" | "noches" => TimeWord::Part(Part::Night),
        "christmas" | "xmas" | "navidad" | "nochebuena" | "nochevieja" => TimeWord::Holiday(12),
        "halloween" => TimeWord::Holiday(10),
        "yesterday" | "ayer" | "anteayer" | "antier" | "ago" | "hace" | "until" | "hasta" | "eve" | "every"
        | "daily" | "weekly" | "monthly" | "yearly" | "annually" | "todos" | "todas" | "cada" | "noon" | "midday"
        | "midnight" | "mediodia" | "medianoche" | "o'clock" | "overmorrow" => TimeWord::Marker,
        _ => return None,
    };
    Some(kind)
}

fn day_word(word: &str) -> Option<TimeWord> {
    let kind = match word {
        "today" | "hoy" => TimeWord::Today,
        "tonight" | "tonite" => TimeWord::Tonight,
        "tomorrow" | "tmrw" => TimeWord::Tomorrow,
        "manana" => TimeWord::TomorrowOrMorning,
        // Short forms that are also ordinary words ("sun", "sat", "wed", "mar") are left out.
        "sun" | "sat" | "wed" | "mar" | "thu" | "tue" | "mon" | "fri" => return None,
        _ => TimeWord::Weekday(weekday_or_plural(word).or_else(|| spanish_weekday(word))?),
    };
    Some(kind)
}

fn spanish_weekday(word: &str) -> Option<Weekday> {
    let day = match word {
        "lunes" => Weekday::Mon,
        "martes" => Weekday::Tue,
        "miercoles" => Weekday::Wed,
        "jueves" => Weekday::Thu,
        "viernes" => Weekday::Fri,
        "sabado" | "sabados" => Weekday::Sat,
        "domingo" | "domingos" => Weekday::Sun,
        _ => return None,
    };
    Some(day)
}

/// A month by its full name in either language (abbreviations like "jan" are also names).
fn month_name(word: &str) -> Option<u32> {
    const NAMES: [[&str; 2]; 12] = [
        ["january", "enero"],
        ["february", "febrero"],
        ["march", "marzo"],
        ["april", "abril"],
        ["may", "mayo"],
        ["june", "junio"],
        ["july", "julio"],
        ["august", "agosto"],
        ["september", "septiembre"],
        ["october", "octubre"],
        ["november", "noviembre"],
        ["december", "diciembre"],
    ];
    let at = NAMES.iter().position(|names| names.contains(&word))?;
    u32::try_from(at + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_words_of_both_languages() {
        assert_eq!(time_word("Yesterday,"), Some(TimeWord::Marker));
        assert_eq!(time_word("Mondays"), Some(TimeWord::Weekday(Weekday::Mon)));
        assert_eq!(time_word("miércoles"), Some(TimeWord::Weekday(Weekday::Wed)));
        assert_eq!(time_word("Mañana"), Some(TimeWord::TomorrowOrMorning));
        assert_eq!(time_word("March"), Some(TimeWord::Month(3)));
        assert_eq!(time_word("noche"), Some(TimeWord::Part(Part::Night)));
        assert_eq!(time_word("brunch"), None);
        assert_eq!(time_word("sun"), None);
    }
}
