//! Text as people and platforms hand it over, made safe to keep and to show. Control characters
//! are dropped: a NUL cannot be stored in Postgres (and cuts SQLite's string functions short), and
//! the others only garble a chat. So are invisible formatting characters that let one text pose as
//! another: direction overrides and isolates (U+202A-202E, U+2066-2069, marks U+200E, U+200F,
//! U+061C), which can turn "Meeting 10:00" into what reads as something else, and zero-width
//! spaces and joiners that hide inside a word (U+200B, U+2060, U+FEFF, U+180E, soft hyphen
//! U+00AD). The zero-width joiner and non-joiner (U+200D, U+200C) stay: emoji such as 👨‍👩‍👧 and
//! Persian and Indic writing need them. Clean text is borrowed, not copied.

use std::borrow::Cow;

/// A message as typed: line breaks and tabs are kept, other control and invisible formatting
/// characters dropped.
pub fn typed_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unwanted_in_text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|c| !unwanted_in_text(*c)).collect())
}

/// A name (of a person or a chat) on one line: line breaks and tabs become spaces, other control
/// and invisible formatting characters are dropped.
pub fn one_line(name: &str) -> Cow<'_, str> {
    if !name.chars().any(|c| c.is_control() || invisible(c)) {
        return Cow::Borrowed(name);
    }
    Cow::Owned(
        name.chars()
            .filter_map(|c| match c {
                '\n' | '\t' => Some(' '),
                c if c.is_control() || invisible(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

fn unwanted_in_text(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || invisible(c)
}

/// Formatting characters that show nothing but can change how the text around them reads.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{200B}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{180E}'
            | '\u{00AD}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed_unchanged() {
        assert!(matches!(typed_text("/new Party friday 19:30\n-- bring snacks"), Cow::Borrowed(_)));
        assert!(matches!(one_line("Ana María 🎲"), Cow::Borrowed(_)));
        assert!(matches!(typed_text("Family 👨\u{200D}👩\u{200D}👧 picnic"), Cow::Borrowed(_)), "emoji keep joiners");
    }

    #[test]
    fn control_characters_are_dropped_but_lines_kept() {
        assert_eq!(typed_text("/new Pa\0rty\r\n fri\u{1b}[31m 19:30\tx"), "/new Party\n fri[31m 19:30\tx");
        assert_eq!(one_line("Ana\0\nMaría\u{7f}"), "Ana María");
    }

    #[test]
    fn text_cannot_pose_as_other_text() {
        assert_eq!(typed_text("/new Party \u{202E}00:01\u{202C} friday"), "/new Party 00:01 friday");
        assert_eq!(typed_text("/new Ad\u{200B}min\u{2066} meeting\u{2069}\u{FEFF}"), "/new Admin meeting");
        assert_eq!(one_line("Ana\u{200F}\u{2067}Admin"), "AnaAdmin");
    }
}
