//! A time zone written after a time: "tomorrow 10:00 CET", "3pm EST", "friday 18:00 UTC",
//! "9:00 America/New_York". Abbreviations name the zone of a place, daylight saving included, the
//! way people use them in chat: EST and EDT both mean New York time, PST and PDT Los Angeles time,
//! CET and CEST Central European time. Only these and full zone names ("Europe/Madrid") count, so
//! a title word such as "Lima" is never taken for a zone.

use chrono_tz::Tz;

use super::zone::zone_named;

/// Abbreviation (lower case) and the zone it names.
const ABBREVIATIONS: &[(&str, Tz)] = &[
    ("utc", Tz::UTC),
    ("gmt", Tz::UTC),
    ("wet", Tz::WET),
    ("west", Tz::WET),
    ("cet", Tz::CET),
    ("cest", Tz::CET),
    ("eet", Tz::EET),
    ("eest", Tz::EET),
    ("bst", Tz::Europe__London),
    ("msk", Tz::Europe__Moscow),
    ("est", Tz::America__New_York),
    ("edt", Tz::America__New_York),
    ("cst", Tz::America__Chicago),
    ("cdt", Tz::America__Chicago),
    ("mst", Tz::America__Denver),
    ("mdt", Tz::America__Denver),
    ("pst", Tz::America__Los_Angeles),
    ("pdt", Tz::America__Los_Angeles),
    ("jst", Tz::Asia__Tokyo),
    ("hkt", Tz::Asia__Hong_Kong),
    ("sgt", Tz::Asia__Singapore),
    ("aest", Tz::Australia__Sydney),
    ("aedt", Tz::Australia__Sydney),
    ("nzst", Tz::Pacific__Auckland),
    ("nzdt", Tz::Pacific__Auckland),
];

/// The phrase without a zone written as its last word, and that zone.
pub(crate) fn zone_at_end(phrase: &str) -> Option<(&str, Tz)> {
    let trimmed = phrase.trim_end().trim_end_matches(['.', ',']);
    let (before, last) = trimmed.rsplit_once(char::is_whitespace)?;
    let word = last.to_lowercase();
    let zone = match ABBREVIATIONS.iter().find(|(name, _)| *name == word) {
        Some((_, zone)) => *zone,
        None if word.contains('/') => zone_named(&word)?,
        None => return None,
    };
    let before = before.trim_end();
    (!before.is_empty()).then_some((before, zone))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zone_after_the_time_is_split_off() {
        assert_eq!(zone_at_end("tomorrow 10:00 CET"), Some(("tomorrow 10:00", Tz::CET)));
        assert_eq!(zone_at_end("3pm EST."), Some(("3pm", Tz::America__New_York)));
        assert_eq!(zone_at_end("9:00 america/new_york"), Some(("9:00", Tz::America__New_York)));
        assert_eq!(zone_at_end("friday 20:00 Lima"), None, "a city alone could be a title word");
        assert_eq!(zone_at_end("UTC"), None);
        assert_eq!(zone_at_end("9:00 Mars/Olympus"), None);
    }
}
