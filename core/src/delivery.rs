//! The outbound boundary: how the scheduler hands a message to a platform. Each adapter provides
//! an [`Outbox`] (the same path that carries its normal replies); [`Outboxes`] routes by platform.

use crate::domain::{ChatIdentity, Platform, UserIdentity};
use crate::reply::{Audience, Reply};
use async_trait::async_trait;
use std::collections::HashMap;
use std::sync::Arc;

/// Why a message did not go out.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DeliveryError {
    /// Worth trying again later (timeout, 5xx, SMTP 4xx).
    #[error("temporary failure: {0}")]
    Transient(String),
    /// The platform asked to wait this long (429).
    #[error("rate limited for {0:?}")]
    RetryAfter(std::time::Duration),
    /// Will not work however often tried (chat gone, bot removed, address rejected).
    #[error("permanent failure: {0}")]
    Permanent(String),
    /// The person has not let the bot write to them privately (never started a chat with it, or
    /// blocked it): permanent until they do.
    #[error("cannot write to them privately: {0}")]
    Unreachable(String),
}

/// Sends messages to chats and people on one platform (or several).
#[async_trait]
pub trait Outbox: Send + Sync {
    /// Sends `message` to `to`.
    async fn deliver(&self, to: &Audience, message: &Reply) -> Result<(), DeliveryError>;

    /// After a private message to `person` was [`DeliveryError::Unreachable`]: tells them, in the
    /// first of `chats` they are a member of, how to let the bot write to them (once per person
    /// and chat). Outboxes that have no such thing to say do nothing.
    async fn explain_private_messages(&self, _person: &UserIdentity, _chats: &[ChatIdentity]) {}

    /// Updates the card `card` (a [`Reply`] showing an event or poll) where it is posted in
    /// `chat`, if it is: an answer given on another platform changed it. Outboxes with no cards
    /// do nothing.
    async fn refresh_card(&self, _chat: &ChatIdentity, _card: &Reply) {}
}

/// Routes each message to the outbox of its audience's platform.
#[derive(Default, Clone)]
pub struct Outboxes {
    /// One outbox per channel.
    by_channel: HashMap<Channel, Arc<dyn Outbox>>,
}

impl Outboxes {
    /// Adds the outbox for a platform.
    pub fn with(self, platform: Platform, outbox: Arc<dyn Outbox>) -> Self {
        self.with_channel(Channel::Platform(platform), outbox)
    }

    /// Adds the outbox for a channel (e.g. email).
    pub fn with_channel(mut self, channel: Channel, outbox: Arc<dyn Outbox>) -> Self {
        self.by_channel.insert(channel, outbox);
        self
    }

    /// Whether messages to `to` have a way out.
    pub fn reaches(&self, to: &Audience) -> bool {
        self.by_channel.contains_key(&channel_of(to))
    }
}

/// Which outbound path an audience takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    /// A chat platform.
    Platform(Platform),
    /// Email.
    Email,
}

impl std::fmt::Display for Channel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Platform(p) => write!(f, "{p}"),
            Self::Email => f.write_str("email"),
        }
    }
}

/// The channel an audience is reached through.
pub fn channel_of(to: &Audience) -> Channel {
    match to {
        Audience::Chat(chat) => Channel::Platform(chat.platform),
        Audience::Person(person) => Channel::Platform(person.platform),
        Audience::Email(_) => Channel::Email,
    }
}

#[async_trait]
impl Outbox for Outboxes {
    async fn deliver(&self, to: &Audience, message: &Reply) -> Result<(), DeliveryError> {
        match self.by_channel.get(&channel_of(to)) {
            Some(outbox) => outbox.deliver(to, message).await,
            None => Err(DeliveryError::Permanent(format!("no outbound path for {}", channel_of(to)))),
        }
    }

    async fn explain_private_messages(&self, person: &UserIdentity, chats: &[ChatIdentity]) {
        if let Some(outbox) = self.by_channel.get(&Channel::Platform(person.platform)) {
            outbox.explain_private_messages(person, chats).await;
        }
    }

    async fn refresh_card(&self, chat: &ChatIdentity, card: &Reply) {
        if let Some(outbox) = self.by_channel.get(&Channel::Platform(chat.platform)) {
            outbox.refresh_card(chat, card).await;
        }
    }
}
