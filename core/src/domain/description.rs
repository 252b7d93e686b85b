//! An event's description: the longer text after `--` in `/new`, or given with `/edit <id> description`.

/// An event description: non-empty, at most 2,000 characters. Longer text is refused with the
/// limit named, never cut silently: the person sees what was kept because they chose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Description(String);

/// A description over [`Description::MAX_CHARS`]; it holds how many characters it had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DescriptionTooLong(pub usize);

impl Description {
    /// The longest description kept, in characters.
    pub const MAX_CHARS: usize = 2000;

    /// Reads a description; Ok(None) when it is empty, Err when it is too long. Line breaks inside
    /// are kept.
    pub fn parse(text: &str) -> Result<Option<Self>, DescriptionTooLong> {
        let text = text.trim();
        match text.chars().count() {
            0 => Ok(None),
            n if n > Self::MAX_CHARS => Err(DescriptionTooLong(n)),
            _ => Ok(Some(Self(text.to_string()))),
        }
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
    fn descriptions_over_two_thousand_characters_are_refused_not_cut() {
        let long = "é".repeat(Description::MAX_CHARS + 5);
        assert_eq!(Description::parse(&long), Err(DescriptionTooLong(2005)));
        assert_eq!(Description::parse(&"x".repeat(2000)).map(|d| d.map(String::from)), Ok(Some("x".repeat(2000))));
        assert_eq!(
            Description::parse("Bring food.\n\nAnd a blanket.").map(|d| d.map(String::from)),
            Ok(Some("Bring food.\n\nAnd a blanket.".into()))
        );
        assert_eq!(Description::parse(""), Ok(None));
        assert_eq!(Description::parse("  \n "), Ok(None));
    }
}
