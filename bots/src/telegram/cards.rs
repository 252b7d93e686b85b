//! One card per event (or poll) per chat. The message showing a card is remembered in the
//! database; an answer typed later updates that card in place (debounced, like button presses)
//! and says only what is new, instead of posting the card again. Asking to see an event (`/event`)
//! posts it afresh at the bottom of the chat, and that message becomes the one kept up to date.
//! Other chats that show the calendar have their card of the event updated too. When a card's
//! message was deleted, the chat that answered gets a fresh card; other chats just stop being
//! updated.

use super::debounce::IfGone;
use super::outbox::telegram_id;
use super::{deliver, Telegram};
use convene_core::domain::Platform;
use convene_core::store::PostedIn;
use convene_core::{CardOf, Engine, Notice, Reply};
use teloxide::types::{Chat, ChatId, MessageId};

impl Telegram {
    /// Answers a command in `chat`.
    pub(super) async fn answer(&self, chat: &Chat, reply: &Reply) {
        if let (Some(card), Some(lead)) = (reply.card, reply.lead()) {
            if let Some(posted) = self.posted.find(chat.id, card).await {
                self.card_edits.show(chat.id, posted, reply.without_lead(), IfGone::Repost).await;
                if let Err(error) = deliver::send_reply(&self.sender, chat.id, &Reply::text(lead)).await {
                    tracing::warn!(%error, "could not send the reply");
                }
                return;
            }
        }
        match deliver::send_reply(&self.sender, chat.id, reply).await {
            Ok(sent) => {
                if let Some(card) = reply.card {
                    self.posted.remember(chat.id, card, sent).await;
                }
            }
            Err(error) => tracing::warn!(%error, "could not send the reply"),
        }
    }

    /// Updates the cards other chats were shown of what a command changed, where those cards are
    /// still posted.
    pub(super) async fn refresh_cards(&self, cards: &[Notice]) {
        for notice in cards {
            let (Some(chat), Some(card)) = (telegram_id(&notice.to), notice.reply.card) else { continue };
            if let Some(posted) = self.posted.find(chat, card).await {
                self.card_edits.show(chat, posted, notice.reply.clone(), IfGone::Forget).await;
            }
        }
    }
}

/// Which message shows which card in which Telegram chat, kept in the database.
#[derive(Clone)]
pub struct PostedCards {
    /// Whose store and clock are used.
    engine: Engine,
}

impl PostedCards {
    /// Cards remembered through `engine`'s store.
    pub fn new(engine: Engine) -> Self {
        Self { engine }
    }

    /// The message showing `card` in `chat`, if one was posted.
    pub async fn find(&self, chat: ChatId, card: CardOf) -> Option<MessageId> {
        let chat_id = chat.0.to_string();
        match self.engine.store().posted_card(&place(&chat_id), &card.key()).await {
            Ok(posted) => posted.and_then(|m| m.parse().ok()).map(MessageId),
            Err(error) => {
                tracing::warn!(%error, "could not look up the card posted in the chat");
                None
            }
        }
    }

    /// Remembers that `message` shows `card` in `chat`.
    pub async fn remember(&self, chat: ChatId, card: CardOf, message: MessageId) {
        let (chat_id, key, message_ref) = (chat.0.to_string(), card.key(), message.0.to_string());
        let now = self.engine.clock().now();
        if let Err(error) = self.engine.store().remember_card(&place(&chat_id), &key, &message_ref, now).await {
            tracing::warn!(%error, "could not remember the card posted in the chat");
        }
    }

    /// Forgets that `message` shows `card` in `chat` (it was deleted).
    pub async fn forget(&self, chat: ChatId, card: CardOf, message: MessageId) {
        let chat_id = chat.0.to_string();
        if let Err(error) = self.engine.store().forget_card(&place(&chat_id), &card.key(), &message.0.to_string()).await
        {
            tracing::warn!(%error, "could not forget a deleted card");
        }
    }
}

fn place(chat_id: &str) -> PostedIn<'_> {
    PostedIn { platform: Platform::Telegram, chat_external_id: chat_id }
}
