//! Webhook mode: Telegram POSTs each update to our URL with the secret token we gave it in a
//! header. Requests without the right secret are refused before anything is read.

use super::Telegram;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use std::sync::Arc;
use teloxide::prelude::*;
use teloxide::types::Update;

/// The header Telegram puts the secret token in.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// What the webhook handler needs.
#[derive(Clone)]
struct Hook {
    /// The adapter updates go to.
    adapter: Arc<Telegram>,
    /// The secret every request must carry.
    secret: Arc<str>,
}

/// A router serving Telegram's update POSTs at `path`, for mounting on any axum server.
pub fn webhook_router(adapter: Arc<Telegram>, path: &str, secret: &str) -> Router {
    let path = if path.starts_with('/') { path.to_string() } else { format!("/{path}") };
    Router::new().route(&path, post(receive)).with_state(Hook { adapter, secret: secret.into() })
}

async fn receive(State(hook): State<Hook>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let given = headers.get(SECRET_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
    if !same_secret(given, hook.secret.as_bytes()) {
        tracing::warn!("webhook request with a wrong or missing secret refused");
        return StatusCode::UNAUTHORIZED;
    }
    match serde_json::from_slice::<Update>(&body) {
        Ok(update) => {
            hook.adapter.receive_across(update).await;
            StatusCode::OK
        }
        Err(error) => {
            tracing::warn!(%error, "webhook body is not an update");
            StatusCode::BAD_REQUEST
        }
    }
}

/// Compares secrets in time independent of where they differ.
fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    given.len() == expected.len() && given.iter().zip(expected).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

impl Telegram {
    /// Tells Telegram to POST updates to `url` with `secret` (setWebhook). Returns the URL's path,
    /// where [`webhook_router`] must be mounted.
    pub async fn set_webhook(&self, url: &str, secret: &str) -> anyhow::Result<String> {
        let parsed: url::Url = url.parse().map_err(|e| anyhow::anyhow!("webhook URL {url:?}: {e}"))?;
        let path = parsed.path().to_string();
        let request = self.bot.set_webhook(parsed).secret_token(secret.to_string());
        super::deliver::with_retry(request).await.map_err(|e| anyhow::anyhow!("Telegram refused the webhook: {e}"))?;
        tracing::info!(%path, "Telegram webhook set");
        Ok(path)
    }
}
