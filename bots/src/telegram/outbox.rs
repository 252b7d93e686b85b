//! The Telegram outbound path for the scheduler: reminders and other messages not answering a
//! command go out the same way as replies (HTML pages, inline buttons, flood control).

use super::{deliver, Telegram};
use async_trait::async_trait;
use convene_core::delivery::{DeliveryError, Outbox};
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::{Audience, Reply};
use teloxide::types::ChatId;
use teloxide::RequestError;

#[async_trait]
impl Outbox for Telegram {
    async fn deliver(&self, to: &Audience, message: &Reply) -> Result<(), DeliveryError> {
        let target = telegram_id(to).ok_or_else(|| DeliveryError::Permanent("not a Telegram chat or person".into()))?;
        deliver::send_reply(&self.sender.for_queue(), target, message).await.map(|_| ()).map_err(|error| {
            tracing::warn!(target = target.0, %error, "delivery to Telegram failed");
            classify(error)
        })
    }

    async fn explain_private_messages(&self, person: &UserIdentity, chats: &[ChatIdentity]) {
        self.kit.explain_private_messages(person, chats).await;
    }

    async fn refresh_card(&self, chat: &ChatIdentity, card: &Reply) {
        self.kit.refresh_card(&chat.external_id, card).await;
    }
}

/// The Telegram chat id of an audience that lives on Telegram (a person's private chat has their
/// user id).
fn telegram_id(to: &Audience) -> Option<ChatId> {
    let (platform, external_id) = match to {
        Audience::Chat(chat) => (chat.platform, &chat.external_id),
        Audience::Person(person) => (person.platform, &person.external_id),
        Audience::Email(_) => return None,
    };
    (platform == Platform::Telegram).then(|| external_id.parse().ok().map(ChatId)).flatten()
}

/// Whether trying again can help: only a chat or person that refuses us, or a request Telegram
/// calls faulty, is given up; a 5xx, a timeout or a broken connection is tried again later.
fn classify(error: RequestError) -> DeliveryError {
    match error {
        RequestError::RetryAfter(wait) => DeliveryError::RetryAfter(wait.duration()),
        _ if deliver::cannot_write_privately(&error) => DeliveryError::Unreachable(error.to_string()),
        _ if deliver::is_temporary(&error) => DeliveryError::Transient(error.to_string()),
        _ => DeliveryError::Permanent(error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What teloxide makes of an error answer's description, as Telegram words it.
    fn answered(description: &str) -> RequestError {
        RequestError::Api(serde_json::from_value(serde_json::json!(description)).expect("a Bot API description"))
    }

    #[test]
    fn server_errors_are_tried_again_and_refusals_are_not() {
        for description in ["Internal Server Error", "Bad Gateway", "Gateway Timeout", "Service Unavailable"] {
            assert!(matches!(classify(answered(description)), DeliveryError::Transient(_)), "{description}");
        }
        for description in [
            "Bad Request: chat not found",
            "Forbidden: bot was kicked from the group chat",
            "Bad Request: text is too long",
        ] {
            assert!(matches!(classify(answered(description)), DeliveryError::Permanent(_)), "{description}");
        }
        let blocked = answered("Forbidden: bot was blocked by the user");
        assert!(matches!(classify(blocked), DeliveryError::Unreachable(_)));
    }
}
