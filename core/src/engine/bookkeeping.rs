//! What adapters remember between messages, as named services over the store: which message
//! shows which card in a chat ([`PostedCards`]), and who was told in which chat how to let the bot
//! write to them privately ([`Nudges`]). Failures are logged here and read as "nothing known", so
//! a database hiccup costs a card posted afresh or a hint said twice, never a failed reply.

use super::Engine;
use crate::clock::Clock;
use crate::domain::Platform;
use crate::reply::CardOf;
use crate::store::{PostedIn, Store, UserRef};
use std::sync::Arc;

/// The cards posted in one platform's chats.
#[derive(Clone)]
pub struct PostedCards {
    /// Where they are kept.
    pub(super) store: Arc<dyn Store>,
    /// When a card was posted.
    pub(super) clock: Arc<dyn Clock>,
    /// Whose chats.
    pub(super) platform: Platform,
    /// How cards are rendered (the default zone), to render one again as it stands now.
    pub(super) settings: super::EngineSettings,
}

/// The notes of who was told how to allow private messages, on one platform.
#[derive(Clone)]
pub struct Nudges {
    /// Where they are kept.
    store: Arc<dyn Store>,
    /// When someone was told.
    clock: Arc<dyn Clock>,
    /// Whose people and chats.
    platform: Platform,
}

impl Engine {
    /// The cards posted in `platform`'s chats.
    pub fn posted_cards(&self, platform: Platform) -> PostedCards {
        PostedCards { store: self.store.clone(), clock: self.clock.clone(), platform, settings: self.settings.clone() }
    }

    /// Who was told, in `platform`'s chats, how to allow private messages.
    pub fn nudges(&self, platform: Platform) -> Nudges {
        Nudges { store: self.store.clone(), clock: self.clock.clone(), platform }
    }
}

impl PostedCards {
    /// The message (as the platform names it) showing `card` in `chat`, if one was posted.
    pub async fn find(&self, chat: &str, card: CardOf) -> Option<String> {
        match self.store.posted_card(&self.place(chat), &card.key()).await {
            Ok(posted) => posted,
            Err(error) => {
                tracing::warn!(%error, "could not look up the card posted in the chat");
                None
            }
        }
    }

    /// Remembers that `message` shows `card` in `chat` (instead of any earlier one).
    pub async fn remember(&self, chat: &str, card: CardOf, message: &str) {
        let now = self.clock.now();
        if let Err(error) = self.store.remember_card(&self.place(chat), &card.key(), message, now).await {
            tracing::warn!(%error, "could not remember the card posted in the chat");
        }
    }

    /// Forgets that `message` shows `card` in `chat` (it was deleted).
    pub async fn forget(&self, chat: &str, card: CardOf, message: &str) {
        if let Err(error) = self.store.forget_card(&self.place(chat), &card.key(), message).await {
            tracing::warn!(%error, "could not forget a deleted card");
        }
    }

    fn place<'a>(&self, chat: &'a str) -> PostedIn<'a> {
        PostedIn { platform: self.platform, chat_external_id: chat }
    }
}

impl Nudges {
    /// Notes that `person` is told in `chat`; true the first time (only then is it worth saying).
    pub async fn first_time(&self, person: &str, chat: &str) -> bool {
        match self.store.note_nudge(&self.person(person), chat, self.clock.now()).await {
            Ok(first_time) => first_time,
            Err(error) => {
                tracing::warn!(%error, "could not check whether the chat was told already");
                false
            }
        }
    }

    /// `person` opened a private chat with the bot: a later failure is news again.
    pub async fn forget(&self, person: &str) {
        if let Err(error) = self.store.forget_nudges(&self.person(person)).await {
            tracing::warn!(%error, "could not forget earlier notes about private messages");
        }
    }

    fn person(&self, external_id: &str) -> UserRef {
        UserRef { platform: self.platform, external_id: external_id.to_string() }
    }
}
