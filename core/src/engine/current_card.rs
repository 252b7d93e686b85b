//! A card as it stands now, rendered again from what is committed. Two edits of one message can
//! land out of order (two instances answering presses at once, or a chat's own answer and another
//! chat's refresh), leaving an older count on show; an adapter that asks after each edit, and
//! edits again when the card moved on, makes the newest answers what the chat ends up showing.

use super::bookkeeping::PostedCards;
use super::turn::Turn;
use super::Failure;
use crate::reply::{CardOf, Reply};
use crate::store::Transaction;

impl PostedCards {
    /// `card` as `chat` would be shown it now; None when the chat, event or poll is gone (or the
    /// database cannot be read: then nothing is known).
    pub async fn current(&self, chat: &str, card: CardOf) -> Option<Reply> {
        let rendered = async {
            let mut tx = self.store.begin(self.clock.now()).await?;
            let reply = self.render(tx.as_mut(), chat, card).await;
            tx.commit().await?;
            reply
        };
        match rendered.await {
            Ok(reply) => reply,
            Err(error) => {
                tracing::warn!(error = ?error, "could not read a card as it stands now");
                None
            }
        }
    }

    async fn render(&self, tx: &mut dyn Transaction, chat: &str, card: CardOf) -> Result<Option<Reply>, Failure> {
        let Some(chat) = tx.known_chat(self.platform, chat).await? else { return Ok(None) };
        let now = self.clock.now();
        match card {
            CardOf::Event(id) => {
                let Some(event) = tx.event_by_id(id).await? else { return Ok(None) };
                let Some(organizer) = tx.user_by_id(event.creator).await? else { return Ok(None) };
                let mut turn = Turn::new(tx, chat, organizer, false, now, &self.settings);
                Ok(Some(turn.card(&event).await?))
            }
            CardOf::Poll(id) => {
                let Some(poll) = tx.poll_by_id(id).await? else { return Ok(None) };
                let Some(creator) = tx.user_by_id(poll.creator).await? else { return Ok(None) };
                let mut turn = Turn::new(tx, chat, creator, false, now, &self.settings);
                Ok(Some(turn.poll_card(&poll).await?))
            }
        }
    }
}
