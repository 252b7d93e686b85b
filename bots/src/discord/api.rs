//! Discord's calls for the shared chat kit: embeds with buttons in channels, direct messages,
//! edits in place, and membership checks. Chats are channel ids; people are user ids.

use super::errors::send_error;
use super::places::Places;
use super::render::{draw, escape};
use crate::chat::pacing::Pacer;
use crate::chat::{ChatApi, SendError};
use async_trait::async_trait;
use convene_core::domain::Platform;
use convene_core::{text, Reply};
use serenity::builder::{Builder, CreateAllowedMentions};
use serenity::http::Http;
use serenity::model::id::{ChannelId, MessageId, UserId};
use std::sync::Arc;

/// Discord's REST API as the kit sees it.
pub struct DiscordApi {
    /// The REST client (paced by serenity's limiter in production).
    pub(super) http: Arc<Http>,
    /// What we learned of channels: which are DMs, which server each is in.
    pub(super) places: Arc<Places>,
    /// Keeps messages under Discord's limits (shared with the scheduler's path).
    pub(super) pacer: Arc<Pacer>,
}

impl DiscordApi {
    /// Waits for `channel`'s turn to receive a message.
    pub(super) async fn wait_turn(&self, channel: ChannelId) {
        self.pacer.wait_turn(channel.get() as i64, true).await;
    }

    /// Opens (or finds) `person`'s DM channel with the bot.
    pub(super) async fn dm_channel(&self, person: UserId) -> serenity::Result<ChannelId> {
        self.pacer.wait_turn(0, true).await;
        let dm = person.create_dm_channel(&*self.http).await?;
        self.places.remember_dm(dm.id);
        Ok(dm.id)
    }
}

#[async_trait]
impl ChatApi for DiscordApi {
    fn platform(&self) -> Platform {
        Platform::Discord
    }

    async fn send(&self, chat: &str, reply: &Reply) -> Result<String, SendError> {
        let channel = channel(chat)?;
        self.wait_turn(channel).await;
        let sent = draw(reply).message().execute(&*self.http, (channel, None)).await.map_err(send_error)?;
        Ok(sent.id.to_string())
    }

    async fn send_to_person(&self, person: &str, reply: &Reply) -> Result<(), SendError> {
        let dm = self.dm_channel(user(person)?).await.map_err(send_error)?;
        self.wait_turn(dm).await;
        draw(reply).message().execute(&*self.http, (dm, None)).await.map_err(send_error)?;
        Ok(())
    }

    async fn edit(&self, chat: &str, message: &str, reply: &Reply) -> Result<(), SendError> {
        let message: MessageId = message.parse().map_err(|_| SendError::MessageGone(message.into()))?;
        let channel = channel(chat)?;
        self.wait_turn(channel).await;
        draw(reply).edit().execute(&*self.http, (channel, message, None)).await.map(|_| ()).map_err(send_error)
    }

    async fn answer_press(&self, _press: &str, _reply: &Reply) -> bool {
        // Presses are answered through their interaction (see `respond.rs`), never here.
        false
    }

    fn is_group(&self, chat: &str) -> bool {
        chat.parse().is_ok_and(|id: ChannelId| !self.places.is_dm(id))
    }

    async fn is_member(&self, group: &str, person: &str) -> bool {
        let (Ok(channel), Ok(person)) = (channel(group), user(person)) else { return false };
        let Some(guild) = self.places.server_of(channel) else { return false };
        match self.http.get_member(guild, person).await {
            Ok(_) => true,
            Err(error) => {
                tracing::debug!(error = super::errors::describe(&error), "not a member (or could not tell)");
                false
            }
        }
    }

    fn private_messages_blocked(&self, name: &str) -> String {
        text::direct_messages_closed(name)
    }

    async fn send_for(&self, chat: &str, person: &str, reply: &Reply) -> Result<String, SendError> {
        let mut drawn = draw(reply);
        let who = user(person)?;
        drawn.content = Some(format!("<@{who}> {}", drawn.content.unwrap_or_default()));
        let message = drawn.message().allowed_mentions(CreateAllowedMentions::new().users([who]));
        let channel = channel(chat)?;
        self.wait_turn(channel).await;
        let sent = message.execute(&*self.http, (channel, None)).await.map_err(send_error)?;
        Ok(sent.id.to_string())
    }
}

fn channel(chat: &str) -> Result<ChannelId, SendError> {
    chat.parse().map_err(|_| SendError::Failed(format!("{:?} is no Discord channel", escape(chat))))
}

fn user(person: &str) -> Result<UserId, SendError> {
    person.parse().map_err(|_| SendError::Failed("not a Discord user id".into()))
}
