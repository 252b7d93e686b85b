//! One card per event (or poll) per chat. The message showing a card is remembered in the
//! database; an answer typed later updates that card in place (debounced, like button presses)
//! and says only what is new, instead of posting the card again. Asking to see an event (`/event`)
//! posts it afresh at the bottom of the chat, and that message becomes the one kept up to date.

use super::{deliver, Telegram};
use convene_core::domain::Platform;
use convene_core::store::PostedIn;
use convene_core::{text, CardOf, Reply};
use teloxide::types::{Chat, ChatId, MessageId};

impl Telegram {
    /// Answers a command in `chat`.
    pub(super) async fn answer(&self, chat: &Chat, reply: &Reply) {
        if let (Some(card), Some(lead)) = (reply.card, reply.lead()) {
            if let Some(posted) = self.posted_card(chat.id, card).await {
                self.card_edits.show(chat.id, posted, text::without_lead(reply)).await;
                if let Err(error) = deliver::send_reply(&self.sender, chat.id, &Reply::text(lead)).await {
                    tracing::warn!(%error, "could not send the reply");
                }
                return;
            }
        }
        match deliver::send_reply(&self.sender, chat.id, reply).await {
            Ok(sent) => {
                if let Some(card) = reply.card {
                    self.remember_card(chat.id, card, sent).await;
                }
            }
            Err(error) => tracing::warn!(%error, "could not send the reply"),
        }
    }

    /// The message showing `card` in `chat`, if one was posted.
    async fn posted_card(&self, chat: ChatId, card: CardOf) -> Option<MessageId> {
        let chat_id = chat.0.to_string();
        let place = PostedIn { platform: Platform::Telegram, chat_external_id: &chat_id };
        match self.engine.store().posted_card(&place, &card.key()).await {
            Ok(posted) => posted.and_then(|m| m.parse().ok()).map(MessageId),
            Err(error) => {
                tracing::warn!(%error, "could not look up the card posted in the chat");
                None
            }
        }
    }

    /// Remembers that `message` shows `card` in `chat`.
    pub(super) async fn remember_card(&self, chat: ChatId, card: CardOf, message: MessageId) {
        let chat_id = chat.0.to_string();
        let place = PostedIn { platform: Platform::Telegram, chat_external_id: &chat_id };
        let now = self.engine.clock().now();
        if let Err(error) = self.engine.store().remember_card(&place, &card.key(), &message.0.to_string(), now).await {
            tracing::warn!(%error, "could not remember the card posted in the chat");
        }
    }
}
