//! Sending to Telegram: pages of HTML with the keyboard on the last page, edits in place, and
//! waiting out flood control (429 `retry_after`) a few times before giving up.

use super::render::{keyboard, pages};
use convene_core::Reply;
use std::time::Duration;
use teloxide::prelude::*;
use teloxide::requests::Payload;
use teloxide::types::{ChatId, MessageId, ParseMode};
use teloxide::{ApiError, RequestError};

/// How many times one request waits out flood control before it is given up (within
/// [`ANSWER_STILL_USEFUL`]), so a reply outlasts a storm of a minute or more.
const MAX_RETRIES: u32 = 10;

/// The longest flood-control pause we accept for one request.
const MAX_RETRY_WAIT: Duration = Duration::from_secs(60);

/// After a temporary failure, the first wait before trying again (someone is waiting for the
/// answer); each later wait is three times longer, up to [`LONGEST_WAIT`] times the first (1, 3,
/// 9, 27, then 30 s), so an answer outlasts a Bot API outage of a few minutes.
pub const FIRST_RETRY: Duration = Duration::from_secs(1);

/// The longest wait between tries, in first waits.
const LONGEST_WAIT: u32 = 30;

/// Tries after the first, for a temporary failure.
const TEMPORARY_FAILURE_RETRIES: u32 = 8;

/// Past this long since the first try, an answer no longer makes sense: give up.
const ANSWER_STILL_USEFUL: Duration = Duration::from_secs(300);

/// How hard one request tries before its caller hears of the failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Patience {
    /// Someone is waiting for it (a reply, an edit, a toast): flood control is waited out and
    /// temporary failures (5xx, timeouts, a broken connection) are tried again, spread out over
    /// up to five minutes, the first time after `first_retry`.
    Waited {
        /// The wait before the second try.
        first_retry: Duration,
    },
    /// A durable queue tries again later (reminders, digests): nothing is waited out here, not
    /// even flood control, so one failing or throttled chat never holds up the queue's others.
    Queued,
}

/// Sends a request, waiting and retrying when Telegram answers 429 with `retry_after`, and when
/// it fails for a while (5xx, network), as someone waiting for it would want.
pub async fn with_retry<R>(request: R) -> Result<<R::Payload as Payload>::Output, RequestError>
where
    R: Request<Err = RequestError>,
{
    with_patience(request, Patience::Waited { first_retry: FIRST_RETRY }).await
}

/// Sends a request with the given patience.
pub async fn with_patience<R>(request: R, patience: Patience) -> Result<<R::Payload as Payload>::Output, RequestError>
where
    R: Request<Err = RequestError>,
{
    let started = tokio::time::Instant::now();
    let (mut throttled, mut failed) = (0, 0u32);
    loop {
        metrics::counter!("convene_outbound_requests_total", "platform" => "telegram").increment(1);
        let result = request.send_ref().await;
        let wait = match &result {
            Err(RequestError::RetryAfter(wait)) => {
                metrics::counter!("convene_outbound_throttled_total", "platform" => "telegram").increment(1);
                throttled += 1;
                waits_out_flood(patience, throttled, started.elapsed(), wait.duration()).then(|| wait.duration())
            }
            Err(error) if is_temporary(error) => match patience {
                Patience::Waited { first_retry } if failed < TEMPORARY_FAILURE_RETRIES => {
                    let wait = (first_retry * 3u32.pow(failed)).min(first_retry * LONGEST_WAIT);
                    failed += 1;
                    (started.elapsed() + wait < ANSWER_STILL_USEFUL).then_some(wait)
                }
                _ => None,
            },
            _ => None,
        };
        match (result, wait) {
            (Err(error), Some(wait)) => {
                tracing::warn!(%error, wait_ms = wait.as_millis() as u64, "Telegram did not take the request; trying again");
                metrics::counter!("convene_outbound_retried_total", "platform" => "telegram").increment(1);
                tokio::time::sleep(wait).await;
            }
            (result, _) => {
                if let Err(error) = &result {
                    count_failure(error);
                }
                return result;
            }
        }
    }
}

/// Whether a request that met flood control for the `throttled`th time, `elapsed` after its
/// first try, waits `retry_after` and tries again: only someone's answer does (a queue tries
/// later by itself), a few times, while the answer still makes sense.
fn waits_out_flood(patience: Patience, throttled: u32, elapsed: Duration, retry_after: Duration) -> bool {
    let waited = matches!(patience, Patience::Waited { .. });
    waited && throttled <= MAX_RETRIES && retry_after <= MAX_RETRY_WAIT && elapsed + retry_after < ANSWER_STILL_USEFUL
}

/// Whether a failure may pass by itself: a network error or timeout, an answer that was no Bot
/// API answer (a proxy's error page), or an error Telegram did not describe as the request's fault
/// (5xx: "Internal Server Error", "Bad Gateway"...). Telegram's descriptions of a request's own
/// faults start with its status: "Bad Request: ...", "Forbidden: ...", "Unauthorized",
/// "Not Found", "Conflict: ...".
pub fn is_temporary(error: &RequestError) -> bool {
    const THE_REQUESTS_FAULT: [&str; 5] = ["Bad Request", "Forbidden", "Unauthorized", "Not Found", "Conflict"];
    match error {
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => true,
        RequestError::Api(ApiError::Unknown(description)) => {
            !THE_REQUESTS_FAULT.iter().any(|status| description.starts_with(status))
        }
        _ => false,
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
    /// How hard each request tries.
    pub patience: Patience,
}

impl Sender {
    /// The same path for a durable queue's messages, which it retries itself.
    pub fn for_queue(&self) -> Self {
        Self { patience: Patience::Queued, ..self.clone() }
    }
}

/// Sends `reply` to `chat` as HTML, in as many messages as its length needs; the buttons go
/// under the last one, whose id is returned.
pub async fn send_reply(sender: &Sender, chat: ChatId, reply: &Reply) -> Result<MessageId, RequestError> {
    let bot = &sender.bot;
    let pages = pages(&reply.plain_text());
    let last = pages.len() - 1;
    let mut sent = MessageId(0);
    for (index, page) in pages.into_iter().enumerate() {
        let mut request = bot.send_message(chat, page).parse_mode(ParseMode::Html);
        if index == last {
            if let Some(markup) = keyboard(&reply.buttons) {
                request = request.reply_markup(markup);
            }
        }
        sender.pacer.wait_turn(chat.0, chat.0 < 0).await;
        sent = with_patience(request, sender.patience).await?.id;
    }
    Ok(sent)
}

/// Replaces the text and buttons of a message the bot sent. Falls back to sending when the reply
/// needs more than one message. "Not modified" (the same card again) is not an error.
pub async fn edit_reply(sender: &Sender, chat: ChatId, message: MessageId, reply: &Reply) -> Result<(), RequestError> {
    let bot = &sender.bot;
    let mut pages = pages(&reply.plain_text());
    if pages.len() > 1 {
        return send_reply(sender, chat, reply).await.map(|_| ());
    }
    let mut request = bot.edit_message_text(chat, message, pages.remove(0)).parse_mode(ParseMode::Html);
    if let Some(markup) = keyboard(&reply.buttons) {
        request = request.reply_markup(markup);
    }
    sender.pacer.wait_turn(chat.0, chat.0 < 0).await;
    match with_patience(request, sender.patience).await {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_waits_out_a_minute_long_storm_and_a_queued_message_never_waits() {
        let reply = Patience::Waited { first_retry: FIRST_RETRY };
        let ten = Duration::from_secs(10);
        // A storm of a minute, retry_after 10 s: the seventh try goes through.
        assert!((1..=6).all(|n| waits_out_flood(reply, n, ten * (n - 1), ten)));
        assert!(!waits_out_flood(Patience::Queued, 1, Duration::ZERO, ten), "the queue tries later itself");
        assert!(!waits_out_flood(reply, 1, Duration::from_secs(295), ten), "no answer after five minutes");
        assert!(!waits_out_flood(reply, MAX_RETRIES + 1, ten, ten), "a few times only");
        assert!(!waits_out_flood(reply, 1, Duration::ZERO, Duration::from_secs(61)), "nor a pause over a minute");
    }
}
