//! Platform events about a chat itself, not commands: the bot removed, the chat's id changed.

use super::Engine;
use crate::domain::ChatIdentity;
use crate::store::StoreResult;

impl Engine {
    /// The bot was removed from `chat`: it is marked inactive, so its reminders stop (anyone
    /// speaking there again, after the bot is re-added, makes it active). True if it was active.
    pub async fn chat_left(&self, chat: &ChatIdentity) -> StoreResult<bool> {
        let mut tx = self.store.begin(self.clock.now()).await?;
        let changed = tx.deactivate_chat(chat).await?;
        tx.commit().await?;
        tracing::info!(platform = %chat.platform, chat = %chat.external_id, changed, "chat left");
        Ok(changed)
    }

    /// `chat` now has the platform id `to_external_id` (a group upgraded to a supergroup): its
    /// calendar, events and subscriptions follow. False when there was nothing to move.
    pub async fn chat_moved(&self, chat: &ChatIdentity, to_external_id: &str) -> StoreResult<bool> {
        let mut tx = self.store.begin(self.clock.now()).await?;
        let moved = tx.move_chat(chat, to_external_id).await?;
        tx.commit().await?;
        tracing::info!(platform = %chat.platform, from = %chat.external_id, to = %to_external_id, moved, "chat moved");
        Ok(moved)
    }
}
