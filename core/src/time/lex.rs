//! Splitting a phrase into lower-case words of the grammar's vocabulary.

use super::lexicon::{canonical, fold_accents};

/// Lower-cases `phrase`, folds accents, drops a trailing "." or ",", splits on spaces and
/// commas, splits an ISO "2026-12-24T19:00" into date and time words and "@7pm" into "at 7pm",
/// then turns the words of every language into the grammar's vocabulary (see `lexicon`).
pub(crate) fn words(phrase: &str) -> Vec<String> {
    canonical(split(phrase), None)
}

/// The words as written, lower case and with accents folded.
fn split(phrase: &str) -> Vec<String> {
    let lowered = fold_accents(&phrase.to_lowercase());
    let trimmed = lowered.trim().trim_end_matches(['.', ',']);
    let mut out = Vec::new();
    for raw in trimmed.split(|c: char| c.is_whitespace() || c == ',') {
        if raw.is_empty() {
            continue;
        }
        match split_iso_datetime(raw) {
            Some((date, time)) => {
                out.push(date.to_string());
                out.push(time.to_string());
            }
            None => match raw.strip_prefix('@').filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit())) {
                Some(time) => out.extend(["at".to_string(), time.to_string()]),
                None => out.push(raw.to_string()),
            },
        }
    }
    out
}

/// "2026-12-24t19:00" -> ("2026-12-24", "19:00").
fn split_iso_datetime(word: &str) -> Option<(&str, &str)> {
    let (date, time) = word.split_once('t')?;
    let looks_iso = date.len() == 10 && date.as_bytes().get(4) == Some(&b'-');
    if looks_iso && !time.is_empty() {
        Some((date, time))
    } else {
        None
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_normalises() {
        assert_eq!(words("  Tue,Thu  18:30. "), ["tue", "thu", "18:30"]);
        assert_eq!(words("2026-12-24T19:00"), ["2026-12-24", "19:00"]);
        assert_eq!(words("friday,"), ["friday"]);
        assert!(words(" ").is_empty());
        assert_eq!(words("Friday @7pm"), ["friday", "at", "7pm"]);
        assert_eq!(words("Mañana a las 9"), ["tomorrow", "at", "9"]);
    }
}
