//! Sentences about delivering messages, for adapters whose platform needs a person's consent
//! before it lets a bot write to them privately.

/// Said once in a group when `name` cannot get private messages yet; `link` opens a private chat.
pub fn private_messages_blocked(name: &str, link: &str) -> String {
    format!(
        "{name}, I can't send you private messages yet, so you'll miss waitlist news and reminders. \
         Open {link} and press Start, and I'll be able to."
    )
}

/// Said once in a server's channel when `name` has closed their direct messages (Discord).
pub fn direct_messages_closed(name: &str) -> String {
    format!(
        "{name}, your direct messages are closed to me, so you'll miss waitlist news and reminders. \
         To get them, open this server's Privacy Settings and turn on Direct Messages."
    )
}

/// A button press that was understood but is no longer possible (e.g. on a very old message).
pub fn button_expired() -> String {
    "That button no longer works here. Send the command instead.".into()
}
