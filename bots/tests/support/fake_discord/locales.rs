//! Discord's checks of description localizations: known locales, lengths as for descriptions.

use super::check::{bad_length, Problem};
use serde_json::Value;

/// Discord's locales (the keys a `description_localizations` map may have).
const LOCALES: &[&str] = &[
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR",
    "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
];

/// A `description_localizations` map: known locales, each description 1 to 100 characters.
pub(super) fn localizations(problems: &mut Vec<Problem>, path: String, value: &Value) {
    let Some(map) = value.as_object() else { return };
    for (locale, text) in map {
        if !LOCALES.contains(&locale.as_str()) {
            problems.push((
                format!("{path}.{locale}"),
                "BASE_TYPE_CHOICES",
                format!("Value must be one of {LOCALES:?}."),
            ));
        }
        bad_length(problems, format!("{path}.{locale}"), text, 1, 100);
    }
}
