//! Telegram's calls for the shared chat kit: HTML messages with inline keyboards through the
//! paced outbound path, edits in place, toasts, and membership checks.

use super::{deliver, render};
use crate::chat::{ChatApi, SendError};
use async_trait::async_trait;
use convene_core::domain::Platform;
use convene_core::Reply;
use teloxide::prelude::*;
use teloxide::types::{ChatId, MessageId, UserId};
use teloxide::{ApiError, RequestError};

/// The Bot API as the kit sees it.
pub struct TelegramApi {
    /// The paced outbound path every message takes.
    pub(super) sender: deliver::Sender,
    /// Our username (without `@`), for the private chat link.
    pub(super) username: String,
}

#[async_trait]
impl ChatApi for TelegramApi {
    fn platform(&self) -> Platform {
        Platform::Telegram
    }

    async fn send(&self, chat: &str, reply: &Reply) -> Result<String, SendError> {
        let sent = deliver::send_reply(&self.sender, chat_id(chat)?, reply).await.map_err(kind)?;
        Ok(sent.0.to_string())
    }

    async fn send_to_person(&self, person: &str, reply: &Reply) -> Result<(), SendError> {
        self.send(person, reply).await.map(|_| ())
    }

    async fn edit(&self, chat: &str, message: &str, reply: &Reply) -> Result<(), SendError> {
        let message = message.parse().map(MessageId).map_err(|_| SendError::MessageGone(message.into()))?;
        match deliver::edit_reply(&self.sender, chat_id(chat)?, message, reply).await {
            // It shows this already (another edit of the same card got there first).
            Ok(()) | Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(()),
            Err(error) => Err(kind(error)),
        }
    }

    async fn answer_press(&self, press: &str, reply: &Reply) -> bool {
        let answer = self
            .sender
            .bot
            .answer_callback_query(teloxide::types::CallbackQueryId(press.to_string()))
            .text(render::toast(reply));
        if let Err(error) = deliver::with_patience(answer, self.sender.patience).await {
            tracing::warn!(%error, "could not answer the button press");
        }
        render::fits_in_toast(reply)
    }

    fn is_group(&self, chat: &str) -> bool {
        // Private chats have positive ids (the person's), groups negative ones.
        chat.starts_with('-')
    }

    async fn is_member(&self, group: &str, person: &str) -> bool {
        let (Ok(group), Ok(person)) = (chat_id(group), person.parse().map(UserId)) else { return false };
        match deliver::with_retry(self.sender.bot.get_chat_member(group, person)).await {
            Ok(member) => member.is_present(),
            Err(error) => {
                tracing::warn!(chat = group.0, %error, "could not check who is in the group");
                false
            }
        }
    }

    fn private_messages_blocked(&self, name: &str) -> String {
        convene_core::text::private_messages_blocked(name, &format!("https://t.me/{}?start=hello", self.username))
    }
}

fn chat_id(chat: &str) -> Result<ChatId, SendError> {
    chat.parse().map(ChatId).map_err(|_| SendError::Failed(format!("{chat:?} is no Telegram chat")))
}

/// What the kit needs to know of a failure.
fn kind(error: RequestError) -> SendError {
    match &error {
        _ if deliver::cannot_write_privately(&error) => SendError::Unreachable(error.to_string()),
        RequestError::Api(ApiError::MessageToEditNotFound | ApiError::MessageCantBeEdited) => {
            SendError::MessageGone(error.to_string())
        }
        _ => SendError::Failed(error.to_string()),
    }
}
