//! The Telegram adapter: long polling (or a webhook) in, the engine in the middle, HTML messages
//! with inline buttons out.
//!
//! Updates become [`convene_core::Incoming`] messages (chat = Telegram chat id, user = Telegram
//! user id); button presses run the button's command as the presser and edit the pressed card in
//! place. Everything said comes from the engine; this module only translates and renders.

mod admins;
mod api;
mod deliver;
mod handle;
mod inbox;
mod incoming;
mod intake;
mod membership;
mod menu;
mod outbox;
mod render;
mod webhook;

pub use crate::chat::pacing;
pub use render::{escape_html, pages, MAX_MESSAGE_CHARS};
pub use webhook::{webhook_router, SECRET_HEADER};

pub use crate::chat::DEFAULT_EDIT_DELAY;
use crate::chat::{ChatKit, Lanes, LANE_DEPTH, LANE_IDLE};
use admins::AdminCache;
use anyhow::Context;
use convene_core::delivery::Outbox;
use convene_core::Engine;
use futures_util::StreamExt;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;
use teloxide::prelude::*;
use teloxide::types::AllowedUpdate;
use teloxide::update_listeners::{AsUpdateStream, Polling, UpdateListener};
use teloxide::RequestError;

/// How the bot reaches Telegram.
#[derive(Clone)]
pub struct TelegramOptions {
    /// The bot token from BotFather (never logged).
    pub token: String,
    /// Another Bot API server (self-hosted, or a test fake); None means api.telegram.org.
    pub api_url: Option<String>,
    /// How long a pressed card waits for more presses before it is edited (zero: at once).
    pub edit_delay: Duration,
    /// The rate limits sends are paced to.
    pub limits: pacing::Limits,
    /// This instance's slice of those limits, when several instances share the bot.
    pub share: pacing::Share,
    /// After a reply or edit failed for a while (5xx, network), the first wait before trying again.
    pub first_retry: Duration,
}

impl TelegramOptions {
    /// Options for `token` on Telegram's own servers, with the default edit delay.
    pub fn new(token: impl Into<String>) -> Self {
        Self {
            token: token.into(),
            api_url: None,
            edit_delay: DEFAULT_EDIT_DELAY,
            limits: pacing::Limits::default(),
            share: pacing::Share::default(),
            first_retry: deliver::FIRST_RETRY,
        }
    }

    /// The same, talking to the Bot API server at `url`.
    pub fn with_api_url(mut self, url: Option<String>) -> Self {
        self.api_url = url;
        self
    }
}

impl fmt::Debug for TelegramOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TelegramOptions")
            .field("token", &"[redacted]")
            .field("api_url", &self.api_url)
            .field("edit_delay", &self.edit_delay)
            .finish()
    }
}

/// The running adapter, shared by every update handler.
pub struct Telegram {
    /// The Bot API client.
    bot: Bot,
    /// The paced outbound path every message takes.
    sender: deliver::Sender,
    /// Where commands go.
    engine: Engine,
    /// Our username (without `@`), for `/cmd@OurBot` and deep links.
    username: String,
    /// Recently read administrator lists.
    admins: AdminCache,
    /// The chat logic every platform shares, over Telegram's calls.
    kit: ChatKit,
    /// Each chat's updates, handled in order and apart from other chats'.
    lanes: Lanes<i64>,
}

/// How long stopping waits for work already queued in chats' lanes.
const DRAIN_AT_STOP: Duration = Duration::from_secs(10);

impl Telegram {
    /// Connects: asks Telegram who we are and publishes the command menu.
    pub async fn start(options: TelegramOptions, engine: Engine) -> anyhow::Result<Arc<Self>> {
        let mut bot = Bot::new(options.token.clone());
        if let Some(url) = &options.api_url {
            let url = url.parse().with_context(|| format!("CONVENE_TELEGRAM_API_URL {url:?} is not a URL"))?;
            bot = bot.set_api_url(url);
        }
        let me = deliver::with_retry(bot.get_me()).await.map_err(describe)?;
        let username = me.username.clone().unwrap_or_default();
        tracing::info!(bot_id = me.id.0, bot = %username, "connected to Telegram");
        menu::publish(&bot).await.map_err(describe)?;
        let pacer = Arc::new(pacing::Pacer::sharing(options.limits, options.share.clone()));
        let patience = deliver::Patience::Waited { first_retry: options.first_retry };
        let sender = deliver::Sender { bot: bot.clone(), pacer, patience };
        let api = Arc::new(api::TelegramApi { sender: sender.clone(), username: username.clone() });
        let kit = ChatKit::new(api, engine.clone(), options.edit_delay);
        let admins = AdminCache::default();
        let lanes = Lanes::new(LANE_DEPTH, LANE_IDLE);
        Ok(Arc::new(Self { bot, sender, engine, username, admins, kit, lanes }))
    }

    /// Sends notices for other channels (email, other platforms) through `outbox` (set once).
    pub fn send_elsewhere_through(&self, outbox: Arc<dyn Outbox>) {
        self.kit.send_elsewhere_through(outbox);
    }

    /// Our username, e.g. `ConveneBot`.
    pub fn username(&self) -> &str {
        &self.username
    }

    /// Long polling until `stop` turns true. The reader only keeps each update (see `inbox.rs`)
    /// and hands it to its chat's lane (see [`Telegram::receive`]), so it never waits on any
    /// chat's work. Updates a previous poller left unhandled are taken in first.
    pub async fn run_polling(self: Arc<Self>, stop: tokio::sync::watch::Receiver<bool>) {
        let wanted = vec![AllowedUpdate::Message, AllowedUpdate::CallbackQuery, AllowedUpdate::MyChatMember];
        let polling = Polling::builder(self.bot.clone()).timeout(Duration::from_secs(10)).allowed_updates(wanted);
        let polling = polling.backoff_strategy(polling_backoff);
        let mut polling = polling.delete_webhook().await.build();
        let stop_token = polling.stop_token();
        tokio::spawn(async move {
            until_stopped(stop).await;
            stop_token.stop();
        });
        tracing::info!("Telegram long polling started");
        self.take_in_unhandled().await;
        let updates = polling.as_stream();
        futures_util::pin_mut!(updates);
        // Each update is kept in the inbox before the stream asks for more (which confirms it).
        while let Some(update) = updates.next().await {
            match update {
                Ok(update) => self.keep(update).await,
                Err(error) => tracing::warn!(%error, "could not read updates from Telegram"),
            }
        }
        self.finish().await;
        tracing::info!("Telegram long polling stopped");
    }

    /// Work left when updates stop coming: what chats' lanes still hold, then card edits still
    /// waiting for their window to close.
    pub async fn finish(&self) {
        self.drain(DRAIN_AT_STOP).await;
        self.kit.finish().await;
    }
}

/// The wait before reading updates again after `errors` failed reads in a row: 1, 2, 4 s, then
/// every 5 s. (teloxide's own backoff grows to 64 s, so commands given during a Bot API outage
/// were answered up to 90 s after it; at one read every 5 s a failing API sees 0.2 requests a
/// second from us.)
fn polling_backoff(errors: u32) -> Duration {
    Duration::from_secs((1_u64 << errors.min(3)).min(5))
}

/// Resolves once `stop` turns true (or its sender is gone).
async fn until_stopped(mut stop: tokio::sync::watch::Receiver<bool>) {
    while !*stop.borrow_and_update() {
        if stop.changed().await.is_err() {
            return;
        }
    }
}

/// Telegram errors at start-up, as a sentence (never including the token).
fn describe(error: RequestError) -> anyhow::Error {
    let hint = match &error {
        RequestError::Api(teloxide::ApiError::InvalidToken) => " (is CONVENE_TELEGRAM_TOKEN right?)",
        RequestError::Network(_) => " (is the Bot API reachable? see CONVENE_TELEGRAM_API_URL)",
        _ => "",
    };
    anyhow::anyhow!("Telegram refused to start: {error}{hint}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn reading_updates_again_after_failures_never_waits_more_than_five_seconds() {
        let waits: Vec<u64> = (0..10).map(|errors| super::polling_backoff(errors).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 5, 5, 5, 5, 5, 5, 5]);
    }
}
