//! The defaults for chats and people that chose nothing: zone and language.

use super::Config;
use convene_core::domain::Language;

impl Config {
    pub(super) fn apply_defaults_env(&mut self, var: &impl Fn(&str) -> Option<String>) {
        if let Some(zone) = var("CONVENE_DEFAULT_TIMEZONE") {
            self.default_timezone = zone;
        }
        if let Some(language) = var("CONVENE_DEFAULT_LANGUAGE").filter(|l| !l.trim().is_empty()) {
            self.default_language = Some(language);
        }
    }

    /// The default zone, validated.
    pub fn default_zone(&self) -> anyhow::Result<chrono_tz::Tz> {
        convene_core::time::parse_zone(&self.default_timezone).map_err(|e| match e {
            convene_core::time::ZoneError::Unknown { input, suggestion: Some(s) } => {
                anyhow::anyhow!("default_timezone {input:?} is not a time zone; did you mean {s}?")
            }
            convene_core::time::ZoneError::Unknown { input, suggestion: None } => {
                anyhow::anyhow!("default_timezone {input:?} is not a time zone (use an IANA name like Europe/Madrid)")
            }
        })
    }

    /// The language of chats whose platform names none Convene speaks, validated.
    pub fn default_language(&self) -> anyhow::Result<Option<Language>> {
        let Some(code) = self.default_language.as_deref() else { return Ok(None) };
        Language::from_choice(code)
            .map(Some)
            .ok_or_else(|| anyhow::anyhow!("default_language {code:?} is not a language Convene speaks (en or es)"))
    }
}
