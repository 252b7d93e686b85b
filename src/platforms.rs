//! Starting the chat platforms `serve` runs, from configuration.

use crate::config::Config;
use convene_bots::telegram::{Telegram, TelegramOptions};
use convene_core::Engine;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// Starts the Telegram bot when a token is configured: long polling, or the webhook when a
/// webhook URL is set. Returns its task, which ends when `stop` turns true.
pub async fn start_telegram(
    config: &Config,
    engine: Engine,
    stop: watch::Receiver<bool>,
) -> anyhow::Result<Option<JoinHandle<anyhow::Result<()>>>> {
    let Some(token) = &config.telegram_token else { return Ok(None) };
    let webhook = config.telegram_webhook()?.map(|(url, secret)| (url.to_string(), secret.to_string()));
    let options = TelegramOptions { token: token.expose().to_string(), api_url: config.telegram_api_url.clone() };
    let telegram = Telegram::start(options, engine).await?;
    let task = match webhook {
        None => tokio::spawn(async move {
            telegram.run_polling(stop).await;
            Ok(())
        }),
        Some((url, secret)) => {
            let addr = config.admin_addr.clone();
            tokio::spawn(async move { telegram.serve_webhook(&addr, &url, &secret, stop).await })
        }
    };
    Ok(Some(task))
}
