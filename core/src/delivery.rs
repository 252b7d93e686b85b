//! The outbound boundary: how the scheduler hands a message to a platform. Each adapter provides
//! an [`Outbox`] (the same path that carries its normal replies); [`Outboxes`] routes by platform.

use crate::domain::Platform;
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
    /// Will not work however often tried (chat gone, bot blocked, address rejected).
    #[error("permanent failure: {0}")]
    Permanent(String),
}

/// Sends messages to chats and people on one platform (or several).
#[async_trait]
pub trait Outbox: Send + Sync {
    /// Sends `message` to `to`.
    async fn deliver(&self, to: &Audience, message: &Reply) -> Result<(), DeliveryError>;
}

/// Routes each message to the outbox of its audience's platform.
#[derive(Default, Clone)]
pub struct Outboxes {
    /// One outbox per platform.
    by_platform: HashMap<Platform, Arc<dyn Outbox>>,
}

impl Outboxes {
    /// Adds the outbox for `platform`.
    pub fn with(mut self, platform: Platform, outbox: Arc<dyn Outbox>) -> Self {
        self.by_platform.insert(platform, outbox);
        self
    }
}

fn platform_of(to: &Audience) -> Platform {
    match to {
        Audience::Chat(chat) => chat.platform,
        Audience::Person(person) => person.platform,
    }
}

#[async_trait]
impl Outbox for Outboxes {
    async fn deliver(&self, to: &Audience, message: &Reply) -> Result<(), DeliveryError> {
        match self.by_platform.get(&platform_of(to)) {
            Some(outbox) => outbox.deliver(to, message).await,
            None => Err(DeliveryError::Permanent(format!("no outbound path for {}", platform_of(to)))),
        }
    }
}
