//! From Telegram updates to what Convene hears: which chat, who, and whether the text is for us.

use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use teloxide::types::{Chat, Message, User};

/// The chat as Convene names it: Telegram's chat id.
pub fn chat_identity(chat: &Chat) -> ChatIdentity {
    let title = chat
        .title()
        .map(str::to_string)
        .or_else(|| chat.first_name().map(|first| full_name(first, chat.last_name())))
        .unwrap_or_else(|| chat.id.0.to_string());
    ChatIdentity { platform: Platform::Telegram, external_id: chat.id.0.to_string(), title }
}

/// The person as Convene names them: Telegram's user id, shown by their first and last name.
pub fn user_identity(user: &User) -> UserIdentity {
    UserIdentity {
        platform: Platform::Telegram,
        external_id: user.id.0.to_string(),
        display_name: full_name(&user.first_name, user.last_name.as_deref()),
    }
}

fn full_name(first: &str, last: Option<&str>) -> String {
    match last {
        Some(last) if !last.trim().is_empty() => format!("{first} {last}"),
        _ => first.to_string(),
    }
}

/// The text of a message that Convene should answer, or None: in groups only commands and
/// replies to our own messages (answers to the step-by-step `/new`) are ours, and `/cmd@OtherBot`
/// is addressed to another bot. `bot_name` is our username (without `@`).
pub fn text_for_us<'a>(message: &'a Message, bot_name: &str) -> Option<&'a str> {
    let text = message.text()?.trim();
    if !text.starts_with('/') {
        return (message.chat.is_private() || replies_to_us(message, bot_name)).then_some(text);
    }
    let word = text.split_whitespace().next().unwrap_or(text);
    match word.split_once('@') {
        Some((_, addressee)) if !addressee.eq_ignore_ascii_case(bot_name) => None,
        _ => Some(text),
    }
}

/// Whether a message answers one of ours.
fn replies_to_us(message: &Message, bot_name: &str) -> bool {
    let author = message.reply_to_message().and_then(|m| m.from.as_ref());
    author.is_some_and(|a| a.is_bot && a.username.as_deref().is_some_and(|u| u.eq_ignore_ascii_case(bot_name)))
}

/// Telegram deep links (`t.me/<bot>?start=<payload>`) arrive as `/start <payload>`; the payload
/// `ev_<calendar>_<number>` stands for `/event <calendar>.<number>`. Other text is kept as is.
pub fn from_deep_link(text: &str) -> String {
    let event = text
        .strip_prefix("/start ")
        .and_then(|payload| payload.trim().strip_prefix("ev_"))
        .and_then(|rest| rest.split_once('_'))
        .filter(|(calendar, no)| [calendar, no].iter().all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())));
    match event {
        Some((calendar, no)) => format!("/event {calendar}.{no}"),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(chat: &str, text: &str) -> Message {
        let json = format!(
            r#"{{"message_id":1,"date":1700000000,"chat":{chat},
                "from":{{"id":7,"is_bot":false,"first_name":"Ana","last_name":"Diaz"}},"text":{}}}"#,
            serde_json::to_string(text).expect("json")
        );
        serde_json::from_str(&json).expect("a message")
    }

    const GROUP: &str = r#"{"id":-100,"type":"supergroup","title":"Friends"}"#;
    const PRIVATE: &str = r#"{"id":7,"type":"private","first_name":"Ana"}"#;

    #[test]
    fn groups_hear_only_commands_for_us() {
        assert_eq!(text_for_us(&message(GROUP, "/events"), "ConveneBot"), Some("/events"));
        assert_eq!(text_for_us(&message(GROUP, "/events@convenebot 2"), "ConveneBot"), Some("/events@convenebot 2"));
        assert_eq!(text_for_us(&message(GROUP, "/events@OtherBot"), "ConveneBot"), None);
        assert_eq!(text_for_us(&message(GROUP, "see you friday"), "ConveneBot"), None);
        assert_eq!(text_for_us(&message(PRIVATE, "hello"), "ConveneBot"), Some("hello"));
    }

    #[test]
    fn groups_hear_replies_to_our_messages() {
        let reply = |author: &str| {
            let json = format!(
                r#"{{"message_id":2,"date":1700000000,"chat":{GROUP},"text":"Board games",
                    "from":{{"id":7,"is_bot":false,"first_name":"Ana"}},
                    "reply_to_message":{{"message_id":1,"date":1700000000,"chat":{GROUP},"text":"What is it called?",
                        "from":{{"id":42,"is_bot":true,"first_name":"Bot","username":"{author}"}}}}}}"#
            );
            serde_json::from_str::<Message>(&json).expect("a reply")
        };
        assert_eq!(text_for_us(&reply("ConveneBot"), "ConveneBot"), Some("Board games"));
        assert_eq!(text_for_us(&reply("OtherBot"), "ConveneBot"), None);
    }

    #[test]
    fn identities_use_telegram_ids_and_names() {
        let m = message(GROUP, "/events");
        assert_eq!(chat_identity(&m.chat).external_id, "-100");
        assert_eq!(chat_identity(&m.chat).title, "Friends");
        let user = user_identity(m.from.as_ref().expect("from"));
        assert_eq!((user.external_id.as_str(), user.display_name.as_str()), ("7", "Ana Diaz"));
    }

    #[test]
    fn event_deep_links_open_the_event() {
        assert_eq!(from_deep_link("/start ev_7_3"), "/event 7.3");
        assert_eq!(from_deep_link("/start hello"), "/start hello");
        assert_eq!(from_deep_link("/start ev_x_3"), "/start ev_x_3");
        assert_eq!(from_deep_link("/events"), "/events");
    }
}
