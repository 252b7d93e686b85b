//! Time zone names: "Europe/Madrid", "europe/madrid", "UTC", "madrid", "new york".

use chrono_tz::{Tz, TZ_VARIANTS};

use super::error::ZoneError;

/// Least similarity (0..1) for a real zone name to be offered as a suggestion.
const SUGGESTION_THRESHOLD: f64 = 0.75;

/// Regions preferred when a city name matches several zones.
const MAIN_REGIONS: [&str; 9] =
    ["Europe/", "America/", "Asia/", "Africa/", "Australia/", "Pacific/", "Atlantic/", "Indian/", "Antarctica/"];

/// IANA zone by name, case-insensitive, also "UTC"/"GMT" and a bare city
/// ("madrid", "new york"). Unknown names give the closest real name when one
/// is close.
pub fn parse_zone(s: &str) -> Result<Tz, ZoneError> {
    let wanted = s.trim().to_lowercase().replace(' ', "_");
    if let Some(zone) = zone_named(&wanted).or_else(|| by_city(&wanted).copied()) {
        return Ok(zone);
    }
    Err(ZoneError::Unknown { input: s.to_string(), suggestion: closest(&wanted) })
}

/// The IANA zone with exactly this name, case-insensitive ("europe/madrid"); no guessing, so it is
/// cheap enough to try on any word.
pub(crate) fn zone_named(name: &str) -> Option<Tz> {
    TZ_VARIANTS.iter().find(|zone| zone.name().eq_ignore_ascii_case(name)).copied()
}

/// A zone whose last path part is `city`, preferring the main regions.
fn by_city(city: &str) -> Option<&'static Tz> {
    if city.is_empty() || city.contains('/') {
        return None;
    }
    let mut matches: Vec<&'static Tz> =
        TZ_VARIANTS.iter().filter(|zone| city_part(zone.name()).eq_ignore_ascii_case(city)).collect();
    matches.sort_by_key(|zone| region_rank(zone.name()));
    matches.first().copied()
}

fn city_part(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

fn region_rank(name: &str) -> usize {
    MAIN_REGIONS.iter().position(|region| name.starts_with(region)).unwrap_or(MAIN_REGIONS.len())
}

/// The real zone name most similar to `wanted`, comparing whole names, and
/// city parts when `wanted` has no region.
fn closest(wanted: &str) -> Option<String> {
    if wanted.is_empty() {
        return None;
    }
    let compare_city = !wanted.contains('/');
    let mut best: Option<(f64, &'static Tz)> = None;
    for zone in TZ_VARIANTS.iter() {
        let name = zone.name().to_lowercase();
        let mut score = strsim::normalized_damerau_levenshtein(wanted, &name);
        if compare_city {
            let city = strsim::normalized_damerau_levenshtein(wanted, city_part(&name));
            score = score.max(city);
        }
        let better = match best {
            Some((top, top_zone)) => {
                score > top || (score == top && region_rank(zone.name()) < region_rank(top_zone.name()))
            }
            None => true,
        };
        if better {
            best = Some((score, zone));
        }
    }
    best.filter(|(score, _)| *score >= SUGGESTION_THRESHOLD).map(|(_, zone)| zone.name().to_string())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn suggestion(s: &str) -> Option<String> {
        match parse_zone(s) {
            Err(ZoneError::Unknown { suggestion, .. }) => suggestion,
            Ok(zone) => panic!("{s} unexpectedly parsed as {zone}"),
        }
    }

    #[test]
    fn exact_names_any_case() {
        assert_eq!(parse_zone("Europe/Madrid"), Ok(Tz::Europe__Madrid));
        assert_eq!(parse_zone("europe/madrid"), Ok(Tz::Europe__Madrid));
        assert_eq!(parse_zone("utc"), Ok(Tz::UTC));
        assert_eq!(parse_zone("GMT"), Ok(Tz::GMT));
    }

    #[test]
    fn city_names() {
        assert_eq!(parse_zone("madrid"), Ok(Tz::Europe__Madrid));
        assert_eq!(parse_zone("new york"), Ok(Tz::America__New_York));
        assert_eq!(parse_zone("New_York"), Ok(Tz::America__New_York));
    }

    #[test]
    fn suggestions_for_typos() {
        assert_eq!(suggestion("Europe/Madird").as_deref(), Some("Europe/Madrid"));
        assert_eq!(suggestion("America/New_Yrok").as_deref(), Some("America/New_York"));
        assert_eq!(suggestion("madird").as_deref(), Some("Europe/Madrid"));
        assert_eq!(suggestion("Mars/Olympus"), None);
        assert_eq!(suggestion(""), None);
    }

    #[test]
    fn error_text_mentions_suggestion() {
        let err = parse_zone("Europe/Madird").unwrap_err();
        assert!(err.to_string().contains("Europe/Madrid"));
    }
}
