//! Text as people and platforms hand it over, made safe to keep and to show. Control characters
//! are dropped: a NUL cannot be stored in Postgres (and cuts SQLite's string functions short), and
//! the others only garble a chat. Clean text is borrowed, not copied.

use std::borrow::Cow;

/// A message as typed: line breaks and tabs are kept, other control characters dropped.
pub fn typed_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unwanted_in_text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|c| !unwanted_in_text(*c)).collect())
}

/// A name (of a person or a chat) on one line: line breaks and tabs become spaces, other control
/// characters are dropped.
pub fn one_line(name: &str) -> Cow<'_, str> {
    if !name.chars().any(char::is_control) {
        return Cow::Borrowed(name);
    }
    Cow::Owned(
        name.chars()
            .filter_map(|c| match c {
                '\n' | '\t' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect(),
    )
}

fn unwanted_in_text(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed_unchanged() {
        assert!(matches!(typed_text("/new Party friday 19:30\n-- bring snacks"), Cow::Borrowed(_)));
        assert!(matches!(one_line("Ana María 🎲"), Cow::Borrowed(_)));
    }

    #[test]
    fn control_characters_are_dropped_but_lines_kept() {
        assert_eq!(typed_text("/new Pa\0rty\r\n fri\u{1b}[31m 19:30\tx"), "/new Party\n fri[31m 19:30\tx");
        assert_eq!(one_line("Ana\0\nMaría\u{7f}"), "Ana María");
    }
}
