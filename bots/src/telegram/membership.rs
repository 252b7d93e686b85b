//! Changes to the chat itself: the bot removed from a group (its reminders stop), and a group
//! upgraded to a supergroup (its calendar follows the new chat id).

use super::incoming::chat_identity;
use super::Telegram;
use convene_core::domain::ChatIdentity;
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
    /// Telegram sends two: "migrated to" in the old group and "migrated from" first thing in the
    /// new supergroup. Updates of different chats are handled concurrently, so the move is made on
    /// whichever comes first; the supergroup's own messages queue behind the "migrated from" one,
    /// so none of them is handled before its calendar has arrived. The second is a no-op.
    pub(super) async fn on_migration(&self, message: &Message) -> bool {
        let here = chat_identity(&message.chat);
        let (from, to) = match (message.migrate_to_chat_id(), message.migrate_from_chat_id()) {
            (Some(to), _) => (here, to.0.to_string()),
            (None, Some(from)) => {
                let to = here.external_id.clone();
                (ChatIdentity { external_id: from.0.to_string(), ..here }, to)
            }
            (None, None) => return false,
        };
        if let Err(error) = self.engine.chat_moved(&from, &to).await {
            tracing::error!(chat = message.chat.id.0, %error, "could not move the chat");
        }
        true
    }
}
