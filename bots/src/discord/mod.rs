//! The Discord adapter: interactions (slash commands, buttons, forms, autocomplete) arrive over
//! the gateway (or the HTTP interactions endpoint), go through the shared chat kit to the engine,
//! and come back as embeds with buttons. Chats are channels; people are users. This module only
//! maps, renders and calls Discord; everything said comes from the engine.

mod answer_path;
mod api;
mod autocomplete;
mod commands;
mod endpoint;
mod errors;
mod handler;
mod identity;
mod intake;
mod mirror;
mod modal;
mod native_body;
mod outbox;
mod places;
mod render;
mod respond;

pub use commands::{command_text, slash_commands, written};
pub use endpoint::{interactions_router, PublicKey, INTERACTIONS_PATH};
pub use render::escape;
pub use respond::DEFER_AFTER;

use crate::chat::pacing::{Limits, Pacer, Share};
use crate::chat::{ChatKit, Lanes, DEFAULT_EDIT_DELAY, LANE_DEPTH, LANE_IDLE};
use anyhow::Context;
use convene_core::delivery::Outbox;
use convene_core::Engine;
use places::Places;
use serenity::http::{Http, HttpBuilder};
use serenity::model::id::GuildId;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// How the bot reaches Discord.
#[derive(Clone)]
pub struct DiscordOptions {
    /// The bot token from the Developer Portal (never logged).
    pub token: String,
    /// Another base URL for REST and gateway discovery (a test fake); None means discord.com.
    pub api_url: Option<String>,
    /// Servers to register the commands in (instant, for development); empty: globally.
    pub guilds: Vec<u64>,
    /// How long a pressed card waits for more presses before an edit from elsewhere is made.
    pub edit_delay: Duration,
    /// How long the work on an interaction may take before it is deferred.
    pub defer_after: Duration,
    /// The rate limits messages are paced to.
    pub limits: Limits,
    /// This instance's slice of those limits, when several instances share the bot.
    pub share: Share,
}

impl DiscordOptions {
    /// Options for `token` on Discord's own servers.
    pub fn new(token: impl Into<String>) -> Self {
        Self {
            token: token.into(),
            api_url: None,
            guilds: Vec::new(),
            edit_delay: DEFAULT_EDIT_DELAY,
            defer_after: DEFER_AFTER,
            limits: Limits::discord(),
            share: Share::default(),
        }
    }

    /// A REST client: through `api_url` when set (Discord's per-route limiter off: it would send
    /// to discord.com instead), else to Discord with the limiter on.
    fn http(&self) -> Http {
        let builder = HttpBuilder::new(&self.token);
        match &self.api_url {
            Some(url) => builder.proxy(url.trim_end_matches('/')).ratelimiter_disabled(true).build(),
            None => builder.build(),
        }
    }
}

impl fmt::Debug for DiscordOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DiscordOptions")
            .field("token", &"[redacted]")
            .field("api_url", &self.api_url)
            .field("guilds", &self.guilds)
            .finish()
    }
}

/// The running adapter.
pub struct Discord {
    /// The REST client.
    http: Arc<Http>,
    /// Where commands go.
    engine: Engine,
    /// The chat logic every platform shares, over Discord's calls.
    kit: ChatKit,
    /// Each channel's interactions, handled in order and apart from other channels'.
    lanes: Lanes<u64>,
    /// What we learned of channels.
    places: Arc<Places>,
    /// Discord's calls, paced (the kit's, and the scheduler's path).
    api: Arc<api::DiscordApi>,
    /// How we connect (the gateway client is made from these).
    options: DiscordOptions,
    /// How long work may take before an interaction is deferred.
    defer_after: Duration,
    /// Whether the commands were registered (`ready` comes again after every re-identify).
    registered: AtomicBool,
}

/// How long stopping waits for work already queued in channels' lanes.
const DRAIN_AT_STOP: Duration = Duration::from_secs(10);

impl Discord {
    /// Connects: asks Discord which application we are (which checks the token).
    pub async fn start(options: DiscordOptions, engine: Engine) -> anyhow::Result<Arc<Self>> {
        let http = Arc::new(options.http());
        let app = http.get_current_application_info().await.map_err(|error| {
            anyhow::anyhow!("Discord refused to start: {} (is CONVENE_DISCORD_TOKEN right?)", errors::describe(&error))
        })?;
        http.set_application_id(app.id);
        tracing::info!(application = app.id.get(), "connected to Discord");
        let places = Arc::new(Places::default());
        let pacer = Arc::new(Pacer::sharing(options.limits, options.share.clone()));
        let api = Arc::new(api::DiscordApi { http: http.clone(), places: places.clone(), pacer });
        let kit = ChatKit::new(api.clone(), engine.clone(), options.edit_delay);
        let lanes = Lanes::new(LANE_DEPTH, LANE_IDLE);
        let defer_after = options.defer_after;
        Ok(Arc::new(Self {
            http,
            engine,
            kit,
            lanes,
            places,
            api,
            options,
            defer_after,
            registered: AtomicBool::new(false),
        }))
    }

    /// Sends notices for other channels (email, other platforms) through `outbox` (set once).
    pub fn send_elsewhere_through(&self, outbox: Arc<dyn Outbox>) {
        self.kit.send_elsewhere_through(outbox);
    }

    /// Registers the slash commands, once per process: in the configured servers, or globally.
    pub async fn register_commands(&self) {
        if self.registered.swap(true, Ordering::SeqCst) {
            return;
        }
        let registered = if self.options.guilds.is_empty() {
            serenity::model::application::Command::set_global_commands(&*self.http, slash_commands()).await.map(|_| ())
        } else {
            let mut result = Ok(());
            for guild in &self.options.guilds {
                result = result.and(GuildId::new(*guild).set_commands(&*self.http, slash_commands()).await.map(|_| ()));
            }
            result
        };
        match registered {
            Ok(()) => tracing::info!(servers = self.options.guilds.len(), "Discord commands registered"),
            Err(error) => {
                self.registered.store(false, Ordering::SeqCst);
                tracing::error!(error = errors::describe(&error), "could not register the Discord commands");
            }
        }
    }

    /// Runs the gateway until `stop` turns true; an error when it ends by itself.
    pub async fn run_gateway(self: Arc<Self>, mut stop: tokio::sync::watch::Receiver<bool>) -> Result<(), String> {
        let intents = serenity::all::GatewayIntents::GUILDS | serenity::all::GatewayIntents::GUILD_SCHEDULED_EVENTS;
        let handler = handler::Handler { discord: self.clone() };
        let mut client = serenity::all::ClientBuilder::new_with_http(self.options.http(), intents)
            .event_handler(handler)
            .await
            .map_err(|error| errors::describe(&error))?;
        let shards = client.shard_manager.clone();
        let refreshing = tokio::spawn(self.clone().keep_mirrors(stop.clone()));
        tokio::spawn(async move {
            while !*stop.borrow_and_update() {
                if stop.changed().await.is_err() {
                    break;
                }
            }
            shards.shutdown_all().await;
        });
        tracing::info!("Discord gateway starting");
        let ended = client.start().await.map_err(|error| errors::describe(&error));
        refreshing.abort();
        self.finish().await;
        tracing::info!("Discord gateway stopped");
        ended
    }

    /// Rolls mirrored series forward every [`mirror::MIRROR_REFRESH`] until `stop`.
    pub async fn keep_mirrors(self: Arc<Self>, mut stop: tokio::sync::watch::Receiver<bool>) {
        loop {
            tokio::select! {
                _ = tokio::time::sleep(mirror::MIRROR_REFRESH) => self.refresh_mirrors().await,
                _ = stop.changed() => return,
            }
            if *stop.borrow() {
                return;
            }
        }
    }

    /// Work left when interactions stop coming: what channels' lanes hold, then card edits.
    pub async fn finish(&self) {
        if !self.lanes.drain(DRAIN_AT_STOP).await {
            tracing::warn!("some channels' work was still waiting at shutdown");
        }
        self.kit.finish().await;
    }
}

/// `CONVENE_DISCORD_GUILDS`: comma-separated server ids.
pub fn parse_guilds(list: &str) -> anyhow::Result<Vec<u64>> {
    list.split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| {
            id.parse::<u64>().ok().filter(|id| *id != 0).with_context(|| format!("{id:?} is not a Discord server id"))
        })
        .collect()
}
