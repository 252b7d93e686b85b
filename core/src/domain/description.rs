//! An event's description: the longer text after `--` in `/new`, or given with `/edit <id> description`.

/// An event description: non-empty, at most 2,000 characters. Longer text is cut, not refused:
/// people paste long notes, and losing the end beats losing the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Description(String);

impl Description {
    /// The longest description kept, in characters.
    pub const MAX_CHARS: usize = 2000;

    /// Reads a description, cut to [`Self::MAX_CHARS`]; None when it is empty. Line breaks inside
    /// are kept.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        (!text.is_empty()).then(|| Self(text.chars().take(Self::MAX_CHARS).collect()))
    }

    /// The description as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<Description> for String {
    fn from(description: Description) -> Self {
        description.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_cut_to_two_thousand_characters() {
        let long = "é".repeat(Description::MAX_CHARS + 5);
        let cut = Description::parse(&long).unwrap();
        assert_eq!(cut.as_str().chars().count(), 2000);
        assert_eq!(Description::parse(&"x".repeat(2000)).map(String::from), Some("x".repeat(2000)));
        assert_eq!(
            Description::parse("Bring food.\n\nAnd a blanket.").map(String::from),
            Some("Bring food.\n\nAnd a blanket.".into())
        );
        assert!(Description::parse("").is_none());
        assert!(Description::parse("  \n ").is_none());
    }
}
