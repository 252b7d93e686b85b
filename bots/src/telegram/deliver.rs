//! Sending to Telegram: pages of HTML with the keyboard on the last page, edits in place, and
//! waiting out flood control (429 `retry_after`) a few times before giving up.

use super::render::{keyboard, pages};
use convene_core::Reply;
use std::time::Duration;
use teloxide::prelude::*;
use teloxide::requests::Payload;
use teloxide::types::{ChatId, MessageId, ParseMode};
use teloxide::{ApiError, RequestError};

/// How many times one request waits out flood control before it is given up.
const MAX_RETRIES: u32 = 3;

/// The longest flood-control pause we accept for one request.
const MAX_RETRY_WAIT: Duration = Duration::from_secs(60);

/// Sends a request, waiting and retrying when Telegram answers 429 with `retry_after`.
pub async fn with_retry<R>(request: R) -> Result<<R::Payload as Payload>::Output, RequestError>
where
    R: Request<Err = RequestError>,
{
    let mut attempt = 0;
    loop {
        metrics::counter!("convene_outbound_requests_total", "platform" => "telegram").increment(1);
        let result = request.send_ref().await;
        if matches!(result, Err(RequestError::RetryAfter(_))) {
            metrics::counter!("convene_outbound_throttled_total", "platform" => "telegram").increment(1);
        }
        match result {
            Err(RequestError::RetryAfter(wait)) if attempt < MAX_RETRIES && wait.duration() <= MAX_RETRY_WAIT => {
                attempt += 1;
                tracing::warn!(retry_after_s = wait.seconds(), attempt, "Telegram flood control; waiting");
                tokio::time::sleep(wait.duration()).await;
            }
            other => {
                if let Err(error) = &other {
                    count_failure(error);
                }
                return other;
            }
        }
    }
}

/// Counts a request Telegram did not carry out, by a reason an operator can act on. A card shown
/// again unchanged is not a failure.
fn count_failure(error: &RequestError) {
    let reason = match error {
        RequestError::Api(ApiError::MessageNotModified) => return,
        RequestError::RetryAfter(_) => "throttled",
        RequestError::Network(_) | RequestError::Io(_) => "network",
        RequestError::Api(ApiError::InvalidToken) => "token",
        RequestError::Api(ApiError::MessageToEditNotFound | ApiError::MessageCantBeEdited) => "message_gone",
        error if cannot_write_privately(error) => "refused",
        RequestError::Api(
            ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::ChatNotFound
            | ApiError::GroupDeactivated
            | ApiError::UserDeactivated
            | ApiError::CantTalkWithBots
            | ApiError::NotEnoughRightsToPostMessages,
        ) => "refused",
        _ => "api",
    };
    metrics::counter!("convene_outbound_failed_total", "platform" => "telegram", "reason" => reason).increment(1);
}

/// The one outbound path to Telegram: the client and the pacer every message waits on.
#[derive(Clone)]
pub struct Sender {
    /// The Bot API client.
    pub bot: Bot,
    /// Keeps sends under Telegram's limits (replies and reminders alike).
    pub pacer: std::sync::Arc<super::pacing::Pacer>,
}

/// Sends `reply` to `chat` as HTML, in as many messages as its length needs; the buttons go
/// under the last one, whose id is returned.
pub async fn send_reply(sender: &Sender, chat: ChatId, reply: &Reply) -> Result<MessageId, RequestError> {
    let bot = &sender.bot;
    let pages = pages(&reply.text);
    let last = pages.len() - 1;
    let mut sent = MessageId(0);
    for (index, page) in pages.into_iter().enumerate() {
        let mut request = bot.send_message(chat, page).parse_mode(ParseMode::Html);
        if index == last {
            if let Some(markup) = keyboard(&reply.buttons) {
                request = request.reply_markup(markup);
            }
        }
        sender.pacer.wait_turn(chat.0).await;
        sent = with_retry(request).await?.id;
    }
    Ok(sent)
}

/// Replaces the text and buttons of a message the bot sent. Falls back to sending when the reply
/// needs more than one message. "Not modified" (the same card again) is not an error.
pub async fn edit_reply(sender: &Sender, chat: ChatId, message: MessageId, reply: &Reply) -> Result<(), RequestError> {
    let bot = &sender.bot;
    let mut pages = pages(&reply.text);
    if pages.len() > 1 {
        return send_reply(sender, chat, reply).await.map(|_| ());
    }
    let mut request = bot.edit_message_text(chat, message, pages.remove(0)).parse_mode(ParseMode::Html);
    if let Some(markup) = keyboard(&reply.buttons) {
        request = request.reply_markup(markup);
    }
    sender.pacer.wait_turn(chat.0).await;
    match with_retry(request).await {
        Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(()),
        other => other.map(|_| ()),
    }
}

/// Whether Telegram refused a private message because the person never started a chat with the
/// bot (or blocked it).
pub fn cannot_write_privately(error: &RequestError) -> bool {
    match error {
        RequestError::Api(ApiError::CantInitiateConversation | ApiError::BotBlocked) => true,
        RequestError::Api(ApiError::Unknown(description)) => {
            description.contains("can't initiate conversation") || description.contains("blocked by the user")
        }
        _ => false,
    }
}
