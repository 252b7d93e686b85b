//! Changes to the chat itself: the bot removed from a group (its reminders stop), and a group
//! upgraded to a supergroup (its calendar follows the new chat id).

use super::incoming::chat_identity;
use super::Telegram;
use teloxide::types::{ChatMemberUpdated, Message};

impl Telegram {
    /// The bot's own membership changed; leaving or being banned makes the chat inactive.
    pub(super) async fn on_my_membership(&self, update: ChatMemberUpdated) {
        if !(update.new_chat_member.is_left() || update.new_chat_member.is_banned()) {
            return;
        }
        if let Err(error) = self.engine.chat_left(&chat_identity(&update.chat)).await {
            tracing::error!(chat = update.chat.id.0, %error, "could not mark the chat inactive");
        }
    }

    /// A service message saying the group became a supergroup. Returns whether it was one.
    pub(super) async fn on_migration(&self, message: &Message) -> bool {
        let Some(to) = message.migrate_to_chat_id() else { return false };
        match self.engine.chat_moved(&chat_identity(&message.chat), &to.0.to_string()).await {
            Ok(_) => {}
            Err(error) => tracing::error!(chat = message.chat.id.0, %error, "could not move the chat"),
        }
        true
    }
}
