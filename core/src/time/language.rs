//! The languages Convene speaks and reads. Kept with the time language, which reads both; the
//! domain re-exports it.

/// A language Convene speaks (every message) and reads (times, command names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English: the default.
    #[default]
    En,
    /// Spanish (Spain and Latin America).
    Es,
}

impl Language {
    /// Every language, in the order the time language applies their word lists.
    pub const ALL: [Language; 2] = [Language::Es, Language::En];

    /// The stored and typed code: `en`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
        }
    }

    /// Reads a stored code.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "en" => Some(Self::En),
            "es" => Some(Self::Es),
            _ => None,
        }
    }

    /// Reads what a person types to choose a language: `es`, `español`, `spanish`, `en`,
    /// `english`, `inglés`... any case, accents optional.
    pub fn from_choice(typed: &str) -> Option<Self> {
        let word = super::fold_accents(&typed.trim().to_lowercase());
        match word.as_str() {
            "en" | "english" | "ingles" | "eng" => Some(Self::En),
            "es" | "espanol" | "spanish" | "castellano" | "esp" => Some(Self::Es),
            _ => None,
        }
    }

    /// The language a platform reports for a person, guild or app (an IETF tag such as `es-AR`,
    /// `es-419`, `en-GB`), when Convene speaks it.
    pub fn from_platform_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Self::from_code(&primary)
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn platform_tags_name_their_language() {
        assert_eq!(Language::from_platform_tag("es-AR"), Some(Language::Es));
        assert_eq!(Language::from_platform_tag("es-419"), Some(Language::Es));
        assert_eq!(Language::from_platform_tag("en-GB"), Some(Language::En));
        assert_eq!(Language::from_platform_tag("pt-BR"), None);
        assert_eq!(Language::from_platform_tag(""), None);
    }

    #[test]
    fn a_choice_is_read_in_either_language() {
        assert_eq!(Language::from_choice("Español"), Some(Language::Es));
        assert_eq!(Language::from_choice("espanol"), Some(Language::Es));
        assert_eq!(Language::from_choice("EN"), Some(Language::En));
        assert_eq!(Language::from_choice("inglés"), Some(Language::En));
        assert_eq!(Language::from_choice("klingon"), None);
    }
}
