//! The Discord outbound path for the scheduler: reminders, digests and notices to channels and,
//! by DM, to people; the same drawing as replies. Errors say whether trying again can help.

use super::errors::{channel_gone, delivery_error};
use super::render::draw;
use super::Discord;
use async_trait::async_trait;
use convene_core::delivery::{DeliveryError, Outbox};
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::{Audience, Reply};
use serenity::builder::Builder;
use serenity::model::id::{ChannelId, UserId};

#[async_trait]
impl Outbox for Discord {
    async fn deliver(&self, to: &Audience, message: &Reply) -> Result<(), DeliveryError> {
        let channel = match to {
            Audience::Chat(chat) if chat.platform == Platform::Discord => chat.external_id.parse::<ChannelId>().ok(),
            Audience::Person(person) if person.platform == Platform::Discord => {
                let person: UserId = person.external_id.parse().map_err(|_| not_ours())?;
                Some(self.api.dm_channel(person).await.map_err(delivery_error)?)
            }
            _ => None,
        };
        let channel = channel.ok_or_else(not_ours)?;
        self.api.wait_turn(channel).await;
        let sent = draw(message).message().execute(&*self.http, (channel, None)).await;
        let Err(error) = sent else { return Ok(()) };
        if matches!(to, Audience::Chat(_)) && channel_gone(&error) {
            self.chat_gone(channel).await;
        }
        let error = delivery_error(error);
        tracing::warn!(%error, "delivery to Discord failed");
        Err(error)
    }

    async fn explain_private_messages(&self, person: &UserIdentity, chats: &[ChatIdentity]) {
        self.kit.explain_private_messages(person, chats).await;
    }

    async fn refresh_card(&self, chat: &ChatIdentity, card: &Reply) {
        self.kit.refresh_card(&chat.external_id, card).await;
    }
}

fn not_ours() -> DeliveryError {
    DeliveryError::Permanent("not a Discord channel or person".into())
}
