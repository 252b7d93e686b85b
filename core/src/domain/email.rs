//! An email address as people type it, checked for shape (the code we send proves it works).

use std::fmt;

/// A plausible email address: one `@`, a local part, a domain with a dot, no spaces, at most 254.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// Reads an address; None when it cannot be one.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim().trim_start_matches("mailto:");
        let (local, domain) = text.split_once('@')?;
        let ok = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && text.len() <= 254
            && !text.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';'));
        ok.then(|| Self(format!("{local}@{}", domain.to_lowercase())))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address with most of the local part hidden, for chat replies: `y***@example.org`.
    pub fn masked(&self) -> String {
        let (local, domain) = self.0.split_once('@').unwrap_or((&self.0, ""));
        let first: String = local.chars().take(1).collect();
        format!("{first}***@{domain}")
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_for_shape() {
        assert_eq!(Email::parse(" You@Example.ORG ").map(|e| e.to_string()), Some("You@example.org".into()));
        assert_eq!(Email::parse("you@example.org").map(|e| e.masked()), Some("y***@example.org".into()));
        for bad in ["you", "you@", "@example.org", "you@example", "you @example.org", "a@b@c.org", "you@.org"] {
            assert_eq!(Email::parse(bad), None, "{bad}");
        }
    }
}
