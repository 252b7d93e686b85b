//! What Discord's error answers mean for us. Discord names errors by a JSON code: 50007 "cannot
//! send messages to this user" (their DMs are closed), 10008 unknown message (deleted), 10003
//! unknown channel, 50001/50013 missing access or permissions. 5xx answers and broken connections
//! are temporary. Descriptions never include the request's URL: interaction and webhook tokens
//! travel in it.

use crate::chat::SendError;
use convene_core::delivery::DeliveryError;
use serenity::http::HttpError;
use std::time::Duration;

/// Their DMs are closed (or they share no server with the bot any more).
pub const CANNOT_MESSAGE_USER: isize = 50007;
/// The message was deleted.
pub const UNKNOWN_MESSAGE: isize = 10008;
/// The channel was deleted.
pub const UNKNOWN_CHANNEL: isize = 10003;
/// The bot may not see or act in the channel or server.
pub const MISSING_ACCESS: isize = 50001;
/// How long to wait after a 429 when the answer did not say (serenity's own limiter, on in
/// production, waits for Discord's figure itself; this covers the rest).
const RATE_LIMIT_WAIT: Duration = Duration::from_secs(2);

/// Discord's error code and HTTP status of a refused request, if it was one.
pub fn refusal(error: &serenity::Error) -> Option<(u16, isize)> {
    match error {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(answer)) => {
            Some((answer.status_code.as_u16(), answer.error.code))
        }
        _ => None,
    }
}

/// The error in words, without the URL.
pub fn describe(error: &serenity::Error) -> String {
    match error {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(answer)) => {
            format!("Discord answered {} (code {}): {}", answer.status_code, answer.error.code, answer.error.message)
        }
        serenity::Error::Http(HttpError::Request(request)) if request.is_timeout() => {
            "Discord did not answer in time".to_string()
        }
        serenity::Error::Http(HttpError::Request(_)) => "could not reach Discord".to_string(),
        other => other.to_string(),
    }
}

/// What the chat kit needs to know of a failed send or edit.
pub fn send_error(error: serenity::Error) -> SendError {
    match refusal(&error) {
        Some((_, CANNOT_MESSAGE_USER)) => SendError::Unreachable(describe(&error)),
        Some((_, UNKNOWN_MESSAGE)) => SendError::MessageGone(describe(&error)),
        _ => SendError::Failed(describe(&error)),
    }
}

/// What the scheduler needs to know: try again later, or give up.
pub fn delivery_error(error: serenity::Error) -> DeliveryError {
    match refusal(&error) {
        Some((_, CANNOT_MESSAGE_USER)) => DeliveryError::Unreachable(describe(&error)),
        Some((429, _)) => DeliveryError::RetryAfter(RATE_LIMIT_WAIT),
        Some((status, _)) if status >= 500 => DeliveryError::Transient(describe(&error)),
        Some(_) => DeliveryError::Permanent(describe(&error)),
        None if is_temporary(&error) => DeliveryError::Transient(describe(&error)),
        None => DeliveryError::Permanent(describe(&error)),
    }
}

/// Whether the request never got an answer (network, timeout).
fn is_temporary(error: &serenity::Error) -> bool {
    matches!(
        error,
        serenity::Error::Http(HttpError::Request(_)) | serenity::Error::Io(_) | serenity::Error::Tungstenite(_)
    )
}

/// Whether the channel is gone or closed to the bot for good.
pub fn channel_gone(error: &serenity::Error) -> bool {
    matches!(refusal(error), Some((_, UNKNOWN_CHANNEL | MISSING_ACCESS)))
}
