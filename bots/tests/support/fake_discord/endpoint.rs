//! Interactions over HTTP (Discord's "Interactions Endpoint URL"): instead of the gateway, the
//! fake POSTs each interaction to the bot's endpoint, signed with Ed25519 as Discord signs them
//! (`X-Signature-Ed25519` over `X-Signature-Timestamp` + body), and takes the answer's JSON body
//! as the interaction's callback: recorded, checked and applied as a REST callback would be.

use super::{FakeDiscord, PATIENCE};
use ed25519_dalek::{Signer, SigningKey};
use serde_json::{json, Value};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The application's private key (Discord's half); the bot checks with [`public_key`].
const SECRET: [u8; 32] = *b"fake-discord-interactions-secret";

/// The application's public key as the Developer Portal shows it: 64 hex digits.
pub fn public_key() -> String {
    SigningKey::from_bytes(&SECRET).verifying_key().as_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

/// One POST to the bot's endpoint and its answer.
#[derive(Debug, Clone)]
pub struct Delivery {
    /// The interaction's id (0 for the endpoint checks' PINGs).
    pub interaction: u64,
    /// Whether the signature was valid (Discord also sends bad ones, to check they are refused).
    pub signed: bool,
    /// The answer's status; 0 when there was none (refused connection, timeout).
    pub status: u16,
    /// The answer's body (JSON, or the text as a string).
    pub body: Value,
    pub at: Instant,
}

impl FakeDiscord {
    /// From now on interactions go to `url` (e.g. `http://127.0.0.1:P/discord/interactions`)
    /// by signed POST instead of over the gateway.
    pub fn deliver_to_endpoint(&self, url: &str) {
        self.world().endpoint = Some(url.to_string());
    }

    /// What Discord does when the endpoint URL is saved: a signed PING that must be answered
    /// `{"type":1}`, and one with a bad signature that must be refused with 401.
    pub async fn verify_endpoint(&self, url: &str) -> Result<(), String> {
        let ping =
            json!({"id": "1", "application_id": super::APP_ID.to_string(), "type": 1, "token": "ping", "version": 1});
        let good = self.post(url, 0, &ping, true).await;
        if good.status != 200 || good.body["type"] != 1 {
            return Err(format!(
                "a signed PING must be answered 200 {{\"type\":1}}, not {} {}",
                good.status, good.body
            ));
        }
        let bad = self.post(url, 0, &ping, false).await;
        if bad.status != 401 {
            return Err(format!("a badly signed PING must be answered 401, not {} {}", bad.status, bad.body));
        }
        Ok(())
    }

    /// Every POST to the bot's endpoint so far, in order.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.world().deliveries.clone()
    }

    /// Posts interaction `id` in the background; its answer becomes the callback.
    pub(super) fn deliver_by_post(&self, url: String, id: u64, payload: Value) {
        let fake = self.clone();
        self.world().asked.get_mut(&id).expect("registered").delivered = Some(Instant::now());
        tokio::spawn(async move {
            let delivery = fake.post(&url, id, &payload, true).await;
            if delivery.status == 200 {
                let mut world = fake.world();
                let token = world.asked[&id].token.clone();
                let reply = world.callback(id, &token, &delivery.body);
                if reply.status >= 300 {
                    let why = reply.body.unwrap_or_default();
                    world.deliveries.last_mut().expect("recorded").body =
                        json!({"refused": why, "answer": delivery.body});
                }
            }
        });
    }

    /// One signed (or badly signed) POST; recorded.
    async fn post(&self, url: &str, id: u64, payload: &Value, signed: bool) -> Delivery {
        let body = payload.to_string();
        let timestamp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs().to_string();
        let key = SigningKey::from_bytes(if signed { &SECRET } else { &[9; 32] });
        let signature: String =
            key.sign(format!("{timestamp}{body}").as_bytes()).to_bytes().iter().map(|b| format!("{b:02x}")).collect();
        let timeout = self.world().deadline.unwrap_or(PATIENCE);
        let request = reqwest::Client::new()
            .post(url)
            .timeout(timeout)
            .header("content-type", "application/json")
            .header("user-agent", "Discord-Interactions/1.0 (+https://discord.com)")
            .header("x-signature-ed25519", signature)
            .header("x-signature-timestamp", timestamp)
            .body(body);
        let (status, body) = match request.send().await {
            Ok(answer) => {
                let status = answer.status().as_u16();
                let text = answer.text().await.unwrap_or_default();
                (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
            }
            Err(error) => (0, Value::String(error.to_string())),
        };
        let delivery = Delivery { interaction: id, signed, status, body, at: Instant::now() };
        self.world().deliveries.push(delivery.clone());
        delivery
    }
}
