//! HTTP interactions mode, for operators behind a load balancer: Discord POSTs each interaction
//! to `/discord/interactions` on the admin server instead of sending it over the gateway. Every
//! request's Ed25519 signature is checked against the application's public key (Discord sends
//! badly signed requests on purpose to check); a bad one gets 401 and changes nothing. The first
//! answer is the body of our answer; everything else goes as over the gateway.

use super::intake::Body;
use super::Discord;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serenity::interactions_endpoint::Verifier;
use serenity::model::application::Interaction;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::oneshot;

/// Where Discord POSTs interactions.
pub const INTERACTIONS_PATH: &str = "/discord/interactions";
/// How long a request waits for its first answer (Discord gives up at 3 s; the work is
/// deferred at 2 s, so an answer always comes before this).
const ANSWER_WITHIN: Duration = Duration::from_millis(2_900);
/// Signed requests older (or newer) than this are refused: a captured request cannot be replayed.
const FRESH_FOR_SECONDS: i64 = 300;

/// The application's public key (64 hex digits, from the Developer Portal).
pub struct PublicKey(Verifier);

impl PublicKey {
    /// Reads the key, or says what is wrong with it.
    pub fn parse(hex: &str) -> anyhow::Result<Self> {
        let hex = hex.trim();
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| hex.get(i..i + 2).and_then(|pair| u8::from_str_radix(pair, 16).ok()))
            .collect::<Option<_>>()
            .filter(|bytes: &Vec<u8>| bytes.len() == 32)
            .ok_or_else(|| anyhow::anyhow!("the public key must be 64 hexadecimal digits"))?;
        let mut key = [0u8; 32];
        key.copy_from_slice(&bytes);
        Ok(Self(Verifier::try_new(key).map_err(|_| anyhow::anyhow!("that is not a valid Ed25519 public key"))?))
    }
}

/// The route taking Discord's interactions.
pub fn interactions_router(discord: Arc<Discord>, key: PublicKey) -> Router {
    Router::new().route(INTERACTIONS_PATH, post(interactions)).with_state(Arc::new((discord, key)))
}

async fn interactions(
    State(state): State<Arc<(Arc<Discord>, PublicKey)>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (discord, key) = (&state.0, &state.1);
    if !signed_by_discord(key, &headers, &body) {
        metrics::counter!("convene_discord_bad_signatures_total").increment(1);
        return (StatusCode::UNAUTHORIZED, "invalid request signature").into_response();
    }
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(&body) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    if value["type"] == 1 {
        return Json(serde_json::json!({ "type": 1 })).into_response(); // PING: PONG
    }
    let interaction: Interaction = match serde_json::from_value(value) {
        Ok(interaction) => interaction,
        Err(error) => {
            tracing::warn!(%error, "an interaction we could not read");
            return StatusCode::BAD_REQUEST.into_response();
        }
    };
    let (answer, answered): (Body, _) = oneshot::channel();
    discord.receive_answering(interaction, Some(answer)).await;
    match tokio::time::timeout(ANSWER_WITHIN, answered).await {
        Ok(Ok(response)) => Json(response).into_response(),
        _ => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// Whether the request carries a fresh, valid signature of its timestamp and body.
fn signed_by_discord(key: &PublicKey, headers: &HeaderMap, body: &[u8]) -> bool {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let (Some(signature), Some(timestamp)) = (header("x-signature-ed25519"), header("x-signature-timestamp")) else {
        return false;
    };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let fresh = timestamp.parse::<i64>().is_ok_and(|at| (now - at).abs() <= FRESH_FOR_SECONDS);
    fresh && key.0.verify(signature, timestamp, body).is_ok()
}
