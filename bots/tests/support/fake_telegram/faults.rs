//! Faults the fake can play: the whole Bot API failing for a while (5xx answers, or no answer at
//! all, as when Telegram's servers time out), and a flood-control storm on one chat (every send
//! or edit there answered 429 with `retry_after`). Requests a fault answers are recorded with
//! their status, getUpdates included, so a trial can count what reached the failing API.

use super::api::error;
use super::{Call, FakeTelegram};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;
use std::time::{Duration, Instant};

/// How the whole API fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outage {
    /// Every request is answered 500 Internal Server Error.
    ServerError,
    /// No request is answered (the client's own timeout ends it); nothing is carried out.
    Silent,
}

/// How long a silent API keeps a request waiting (longer than any client waits).
const SILENCE: Duration = Duration::from_secs(300);

impl FakeTelegram {
    /// Starts (Some) or ends (None) an outage of the whole API.
    pub fn outage(&self, outage: Option<Outage>) {
        self.world().outage = outage;
    }

    /// Every send or edit to `chat` answers 429 with `retry_after` (Some), or no more (None).
    pub fn storm(&self, chat: i64, retry_after: Option<u32>) {
        let mut world = self.world();
        match retry_after {
            Some(seconds) => world.storms.insert(chat, seconds),
            None => world.storms.remove(&chat),
        };
    }

    /// The answer of a fault playing now for this request, if one is; the request is recorded.
    pub(super) async fn fault(&self, method: &str, body: &Value) -> Option<Response> {
        let (status, retry_after) = {
            let mut world = self.world();
            let chat = body["chat_id"].as_i64();
            let storm = chat.and_then(|chat| world.storms.get(&chat).copied()).filter(|_| touches_chat(method));
            let answer = match (world.outage, storm) {
                (Some(Outage::ServerError), _) => (StatusCode::INTERNAL_SERVER_ERROR, None),
                (Some(Outage::Silent), _) => (StatusCode::GATEWAY_TIMEOUT, None),
                (None, Some(seconds)) => (StatusCode::TOO_MANY_REQUESTS, Some(seconds)),
                (None, None) => return None,
            };
            let (at, status) = (Instant::now(), answer.0.as_u16());
            world.calls.push(Call {
                method: method.into(),
                body: body.clone(),
                sent_id: None,
                at,
                broken: false,
                status,
            });
            answer
        };
        match (status, retry_after) {
            (StatusCode::GATEWAY_TIMEOUT, _) => {
                tokio::time::sleep(SILENCE).await;
                Some(error(status, "Gateway Timeout", None))
            }
            (StatusCode::TOO_MANY_REQUESTS, seconds) => {
                Some(error(status, &format!("Too Many Requests: retry after {}", seconds.unwrap_or(1)), seconds))
            }
            _ => Some(error(status, "Internal Server Error", None)),
        }
    }
}

/// Whether a method sends to or edits in a chat (what flood control limits).
fn touches_chat(method: &str) -> bool {
    matches!(method, "sendmessage" | "editmessagetext" | "editmessagereplymarkup")
}
