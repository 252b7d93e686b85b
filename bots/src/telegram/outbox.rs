//! The Telegram outbound path for the scheduler: reminders and other messages not answering a
//! command go out the same way as replies (HTML pages, inline buttons, flood control).

use super::{deliver, Telegram};
use async_trait::async_trait;
use convene_core::delivery::{DeliveryError, Outbox};
use convene_core::domain::Platform;
use convene_core::{Audience, Reply};
use teloxide::types::ChatId;
use teloxide::RequestError;

#[async_trait]
impl Outbox for Telegram {
    async fn deliver(&self, to: &Audience, message: &Reply) -> Result<(), DeliveryError> {
        let target = telegram_id(to).ok_or_else(|| DeliveryError::Permanent("not a Telegram chat or person".into()))?;
        deliver::send_reply(&self.sender, target, message).await.map(|_| ()).map_err(|error| {
            tracing::warn!(target = target.0, %error, "delivery to Telegram failed");
            classify(error)
        })
    }
}

/// The Telegram chat id of an audience that lives on Telegram (a person's private chat has their
/// user id).
pub(super) fn telegram_id(to: &Audience) -> Option<ChatId> {
    let (platform, external_id) = match to {
        Audience::Chat(chat) => (chat.platform, &chat.external_id),
        Audience::Person(person) => (person.platform, &person.external_id),
        Audience::Email(_) => return None,
    };
    (platform == Platform::Telegram).then(|| external_id.parse().ok().map(ChatId)).flatten()
}

/// Whether trying again can help.
fn classify(error: RequestError) -> DeliveryError {
    match error {
        RequestError::RetryAfter(wait) => DeliveryError::RetryAfter(wait.duration()),
        RequestError::Network(_) | RequestError::Io(_) => DeliveryError::Transient(error.to_string()),
        RequestError::InvalidJson { .. } => DeliveryError::Transient(error.to_string()),
        _ => DeliveryError::Permanent(error.to_string()),
    }
}
