//! One card per event (or poll) per chat. The message showing a card is remembered; an answer
//! typed later updates that card in place (debounced, like button presses) and says only what is
//! new, instead of posting the card again. Asking to see an event (`/event`) posts it afresh at
//! the bottom of the chat, and that message becomes the one kept up to date. Other chats that show
//! the calendar have their card of the event updated too. When a card's message was deleted, the
//! chat that answered gets a fresh card; other chats just stop being updated.

use super::api::SendError;
use super::edits::IfGone;
use super::kit::{ChatKit, Origin};
use convene_core::{Audience, Notice, Reply};

impl ChatKit {
    /// Answers a command from `origin`.
    pub async fn answer(&self, origin: &Origin, reply: &Reply) {
        let chat = origin.chat.as_str();
        if let (Some(card), Some(lead)) = (reply.card, reply.lead()) {
            if let Some(posted) = self.posted.find(chat, card).await {
                self.edits.show(chat, &posted, reply.without_lead(), IfGone::Repost).await;
                if let Err(error) = self.say(origin, &Reply::text(lead), true).await {
                    tracing::warn!(%error, "could not send the reply");
                }
                return;
            }
        }
        match self.say(origin, reply, reply.personal).await {
            Ok(Some(sent)) => {
                if let Some(card) = reply.card {
                    self.posted.remember(chat, card, &sent).await;
                }
            }
            Ok(None) => {}
            Err(error) => tracing::warn!(%error, "could not send the reply"),
        }
    }

    /// The first message of an answer: through the request itself where the platform answers
    /// that way (to the asker alone when `only_asker`), else an ordinary message in the chat.
    async fn say(&self, origin: &Origin, reply: &Reply, only_asker: bool) -> Result<Option<String>, SendError> {
        match &origin.respond {
            Some(respond) => respond.respond(reply, only_asker).await,
            None => self.api.send(&origin.chat, reply).await.map(Some),
        }
    }

    /// Updates the cards other chats were shown of what a command changed, where those cards are
    /// still posted: this platform's chats here, other platforms' through their outboxes.
    pub(super) async fn refresh_cards(&self, cards: &[Notice]) {
        for notice in cards {
            let Audience::Chat(chat) = &notice.to else { continue };
            if chat.platform != self.api.platform() {
                if let Some(outbox) = self.elsewhere.get() {
                    outbox.refresh_card(chat, &notice.reply).await;
                }
                continue;
            }
            self.refresh_card(&chat.external_id, &notice.reply).await;
        }
    }

    /// Updates `card` where it is posted in `chat` (a chat of this platform), if it is.
    pub async fn refresh_card(&self, chat: &str, card: &Reply) {
        let Some(which) = card.card else { return };
        if let Some(posted) = self.posted.find(chat, which).await {
            self.edits.show(chat, &posted, card.clone(), IfGone::Forget).await;
        }
    }
}
