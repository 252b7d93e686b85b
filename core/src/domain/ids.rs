//! Identifiers: database ids (internal) and the short numbers people type (#3, or #7.3 for an
//! event of another calendar this chat subscribes to).

use std::fmt;

macro_rules! db_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub i64);
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

db_id!(
    /// A calendar: the list of events a chat owns and other chats may subscribe to.
    CalendarId
);
db_id!(
    /// A chat on some platform (a Telegram group, a Discord channel, a console room).
    ChatId
);
db_id!(
    /// One person on one platform.
    UserId
);
db_id!(
    /// An event (internal id; people use [`EventNo`]).
    EventId
);
db_id!(
    /// A time poll (internal id; people use [`PollNo`]).
    PollId
);

/// The number of an event within its calendar: what people type after `#`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventNo(pub i32);

/// The number of a poll within its calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PollNo(pub i32);

/// How a person names an event: `3`/`#3` in the chat's own calendar, `7.3`/`#7.3` in calendar 7.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventRef {
    /// The calendar, when it is not the chat's own.
    pub calendar: Option<CalendarId>,
    /// The event's number in that calendar.
    pub no: EventNo,
}

/// How a person names a poll: same shapes as [`EventRef`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollRef {
    /// The calendar, when it is not the chat's own.
    pub calendar: Option<CalendarId>,
    /// The poll's number in that calendar.
    pub no: PollNo,
}

/// Reads `3`, `#3`, `7.3` or `#7.3`.
fn parse_ref(text: &str) -> Option<(Option<CalendarId>, i32)> {
    let text = text.trim().trim_start_matches('#');
    let number = |s: &str| -> Option<i64> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || s.len() > 9 {
            return None;
        }
        s.parse().ok().filter(|n| *n > 0)
    };
    match text.split_once('.') {
        Some((cal, no)) => Some((Some(CalendarId(number(cal)?)), i32::try_from(number(no)?).ok()?)),
        None => Some((None, i32::try_from(number(text)?).ok()?)),
    }
}

impl EventRef {
    /// Parses an event reference, or None when `text` is not one.
    pub fn parse(text: &str) -> Option<Self> {
        parse_ref(text).map(|(calendar, no)| Self { calendar, no: EventNo(no) })
    }
}

impl PollRef {
    /// Parses a poll reference, or None when `text` is not one.
    pub fn parse(text: &str) -> Option<Self> {
        parse_ref(text).map(|(calendar, no)| Self { calendar, no: PollNo(no) })
    }
}

/// How people see number `no` (an event's or a poll's) of `calendar` in a chat whose own calendar
/// is `home`: `#3` there, `#7.3` anywhere else. Without a home (a private message, a notice to
/// every chat that follows the calendar) it is `#7.3`, which works in every chat.
pub fn label_for(calendar: CalendarId, no: i32, home: Option<CalendarId>) -> String {
    match home {
        Some(home) if home == calendar => format!("#{no}"),
        _ => format!("#{calendar}.{no}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_refs_read_plain_hash_and_qualified_forms() {
        assert_eq!(EventRef::parse("3"), Some(EventRef { calendar: None, no: EventNo(3) }));
        assert_eq!(EventRef::parse("#12"), Some(EventRef { calendar: None, no: EventNo(12) }));
        assert_eq!(EventRef::parse("#7.3"), Some(EventRef { calendar: Some(CalendarId(7)), no: EventNo(3) }));
        for bad in ["", "#", "x", "0", "-1", "3.", ".3", "1.2.3", "99999999999", "3a"] {
            assert_eq!(EventRef::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn labels_are_short_at_home_and_qualified_elsewhere() {
        assert_eq!(label_for(CalendarId(7), 3, Some(CalendarId(7))), "#3");
        assert_eq!(label_for(CalendarId(7), 3, Some(CalendarId(2))), "#7.3");
        assert_eq!(label_for(CalendarId(7), 3, None), "#7.3");
    }
}
