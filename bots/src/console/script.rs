//! Reading console lines: who speaks, in which room, and what.

/// Who a line is said by, and where, when the line names them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Speaker {
    /// `alice` in `alice> ...`.
    pub name: Option<String>,
    /// `games` in `alice@games> ...`.
    pub room: Option<String>,
}

/// One console line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Who says it, where.
    pub speaker: Speaker,
    /// What is said.
    pub text: String,
}

/// Reads a line; None for blank lines and `;` comments.
pub fn read_line(raw: &str) -> Option<Line> {
    let raw = raw.trim();
    if raw.is_empty() || raw.starts_with(';') {
        return None;
    }
    let (speaker, text) = match raw.split_once("> ") {
        Some((who, text)) if is_speaker(who) => (parse_speaker(who), text.trim()),
        _ => (Speaker::default(), raw),
    };
    Some(Line { speaker, text: text.to_string() })
}

fn is_speaker(who: &str) -> bool {
    !who.is_empty()
        && who.len() <= 64
        && !who.starts_with('/')
        && who.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '@'))
}

fn parse_speaker(who: &str) -> Speaker {
    let (name, room) = match who.split_once('@') {
        Some((name, room)) => (name, Some(room)),
        None => (who, None),
    };
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Speaker { name: some(name), room: room.and_then(some) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_name_their_speaker_and_room() {
        let line = read_line("alice> /join 1").expect("a line");
        assert_eq!(line.speaker.name.as_deref(), Some("alice"));
        assert_eq!(line.text, "/join 1");
        let line = read_line("bob@games> /events").expect("a line");
        assert_eq!(line.speaker, Speaker { name: Some("bob".into()), room: Some("games".into()) });
        let line = read_line("/new Talk > Intro friday 10:00").expect("a line");
        assert_eq!(line.speaker, Speaker::default());
        assert_eq!(read_line("   "), None);
        assert_eq!(read_line("; a comment"), None);
    }
}
