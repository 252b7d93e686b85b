//! One card per event (or poll) per chat. The message showing a card is remembered; an answer
//! typed later updates that card in place (debounced, like button presses) and says only what is
//! new, instead of posting the card again. Asking to see an event (`/event`) posts it afresh at
//! the bottom of the chat, and that message becomes the one kept up to date. Other chats that show
//! the calendar have their card of the event updated too. When a card's message was deleted, the
//! chat that answered gets a fresh card; other chats just stop being updated.

use super::edits::IfGone;
use super::kit::ChatKit;
use convene_core::{Audience, Notice, Reply};

impl ChatKit {
    /// Answers a command in `chat`.
    pub async fn answer(&self, chat: &str, reply: &Reply) {
        if let (Some(card), Some(lead)) = (reply.card, reply.lead()) {
            if let Some(posted) = self.posted.find(chat, card).await {
                self.edits.show(chat, &posted, reply.without_lead(), IfGone::Repost).await;
                if let Err(error) = self.api.send(chat, &Reply::text(lead)).await {
                    tracing::warn!(%error, "could not send the reply");
                }
                return;
            }
        }
        match self.api.send(chat, reply).await {
            Ok(sent) => {
                if let Some(card) = reply.card {
                    self.posted.remember(chat, card, &sent).await;
                }
            }
            Err(error) => tracing::warn!(%error, "could not send the reply"),
        }
    }

    /// Updates the cards other chats of this platform were shown of what a command changed,
    /// where those cards are still posted.
    pub(super) async fn refresh_cards(&self, cards: &[Notice]) {
        for notice in cards {
            let Audience::Chat(chat) = &notice.to else { continue };
            let Some(card) = notice.reply.card.filter(|_| chat.platform == self.api.platform()) else { continue };
            if let Some(posted) = self.posted.find(&chat.external_id, card).await {
                self.edits.show(&chat.external_id, &posted, notice.reply.clone(), IfGone::Forget).await;
            }
        }
    }
}
