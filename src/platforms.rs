//! Starting the chat platforms `serve` runs, from configuration.

use crate::config::Config;
use convene_bots::chat::pacing::Share;
use convene_bots::discord::Discord;
use convene_bots::telegram::{webhook_router, Telegram, TelegramOptions};
use convene_core::delivery::{Outbox, Outboxes};
use convene_core::domain::Platform;
use convene_core::leadership::{Instance, TELEGRAM_POLLER};
use convene_core::Engine;
use std::sync::Arc;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// How updates reach the started Telegram bot.
pub enum TelegramRunning {
    /// Long polling in this task until stopped.
    Polling(JoinHandle<()>),
    /// Webhook mode: these routes take Telegram's POSTs; mount them on the admin server.
    Webhook(axum::Router),
}

/// A started Telegram bot.
pub struct StartedTelegram {
    /// Polling task or webhook routes.
    pub running: TelegramRunning,
    /// The adapter: the scheduler's outbound path for Telegram, and it forwards notices for other
    /// channels through [`Telegram::send_elsewhere_through`].
    pub adapter: Arc<Telegram>,
}

/// Starts the Telegram bot when a token is configured: long polling, or the webhook when a
/// webhook URL is set.
pub async fn start_telegram(
    config: &Config,
    engine: Engine,
    instance: &Instance,
    share: &Share,
    stop: watch::Receiver<bool>,
) -> anyhow::Result<Option<StartedTelegram>> {
    let Some(token) = &config.telegram_token else { return Ok(None) };
    let webhook = config.telegram_webhook()?;
    let mut options = TelegramOptions::new(token.expose()).with_api_url(config.telegram_api_url.clone());
    options.share = share.clone();
    let telegram = Telegram::start(options, engine).await?;
    let adapter = telegram.clone();
    let running = match webhook {
        // One instance polls at a time (Telegram allows one getUpdates reader); the others stand by.
        None => {
            let (instance, telegram) = (instance.clone(), telegram.clone());
            let polling =
                async move { instance.lead(TELEGRAM_POLLER, stop, |term| telegram.clone().run_polling(term)).await };
            TelegramRunning::Polling(tokio::spawn(polling))
        }
        Some((url, secret)) => {
            let path = telegram.set_webhook(url, secret).await?;
            TelegramRunning::Webhook(webhook_router(telegram, &path, secret))
        }
    };
    Ok(Some(StartedTelegram { running, adapter }))
}

/// How interactions reach the started Discord bot.
pub enum DiscordRunning {
    /// Over the gateway: `serve` runs it.
    Gateway,
    /// HTTP interactions mode: this route takes Discord's POSTs; mount it on the admin server.
    Http(axum::Router),
}

/// Connects the Discord bot when a token is configured: the gateway (run by `serve`), or HTTP
/// interactions when a public key is set (commands are registered now: no gateway says ready).
pub async fn start_discord(
    config: &Config,
    engine: Engine,
    share: &Share,
    stop: watch::Receiver<bool>,
) -> anyhow::Result<Option<(Arc<Discord>, DiscordRunning)>> {
    let Some(mut options) = config.discord_options()? else { return Ok(None) };
    options.share = share.clone();
    let key = config.discord_public_key()?;
    let discord = Discord::start(options, engine).await?;
    let running = match key {
        None => DiscordRunning::Gateway,
        Some(key) => {
            discord.register_commands().await;
            tokio::spawn(discord.clone().keep_mirrors(stop));
            tracing::info!(path = convene_bots::discord::INTERACTIONS_PATH, "Discord interactions over HTTP");
            DiscordRunning::Http(convene_bots::discord::interactions_router(discord.clone(), key))
        }
    };
    Ok(Some((discord, running)))
}

/// The outbound paths of every configured channel (Telegram, Discord, email), for the scheduler
/// and digests; each chat adapter also sends its notices for other channels through them.
pub fn outboxes(
    config: &Config,
    telegram: Option<&StartedTelegram>,
    discord: Option<&Arc<Discord>>,
) -> anyhow::Result<Arc<dyn Outbox>> {
    let mut outboxes = Outboxes::default();
    if let Some(started) = telegram {
        outboxes = outboxes.with(Platform::Telegram, started.adapter.clone());
    }
    if let Some(discord) = discord {
        outboxes = outboxes.with(Platform::Discord, discord.clone());
    }
    let outbox: Arc<dyn Outbox> = Arc::new(crate::outboxes::with_email(outboxes, config)?);
    if let Some(started) = telegram {
        started.adapter.send_elsewhere_through(outbox.clone());
    }
    if let Some(discord) = discord {
        discord.send_elsewhere_through(outbox.clone());
    }
    Ok(outbox)
}
